import type { CellRange } from '../grid';
import type { WordTable } from './wordDocument';

/** A Word table laid on a grid, as Excel shows it pasted: text in the top-left cell of each merged area. */
export interface WordTableGrid {
  /** `values[r][c]`: the text of row r, grid column c ('' for an empty or covered cell). */
  values: string[][];
  /** Merged areas (vertical merges and column spans), 1-based rows and columns of this table. */
  merges: CellRange[];
  /** Rows marked to repeat as the header on each page. */
  headerRows: boolean[];
  /** Grid column widths in twips (0 where the file gives none), one per column. */
  widths: number[];
  columnCount: number;
}

interface OpenMerge {
  area: CellRange;
  continued: boolean;
}

/**
 * Lays a Word table on a grid: `w:gridBefore` shifts a row right, `w:gridSpan` widens a cell
 * over grid columns, `w:vMerge` continue cells join the cell above in the same grid column.
 * A `continue` cell with nothing open above it reads as a cell of its own; a row that stops
 * short ends the merges of the columns it leaves out.
 *
 * @example
 * wordTableGrid({ kind: 'table', columnWidths: [600, 3000], rows: [
 *   { header: false, before: 0, cells: [{ text: '1', span: 1, vMerge: 'restart' }, { text: 'a', span: 1, vMerge: null }] },
 *   { header: false, before: 0, cells: [{ text: '', span: 1, vMerge: 'continue' }, { text: 'b', span: 1, vMerge: null }] },
 * ] }).merges // [{ top: 1, left: 1, bottom: 2, right: 1 }]
 */
export function wordTableGrid(table: WordTable): WordTableGrid {
  let columnCount = table.columnWidths.length;
  for (const row of table.rows) {
    const width = row.cells.reduce((n, c) => n + c.span, row.before);
    if (width > columnCount) columnCount = width;
  }
  const values: string[][] = [];
  const headerRows: boolean[] = [];
  const done: CellRange[] = [];
  const open = new Map<number, OpenMerge>();

  table.rows.forEach((row, index) => {
    const r = index + 1;
    const line = new Array<string>(columnCount).fill('');
    for (const m of open.values()) m.continued = false;
    let col = row.before + 1;
    for (const cell of row.cells) {
      const above = open.get(col);
      if (cell.vMerge === 'continue' && above) {
        above.area.bottom = r;
        above.continued = true;
      } else {
        if (above) {
          done.push(above.area);
          open.delete(col);
        }
        line[col - 1] = cell.text;
        const area = { top: r, left: col, bottom: r, right: col + cell.span - 1 };
        if (cell.vMerge === 'restart' || cell.vMerge === 'continue') open.set(col, { area, continued: true });
        else if (cell.span > 1) done.push(area);
      }
      col += cell.span;
    }
    // Columns this row did not continue end their merges here.
    for (const [c, m] of open) {
      if (!m.continued) {
        done.push(m.area);
        open.delete(c);
      }
    }
    values.push(line);
    headerRows.push(row.header);
  });
  for (const m of open.values()) done.push(m.area);

  const merges = done.filter((a) => a.bottom > a.top || a.right > a.left).sort((a, b) => a.top - b.top || a.left - b.left);
  const widths = Array.from({ length: columnCount }, (_, c) => table.columnWidths[c] ?? 0);
  return { values, merges, headerRows, widths, columnCount };
}
