import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { provinceTemplate, type TemplateName } from '../fixtures/provinceTemplates';
import { buildRegisterXlsx } from '../fixtures/registers';
import { unitWorkbookBytes } from '../fixtures/unitForms';
import { EXPECTED_TOTAL, GOOD_SPECS } from '../fixtures/unitFormsSet';
import { EXPECTED_II05A, QUARTER_REGISTER } from '../forms/quarterFixture';
import { hasSoffice, recalculatedSheets } from '../support/libreOfficeCsv';
import { memoryIo } from '../support/memoryIo';

/**
 * SPEC §14: a filled province template opens in LibreOffice, and LibreOffice's own recalculation
 * of the total row gives the figures the add-in stored.
 */
const runs = hasSoffice() || !!process.env.CI;
if (!runs) process.stderr.write('\n[print] skipped: soffice not installed. With CI set this test runs and fails instead.\n');

const KEYS = ['c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', 'c12', 'c13'] as const;

// Where each template's II.05a total row and (3)…(13) stand once filled with the register's two lĩnh vực.
const TOTALS: Record<Exclude<TemplateName, 'missing'>, { sheet: string; row: number; col: number }> = {
  A: { sheet: 'Biểu II.05a', row: 14, col: 4 },
  B: { sheet: 'Báo cáo', row: 12, col: 3 },
  C: { sheet: '05a', row: 12, col: 7 },
};

(runs ? describe : describe.skip)('filled templates in LibreOffice', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'kstthc-template-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(['A', 'B', 'C'] as const)('template %s opens and recalculates to the stored totals', async (name) => {
    const io = memoryIo({ 'so.xlsx': await buildRegisterXlsx(QUARTER_REGISTER), 'mau.xlsx': await provinceTemplate(name) });
    expect(await main(['forms', 'so.xlsx', '--period', '2024-Q1', '--unit', 'Chi cục Chăn nuôi và Thú y', '--template', 'mau.xlsx', '--out', 'da-dien.xlsx'], io)).toBe(0);
    const sheets = recalculatedSheets(io.files.get('da-dien.xlsx')!, path.join(dir, name));
    const at = TOTALS[name];
    const rows = sheets.get(at.sheet);
    expect(rows).toBeDefined();
    const total = rows![at.row - 1].slice(at.col - 1, at.col - 1 + 11).map(Number);
    expect(total).toEqual(KEYS.map((k) => EXPECTED_II05A.total[k]));
  }, 120_000);

  /** The II.05a total row of a recalculated sheet: the first "Tổng số"/"Tổng cộng" row with figures (not a heading), its 11 numbers from `firstNumber`. */
  function totalRow(rows: string[][], firstNumber: number): number[] {
    const row = rows.find((r) => r.some((c) => /^tổng (số|cộng)$/i.test(c.trim())) && /^\d+$/.test(r[firstNumber - 1] ?? ''));
    expect(row).toBeDefined();
    return row!.slice(firstNumber - 1, firstNumber - 1 + 11).map(Number);
  }

  test("the department's forms in template B (kstthc consolidate --template) open and recalculate to the hand-worked totals", async () => {
    const files: Record<string, Uint8Array> = {};
    for (const [name, spec] of Object.entries(GOOD_SPECS)) files[name] = await unitWorkbookBytes(spec);
    const io = memoryIo({ ...files, 'mau.xlsx': await provinceTemplate('B') });
    expect(await main(['consolidate', ...Object.keys(files), '--period', '2024-Q1', '--template', 'mau.xlsx', '--out', 'tong-hop.xlsx'], io)).toBe(0);
    const sheets = recalculatedSheets(io.files.get('tong-hop.xlsx')!, path.join(dir, 'department'));
    expect(totalRow(sheets.get(TOTALS.B.sheet)!, TOTALS.B.col)).toEqual(EXPECTED_TOTAL);
  }, 120_000);

  test('samples/bieu-mau-tinh.xlsx filled for the sample units opens and recalculates to the totals kstthc reports (--json)', async () => {
    const samples = path.join(__dirname, '..', '..', 'samples');
    const units = Object.fromEntries(readdirSync(path.join(samples, 'don-vi')).map((f) => [f, new Uint8Array(readFileSync(path.join(samples, 'don-vi', f)))]));
    const io = memoryIo({ ...units, 'mau.xlsx': new Uint8Array(readFileSync(path.join(samples, 'bieu-mau-tinh.xlsx'))) });
    expect(await main(['consolidate', ...Object.keys(units), '--period', '2026-Q2', '--template', 'mau.xlsx', '--json', '--out', 'tong-hop.xlsx'], io)).toBe(0);
    const stored = (JSON.parse(io.out) as { ii05a: { total: Record<string, number> } }).ii05a.total;
    const sheets = recalculatedSheets(io.files.get('tong-hop.xlsx')!, path.join(dir, 'sample'));
    // The sample template: lĩnh vực and "Tổng số" in C, (3)…(13) from D.
    expect(totalRow(sheets.get('Biểu II.05a')!, 4)).toEqual(KEYS.map((k) => stored[k]));
  }, 120_000);
});
