import { cellAt, EXCEL_MAX_ROW_HEIGHT, type CellRange, type SheetGrid, type SheetSizes } from '../grid';
import { cellText } from '../text/normalize';
import { wrappedLineCount } from './wrappedLines';

/**
 * Row heights that let wrapped text print whole on a sheet the add-in did not lay out (the
 * officer's plan sheet), estimated from text length and column width, never measured: LibreOffice
 * keeps the heights a file sets, and neither it nor Excel fits rows to text in merged cells.
 *
 * The estimate, as data:
 * - the officer's sheets are in the workbook's default font, Calibri 11 (Carlito in LibreOffice,
 *   metric-compatible): a 45-wide column printed 53–56 characters of Vietnamese a line, so
 *   {@link OFFICER_CHARS_PER_WIDTH_UNIT} is 1.15 (kept low: a row a little tall, never cut);
 * - a line of Calibri 11 takes {@link OFFICER_LINE_HEIGHT} points, Excel's default row height;
 * - a cell merged over several columns wraps at their summed width; one merged over several
 *   rows (STT and Nội dung of a Word table) needs its lines over those rows together, and what
 *   they lack is shared equally among them.
 */
export const OFFICER_CHARS_PER_WIDTH_UNIT = 1.15;
export const OFFICER_LINE_HEIGHT = 15;

/** A text the add-in itself puts in a row (its status columns), with the width it wraps at. */
export interface ExtraText {
  row: number;
  text: string;
  width: number;
}

export interface RowsToFitOptions {
  /** Texts of the add-in's own cells in the same rows. */
  extra?: readonly ExtraText[];
  charsPerWidthUnit?: number;
  lineHeight?: number;
}

function widthOf(sizes: SheetSizes, left: number, right: number): number {
  let width = 0;
  for (let c = left; c <= right; c++) width += sizes.columnWidths[c - 1] ?? sizes.defaultColumnWidth;
  return width;
}

function heightOf(sizes: SheetSizes, row: number): number {
  return sizes.rowHeights[row - 1] ?? sizes.defaultRowHeight;
}

/**
 * The rows of `area` whose wrapped text needs more height than they have, with the height they
 * need (points, at most {@link EXCEL_MAX_ROW_HEIGHT}); rows tall enough are not listed, so a row is
 * only ever raised. Cells merged from outside the area count when their top-left cell is inside.
 *
 * @example
 * rowsToFit(grid, sizes, { top: 6, left: 1, bottom: 57, right: 6 }) // [{ row: 7, height: 60 }, …]
 */
export function rowsToFit(grid: SheetGrid, sizes: SheetSizes, area: CellRange, options: RowsToFitOptions = {}): { row: number; height: number }[] {
  const perUnit = options.charsPerWidthUnit ?? OFFICER_CHARS_PER_WIDTH_UNIT;
  const lineHeight = options.lineHeight ?? OFFICER_LINE_HEIGHT;
  const mergeAt = new Map<string, CellRange>();
  const covered = new Set<string>();
  for (const m of grid.merges) {
    mergeAt.set(`${m.top}:${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }
  const need = new Map<number, number>();
  const raise = (row: number, height: number) => need.set(row, Math.max(need.get(row) ?? heightOf(sizes, row), height));
  const tall: { top: number; bottom: number; height: number }[] = [];

  for (let row = area.top; row <= area.bottom; row++) {
    for (let col = area.left; col <= area.right; col++) {
      if (covered.has(`${row}:${col}`)) continue;
      const text = cellText(cellAt(grid, row, col)).trim();
      if (text === '') continue;
      const m = mergeAt.get(`${row}:${col}`) ?? { top: row, left: col, bottom: row, right: col };
      const height = wrappedLineCount(text, widthOf(sizes, m.left, m.right), perUnit) * lineHeight;
      if (m.bottom > m.top) tall.push({ top: m.top, bottom: m.bottom, height });
      else raise(row, height);
    }
  }
  for (const e of options.extra ?? []) raise(e.row, wrappedLineCount(e.text, e.width, perUnit) * lineHeight);
  for (const t of tall) {
    let has = 0;
    for (let r = t.top; r <= t.bottom; r++) has += need.get(r) ?? heightOf(sizes, r);
    if (has >= t.height) continue;
    const share = (t.height - has) / (t.bottom - t.top + 1);
    for (let r = t.top; r <= t.bottom; r++) need.set(r, (need.get(r) ?? heightOf(sizes, r)) + share);
  }
  const rows: { row: number; height: number }[] = [];
  for (const [row, height] of [...need].sort((a, b) => a[0] - b[0])) {
    const wanted = Math.min(EXCEL_MAX_ROW_HEIGHT, Math.ceil(height));
    if (wanted > heightOf(sizes, row) + 0.5) rows.push({ row, height: wanted });
  }
  return rows;
}
