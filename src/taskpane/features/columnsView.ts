import { cellAt, columnLetter, EXCEL_MAX_ROW, type SheetGrid } from '../../core/grid';
import { cellText } from '../../core/text/normalize';
import { isColumnNumbersRow } from '../../core/plan/headerLabels';
import { rowSlice } from '../../core/plan/locateTable';
import { PLAN_ROLES, type ColumnMapping, type PlanRole, type PlanTable, type RoleSource } from '../../core/plan/model';
import { isColumn } from '../../workbook/columnSetting';

/**
 * What "Cột của bảng" shows (SPEC §12 "The officer corrects") and the mapping kept after the
 * officer's change.
 */

/** Columns offered in the panel's lists (a stray cell far right must not make a list of thousands). */
const MAX_CHOICES = 200;
/** Rows under the header whose width counts for the table's columns. */
const WIDTH_ROWS = 30;

/** One column the officer can give a role: "D — Đơn vị chủ trì". */
export interface ColumnChoice {
  column: number;
  letter: string;
  /** The header text over it ('' when none). */
  header: string;
}

/** A role as the panel shows it. */
export interface RoleView {
  role: PlanRole;
  /** The column that fed it; null when none did ("không có", or not chosen yet). */
  column: number | null;
  /** How the column was chosen; null when no column. */
  source: RoleSource | null;
  /** The reader's reason (a Vietnamese phrase), '' when none. */
  evidence: string;
  /** The officer said the table has no such column. */
  none: boolean;
}

/** What "Cột của bảng" shows for one sheet. */
export interface ColumnsView {
  sheet: string;
  /** The header row, as the officer names it: the header's last row (not the "(1) (2) …" row under it). */
  headerRow: number;
  /** Rows of the sheet (the header row box goes no further). */
  rowCount: number;
  choices: ColumnChoice[];
  /** Every role, in {@link PLAN_ROLES} order. */
  roles: RoleView[];
  /** The mapping kept for this sheet; null when the reader chose alone. */
  saved: ColumnMapping | null;
  /** The reader guessed some role (by content or by the table's shape). */
  guessed: boolean;
  /** A plan was read from this sheet. */
  found: boolean;
}

function lastFilled(grid: SheetGrid, row: number): number {
  const line = grid.values[row - 1] ?? [];
  for (let c = line.length; c > 0; c--) if (cellText(line[c - 1]) !== '') return c;
  return 0;
}

/**
 * Header texts of rows `top` … `bottom` joined ("Đơn vị thực hiện / Chủ trì"), repeated texts
 * once; an officer's single row with an empty cell takes the text above it (a header merged down
 * from the row above), as the reader does.
 */
function headerText(grid: SheetGrid, top: number, bottom: number, column: number): string {
  const texts: string[] = [];
  for (let r = top; r <= bottom; r++) {
    const t = cellText(cellAt(grid, r, column));
    if (t !== '' && !texts.includes(t)) texts.push(t);
  }
  if (texts.length === 0 && top === bottom && top > 1) return cellText(cellAt(grid, top - 1, column));
  return texts.join(' / ');
}

/**
 * The row a sheet's table most likely starts under, for an officer starting from nothing: the
 * first of the first 50 rows with three or more short texts, else row 1.
 */
function likelyHeaderRow(grid: SheetGrid): number {
  for (let r = 1; r <= Math.min(grid.values.length, 50); r++) {
    const cells = (grid.values[r - 1] ?? []).filter((v) => cellText(v) !== '');
    if (cells.length >= 3 && cells.every((v) => typeof v === 'string' && v.length <= 80)) return r;
  }
  return 1;
}

/** The header's last row the officer would name: the reader's header without its "(1) (2) …" row. */
function namedHeaderRow(grid: SheetGrid, plan: PlanTable): { top: number; row: number } {
  const rows = plan.reading?.headerRows;
  if (!rows) return { top: plan.layout.headerRows[0], row: plan.layout.headerRows[0] };
  const numbers = rows[1] > rows[0] && isColumnNumbersRow(rowSlice(grid, rows[1], plan.layout.lastColumn));
  return { top: rows[0], row: numbers ? rows[1] - 1 : rows[1] };
}

