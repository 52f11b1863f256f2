import { cellDateOf } from '../calendar/isoDate';
import { cellAt, type CellRange, type CellValue, type SheetGrid, type SheetSizes } from '../grid';
import type { PlanLayout, PlanTable } from '../plan/model';
import type { DeliverableStatus, PlanStatus, StatusKey, UnitStatus } from '../status/model';
import type { CellFormat, RangeFormat, SheetWrite, ValueBlock } from '../write/writePlan';
import { LEGEND_TITLE, legendEntries, statusCellFormat } from './legend';
import { STATUS_PALETTE } from './palette';
import { shownStatusText } from '../status/labels';
import { cellText, matchKey } from '../text/normalize';
import { unitDetail } from './unitDetail';
import { worstStatus } from '../status/computeStatus';
import { countByStatus, statusView, unitPartFinder } from './unitView';
import { a4PageSetup } from '../write/printSetup';
import { rowsToFit, type ExtraText } from './rowsToFit';

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
/** Widths of the add-in's status columns on the plan sheet. */
const OWN_WIDTHS = { nextDue: 13, status: 20, detail: 42 } as const;
const HEADER_FORMAT: CellFormat = { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, border: 'thin' };

/**
 * Key of a deliverable across plan and status.
 *
 * @example
 * deliverableId('II.1', 'a') // 'II.1|a'
 */
export function deliverableId(taskId: string, key: string): string {
  return `${taskId}|${key}`;
}

function statusIndex(status: PlanStatus): Map<string, DeliverableStatus> {
  return new Map(status.deliverables.map((d) => [deliverableId(d.taskId, d.key), d]));
}

/**
 * First of the add-in's columns. Right after the table, unless the officer has something there
 * (notes, a merged title): then the first place further right where all its columns are free
 * over its rows. A column headed "Hạn tiếp theo" right of the table is the add-in's from an
 * earlier run and is reused.
 *
 * @example
 * ownColumnsStart(plan.layout) // plan.layout.lastColumn + 1
 */
