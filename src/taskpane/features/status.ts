import type { IsoDate } from '../../core/calendar/isoDate';
import { warning, type Finding } from '../../core/findings';
import { computePlanStatus } from '../../core/status/computeStatus';
import { readTracking, TRACKING_SHEET } from '../../core/status/tracking';
import { UNIT_DIRECTORY_SHEET, type UnitDirectory } from '../../core/units/directory';
import { withPlanYear } from '../../core/plan/planYear';
import { planDirectoryOf, sheetNamed } from './directory';
import type { PlanTable } from '../../core/plan/model';
import { STATUS_SEVERITY, type DeliverableStatus, type PlanStatus, type StatusKey } from '../../core/status/model';
import { unitPartFinder } from '../../core/highlight/unitView';
import type { PlanReading } from './plan';

export interface StatusAnalysis {
  /** Statuses of every deliverable; null when there is no plan. */
  status: PlanStatus | null;
  findings: Finding[];
  /** The unit directory in use (sheet, learned from the plan, or built-in); null when there is no plan. */
  directory: UnitDirectory | null;
}

/**
 * Statuses of the plan's deliverables at `asOf` with a window of `window` days, using the
 * workbook's "Danh mục đơn vị" (else the units the plan names, else the built-in directory with
 * its "to be checked" note as a warning) and its "Theo dõi thực hiện" completions. `year`, the
 * officer's plan year, wins over the one read (SPEC §11).
 */
export function planStatusOf(reading: PlanReading, options: { asOf: IsoDate; window: number; year?: number }): StatusAnalysis {
  const read = reading.plan;
  if (!read) return { status: null, findings: [], directory: null };
  const plan = withPlanYear(read, options.year);
  const chosen = planDirectoryOf(reading.grids, plan);
  const findings: Finding[] = [...chosen.findings];
  const directory = chosen.directory;
  if (!sheetNamed(reading.grids, UNIT_DIRECTORY_SHEET) && directory.source === 'default' && directory.note) findings.push(warning(UNIT_DIRECTORY_SHEET, null, directory.note));
  const trackingSheet = sheetNamed(reading.grids, TRACKING_SHEET);
  const tracking = trackingSheet ? readTracking(trackingSheet, plan, directory) : { entries: [], findings: [] };
  findings.push(...tracking.findings);
  const status = computePlanStatus(plan, { asOf: options.asOf, window: options.window, directory, tracking: tracking.entries, ...(options.year !== undefined ? { year: options.year } : {}) });
  findings.push(...status.warnings);
  return { status, findings, directory };
}

/** Every unit named in the statuses (lead or support), in directory order of first mention. */
export function unitNamesOf(status: PlanStatus): string[] {
  const seen = new Set<string>();
  for (const d of status.deliverables) for (const u of d.units) seen.add(u.unit);
  return [...seen];
}

/** One line of the overdue / upcoming lists. */
export interface DeliverableLine {
  /** Id of the task ("II.1", or "7" where numbers are unique). */
  taskId: string;
  /** "a", "b" … when the task has several deliverables; '' when it has one. */
  key: string;
  /** The deliverable's Kết quả text. */
  result: string;
  status: StatusKey;
  nextDue: IsoDate | null;
  rows: [number, number];
  /** With a unit picked: its part in the deliverable (the lists show lead and support alike). */
  role: 'lead' | 'support' | null;
}

/**
 * The deliverables shown in a status (overall, or one unit's own status), in task order.
 *
 * @example
 * linesWithStatus(plan, status, 'overdue') // [{ taskId: '1', key: 'a', … }, { taskId: 'II.1', key: '', … }]
 */
export function linesWithStatus(plan: PlanTable, status: PlanStatus, wanted: StatusKey, unit?: string): DeliverableLine[] {
  const results = new Map<string, string>();
  const several = new Set<string>();
  for (const t of plan.tasks) {
    if (t.deliverables.length > 1) several.add(t.id);
    for (const d of t.deliverables) results.set(`${t.id}/${d.key}`, d.result);
  }
  const lines: DeliverableLine[] = [];
  const partOf = unit !== undefined ? unitPartFinder(unit) : null;
  for (const d of status.deliverables) {
    const part = partOf ? partOf(d) : null;
    const shown = partOf ? part : { status: d.status, nextDue: d.nextDue };
    if (!shown || shown.status !== wanted) continue;
    const result = results.get(`${d.taskId}/${d.key}`) ?? '';
    lines.push({ taskId: d.taskId, key: several.has(d.taskId) ? d.key : '', result, status: shown.status, nextDue: shown.nextDue, rows: d.rows, role: part?.role ?? null });
  }
  return lines;
}

/** Per unit: how many deliverables it leads and supports, and how many of them are overdue / due soon. */
export interface UnitSummary {
  unit: string;
  lead: number;
  support: number;
  overdue: number;
  dueSoon: number;
}

/**
 * Counts by unit, worst first (most overdue, then most due soon).
 *
 * @example
 * unitSummaries(status)[0] // { unit: 'Văn phòng Sở', lead: 20, support: 11, overdue: 2, dueSoon: 3 }
 */
export function unitSummaries(status: PlanStatus): UnitSummary[] {
  const byUnit = new Map<string, UnitSummary>();
  for (const d of status.deliverables) {
    for (const u of d.units) {
      const s = byUnit.get(u.unit) ?? { unit: u.unit, lead: 0, support: 0, overdue: 0, dueSoon: 0 };
      if (u.role === 'lead') s.lead += 1;
      else s.support += 1;
      if (u.role === 'lead' && u.status === 'overdue') s.overdue += 1;
      if (u.role === 'lead' && u.status === 'due-soon') s.dueSoon += 1;
      byUnit.set(u.unit, s);
    }
  }
  return [...byUnit.values()].sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || b.lead - a.lead);
}

/** The status keys in the order the pane lists them (worst first). */
export const STATUS_ORDER: readonly StatusKey[] = STATUS_SEVERITY;

export type { DeliverableStatus };
