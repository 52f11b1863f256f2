import type { CellObject, WorkSheet } from '@e965/xlsx';
import type { CellRange, CellValue, SheetGrid } from '../../core/grid';
import { isDateFormat } from './fastXlsx';

/**
 * Turns one SheetJS worksheet (read with `dense: true, cellDates: false, cellNF: true`) into
 * the grid the core reads, with the same conventions as the .xlsx reader: dates are the
 * wall-clock day and time encoded as UTC, only a merge's top-left cell keeps its value.
 */

/** Excel's error codes as BIFF stores them, for error cells without display text. */
const ERROR_TEXT: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
};

/** Excel serial day → the wall-clock moment encoded as UTC (the rule of the .xlsx reader). */
function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/**
 * One cell's grid value. A number shown with a date format is a date, decided by the same
 * rule as for .xlsx ({@link isDateFormat}) so the three formats agree. SheetJS gives .ods
 * dates as numbers in the workbook's own date system once `cellDates` is off, so every
 * format goes through the one conversion below, whatever the machine's time zone.
 */
export function gridValueOfCell(cell: CellObject | undefined, date1904: boolean): CellValue | undefined {
  if (!cell) return undefined;
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'b':
      return cell.v === true;
    case 'n': {
      const n = cell.v as number;
      if (!Number.isFinite(n)) return null;
      return typeof cell.z === 'string' && isDateFormat(cell.z) ? serialToDate(n, date1904) : n;
    }
    case 'd': {
      // Only when a reader kept a date object: SheetJS encodes the wall clock as UTC already.
      const d = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      return Number.isNaN(d.getTime()) ? null : d;
    }
    case 'e':
      return typeof cell.w === 'string' && cell.w !== '' ? cell.w : (ERROR_TEXT[cell.v as number] ?? '#N/A');
    default:
      return null;
  }
}

/**
 * The grid of a dense SheetJS worksheet. Throws `tooLarge()` past `maxCells` cells (cells
 * read plus merged rows visited, as the .xlsx reader counts).
 */
export function gridOfSheetJs(name: string, sheet: WorkSheet, options: { date1904: boolean; maxCells: number; tooLarge: () => Error }): SheetGrid {
  const data = (sheet['!data'] ?? []) as (CellObject | undefined)[][];
  let cells = 0;
  const rows: (CellValue | undefined)[][] = [];
  let lastRow = 0;
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    if (!source) continue;
    const row: (CellValue | undefined)[] = [];
    for (let c = 0; c < source.length; c++) {
      const value = gridValueOfCell(source[c], options.date1904);
      if (value === undefined) continue;
      if (++cells > options.maxCells) throw options.tooLarge();
      row[c] = value;
    }
    if (row.length > 0) {
      rows[r] = row;
      lastRow = r + 1;
    }
  }
  const merges: CellRange[] = [];
  let visited = cells;
  for (const m of sheet['!merges'] ?? []) {
    const range = { top: m.s.r + 1, left: m.s.c + 1, bottom: m.e.r + 1, right: m.e.c + 1 };
    if (range.bottom === range.top && range.right === range.left) continue;
    merges.push(range);
    lastRow = Math.max(lastRow, range.bottom);
    visited += range.bottom - range.top + 1;
    if (visited > options.maxCells) throw options.tooLarge();
    for (let r = range.top; r <= Math.min(range.bottom, rows.length); r++) {
      const row = rows[r - 1];
      if (!row) continue;
      for (let c = range.left; c <= Math.min(range.right, row.length); c++) if (r > range.top || c > range.left) row[c - 1] = undefined;
    }
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  const values: CellValue[][] = new Array(lastRow);
  for (let r = 0; r < lastRow; r++) {
    const row = rows[r] ?? [];
    let length = row.length;
    while (length > 0 && row[length - 1] === undefined) length--;
    const line: CellValue[] = new Array(length);
    for (let c = 0; c < length; c++) line[c] = row[c] ?? null;
    values[r] = line;
  }
  return { name, values, merges };
}
