import ExcelJS from 'exceljs';
import { reportPeriod } from '../../src/core/periods/periods';
import { previewForms, readAllSheets } from '../../src/taskpane/features/forms';
import { fillProvinceTemplate } from '../../src/taskpane/features/provinceTemplate';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { MAX_TEMPLATE_BYTES } from '../../src/workbook/workbook';
import { provinceTemplate } from '../fixtures/provinceTemplates';
import { buildRegisterXlsx } from '../fixtures/registers';
import { EXPECTED_II05A, QUARTER_REGISTER } from './quarterFixture';

/**
 * The pane in file mode (SPEC §14): the template's form sheets copied into the officer's open
 * file as "Mẫu tỉnh … <kỳ>" and filled there; the register and the template untouched; a second
 * run replaces the copies.
 */
const UNIT = 'Chi cục Chăn nuôi và Thú y';
const KEYS = ['c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', 'c12', 'c13'] as const;

async function filledFile(runs: number): Promise<{ book: ExcelJS.Workbook; result: Awaited<ReturnType<typeof fillProvinceTemplate>> }> {
  const workbook = await FileWorkbook.open(await buildRegisterXlsx(QUARTER_REGISTER), 'so.xlsx');
  const preview = previewForms(await readAllSheets(workbook), { period: reportPeriod(2024, 'Q1') })!;
  const bytes = await provinceTemplate('A');
  let result = await fillProvinceTemplate(workbook, preview, UNIT, { name: 'bieu-mau.xlsx', bytes });
  for (let i = 1; i < runs; i++) result = await fillProvinceTemplate(workbook, preview, UNIT, { name: 'bieu-mau.xlsx', bytes });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await workbook.save()) as unknown as ArrayBuffer);
  return { book, result };
}

test('the template’s form sheets come in after the register, filled; the instruction sheet stays in the template', async () => {
  const { book, result } = await filledFile(1);
  expect(result).toEqual({ ok: true, sheets: ['Mẫu tỉnh II.05a Quý I-2024', 'Mẫu tỉnh II.06a Quý I-2024'], notes: [] });
  expect(book.worksheets.map((w) => w.name)).toEqual(['Sổ hồ sơ', 'Mẫu tỉnh II.05a Quý I-2024', 'Mẫu tỉnh II.06a Quý I-2024']);
  const ws = book.getWorksheet('Mẫu tỉnh II.05a Quý I-2024')!;
  const shown = (v: ExcelJS.CellValue) => (typeof v === 'object' && v !== null && 'result' in v ? v.result : v);
  expect([ws.getCell('C12').value, ...KEYS.map((_, i) => shown(ws.getRow(12).getCell(4 + i).value))]).toEqual(['Thú y', ...KEYS.map((k) => EXPECTED_II05A.rows[0][k])]);
  expect(shown(ws.getCell('D14').value)).toBe(EXPECTED_II05A.total.c3);
  expect(ws.getCell('B6').value).toBe('- Kỳ báo cáo: Quý I/2024 (Từ ngày 15/12/2023 đến ngày 14/03/2024)');
  // The template's look came along: merges, widths, borders, print setup.
  expect(ws.getCell('H8').value).toBe('Kết quả giải quyết');
  expect((ws.model as unknown as { merges: string[] }).merges).toContain('H8:N8');
  expect(ws.getColumn(3).width).toBe(32);
  expect(ws.getCell('C12').border).toMatchObject({ left: { style: 'thin' } });
  expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '8:11' });
  expect(book.getWorksheet('Sổ hồ sơ')!.getCell('A1').value).toBe('CHI CỤC CHĂN NUÔI VÀ THÚ Y');
});

test('a second run replaces the copies of the period instead of adding more', async () => {
  const { book } = await filledFile(2);
  expect(book.worksheets.map((w) => w.name)).toEqual(['Sổ hồ sơ', 'Mẫu tỉnh II.05a Quý I-2024', 'Mẫu tỉnh II.06a Quý I-2024']);
});

test('a template over the largest copied in is refused with a sentence naming the limit; nothing is written', async () => {
  const workbook = await FileWorkbook.open(await buildRegisterXlsx(QUARTER_REGISTER), 'so.xlsx');
  const preview = previewForms(await readAllSheets(workbook), { period: reportPeriod(2024, 'Q1') })!;
  const result = await fillProvinceTemplate(workbook, preview, UNIT, { name: 'to.xlsx', bytes: new Uint8Array(MAX_TEMPLATE_BYTES + 1) });
  expect(result).toEqual({ ok: false, reasons: ['Tệp biểu mẫu "to.xlsx" lớn hơn 3 MB: không chép được vào sổ tính đang mở. Hãy xóa bớt các trang không cần trong biểu mẫu rồi chọn lại.'] });
  expect(await workbook.sheetNames()).toEqual(['Sổ hồ sơ']);
});
