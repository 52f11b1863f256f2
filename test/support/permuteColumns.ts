/**
 * Builds the same plan table in another column order, with decoy columns, as another agency or a
 * task system would lay it out (SPEC §12 "Columns by meaning"): the STT column stays first (as in
 * every appendix), every other column moves; each column keeps its cells and vertical merges; a
 * merge across the row keeps spanning the row with its text at its new left edge; a row of column
 * numbers "(1) (2) …" is renumbered in the new order.
 */
import type { CellRange, CellValue, SheetGrid } from '../../src/core/grid';
import { cellText } from '../../src/core/text/normalize';
import { isColumnNumbersRow } from '../../src/core/plan/headerLabels';

/** A column added to the table: its header and, for each task row, a value. */
export interface DecoyColumn {
  header: string;
  value: (taskIndex: number) => CellValue;
}

/** Where each original column and each decoy goes: `order[i]` is what stands in new column i + 2. */
export type ColumnOrder = (number | `d${number}`)[];

/**
 * The grid with its table columns reordered and decoys inserted.
 *
 * @param rows which rows are header rows (decoy headers go there) and task rows (decoy values go there)
 */
export function permuteColumns(
  grid: SheetGrid,
  width: number,
  order: ColumnOrder,
  decoys: readonly DecoyColumn[],
  rows: { headers: ReadonlySet<number>; tasks: ReadonlyMap<number, number> },
): SheetGrid {
  const newOf = new Map<number, number>([[1, 1]]);
  order.forEach((o, i) => {
    if (typeof o === 'number') newOf.set(o, i + 2);
  });
  const newWidth = order.length + 1;
  const values: CellValue[][] = grid.values.map((line, r) => {
    const row = r + 1;
    if (isColumnNumbersRow(line.slice(0, width))) {
      const paren = cellText(line.find((v) => v !== null && v !== '') ?? '').startsWith('(');
      return Array.from({ length: newWidth }, (_, i) => (paren ? `(${i + 1})` : i + 1));
    }
    const out: CellValue[] = new Array(Math.max(newWidth, line.length)).fill(null);
    for (let c = 1; c <= line.length; c++) {
      const to = c <= width ? newOf.get(c) : c - width + newWidth;
      if (to !== undefined) out[to - 1] = line[c - 1] ?? null;
    }
    order.forEach((o, i) => {
      if (typeof o === 'number') return;
      const decoy = decoys[Number(o.slice(1))];
      if (rows.headers.has(row)) out[i + 1] = decoy.header;
      const task = rows.tasks.get(row);
      if (task !== undefined) out[i + 1] = decoy.value(task);
    });
    return out;
  });
  const merges: CellRange[] = [];
  for (const m of grid.merges) {
    if (m.left > width) {
      merges.push({ ...m, left: m.left - width + newWidth, right: m.right - width + newWidth });
      continue;
    }
    if (m.left === m.right) {
      const c = newOf.get(m.left) as number;
      merges.push({ ...m, left: c, right: c });
      continue;
    }
    // A merge across columns: spans the same columns' new range, its text at the new left edge.
    const cols = [];
    for (let c = m.left; c <= Math.min(m.right, width); c++) cols.push(newOf.get(c) as number);
    const left = m.left === 1 ? 1 : Math.min(...cols);
    const right = m.right >= width ? newWidth : Math.max(...cols);
    if (right - left + 1 !== (m.right >= width ? newWidth - left + 1 : cols.length)) {
      // Not contiguous any more: the text stays in its cell, unmerged (as a PDF conversion gives it).
      continue;
    }
    const text = values[m.top - 1][(newOf.get(m.left) as number) - 1];
    values[m.top - 1][(newOf.get(m.left) as number) - 1] = null;
    values[m.top - 1][left - 1] = text;
    merges.push({ top: m.top, bottom: m.bottom, left, right });
  }
  return { name: grid.name, values, merges };
}