export function ownColumnsStart(layout: PlanLayout, grid?: SheetGrid): number {
  const first = layout.lastColumn + 1;
  if (!grid) return first;
  const [top] = layout.headerRows;
  const bottom = Math.max(layout.lastRow, top + legendEntries().length);
  const width = grid.values.reduce((w, line) => Math.max(w, line.length), 0);
  const heading = matchKey(PLAN_SHEET_HEADINGS.nextDue);
  for (let col = first; col <= width; col++) if (matchKey(cellText(cellAt(grid, top, col))) === heading) return col;
  const taken = (col: number): boolean => {
    for (let row = top; row <= bottom; row++) if (cellText(cellAt(grid, row, col)) !== '') return true;
    return grid.merges.some((m) => m.left <= col && col <= m.right && m.top <= bottom && top <= m.bottom);
  };
  let start = first;
  for (let col = first; col < start + PLAN_OWN_COLUMN_COUNT; col++) if (taken(col)) start = col + 1;
  return start;
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

/**
 * Rows of the table that are not the officer's content: blank rows and the header repeated at
 * a page break (PDF layout), which a split deliverable's row span runs across. Without the grid
 * none are known.
 */
function rowsToSkip(grid: SheetGrid | undefined, layout: PlanLayout, tableLeft: number): Set<number> {
  const skip = new Set<number>();
  if (!grid) return skip;
  const [headTop, headBottom] = layout.headerRows;
  const sttHeading = matchKey(cellText(cellAt(grid, headTop, layout.columns.stt)));
  for (let row = headBottom + 1; row <= layout.lastRow; row++) {
    let empty = true;
    for (let col = tableLeft; col <= layout.lastColumn && empty; col++) empty = cellText(cellAt(grid, row, col)) === '';
    if (empty) skip.add(row);
    else if (sttHeading !== '' && matchKey(cellText(cellAt(grid, row, layout.columns.stt))) === sttHeading) {
      for (let r = row; r <= row + headBottom - headTop; r++) skip.add(r);
    }
  }
  return skip;
}

/** The row runs of [top, bottom] without the skipped rows. */
function rowRuns(top: number, bottom: number, skip: Set<number>): [number, number][] {
  const runs: [number, number][] = [];
  for (let r = top; r <= bottom; r++) {
    if (skip.has(r)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else runs.push([r, r]);
  }
  return runs;
}

function fillOf(status: StatusKey | null): string | null {
  return status === null ? null : STATUS_PALETTE[status].fill;
}

export interface PlanSheetOptions {
  /** "By unit": colour only this unit's rows, show its status and role. */
  unit?: string;
  /**
   * The plan sheet as read: lets the fills skip blank rows and page-break header rows that a
   * split deliverable runs across (PDF layout), and moves the add-in's columns past anything
   * the officer keeps right of the table. Without it whole row spans are coloured and the
   * columns go right after the table.
   */
  grid?: SheetGrid;
  /**
   * The plan sheet's column widths and row heights (files know them): with `grid`, rows whose
   * wrapped text needs more height get it ({@link rowsToFit}), and the add-in's detail column
   * wraps too. Without them the officer's rows keep their heights.
   */
  sizes?: SheetSizes;
}

/**
 * The write on the officer's plan sheet (mode `update`): the add-in's own columns right of the
 * table (next due date as a real date, status text with symbol, per-unit detail), a legend with
 * the counts (of the unit's deliverables in the "by unit" view) in a column of its own, and row
 * fills by status over the table's columns. Section and header rows are not touched, nor any
 * value of the officer's.
 *
 * Merged cells (Word layout): STT and Nội dung span a task's deliverable rows, so those two
 * columns take the task's worst status over all its rows; the other columns take each
 * deliverable's own status. A deliverable whose status is "pending" (or, by unit, a row the unit
 * has no part in) gets its fill removed, so a re-run never leaves an old colour behind. With
 * `grid`, blank rows and repeated header rows inside a split deliverable are left alone.
 *
 * @example
 * planSheetWrite(plan, status, {}).ownColumns // { from: lastColumn + 1, to: lastColumn + 5, rows: [...] }
 */
export function planSheetWrite(plan: PlanTable, status: PlanStatus, options: PlanSheetOptions = {}): SheetWrite {
  const { layout } = plan;
  const [headTop, headBottom] = layout.headerRows;
  const first = ownColumnsStart(layout, options.grid);
  const cols = { nextDue: first, status: first + 1, detail: first + 2, legend: first + 4 };
  const legend = legendEntries(countByStatus(status, { unit: options.unit }).byStatus);
  const lastRow = Math.max(layout.lastRow, headTop + legend.length);
  const byId = statusIndex(status);

  const values: ValueBlock[] = [];
  const formats: RangeFormat[] = [];
  const statusHeading = options.unit ? `${PLAN_SHEET_HEADINGS.status} (${options.unit})` : PLAN_SHEET_HEADINGS.status;
  const detailHeading = options.unit ? 'Vai trò của đơn vị' : PLAN_SHEET_HEADINGS.detail;
  values.push({ row: headTop, col: first, values: [[PLAN_SHEET_HEADINGS.nextDue, statusHeading, detailHeading]] });
  // Rows are sized to their text only when the sheet's sizes are known; otherwise no wrap below
  // the header, so a long detail runs on to the right on one line instead of being cut off.
  const fit = options.grid && options.sizes ? { grid: options.grid, sizes: options.sizes } : null;
  formats.push({ range: { top: headTop, left: first, bottom: layout.lastRow, right: cols.detail }, format: { border: 'thin', wrap: fit !== null, vertical: 'top' } });
  formats.push({ range: { top: headTop, left: first, bottom: headBottom, right: cols.detail }, format: HEADER_FORMAT });
  formats.push({ range: { top: headBottom + 1, left: first, bottom: layout.lastRow, right: first }, format: { numberFormat: DATE_FORMAT, horizontal: 'center' } });

  const tableLeft = Math.min(...Object.values(layout.columns).filter((c): c is number => c !== null));
  const taskCols = [layout.columns.stt, layout.columns.content];
  const rowCols: number[] = [];
  for (let c = tableLeft; c <= layout.lastColumn; c += 1) if (!taskCols.includes(c)) rowCols.push(c);
  const skip = rowsToSkip(options.grid, layout, tableLeft);
  const show = statusView(options.unit);
  const partOf = options.unit === undefined ? null : unitPartFinder(options.unit);
  const extra: ExtraText[] = [];
  const fillRuns = new Map<string | null, CellRange[]>();
  const addFill = (fill: string | null, range: CellRange): void => {
    const list = fillRuns.get(fill);
    if (list) list.push(range);
    else fillRuns.set(fill, [range]);
  };

  for (const task of plan.tasks) {
    const taskStatuses: StatusKey[] = [];
    for (const deliverable of task.deliverables) {
      const found = byId.get(deliverableId(task.id, deliverable.key));
      const shown = found ? show(found) : null;
      const [top, bottom] = deliverable.rows;
      for (const [rTop, rBottom] of rowRuns(top, bottom, skip)) {
        for (const [left, right] of columnRuns(rowCols)) addFill(fillOf(shown?.status ?? null), { top: rTop, left, bottom: rBottom, right });
      }
      if (!found || !shown) continue;
      taskStatuses.push(shown.status);
      const detail = partOf ? roleText(partOf(found)) : unitDetail(found);
      const due: CellValue = shown.nextDue ? cellDateOf(shown.nextDue) : null;
      const shownText = shownStatusText(shown);
      values.push({ row: top, col: first, values: [[due, shownText, detail]] });
      extra.push({ row: top, text: detail, width: OWN_WIDTHS.detail }, { row: top, text: shownText, width: OWN_WIDTHS.status });
      for (const [rTop, rBottom] of rowRuns(top, bottom, skip)) {
        formats.push({ range: { top: rTop, left: first, bottom: rBottom, right: cols.detail }, format: ownCellFormat(shown.status) });
      }
    }
    const [top, bottom] = task.rows;
    for (const [rTop, rBottom] of rowRuns(top, bottom, skip)) {
      for (const [left, right] of columnRuns(taskCols)) addFill(fillOf(worstStatus(taskStatuses)), { top: rTop, left, bottom: rBottom, right });
    }
  }
  for (const [fill, ranges] of fillRuns) for (const range of ranges) formats.push({ range, format: { fill } });

  values.push({ row: headTop, col: cols.legend, values: [[options.unit ? `${LEGEND_TITLE}: ${options.unit}` : LEGEND_TITLE], ...legend.map((e) => [e.text])] });
  formats.push({ range: { top: headTop, left: cols.legend, bottom: headTop, right: cols.legend }, format: { bold: true, wrap: true, vertical: 'top' } });
  legend.forEach((e, i) => {
    const row = headTop + 1 + i;
    formats.push({ range: { top: row, left: cols.legend, bottom: row, right: cols.legend }, format: e.format });
  });

  // A header of several rows: each heading spans them, like the officer's own STT cell.
  const merges: CellRange[] =
    headBottom > headTop ? [cols.nextDue, cols.status, cols.detail].map((col) => ({ top: headTop, left: col, bottom: headBottom, right: col })) : [];

  return {
    sheet: plan.sheet,
    mode: 'update',
    ownColumns: { from: first, to: first + PLAN_OWN_COLUMN_COUNT - 1, rows: [headTop, lastRow] },
    values,
    formats,
    merges,
    columnWidths: [
      { col: cols.nextDue, width: OWN_WIDTHS.nextDue },
      { col: cols.status, width: OWN_WIDTHS.status },
      { col: cols.detail, width: OWN_WIDTHS.detail },
      { col: first + 3, width: 2 },
      { col: cols.legend, width: 24 },
    ],
    ...(fit ? { rowHeights: rowsToFit(fit.grid, fit.sizes, { top: headTop, left: tableLeft, bottom: layout.lastRow, right: layout.lastColumn }, { extra }) } : {}),
    // The coloured plan prints whole: A4 landscape, its own and the added columns on one page width.
    pageSetup: { ...a4PageSetup([], { titleRows: [headTop, headBottom] }), orientation: 'landscape' },
  };
}

function ownCellFormat(status: StatusKey): CellFormat {
  const { fill, fontColor } = statusCellFormat(status);
  return { fill, fontColor };
}

function roleText(part: UnitStatus | null): string {
  if (!part) return '';
  return part.role === 'lead' ? 'Chủ trì' : 'Phối hợp';
}