/**
 * What "Cột của bảng" shows: the plan's sheet, header row and roles when a plan was read (`plan`),
 * else the kept mapping of `sheet` over the row it names (or the likely header row), so the officer
 * can start from it.
 *
 * @example
 * columnsViewOf(grid, plan, saved).roles.find((r) => r.role === 'lead') // { column: 3, source: 'header', … }
 */
export function columnsViewOf(grid: SheetGrid, plan: PlanTable | null, saved: ColumnMapping | null): ColumnsView {
  const read = plan && plan.sheet === grid.name ? plan : null;
  let top: number;
  let row: number;
  if (saved?.headerRow !== undefined) {
    top = row = saved.headerRow;
  } else if (read) {
    ({ top, row } = namedHeaderRow(grid, read));
  } else {
    top = row = likelyHeaderRow(grid);
  }
  let width = Math.max(read?.layout.lastColumn ?? 0, lastFilled(grid, row));
  for (let r = row + 1; r <= Math.min(grid.values.length, row + WIDTH_ROWS); r++) width = Math.max(width, lastFilled(grid, r));
  const roles: RoleView[] = PLAN_ROLES.map((role) => {
    const none = saved?.columns?.[role] === null;
    const found = read?.reading?.roles[role];
    if (found) return { role, column: found.column, source: found.source, evidence: found.evidence, none: false };
    const kept = read ? undefined : saved?.columns?.[role];
    if (typeof kept === 'number') return { role, column: kept, source: 'officer', evidence: '', none: false };
    return { role, column: null, source: null, evidence: '', none };
  });
  for (const r of roles) if (r.column !== null) width = Math.max(width, r.column);
  const choices: ColumnChoice[] = [];
  for (let c = 1; c <= Math.min(width, MAX_CHOICES); c++) choices.push({ column: c, letter: columnLetter(c), header: headerText(grid, top, row, c) });
  return {
    sheet: grid.name,
    headerRow: row,
    rowCount: Math.max(grid.values.length, row),
    choices,
    roles,
    saved,
    guessed: read?.reading?.guessed ?? false,
    found: read !== null,
  };
}

/** What the officer changed in the panel. */
export type ColumnChange = { role: PlanRole; column: number | null } | { headerRow: number };

/**
 * The mapping to keep after a change. A role's change pins every role as shown (what the officer
 * saw is what is read next time); a column taken from another role swaps with it (or leaves that
 * role to the reader when the changed role had none); with no plan read, the header row shown is
 * kept too. A new header row keeps only what the officer chose before: the reader reads the new
 * row's labels.
 *
 * @example
 * mappingAfter(view, { role: 'lead', column: 4 }) // { columns: { no: 1, task: 2, lead: 4, support: 3, … } } (D was Phối hợp, C was Chủ trì)
 */
export function mappingAfter(view: ColumnsView, change: ColumnChange): ColumnMapping {
  const saved = view.saved ?? {};
  if ('headerRow' in change) {
    if (!Number.isInteger(change.headerRow) || change.headerRow < 1 || change.headerRow > EXCEL_MAX_ROW) throw new RangeError(`mappingAfter: bad header row ${change.headerRow}`);
    return { headerRow: change.headerRow, ...(saved.columns ? { columns: { ...saved.columns } } : {}) };
  }
  if (change.column !== null && !isColumn(change.column)) throw new RangeError(`mappingAfter: bad column ${change.column}`);
  const columns: Partial<Record<PlanRole, number | null>> = { ...saved.columns };
  for (const r of view.roles) if (r.column !== null) columns[r.role] = r.column;
  const before = view.roles.find((r) => r.role === change.role)?.column ?? null;
  if (change.column !== null) {
    for (const role of PLAN_ROLES) {
      if (role === change.role || columns[role] !== change.column) continue;
      if (before !== null) columns[role] = before;
      else delete columns[role];
    }
  }
  columns[change.role] = change.column;
  // With no plan read, the row shown is where the officer starts from: it is kept with the columns.
  const headerRow = saved.headerRow ?? (view.found ? undefined : view.headerRow);
  return { ...(headerRow !== undefined ? { headerRow } : {}), columns };
}
