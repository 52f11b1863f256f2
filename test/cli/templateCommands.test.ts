import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { findForms } from '../../src/core/forms/findForms';
import type { SheetGrid } from '../../src/core/grid';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { provinceTemplate } from '../fixtures/provinceTemplates';
import { buildRegisterXlsx } from '../fixtures/registers';
import { unitWorkbookBytes } from '../fixtures/unitForms';
import { EXPECTED_DEPARTMENT, EXPECTED_TOTAL, GOOD_SPECS } from '../fixtures/unitFormsSet';
import { EXPECTED_II05A, EXPECTED_II06A, QUARTER_REGISTER } from '../forms/quarterFixture';
import { memoryIo } from '../support/memoryIo';

/** `kstthc forms … --template` and `kstthc consolidate … --template` (SPEC §14). */
async function gridsOf(bytes: Uint8Array): Promise<SheetGrid[]> {
  const book = await FileWorkbook.open(bytes, 'x.xlsx');
  const grids: SheetGrid[] = [];
  for (const name of await book.sheetNames()) grids.push(await book.readSheet(name));
  return grids;
}

const KEYS = ['c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', 'c12', 'c13'] as const;
const UNIT = 'Chi cục Chăn nuôi và Thú y';

describe('kstthc forms --template', () => {
  test('fills the province’s template with the register’s forms; the template file is left as it was', async () => {
    const template = await provinceTemplate('A');
    const io = memoryIo({ 'so.xlsx': await buildRegisterXlsx(QUARTER_REGISTER), 'bieu-mau.xlsx': template });
    expect(await main(['forms', 'so.xlsx', '--period', '2024-Q1', '--unit', UNIT, '--template', 'bieu-mau.xlsx', '--out', 'da-dien.xlsx'], io)).toBe(0);
    expect(io.out).toContain('Đã điền biểu mẫu "bieu-mau.xlsx" và ghi vào "da-dien.xlsx".');
    expect(io.files.get('bieu-mau.xlsx')).toBe(template);
    const filled = io.files.get('da-dien.xlsx')!;
    const found = findForms(await gridsOf(filled));
    expect(found.ii05a?.rows.map((r) => [r.field, ...KEYS.map((k) => r.cells[k])])).toEqual(EXPECTED_II05A.rows.map((r) => [r.field, ...KEYS.map((k) => r[k])]));
    // Live sums hold their results: read them through exceljs.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(filled as unknown as ArrayBuffer);
    const ws = book.getWorksheet('Biểu II.05a')!;
    const resultOf = (v: ExcelJS.CellValue) => (typeof v === 'object' && v !== null && 'result' in v ? v.result : v);
    expect(Array.from({ length: 11 }, (_, i) => resultOf(ws.getRow(12).getCell(4 + i).value))).toEqual(KEYS.map((k) => EXPECTED_II05A.rows[0][k]));
    expect(Array.from({ length: 11 }, (_, i) => resultOf(ws.getRow(14).getCell(4 + i).value))).toEqual(KEYS.map((k) => EXPECTED_II05A.total[k]));
    expect(found.ii06a?.rows.map((r) => [r.field, r.procedure, r.cells.c3])).toEqual(EXPECTED_II06A.map((r) => [r.field, r.procedure, r.count]));
    expect(book.worksheets.map((w) => w.name)).toEqual(['Hướng dẫn', 'Biểu II.05a', 'Biểu II.06a']);
  });

  test('a template lacking a needed column: exit 1 naming it, nothing written', async () => {
    const io = memoryIo({ 'so.xlsx': await buildRegisterXlsx(QUARTER_REGISTER), 'bieu-mau.xlsx': await provinceTemplate('missing') });
    expect(await main(['forms', 'so.xlsx', '--period', '2024-Q1', '--unit', UNIT, '--template', 'bieu-mau.xlsx', '--out', 'da-dien.xlsx'], io)).toBe(1);
    expect(io.err).toContain('thiếu cột (13) "Số lượng hồ sơ đang giải quyết — Quá hạn"');
    expect(io.files.has('da-dien.xlsx')).toBe(false);
  });

  test.each([
    [['--template', 'bieu-mau.xlsx'], '--template cần --out'],
    [['--template', 'bieu-mau.xlsx', '--out', 'bieu-mau.xlsx'], 'là tệp biểu mẫu'],
    [['--template', 'so.xlsx', '--out', 'x.xlsx'], 'là một tệp nguồn'],
  ])('%j is a usage error', async (extra, message) => {
    const io = memoryIo({ 'so.xlsx': await buildRegisterXlsx(QUARTER_REGISTER), 'bieu-mau.xlsx': await provinceTemplate('A') });
    expect(await main(['forms', 'so.xlsx', '--period', '2024-Q1', '--unit', UNIT, ...extra], io)).toBe(2);
    expect(io.err).toContain(message);
  });
});

describe('kstthc consolidate --template', () => {
  test('the department’s forms in the province’s template; the unit handling each overdue dossier in Ghi chú', async () => {
    const files: Record<string, Uint8Array> = {};
    for (const [name, spec] of Object.entries(GOOD_SPECS)) files[name] = await unitWorkbookBytes(spec);
    const io = memoryIo({ ...files, 'bieu-mau.xlsx': await provinceTemplate('B') });
    expect(await main(['consolidate', ...Object.keys(files), '--period', '2024-Q1', '--template', 'bieu-mau.xlsx', '--out', 'so-tong-hop.xlsx'], io)).toBe(0);
    expect(io.err).toContain('Đã điền biểu mẫu "bieu-mau.xlsx" và ghi vào "so-tong-hop.xlsx".');
    const found = findForms(await gridsOf(io.files.get('so-tong-hop.xlsx')!));
    expect(found.ii05a?.unit).toBe('Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ngãi');
    expect(found.ii05a?.period?.code).toBe('2024-Q1');
    expect(found.ii05a?.rows.map((r) => r.field)).toEqual(EXPECTED_DEPARTMENT.map((r) => r[0]));
    // A sum whose cached result is 0 reads as blank (the readers' exceljs parity); the form rules read blank as 0.
    expect(found.ii05a?.rows.map((r) => [r.field, ...KEYS.map((k) => r.cells[k] ?? 0)])).toEqual(EXPECTED_DEPARTMENT);
    expect(KEYS.map((k) => found.ii05a?.total?.cells[k] ?? 0)).toEqual(EXPECTED_TOTAL);
    const overdue = found.ii06a?.rows ?? [];
    expect(overdue.reduce((t, r) => t + Number(r.cells.c3), 0)).toBe(EXPECTED_TOTAL[10]);
    expect(overdue.every((r) => typeof r.cells.c5 === 'string' && /^(Chi cục|Phòng|Trung tâm|Ban)/.test(r.cells.c5))).toBe(true);
  });

  test('an existing --out is never overwritten by a filled template', async () => {
    const files: Record<string, Uint8Array> = {};
    for (const [name, spec] of Object.entries(GOOD_SPECS).slice(0, 1)) files[name] = await unitWorkbookBytes(spec);
    const io = memoryIo({ ...files, 'bieu-mau.xlsx': await provinceTemplate('B'), 'so-tong-hop.xlsx': new Uint8Array([1]) });
    expect(await main(['consolidate', ...Object.keys(files), '--period', '2024-Q1', '--template', 'bieu-mau.xlsx', '--out', 'so-tong-hop.xlsx'], io)).toBe(2);
    expect(io.err).toContain('đã có');
  });
});
