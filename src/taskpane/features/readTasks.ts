import type { IsoDate } from '../../core/calendar/isoDate';
import type { Finding } from '../../core/findings';
import type { CellRange } from '../../core/grid';
import type { PlanTable } from '../../core/plan/model';
import type { PlanStatus, Schedule } from '../../core/status/model';
import type { Workbook } from '../../workbook/workbook';

/**
 * "What was read" (SPEC §12): the plan task by task as the reader understood it, with the
 * warnings about its rows beside it, so the officer checks the reading against the sheet.
 */

/** One deliverable as read. */
export interface ReadDeliverable {
  /** "a", "b" … ('' when the task has one). */
  key: string;
  result: string;
  lead: string;
  timing: string;
  /** What the timing means; null without a status analysis. */
  schedule: Schedule | null;
  /** The next due day at the as-of date (null when none). */
  nextDue: IsoDate | null;
}

/** One task as read. */
export interface ReadTask {
  id: string;
  content: string;
  /** First and last sheet row. */
  rows: [number, number];
  deliverables: ReadDeliverable[];
  /** Warnings whose row lies in the task's rows, in row order. */
  warnings: Finding[];
}

/**
 * The plan's tasks with their deliverables' schedules (from the statuses the tab computed) and
 * the findings of their rows. Findings of other sheets or of rows outside every task stay out.
 *
 * @example
 * readTasksOf(plan, status, findings)[0] // { id: '1', content: '…', rows: [7, 7], deliverables: [{ lead: 'Sở Tài chính', timing: 'Quý IV/2025', … }], warnings: [] }
 */
export function readTasksOf(plan: PlanTable, status: PlanStatus | null, findings: readonly Finding[]): ReadTask[] {
  const statuses = new Map((status?.deliverables ?? []).map((d) => [`${d.taskId}/${d.key}`, d]));
  const tasks: ReadTask[] = plan.tasks.map((t) => ({
    id: t.id,
    content: t.content,
    rows: t.rows,
    warnings: [],
    deliverables: t.deliverables.map((d) => {
      const s = statuses.get(`${t.id}/${d.key}`);
      return { key: t.deliverables.length > 1 ? d.key : '', result: d.result, lead: d.lead, timing: d.timing, schedule: s?.schedule ?? null, nextDue: s?.nextDue ?? null };
    }),
  }));
  // Tasks in row order, so each finding finds its task by halving (findings may be thousands).
  const byRow = tasks.slice().sort((a, b) => a.rows[0] - b.rows[0]);
  const taskAt = (row: number): ReadTask | null => {
    let lo = 0;
    let hi = byRow.length - 1;
    let found: ReadTask | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (byRow[mid].rows[0] <= row) {
        found = byRow[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found && row <= found.rows[1] ? found : null;
  };
  const sorted = findings.filter((f) => f.sheet === plan.sheet && f.row !== null).sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  for (const f of sorted) taskAt(f.row ?? 0)?.warnings.push(f);
  return tasks;
}

/** The cells of a task's rows across the table (STT to its last column), as Excel selects them. */
export function taskRange(plan: PlanTable, rows: [number, number]): CellRange {
  return { top: rows[0], left: plan.layout.columns.stt, bottom: rows[1], right: plan.layout.lastColumn };
}

/** Selects a task's rows in the sheet (Excel; nothing for a file). */
export async function selectTask(workbook: Workbook, plan: PlanTable, task: ReadTask): Promise<void> {
  await workbook.select(plan.sheet, taskRange(plan, task.rows));
}

/** Tasks a page of the list shows: few enough that a 1 000-task plan never slows the pane. */
const READ_PAGE_SIZE = 25;

/**
 * One page of the list, and how many pages there are (at least one).
 *
 * @example
 * pageOf(tasks, 2) // { items: tasks.slice(25, 50), page: 2, pages: 4 } for 80 tasks
 */
export function pageOf<T>(items: readonly T[], page: number, size = READ_PAGE_SIZE): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const shown = Math.min(Math.max(1, Math.floor(page)), pages);
  return { items: items.slice((shown - 1) * size, shown * size), page: shown, pages };
}
