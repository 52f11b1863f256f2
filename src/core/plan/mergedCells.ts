import { cellAt, EXCEL_MAX_COLUMN, type CellValue, type SheetGrid } from '../grid';
import { cellText } from '../text/normalize';

/** A cell as the plan reader sees it: a merged value belongs to every row its merge covers. */
export interface TableCell {
  value: CellValue;
  /** Display text of the value (see `cellText`). */
  text: string;
  /** Top row of the vertical merge this cell sits under (not its top row), else null. */
  mergedFrom: number | null;
}

// Text that normalisation would leave as it is: one test instead of normalizeText's passes,
// which matters on 100 000-row sheets.
const NEEDS_NORMALIZING = /[\r\n\t\u00A0\u1680\u2000-\u200D\u202F\u205F\u2060\u3000\uFEFF]| {2}|^ | $/;

/**
 * `cellText` with a fast path for text already clean (NFC, single spaces, one line).
 *
 * @example
 * textOfCell('Văn phòng Sở') // 'Văn phòng Sở'
 * textOfCell(' Văn  phòng ') // 'Văn phòng'
 */
export function textOfCell(value: CellValue): string {
  if (typeof value === 'string' && !NEEDS_NORMALIZING.test(value) && value.normalize('NFC') === value) return value;
  return cellText(value);
}

/**
 * Cells of a sheet with vertical merges expanded (Word layout: STT and Nội dung merged down
 * across a task's rows). Merges are indexed once, so reading a cell is O(1) whatever the
 * number of merges. Only the merge's own column is expanded: a title merged across columns
 * stays in its first cell, so a section row does not seem to fill Kết quả or Chủ trì.
 *
 * @example
 * const cells = new MergedCells(grid, [1, 2]);
 * cells.at(11, 1) // { value: 15, text: '15', mergedFrom: 10 } when A10:A11 is merged
 */
export class MergedCells {
  private readonly covered = new Map<number, number>();

  /** @param columns the 1-based columns whose merges matter (the table's columns). */
  constructor(
    private readonly grid: SheetGrid,
    columns: readonly number[],
  ) {
    const wanted = new Set(columns);
    for (const m of grid.merges) {
      if (m.bottom <= m.top || !wanted.has(m.left)) continue;
      for (let r = m.top + 1; r <= m.bottom; r++) this.covered.set(key(r, m.left), m.top);
    }
  }

  at(row: number, col: number): TableCell {
    const from = this.covered.get(key(row, col));
    const source = from ?? row;
    const value = cellAt(this.grid, source, col);
    return { value, text: this.textAt(source, col, value), mergedFrom: from ?? null };
  }

  /** Texts are normalised once per cell: the reader's stages read the same cells again. */
  private readonly texts = new Map<number, (string | undefined)[]>();

  private textAt(row: number, col: number, value: CellValue): string {
    if (value === null) return '';
    let column = this.texts.get(col);
    if (!column) {
      column = [];
      this.texts.set(col, column);
    }
    let text = column[row];
    if (text === undefined) {
      text = textOfCell(value);
      column[row] = text;
    }
    return text;
  }
}

// One number for a cell: no row has more cells than Excel's columns.
function key(row: number, col: number): number {
  return row * EXCEL_MAX_COLUMN + col;
}
