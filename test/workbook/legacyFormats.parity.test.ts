import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { workbookFormatOf } from '../../src/workbook/file/workbookFormat';
import { EXPECTED_II05A } from '../forms/quarterFixture';
import { EXPECTED_DEPARTMENT, EXPECTED_TOTAL } from '../fixtures/unitFormsSet';
import { memoryIo, type MemoryIo } from '../support/memoryIo';

/**
 * Every job gives the same answer for one workbook saved by LibreOffice as .xlsx, .xls and
 * .ods (test/fixtures/legacy): plan JSON, forms, consolidation, the tracking sheets of init.
 */
const LEGACY = path.join(__dirname, '..', 'fixtures', 'legacy');
const FORMATS = ['xlsx', 'xls', 'ods'] as const;
const UNITS = ['thuy-san', 'chan-nuoi-thu-y', 'trong-trot-bvtv', 'kiem-lam'];
const KEYS = ['c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', 'c12', 'c13'];

/** Every fixture in every format, under its own name. */
function io(): MemoryIo {
  const files: Record<string, Uint8Array> = {};
  for (const name of ['ke-hoach-2024', 'so-ho-so', ...UNITS]) {
    for (const ext of FORMATS) files[`${name}.${ext}`] = new Uint8Array(readFileSync(path.join(LEGACY, `${name}.${ext}`)));
  }
  return memoryIo(files, '2024-03-10');
}

/** Runs a command; its JSON with the input file names made format-free. */
async function json(argv: string[]): Promise<unknown> {
  const cli = io();
  const code = await main(argv, cli);
  expect([code, cli.err]).toEqual([0, '']);
  return JSON.parse(cli.out.replace(/\.(xlsx|xls|ods)"/g, '"'));
}

describe('the same workbook as .xlsx, .xls and .ods gives the same results', () => {
  test('plan --json', async () => {
    const [xlsx, xls, ods] = await Promise.all(FORMATS.map((ext) => json(['plan', `ke-hoach-2024.${ext}`, '--json'])));
    expect((xlsx as { tasks: unknown[] }).tasks.length).toBeGreaterThan(30);
    expect(xls).toEqual(xlsx);
    expect(ods).toEqual(xlsx);
  });

  test('forms --json (dates as the same calendar days: the hand-worked counts)', async () => {
    const argv = (ext: string) => ['forms', `so-ho-so.${ext}`, '--period', '2024-Q1', '--unit', 'Chi cục Chăn nuôi và Thú y', '--json'];
    const [xlsx, xls, ods] = await Promise.all(FORMATS.map((ext) => json(argv(ext))));
    const { ii05a } = xlsx as { ii05a: { rows: Record<string, unknown>[]; total: Record<string, unknown> } };
    expect(ii05a.rows).toEqual(EXPECTED_II05A.rows.map((r) => expect.objectContaining(r)));
    expect(ii05a.total).toEqual(expect.objectContaining(EXPECTED_II05A.total));
    expect(xls).toEqual(xlsx);
    expect(ods).toEqual(xlsx);
  });

  test('consolidate --json, each format alone and mixed', async () => {
    const argv = (exts: readonly string[]) => ['consolidate', ...UNITS.map((u, i) => `${u}.${exts[i % exts.length]}`), '--period', '2024-Q1', '--json'];
    const [xlsx, xls, ods, mixed] = await Promise.all([['xlsx'], ['xls'], ['ods'], FORMATS].map((exts) => json(argv(exts))));
    const doc = xlsx as { ii05a: { rows: Record<string, unknown>[]; total: Record<string, number> }; files: { status: string }[] };
    expect(doc.files.map((f) => f.status)).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
    // The hand-worked department sums of the .xlsx builders, through LibreOffice's copies.
    expect(doc.ii05a.rows.map((r) => [r.field, ...KEYS.map((k) => r[k])])).toEqual(EXPECTED_DEPARTMENT);
    expect(KEYS.map((k) => doc.ii05a.total[k])).toEqual(EXPECTED_TOTAL);
    expect(xls).toEqual(xlsx);
    expect(ods).toEqual(xlsx);
    expect(mixed).toEqual(xlsx);
  });

  test('init from an .xls and an .ods writes the same tracking sheets as from the .xlsx', async () => {
    const results = [];
    for (const ext of FORMATS) {
      const cli = io();
      expect(await main(['init', `ke-hoach-2024.${ext}`, '--out', 'theo-doi.xlsx'], cli)).toBe(0);
      const book = await FileWorkbook.open(cli.files.get('theo-doi.xlsx') as Uint8Array, 'theo-doi.xlsx');
      const names = await book.sheetNames();
      results.push(await Promise.all(names.filter((n) => n !== 'Phụ lục').map((n) => book.readSheet(n))));
    }
    expect(results[0].length).toBeGreaterThan(0);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });
});

describe('results are always .xlsx', () => {
  test('plan --out from an .xls writes an .xlsx copy and says what was kept', async () => {
    const cli = io();
    expect(await main(['plan', 'ke-hoach-2024.xls', '--out', 'tien-do.xlsx'], cli)).toBe(0);
    expect(cli.err).toMatch(/^Tệp "ke-hoach-2024\.xls" là định dạng \.xls: bản sao "tien-do\.xlsx" được ghi thành sổ tính \.xlsx/);
    const written = cli.files.get('tien-do.xlsx') as Uint8Array;
    expect(workbookFormatOf(written)).toBe('xlsx');
    // The copy is read as a plan again, with the same tasks.
    const again = memoryIo({ 'tien-do.xlsx': written, 'ke-hoach-2024.xls': cli.files.get('ke-hoach-2024.xls') as Uint8Array });
    await main(['plan', 'tien-do.xlsx', '--json'], again);
    const copy = JSON.parse(again.out) as { tasks: unknown[] };
    again.out = '';
    await main(['plan', 'ke-hoach-2024.xls', '--json'], again);
    expect(copy.tasks).toEqual((JSON.parse(again.out) as { tasks: unknown[] }).tasks);
  });

  test.each([
    ['consolidate', 'tong-hop.xls', 'tong-hop.xlsx', ['consolidate', 'thuy-san.xls', '--period', '2024-Q1']],
    ['forms', 'bieu.ods', 'bieu.xlsx', ['forms', 'so-ho-so.xls', '--period', '2024-Q1', '--unit', 'Chi cục Chăn nuôi và Thú y']],
    ['plan', 'tien-do.xlsb', 'tien-do.xlsx', ['plan', 'ke-hoach-2024.ods']],
  ])('%s --out %s writes %s and says so', async (_command, out, written, argv) => {
    const cli = io();
    expect(await main([...argv, '--out', out], cli)).toBe(0);
    expect(cli.err).toContain(`Kết quả luôn được ghi thành sổ tính .xlsx: ghi vào "${written}" thay cho "${out}".`);
    expect(cli.files.has(out)).toBe(false);
    expect(workbookFormatOf(cli.files.get(written) as Uint8Array)).toBe('xlsx');
  });

  test('an --out that becomes the input file once renamed is refused', async () => {
    const cli = io();
    expect(await main(['plan', 'ke-hoach-2024.xlsx', '--out', 'ke-hoach-2024.xls'], cli)).toBe(2);
    expect(cli.err).toMatch(/--out phải khác tệp kế hoạch/);
  });
});
