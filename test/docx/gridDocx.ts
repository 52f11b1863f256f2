import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, type ParagraphChild } from 'docx';
import { cellText } from '../../src/core/text/normalize';
import type { CellRange, SheetGrid } from '../../src/core/grid';

/**
 * A sheet's plan as a Word document: the rows above `tableTop` as paragraphs (the title
 * lines), the rest as one table whose merged areas are Word merges (a column span, and a
 * vertical merge for each row under the top one), each line of a cell a paragraph, runs in
 * Times New Roman as Word writes them. The header row repeats on each page.
 */
export async function docxOfGrid(grid: SheetGrid, tableTop: number, options: { columnTwips?: number } = {}): Promise<Uint8Array> {
  const width = Math.max(...grid.values.map((l) => l.length));
  const mergeAt = new Map<string, CellRange>();
  const covered = new Set<string>();
  for (const m of grid.merges) {
    if (m.bottom < tableTop) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      mergeAt.set(`${r}:${m.left}`, m);
      for (let c = m.left + 1; c <= m.right; c++) covered.add(`${r}:${c}`);
    }
  }
  const run = (text: string, bold = false) => new TextRun({ text, bold, font: 'Times New Roman', size: 24 });
  const paragraphs = (text: string) => (text === '' ? [''] : text.split('\n')).map((line) => new Paragraph({ children: [run(line)] as ParagraphChild[] }));

  const title: Paragraph[] = [];
  for (let r = 1; r < tableTop; r++) {
    const text = (grid.values[r - 1] ?? []).map(cellText).filter((t) => t !== '').join(' ');
    title.push(new Paragraph({ children: [run(text, true)] }));
  }
  const rows: TableRow[] = [];
  for (let r = tableTop; r <= grid.values.length; r++) {
    const cells: TableCell[] = [];
    for (let c = 1; c <= width; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      const m = mergeAt.get(`${r}:${c}`);
      const span = m ? m.right - m.left + 1 : 1;
      const vertical = m && m.bottom > m.top ? (r === m.top ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE) : undefined;
      const text = m && r > m.top ? '' : cellText(grid.values[r - 1]?.[c - 1] ?? null);
      cells.push(new TableCell({ children: paragraphs(text), columnSpan: span > 1 ? span : undefined, verticalMerge: vertical }));
    }
    rows.push(new TableRow({ children: cells, tableHeader: r === tableTop }));
  }
  const columnWidths = new Array<number>(width).fill(options.columnTwips ?? 1800);
  const doc = new Document({ sections: [{ children: [...title, new Table({ rows, columnWidths })] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
