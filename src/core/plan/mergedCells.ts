import { cellAt, type CellValue, type SheetGrid } from '../grid';

/** A cell as the plan reader sees it: a merged value belongs to every row its merge covers. */
export interface TableCell {
  value: CellValue;
  /** Top row of the vertical merge this cell sits under (not its top row), else null. */
  mergedFrom: number | null;
}

/**
 * Cells of a sheet with vertical merges expanded (Word layout: STT and Nội dung merged down
 * across a task's rows). Merges are indexed once, so reading a cell is O(1) whatever the
 * number of merges. Only the merge's own column is expanded: a title merged across columns
 * stays in its first cell, so a section row does not seem to fill Kết quả or Chủ trì.
 *
 * @example
 * const cells = new MergedCells(grid, [1, 2]);
 * cells.at(11, 1) // { value: 15, mergedFrom: 10 } when A10:A11 is merged
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
    if (from === undefined) return { value: cellAt(this.grid, row, col), mergedFrom: null };
    return { value: cellAt(this.grid, from, col), mergedFrom: from };
  }
}

// Excel has at most 16 384 columns.
function key(row: number, col: number): number {
  return row * 16384 + col;
}
