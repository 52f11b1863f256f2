import { cellDateOf } from '../calendar/isoDate';
import type { CellRange, CellValue } from '../grid';
import type { PlanTable } from '../plan/model';
import type { DeliverableStatus, PlanStatus, StatusKey } from '../status/model';
import type { CellFormat, RangeFormat, SheetWrite, ValueBlock } from '../write/writePlan';
import { LEGEND_TITLE, legendEntries, statusCellFormat } from './legend';
import { STATUS_PALETTE } from './palette';
import { statusText } from '../status/labels';
import { unitDetail } from './unitDetail';
import { shownStatus, unitPart, worstStatus } from './unitView';

/** Headings of the add-in's columns on the plan sheet, left to right. */
export const PLAN_SHEET_HEADINGS = {
  nextDue: 'Hạn tiếp theo',
  status: 'Trạng thái',
  detail: 'Chi tiết theo đơn vị',
} as const;

/**
 * Where the add-in writes on the plan sheet, relative to the table's last column: three status
 * columns, one narrow gap, then the legend (a column of its own, so it never lies over the
 * officer's cells whatever is above or below the table).
 */
export const PLAN_OWN_COLUMN_COUNT = 5;

const DATE_FORMAT = 'dd/mm/yyyy';
const HEADER_FORMAT: CellFormat = { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, border: 'thin' };

/** Key of a deliverable across plan and status. */
export function deliverableId(taskNo: number, key: string): string {
  return `${taskNo}|${key}`;
}

function statusIndex(status: PlanStatus): Map<string, DeliverableStatus> {
  return new Map(status.deliverables.map((d) => [deliverableId(d.taskNo, d.key), d]));
}

/** Contiguous runs of columns, as [from, to] pairs. */
function columnRuns(columns: number[]): [number, number][] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}

function fillOf(status: StatusKey | null): string | null {
  return status === null ? null : STATUS_PALETTE[status].fill;
}

/**
 * The write on the officer's plan sheet (mode `update`): the add-in's own columns right of the
 * table (next due date as a real date, status text with symbol, per-unit detail), a legend in
 * its own column, and row fills by status over the table's columns. Section and header rows
 * are not touched, nor any value of the officer's.
 *
 * Merged cells (Word layout): STT and Nội dung span a task's deliverable rows, so those two
 * columns take the task's worst status over all its rows; the other columns take each
 * deliverable's own status. A deliverable whose status is "pending" (or, by unit, a row the unit
 * has no part in) gets its fill removed, so a re-run never leaves an old colour behind.
 *
 * @example
 * planSheetWrite(plan, status, {}).ownColumns // { from: lastColumn + 1, to: lastColumn + 5, rows: [...] }
 */
export function planSheetWrite(plan: PlanTable, status: PlanStatus, options: { unit?: string } = {}): SheetWrite {
  const { layout } = plan;
  const [headTop, headBottom] = layout.headerRows;
  const first = layout.lastColumn + 1;
  const cols = { nextDue: first, status: first + 1, detail: first + 2, legend: first + 4 };
  const legend = legendEntries();
  const lastRow = Math.max(layout.lastRow, headTop + legend.length);
  const byId = statusIndex(status);

  const values: ValueBlock[] = [];
  const formats: RangeFormat[] = [];
  const statusHeading = options.unit ? `${PLAN_SHEET_HEADINGS.status} (${options.unit})` : PLAN_SHEET_HEADINGS.status;
  const detailHeading = options.unit ? 'Vai trò của đơn vị' : PLAN_SHEET_HEADINGS.detail;
  values.push({ row: headTop, col: first, values: [[PLAN_SHEET_HEADINGS.nextDue, statusHeading, detailHeading]] });
  formats.push({ range: { top: headTop, left: first, bottom: layout.lastRow, right: cols.detail }, format: { border: 'thin', wrap: true, vertical: 'top' } });
  formats.push({ range: { top: headTop, left: first, bottom: headBottom, right: cols.detail }, format: HEADER_FORMAT });
  formats.push({ range: { top: headBottom + 1, left: first, bottom: layout.lastRow, right: first }, format: { numberFormat: DATE_FORMAT, horizontal: 'center' } });

  const tableLeft = Math.min(...Object.values(layout.columns).filter((c): c is number => c !== null));
  const taskCols = [layout.columns.stt, layout.columns.content];
  const rowCols: number[] = [];
  for (let c = tableLeft; c <= layout.lastColumn; c += 1) if (!taskCols.includes(c)) rowCols.push(c);
  const fillRuns = new Map<string | null, CellRange[]>();
  const addFill = (fill: string | null, range: CellRange): void => {
    fillRuns.set(fill, [...(fillRuns.get(fill) ?? []), range]);
  };

  for (const task of plan.tasks) {
    const taskStatuses: StatusKey[] = [];
    for (const deliverable of task.deliverables) {
      const found = byId.get(deliverableId(task.no, deliverable.key));
      const shown = found ? shownStatus(found, options.unit) : null;
      const [top, bottom] = deliverable.rows;
      for (const [left, right] of columnRuns(rowCols)) addFill(fillOf(shown?.status ?? null), { top, left, bottom, right });
      if (!found || !shown) continue;
      taskStatuses.push(shown.status);
      const detail = options.unit ? roleText(found, options.unit) : unitDetail(found);
      const due: CellValue = shown.nextDue ? cellDateOf(shown.nextDue) : null;
      values.push({ row: top, col: first, values: [[due, statusText(shown.status), detail]] });
      formats.push({ range: { top, left: first, bottom, right: cols.detail }, format: ownCellFormat(shown.status) });
    }
    const [top, bottom] = task.rows;
    for (const [left, right] of columnRuns(taskCols)) addFill(fillOf(worstStatus(taskStatuses)), { top, left, bottom, right });
  }
  for (const [fill, ranges] of fillRuns) for (const range of ranges) formats.push({ range, format: { fill } });

  values.push({ row: headTop, col: cols.legend, values: [[LEGEND_TITLE], ...legend.map((e) => [e.text])] });
  formats.push({ range: { top: headTop, left: cols.legend, bottom: headTop, right: cols.legend }, format: { bold: true } });
  legend.forEach((e, i) => {
    const row = headTop + 1 + i;
    formats.push({ range: { top: row, left: cols.legend, bottom: row, right: cols.legend }, format: e.format });
  });

  return {
    sheet: plan.sheet,
    mode: 'update',
    ownColumns: { from: first, to: first + PLAN_OWN_COLUMN_COUNT - 1, rows: [headTop, lastRow] },
    values,
    formats,
    merges: [],
    columnWidths: [
      { col: cols.nextDue, width: 13 },
      { col: cols.status, width: 20 },
      { col: cols.detail, width: 42 },
      { col: first + 3, width: 2 },
      { col: cols.legend, width: 20 },
    ],
  };
}

function ownCellFormat(status: StatusKey): CellFormat {
  const { fill, fontColor } = statusCellFormat(status);
  return { fill, fontColor };
}

function roleText(deliverable: DeliverableStatus, unit: string): string {
  const part = unitPart(deliverable, unit);
  if (!part) return '';
  return part.role === 'lead' ? 'Chủ trì' : 'Phối hợp';
}
