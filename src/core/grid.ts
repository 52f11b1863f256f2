/**
 * The plain data every reader in the core takes: a sheet as a 2-D grid of cell values.
 *
 * `values[r][c]` is the cell at sheet row `r + 1`, column `c + 1` (the grid is anchored at A1,
 * whatever the used range). Rows may be ragged; a missing cell is `null`.
 * Dates are the wall-clock day and time shown in Excel, encoded as UTC (`2024-02-20T00:00:00Z`
 * for 20/02/2024), so reading them never depends on the machine's time zone.
 * Error values (#REF!, #N/A …) arrive as their text.
 */
export type CellValue = string | number | boolean | Date | null;

/** Excel's last row (1 048 576) and last column (16 384, XFD): no sheet goes past them. */
export const EXCEL_MAX_ROW = 1_048_576;
export const EXCEL_MAX_COLUMN = 16_384;
/** Longest text an Excel cell holds. */
export const EXCEL_MAX_TEXT = 32_767;
/** Tallest row Excel allows, in points. */
export const EXCEL_MAX_ROW_HEIGHT = 409;

/** A rectangle of cells, 1-based sheet coordinates, both ends inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  values: CellValue[][];
  /** Merged areas; the value sits in the top-left cell. */
  merges: CellRange[];
}

/**
 * The column widths and row heights a sheet sets (widths in Excel character units, heights in
 * points), for sizing printed rows to their wrapped text.
 */
export interface SheetSizes {
  /** `columnWidths[c]` is the width of column `c + 1`; null where the default applies. */
  columnWidths: (number | null)[];
  /** `rowHeights[r]` is the height of row `r + 1`; null where the default applies. */
  rowHeights: (number | null)[];
  defaultColumnWidth: number;
  defaultRowHeight: number;
}

/**
 * The value at a 1-based sheet position, `null` when outside the grid.
 *
 * @example
 * cellAt({ name: 'S', values: [['a']], merges: [] }, 1, 1) // 'a'
 */
export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  const line = grid.values[row - 1];
  if (!line) return null;
  const v = line[col - 1];
  return v === undefined ? null : v;
}

/**
 * Excel-style column letters for a 1-based column number.
 *
 * @example
 * columnLetter(1) // 'A'
 * columnLetter(28) // 'AB'
 */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`columnLetter: bad column ${col}`);
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * The 1-based column number of Excel column letters (the inverse of {@link columnLetter}), in
 * either case; null when the text is no column of a sheet (not letters, or past XFD).
 *
 * @example
 * columnNumber('AB') // 28
 * columnNumber('xfd') // 16384
 * columnNumber('XFE') // null
 */
export function columnNumber(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= EXCEL_MAX_COLUMN ? n : null;
}

/**
 * A1-style address of a range (`A1` for a single cell).
 *
 * @example
 * rangeAddress({ top: 1, left: 1, bottom: 3, right: 2 }) // 'A1:B3'
 */
export function rangeAddress(range: CellRange): string {
  const a = `${columnLetter(range.left)}${range.top}`;
  if (range.top === range.bottom && range.left === range.right) return a;
  return `${a}:${columnLetter(range.right)}${range.bottom}`;
}
