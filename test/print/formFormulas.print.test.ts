import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { buildRegisterXlsx } from '../fixtures/registers';
import { GOOD_SPECS, EXPECTED_TOTAL } from '../fixtures/unitFormsSet';
import { unitWorkbookBytes } from '../fixtures/unitForms';
import { EXPECTED_II05A, QUARTER_REGISTER } from '../forms/quarterFixture';
import { hasSoffice, recalculatedSheets } from '../support/libreOfficeCsv';
import { memoryIo } from '../support/memoryIo';

/**
 * Issue 14: the sum columns and totals of every form the add-in writes are live formulas with
 * their results stored. Reopened with exceljs, the file has both; recalculated by LibreOffice
 * (a profile that recalculates on load), the numbers are the same; and an officer's hand
 * correction of one figure flows into (3) and the total row.
 */
const runs = hasSoffice() || !!process.env.CI;
if (!runs) process.stderr.write('\n[print] skipped: soffice not installed. With CI set this test runs and fails instead.\n');

const KEYS = ['c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', 'c12', 'c13'] as const;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

function rowOf(ws: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (!found && row.getCell(1).value === label) found = row;
  });
  if (!found) throw new Error(`no row "${label}" on ${ws.name}`);
  return found;
}

function cellValue(ws: ExcelJS.Worksheet, row: number, col: number): ExcelJS.CellValue {
  return ws.findCell(row, col)?.value ?? null;
}

/** Columns C…M (3…13) of the CSV row whose first cell is `label`, as numbers. */
function csvCounts(rows: string[][], label: string): number[] {
  const row = rows.find((r) => r[0] === label);
  if (!row) throw new Error(`no CSV row "${label}"`);
  return row.slice(2, 13).map(Number);
}

(runs ? describe : describe.skip)('form totals are formulas with stored results (exceljs and LibreOffice)', () => {
  let dir: string;
  let unitForms: Uint8Array;
  let department: Uint8Array;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kstthc-formulas-'));
    const io = memoryIo({ 'so.xlsx': await buildRegisterXlsx(QUARTER_REGISTER) });
    expect(await main(['forms', 'so.xlsx', '--period', '2024-Q1', '--out', 'bieu.xlsx'], io)).toBe(0);
    unitForms = io.files.get('bieu.xlsx')!;
    const files: Record<string, Uint8Array> = {};
    for (const [name, spec] of Object.entries(GOOD_SPECS)) files[name] = await unitWorkbookBytes(spec);
    const dio = memoryIo(files);
    expect(await main(['consolidate', ...Object.keys(files), '--period', '2024-Q1', '--out', 'tong-hop.xlsx'], dio)).toBe(0);
    department = dio.files.get('tong-hop.xlsx')!;
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the unit’s II.05a: (3), (7), (11) and every total cell carry a formula and its value', async () => {
    const ws = (await load(unitForms)).getWorksheet('II.05a Quý I-2024')!;
    const total = rowOf(ws, 'Tổng số');
    const totalRow = total.number;
    KEYS.forEach((k, i) => {
      const col = i + 3;
      const letter = String.fromCharCode(64 + col);
      expect([k, total.getCell(col).value]).toEqual([k, { formula: `SUM(${letter}${totalRow - 2}:${letter}${totalRow - 1})`, result: EXPECTED_II05A.total[k] }]);
    });
    const n = totalRow - 2;
    const at = (col: number) => cellValue(ws, n, col);
    expect(at(3)).toEqual({ formula: `SUM(D${n}:F${n})`, result: 8 });
    expect(at(7)).toEqual({ formula: `SUM(H${n}:J${n})`, result: 4 });
    expect(at(11)).toEqual({ formula: `SUM(L${n}:M${n})`, result: 4 });
    expect(at(4)).toBe(3);
    const ii06a = (await load(unitForms)).getWorksheet('II.06a Quý I-2024')!;
    expect((rowOf(ii06a, 'Tổng cộng').getCell(3).value as { result: number }).result).toBe(4);
  });

  test('LibreOffice recalculates the same numbers as stored, for the unit’s and the department’s forms', () => {
    const unit = recalculatedSheets(unitForms, path.join(dir, 'unit'));
    expect(csvCounts(unit.get('II.05a Quý I-2024')!, 'Tổng số')).toEqual(KEYS.map((k) => EXPECTED_II05A.total[k]));
    expect(csvCounts(unit.get('II.05a Quý I-2024')!, '1')).toEqual(KEYS.map((k) => EXPECTED_II05A.rows[0][k]));
    expect(csvCounts(unit.get('II.06a Quý I-2024')!, 'Tổng cộng')[0]).toBe(4);
    const dept = recalculatedSheets(department, path.join(dir, 'dept'));
    expect(csvCounts(dept.get('Tổng hợp II.05a Quý I-2024')!, 'Tổng số')).toEqual(EXPECTED_TOTAL);
    const ii06a = dept.get('Tổng hợp II.06a Quý I-2024')!;
    const headings = ii06a.filter((r) => /^[IVX]+$/.test(r[0]));
    const overdue = Number(ii06a.find((r) => r[0] === 'Tổng cộng')![2]);
    expect(overdue).toBe(headings.reduce((t, r) => t + Number(r[2]), 0));
    expect(overdue).toBe(EXPECTED_TOTAL[10]);
  }, 240_000);

  test('an officer corrects one figure by hand: (3) and the total follow', async () => {
    const book = await load(unitForms);
    const ws = book.getWorksheet('II.05a Quý I-2024')!;
    const first = rowOf(ws, 'Tổng số').number - 2;
    ws.getRow(first).getCell(4).value = 3 + 5;
    const edited = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
    const rows = recalculatedSheets(edited, path.join(dir, 'edited')).get('II.05a Quý I-2024')!;
    expect(csvCounts(rows, '1').slice(0, 2)).toEqual([8 + 5, 3 + 5]);
    expect(csvCounts(rows, 'Tổng số').slice(0, 2)).toEqual([14 + 5, 5 + 5]);
  }, 120_000);
});
