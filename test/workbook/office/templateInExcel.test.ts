import ExcelJS from 'exceljs';
import type { FormsResult } from '../../../src/core/forms/computeForms';
import { ii05aBodyLines, ii06aBodyLines } from '../../../src/core/forms/formsWritePlan';
import { planTemplateFill, renamedTemplateFill } from '../../../src/core/forms/templateFill';
import type { SheetGrid } from '../../../src/core/grid';
import { reportPeriod } from '../../../src/core/periods/periods';
import { FileWorkbook } from '../../../src/workbook/file/fileWorkbook';
import { OfficeWorkbook } from '../../../src/workbook/office/officeWorkbook';
import { WritePlanError } from '../../../src/workbook/validateWritePlan';
import { FakeExcel, type FakeSheet } from '../../fakes/excelFake';
import { provinceTemplate, type TemplateName } from '../../fixtures/provinceTemplates';

/**
 * Excel mode of SPEC §14: the template's form sheets inserted into the open workbook with
 * `insertWorksheetsFromBase64` (ExcelApi 1.13), renamed, and filled with whole-row inserts and
 * deletes and `copyFrom` formats, in one `Excel.run`.
 */
const PERIOD = reportPeriod(2024, 'Q1');

function result(fields: number): FormsResult {
  const rows = Array.from({ length: fields }, (_, i) => ({ field: `Lĩnh vực ${i + 1}`, c3: 3, c4: 1, c5: 1, c6: 1, c7: 2, c8: 1, c9: 1, c10: 0, c11: 1, c12: 1, c13: 0 }));
  const total = { c3: 3 * fields, c4: fields, c5: fields, c6: fields, c7: 2 * fields, c8: fields, c9: fields, c10: 0, c11: fields, c12: fields, c13: 0 };
  return { ii05a: { rows, total }, ii06a: { rows: [] }, findings: [] };
}

async function fillInExcel(name: TemplateName | Uint8Array, fields: number): Promise<{ excel: FakeExcel; sheets: string[] }> {
  const bytes = typeof name === 'string' ? await provinceTemplate(name) : name;
  const template = await FileWorkbook.open(bytes, 'bieu-mau.xlsx');
  const grids: SheetGrid[] = [];
  for (const sheet of await template.sheetNames()) grids.push(await template.readSheet(sheet));
  const r = result(fields);
  const outcome = planTemplateFill(grids, { ii05a: ii05aBodyLines(r), ii06a: ii06aBodyLines(r) }, { unit: 'Chi cục Thủy sản', period: PERIOD, fallbackReceiver: 'Sở' });
  if (!outcome.ok) throw new Error(outcome.reasons.join(' '));
  const { fill, sheets } = renamedTemplateFill(outcome.fill, PERIOD);
  const excel = new FakeExcel();
  excel.seed('Sổ hồ sơ', [['Mã hồ sơ', 'Lĩnh vực']]);
  // A copy left by an earlier run for the period is replaced, not doubled.
  excel.seed(sheets[0].to, [['cũ']]);
  await excel.knowFile(bytes);
  await new OfficeWorkbook({ run: excel.run }).fillTemplate(fill, { bytes, sheets });
  return { excel, sheets: sheets.map((s) => s.to) };
}

const at = (s: FakeSheet, row: number, col: number) => s.peek(row, col)?.value ?? '';
const merges = (s: FakeSheet) => s.merges.map((m) => `${m.top}:${m.left}-${m.bottom}:${m.right}`).sort();

test('template A: sheets inserted and renamed; surplus blank rows deleted, the total and merges moved up; three syncs', async () => {
  const { excel, sheets } = await fillInExcel('A', 2);
  expect(excel.sheets.map((s) => s.name)).toEqual(['Sổ hồ sơ', ...sheets]);
  expect(sheets).toEqual(['Mẫu tỉnh II.05a Quý I-2024', 'Mẫu tỉnh II.06a Quý I-2024']);
  expect(excel.syncs).toBe(3);
  const s = excel.sheet(sheets[0]);
  expect([at(s, 12, 2), at(s, 12, 3), at(s, 12, 4), at(s, 12, 5)]).toEqual([1, 'Lĩnh vực 1', 3, 1]);
  expect(s.peek(12, 4)?.formula).toBe('=SUM(E12:G12)');
  expect(s.peek(12, 3)?.numberFormat).toBe('@');
  expect([at(s, 14, 2), at(s, 14, 4)]).toEqual(['Tổng số', 6]);
  expect(s.peek(14, 4)?.formula).toBe('=SUM(D12:D13)');
  expect(merges(s)).toContain('14:2-14:3');
  expect(s.page.printArea).toBe('B1:N19');
  expect(at(s, 4, 2)).toBe('- Đơn vị báo cáo: Chi cục Thủy sản');
});

test('template C: rows inserted before the total take the first data row’s format, merge and height', async () => {
  const { excel, sheets } = await fillInExcel('C', 7);
  const s = excel.sheet(sheets[0]);
  for (let r = 10; r <= 16; r++) expect([r, at(s, r, 5)]).toEqual([r, `Lĩnh vực ${r - 9}`]);
  expect(merges(s).filter((m) => /^(\d+):5-\1:6$/.test(m))).toHaveLength(8);
  expect(s.rowHeights.get(15)).toBe(24);
  expect(s.peek(16, 5)?.borders).toMatchObject({ EdgeTop: 'Continuous' });
  expect(at(s, 17, 4)).toBe('TỔNG SỐ');
  expect(s.peek(17, 7)?.formula).toBe('=SUM(G10:G16)');
  expect(at(s, 17, 7)).toBe(21);
});

test('a fill naming a sheet the workbook will not have is refused before anything is written', async () => {
  const excel = new FakeExcel();
  excel.seed('Sổ hồ sơ', [['x']]);
  const fill = { sheets: [{ sheet: 'Không có', forms: ['II.05a' as const], rows: [], merges: [], cells: [], formulas: [], formats: [] }], findings: [] };
  await expect(new OfficeWorkbook({ run: excel.run }).fillTemplate(fill)).rejects.toThrow(WritePlanError);
  expect(excel.writes).toEqual([]);
});

test("the template's own formula under the total row still refers to the total row once rows are inserted above it (Excel moves it)", async () => {
  const base = new ExcelJS.Workbook();
  await base.xlsx.load((await provinceTemplate('A')) as unknown as ArrayBuffer);
  base.getWorksheet('Biểu II.05a')!.getCell('D18').value = { formula: 'IF(H17=0,0,ROUND((I17+J17)/H17*100,1))', result: 0 };
  const { excel, sheets } = await fillInExcel(new Uint8Array(await base.xlsx.writeBuffer()), 8);
  const s = excel.sheet(sheets[0]);
  expect(at(s, 20, 2)).toBe('Tổng số');
  expect(s.peek(21, 4)?.formula).toBe('=IF(H20=0,0,ROUND((I20+J20)/H20*100,1))');
});
