import mammoth from 'mammoth';
import type { CellRange } from '../../src/core/grid';
import type { WordTable } from '../../src/core/docx/wordDocument';
import { wordTableGrid } from '../../src/core/docx/wordTableGrid';
import { readDocx } from '../../src/workbook/docx/readDocx';
import { realPlanDocx, realPlanNames } from './realPlanDocx';
import { docxOf, p, tbl, tc, tr } from './docxOf';

/**
 * The .docx reader against mammoth, the maintained docx reader of the field (a dev dependency
 * here; docs/decisions/plan-reading.md says why it is not the runtime reader): on the same
 * documents, every table has the same cells, texts (a cell's paragraphs joined by line
 * breaks), column spans and row spans. Documents without automatic list numbers, which
 * mammoth does not write out.
 */

interface MammothNode {
  type: string;
  value?: string;
  children?: MammothNode[];
  colSpan?: number;
  rowSpan?: number;
}

/** Tables of mammoth's document model, each as the grid an HTML table lays out. */
async function mammothTables(bytes: Uint8Array): Promise<{ values: string[][]; merges: CellRange[] }[]> {
  let document: MammothNode | null = null;
  await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      transformDocument: (d: MammothNode) => {
        document = d;
        return { ...d, children: [] };
      },
    },
  );
  const textOf = (n: MammothNode): string => (n.type === 'text' ? (n.value ?? '') : n.type === 'break' ? '\n' : n.type === 'tab' ? ' ' : (n.children ?? []).map(textOf).join(''));
  const cellText = (cell: MammothNode) =>
    (cell.children ?? [])
      .filter((c) => c.type === 'paragraph')
      .map(textOf)
      .filter((t) => t.trim() !== '')
      .join('\n');
  const tables = ((document as MammothNode | null)?.children ?? []).filter((c) => c.type === 'table');
  return tables.map((table) => {
    const values: string[][] = [];
    const merges: CellRange[] = [];
    const taken = new Set<string>();
    (table.children ?? []).forEach((row, r) => {
      values[r] ??= [];
      let c = 0;
      for (const cell of row.children ?? []) {
        while (taken.has(`${r}:${c}`)) c++;
        const cols = cell.colSpan ?? 1;
        const rows = cell.rowSpan ?? 1;
        values[r][c] = cellText(cell);
        for (let dr = 0; dr < rows; dr++) for (let dc = 0; dc < cols; dc++) taken.add(`${r + dr}:${c + dc}`);
        if (cols > 1 || rows > 1) merges.push({ top: r + 1, left: c + 1, bottom: r + rows, right: c + cols });
        c += cols;
      }
    });
    const width = Math.max(...values.map((l) => l.length));
    return { values: values.map((l) => Array.from({ length: width }, (_, i) => l[i] ?? '')), merges: merges.sort((a, b) => a.top - b.top || a.left - b.left) };
  });
}

function ourTables(bytes: Uint8Array) {
  return readDocx(bytes, 'x.docx')
    .blocks.filter((b): b is WordTable => b.kind === 'table')
    .map((t) => {
      const g = wordTableGrid(t);
      const width = Math.max(...g.values.map((l) => l.length));
      return { values: g.values.map((l) => Array.from({ length: width }, (_, i) => l[i] ?? '')), merges: g.merges };
    });
}

test.each(realPlanNames())('%s: every table reads as mammoth reads it', async (name) => {
  const bytes = await realPlanDocx(name);
  const theirs = await mammothTables(bytes);
  const ours = ourTables(bytes);
  expect(ours).toHaveLength(3);
  expect(ours).toEqual(theirs);
});

test('split runs, bookmarks, spelling marks, tracked changes and fields: the same text as mammoth', async () => {
  const cell =
    '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Chi c</w:t></w:r><w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="a"/><w:r><w:t>ục Thủy</w:t></w:r><w:bookmarkEnd w:id="0"/>' +
    '<w:proofErr w:type="spellEnd"/><w:del w:id="1" w:author="A"><w:r><w:delText> lợi</w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve"> sản</w:t></w:r></w:ins></w:p>';
  const bytes = docxOf(tbl([tr([tc(cell), tc(['Dòng một', 'Dòng hai'])]), tr([tc('x', '<w:gridSpan w:val="2"/>')])]) + p('sau'));
  expect(ourTables(bytes)).toEqual(await mammothTables(bytes));
  expect(ourTables(bytes)[0].values[0]).toEqual(['Chi cục Thủy sản', 'Dòng một\nDòng hai']);
});
