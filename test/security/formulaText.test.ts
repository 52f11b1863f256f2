import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { buildRegisterXlsx, day, SAMPLE_REGISTER_HEADER } from '../fixtures/registers';
import { consistentRow, Q1_2024, unitWorkbookBytes } from '../fixtures/unitForms';

/**
 * Text from the officers' files that looks like a formula comes out of `kstthc forms --out`
 * and `kstthc consolidate --out` as a string cell: in the saved .xlsx no cell has a formula,
 * and each hostile text is a shared/inline string. (test/consolidate checks =HYPERLINK and
 * "+ …" reasons of II.06a through exceljs; this adds the DDE payload, @, +1, -1, the other
 * columns and the forms output, at the XML level.)
 */

const HOSTILE = ["=cmd|' /C calc'!A0", '@SUM(1)', '+1', '-1'];

function memoryIo(files: Map<string, Uint8Array>): CliIo {
  return {
    stdout: () => undefined,
    stderr: () => undefined,
    readFile: async (p) => {
      const b = files.get(p);
      if (!b) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT', path: p });
      return b;
    },
    writeFile: async (p, b) => void files.set(p, b),
    today: () => '2024-03-20',
  };
}

/** A sum of cell references, the only formula shape the add-in writes: SUM(C12:C18), SUM(C10,C12), D12+E12. */
const SUM_OF_CELLS = /^(?:SUM\([A-Z]+\d+(?::[A-Z]+\d+)?(?:,[A-Z]+\d+(?::[A-Z]+\d+)?)*\)|[A-Z]+\d+)(?:[+-](?:SUM\([A-Z]+\d+(?::[A-Z]+\d+)?(?:,[A-Z]+\d+(?::[A-Z]+\d+)?)*\)|[A-Z]+\d+))*$/;

/** Every cell of every sheet of a saved .xlsx, as exceljs reads it, plus the raw sheet XML. */
async function saved(bytes: Uint8Array): Promise<{ cells: ExcelJS.Cell[]; sheetXml: string[] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: ExcelJS.Cell[] = [];
  book.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(c))));
  const parts = unzipSync(bytes);
  const sheetXml = Object.entries(parts)
    .filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    .map(([, data]) => strFromU8(data));
  return { cells, sheetXml };
}

function expectAllText(out: { cells: ExcelJS.Cell[]; sheetXml: string[] }, texts: readonly string[]): void {
  expect(out.sheetXml.length).toBeGreaterThan(0);
  // The only formulas in the file are the forms' own sums of cells (issue 14), never unit text.
  for (const xml of out.sheetXml) {
    for (const [, formula] of xml.matchAll(/<f(?:\s[^>]*)?>([^<]*)<\/f>/g)) expect(formula).toMatch(SUM_OF_CELLS);
    expect(xml).not.toMatch(/<f(?:\s[^>]*)?\/>/);
  }
  for (const text of texts) {
    // Cells covered by a merge repeat their master's value: the master is the written one.
    const hits = out.cells.filter((c) => c.type !== ExcelJS.ValueType.Merge).filter((c) => c.value === text || (typeof c.value === 'string' && c.value.includes(text) && text.length > 3));
    expect([text, hits.length > 0]).toEqual([text, true]);
    for (const c of hits) expect([text, c.type]).toEqual([text, ExcelJS.ValueType.String]);
  }
}

describe('formula-looking text is written as text', () => {
  test('kstthc forms --out: lĩnh vực, TTHC and reasons of overdue dossiers', async () => {
    const rows = HOSTILE.map((reason, i) => [
      i + 1,
      `HS-${i + 1}`,
      i === 0 ? '=cmd|\' /C calc\'!A0' : 'Thủy sản',
      i === 1 ? '@SUM(1)' : `Thủ tục ${i + 1}`,
      'Trực tiếp',
      day(2024, 1, 2 + i),
      day(2024, 1, 20),
      null,
      'Đang giải quyết',
      reason,
    ]);
    const files = new Map([['so.xlsx', await buildRegisterXlsx({ header: [SAMPLE_REGISTER_HEADER], rows })]]);
    expect(await main(['forms', 'so.xlsx', '--period', '2024-Q1', '--unit', '+1 Chi cục', '--add-unit', '--out', 'bieu.xlsx'], memoryIo(files))).toBe(0);
    expectAllText(await saved(files.get('bieu.xlsx')!), [...HOSTILE, '+1 Chi cục']);
  });

  test('kstthc consolidate --out: II.06a reasons, TTHC and lĩnh vực from a unit', async () => {
    const unit = await unitWorkbookBytes({
      unit: 'Chi cục Thủy sản',
      period: Q1_2024,
      ii05a: [consistentRow('=cmd|\' /C calc\'!A0', 3, 2, 1, 1, 1, 0, 4)],
      ii06a: HOSTILE.map((reason, i) => ({ field: '=cmd|\' /C calc\'!A0', procedure: i === 0 ? '-1' : `Thủ tục ${i}`, count: 1, reason, note: i === 1 ? '@SUM(1)' : undefined })),
    });
    const files = new Map([['thuy-san.xlsx', unit]]);
    expect(await main(['consolidate', 'thuy-san.xlsx', '--period', '2024-Q1', '--out', 'tong-hop.xlsx'], memoryIo(files))).toBe(0);
    expectAllText(await saved(files.get('tong-hop.xlsx')!), HOSTILE);
  });
});
