import ExcelJS from 'exceljs';
import type { FormsResult } from '../../src/core/forms/computeForms';
import { findForms } from '../../src/core/forms/findForms';
import { ii05aBodyLines, ii06aBodyLines } from '../../src/core/forms/formsWritePlan';
import { planTemplateFill, templateSheetName, type TemplateFillOutcome } from '../../src/core/forms/templateFill';
import type { SheetGrid } from '../../src/core/grid';
import { reportPeriod } from '../../src/core/periods/periods';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { provinceTemplate, type TemplateName } from '../fixtures/provinceTemplates';

/**
 * Filling the province's own template (SPEC §14): three templates laid out differently, each
 * filled, saved, opened again and checked cell by cell; one refused.
 */
const PERIOD = reportPeriod(2024, 'Q1');
const UNIT = 'Chi cục Chăn nuôi và Thú y';
const RECEIVER = 'Sở Nông nghiệp và Phát triển nông thôn';
const KEYS = ['c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', 'c12', 'c13'] as const;

type Counts = Record<(typeof KEYS)[number], number>;

function counts(c4: number, c5: number, c6: number, c8: number, c9: number, c10: number, c12: number, c13: number): Counts {
  return { c3: c4 + c5 + c6, c4, c5, c6, c7: c8 + c9 + c10, c8, c9, c10, c11: c12 + c13, c12, c13 };
}

/** A quarter's forms with `fields` lĩnh vực and two overdue TTHC in one of them. */
function result(fields: number): FormsResult {
  const rows = Array.from({ length: fields }, (_, i) => ({ field: `Lĩnh vực ${i + 1}`, ...counts(i + 1, 2, 1, 1, i + 2, 0, 1, i === 0 ? 3 : 0) }));
  const total = Object.fromEntries(KEYS.map((k) => [k, rows.reduce((t, r) => t + r[k], 0)])) as Counts;
  return {
    ii05a: { rows, total },
    ii06a: {
      rows: [
        { field: 'Lĩnh vực 1', procedure: 'Cấp chứng chỉ hành nghề', count: 2, reason: 'Chờ xác minh', codes: [], registerRows: [] },
        { field: 'Lĩnh vực 1', procedure: '=HYPERLINK("x")', count: 1, reason: 'Hồ sơ phức tạp', codes: [], registerRows: [] },
      ],
    },
    findings: [],
  };
}

async function gridsOf(bytes: Uint8Array): Promise<SheetGrid[]> {
  const book = await FileWorkbook.open(bytes, 'bieu-mau.xlsx');
  const grids: SheetGrid[] = [];
  for (const name of await book.sheetNames()) grids.push(await book.readSheet(name));
  return grids;
}

/** Fills a template with a quarter of `fields` lĩnh vực; the filled file's bytes and the plan's outcome. */
async function fill(name: TemplateName, fields: number, receiver?: string): Promise<{ outcome: TemplateFillOutcome; bytes: Uint8Array | null }> {
  const template = await provinceTemplate(name);
  const r = result(fields);
  const outcome = planTemplateFill(await gridsOf(template), { ii05a: ii05aBodyLines(r), ii06a: ii06aBodyLines(r) }, { unit: UNIT, period: PERIOD, receiver, fallbackReceiver: RECEIVER });
  if (!outcome.ok) return { outcome, bytes: null };
  const book = await FileWorkbook.open(template, 'bieu-mau.xlsx');
  await book.fillTemplate(outcome.fill);
  return { outcome, bytes: await book.save() };
}

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

const value = (ws: ExcelJS.Worksheet, address: string) => ws.getCell(address).value;
const merges = (ws: ExcelJS.Worksheet) => [...((ws.model as unknown as { merges: string[] }).merges ?? [])].sort();
const row = (ws: ExcelJS.Worksheet, r: number, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ws.getRow(r).getCell(from + i).value);
const result3 = (ws: ExcelJS.Worksheet, address: string) => (ws.getCell(address).value as { result?: number } | null)?.result;

describe('template A: instruction sheet, II.05a from B3 under three header rows, five blank rows', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    const { bytes } = await fill('A', 3);
    book = await reopen(bytes!);
  });

  test('every sheet kept, in order; the instruction sheet untouched', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual(['Hướng dẫn', 'Biểu II.05a', 'Biểu II.06a']);
    expect(value(book.getWorksheet('Hướng dẫn')!, 'A1')).toBe('Hướng dẫn: điền số liệu vào hai biểu; không sửa tiêu đề cột.');
  });

  test('II.05a: three lines in the blank rows, the two left over removed, the total right below with SUM formulas', () => {
    const ws = book.getWorksheet('Biểu II.05a')!;
    expect(row(ws, 11, 2, 14)).toEqual(Array.from({ length: 13 }, (_, i) => `(${i + 1})`));
    const sum = (formula: string, result: number) => ({ formula, result });
    expect(row(ws, 12, 2, 14)).toEqual([1, 'Lĩnh vực 1', sum('SUM(E12:G12)', 4), 1, 2, 1, sum('SUM(I12:K12)', 3), 1, 2, 0, sum('SUM(M12:N12)', 4), 1, 3]);
    expect(row(ws, 13, 2, 3)).toEqual([2, 'Lĩnh vực 2']);
    expect(row(ws, 14, 2, 3)).toEqual([3, 'Lĩnh vực 3']);
    expect(value(ws, 'B15')).toBe('Tổng số');
    expect(value(ws, 'D15')).toEqual({ formula: 'SUM(D12:D14)', result: 15 });
    expect(value(ws, 'N15')).toEqual({ formula: 'SUM(N12:N14)', result: 3 });
    // Each line's (3), (7), (11) are live sums of their parts.
    expect(value(ws, 'D12')).toEqual({ formula: 'SUM(E12:G12)', result: 4 });
    expect(value(ws, 'L13')).toEqual({ formula: 'SUM(M13:N13)', result: 1 });
    // The signature block moved up with the rows below.
    expect(value(ws, 'B18')).toBe('NGƯỜI LẬP BIỂU');
    expect(value(ws, 'K19')).toBe('(Ký tên, đóng dấu)');
    expect(merges(ws)).toEqual(['B15:C15', 'B2:N2', 'B4:H4', 'B5:H5', 'B6:H6', 'B8:B10', 'C8:C10', 'D8:G8', 'D9:D10', 'E9:G9', 'H8:N8', 'H9:K9', 'L9:N9'].sort());
  });

  test('II.05a: header lines completed; the receiver the province wrote kept; headings, widths, print setup as the template has them', () => {
    const ws = book.getWorksheet('Biểu II.05a')!;
    expect(value(ws, 'B4')).toBe(`- Đơn vị báo cáo: ${UNIT}`);
    expect(value(ws, 'B5')).toBe('- Đơn vị nhận báo cáo: Văn phòng Ủy ban nhân dân tỉnh');
    expect(value(ws, 'B6')).toBe('- Kỳ báo cáo: Quý I/2024 (Từ ngày 15/12/2023 đến ngày 14/03/2024)');
    expect(value(ws, 'H8')).toBe('Kết quả giải quyết');
    expect(value(ws, 'E10')).toBe('Số mới tiếp nhận trực tuyến');
    expect(value(ws, 'M1')).toBe('Biểu số II.05a/VPCP/KSTT');
    expect(ws.getColumn(3).width).toBe(32);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '8:11' });
    expect(ws.pageSetup.printArea).toMatch(/^\$?B\$?1:\$?N\$?20$/);
    // The reused rows keep the template's borders and font.
    expect(ws.getCell('C13').border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
    expect(ws.getCell('C13').font).toMatchObject({ name: 'Times New Roman', size: 12 });
  });

  test('II.06a: a heading with its subtotal, the lines, text written as text, total SUM over the headings', () => {
    const ws = book.getWorksheet('Biểu II.06a')!;
    expect(row(ws, 9, 1, 5)).toEqual(['I', 'Lĩnh vực 1', { formula: 'SUM(C10:C11)', result: 3 }, null, null]);
    expect(ws.getCell('B9').font).toMatchObject({ bold: true });
    expect(row(ws, 10, 1, 4)).toEqual([1, 'Cấp chứng chỉ hành nghề', 2, 'Chờ xác minh']);
    expect(value(ws, 'B11')).toBe('=HYPERLINK("x")');
    expect(value(ws, 'A12')).toBe('Tổng cộng');
    expect(value(ws, 'C12')).toEqual({ formula: 'SUM(C9)', result: 3 });
    expect(value(ws, 'A3')).toBe(`Đơn vị báo cáo: ${UNIT}`);
    expect(value(ws, 'A4')).toBe(`Đơn vị nhận báo cáo: ${RECEIVER}`);
    expect(value(ws, 'A5')).toBe('Kỳ báo cáo: Quý I/2024 (Từ ngày 15/12/2023 đến ngày 14/03/2024)');
    expect(value(ws, 'A15')).toBe('NGƯỜI LẬP BIỂU');
  });
});

describe('template B: both forms on one sheet, older codes, two header rows, no blank data row', () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    const { bytes } = await fill('B', 2, 'Sở Nông nghiệp và Môi trường');
    ws = (await reopen(bytes!)).getWorksheet('Báo cáo')!;
  });

  test('II.05a: two rows inserted between the numbers and the total, in the total row’s borders but not bold', () => {
    expect(row(ws, 9, 1, 13)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(row(ws, 10, 1, 2)).toEqual([1, 'Lĩnh vực 1']);
    expect(row(ws, 11, 1, 2)).toEqual([2, 'Lĩnh vực 2']);
    expect(value(ws, 'B12')).toBe('Tổng cộng');
    expect(value(ws, 'C12')).toEqual({ formula: 'SUM(C10:C11)', result: 4 + 5 });
    expect(ws.getCell('B11').border).toMatchObject({ top: { style: 'thin' } });
    expect(ws.getCell('B11').font).toMatchObject({ name: 'Arial' });
    expect(ws.getCell('B11').font.bold).toBeFalsy();
    expect(ws.getCell('B12').font).toMatchObject({ bold: true });
  });

  test('II.06a below moved down with its own three rows; each form’s header lines completed in its own block', () => {
    expect(value(ws, 'A16')).toBe('Biểu số 07a/VPCP/KSTT');
    expect(value(ws, 'A18')).toBe('Kỳ báo cáo: Quý I/2024 (Từ ngày 15/12/2023 đến ngày 14/03/2024)');
    expect(row(ws, 20, 1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(row(ws, 21, 1, 3)).toEqual(['I', 'Lĩnh vực 1', { formula: 'SUM(C22:C23)', result: 3 }]);
    expect(value(ws, 'B24')).toBe('Tổng cộng');
    expect(value(ws, 'C24')).toEqual({ formula: 'SUM(C21)', result: 3 });
    expect(value(ws, 'D26')).toBe('Thủ trưởng đơn vị');
    expect(merges(ws)).toContain('A17:E17');
  });

  test('the unit in its own cell, the period label and its days in theirs, the receiver the officer gave', () => {
    expect(row(ws, 3, 1, 3)).toEqual(['Đơn vị báo cáo:', null, UNIT]);
    expect(value(ws, 'C4')).toBe('Quý I/2024');
    expect(value(ws, 'C5')).toBe('(Từ ngày 15/12/2023 đến ngày 14/03/2024)');
    expect(value(ws, 'A6')).toBe('Nơi nhận báo cáo: Sở Nông nghiệp và Môi trường');
    expect(ws.pageSetup.printArea).toMatch(/^\$?A\$?1:\$?M\$?27$/);
    expect(ws.pageSetup.orientation).toBe('portrait');
  });
});

describe('template C: from column D, lĩnh vực merged over two columns, rule numbers, a 14th column', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    const { bytes } = await fill('C', 7);
    book = await reopen(bytes!);
  });

  test('seven lines: five blank rows reused, two inserted in the first data row’s format, each merged over E:F', () => {
    const ws = book.getWorksheet('05a')!;
    for (let i = 0; i < 7; i++) expect([i, value(ws, `D${10 + i}`), value(ws, `E${10 + i}`)]).toEqual([i, i + 1, `Lĩnh vực ${i + 1}`]);
    expect(merges(ws).filter((m) => /^E(\d+):F\1$/.test(m)).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `E${9 + i}:F${9 + i}`).sort());
    expect(ws.getRow(15).height).toBe(24);
    expect(ws.getRow(16).height).toBe(24);
    expect(value(ws, 'D17')).toBe('TỔNG SỐ');
    expect(value(ws, 'G17')).toEqual({ formula: 'SUM(G10:G16)', result: result(7).ii05a.total.c3 });
    expect(value(ws, 'Q17')).toEqual({ formula: 'SUM(Q10:Q16)', result: 3 });
    // (14) "Ghi chú" is the template's own: left as it is.
    expect(value(ws, 'R12')).toBeNull();
    expect(value(ws, 'R9')).toBe('(14)');
    expect(value(ws, 'D3')).toBe('Kỳ báo cáo: Quý I/2024 (Từ ngày 15/12/2023 đến ngày 14/03/2024)');
    expect(value(ws, 'D5')).toBe(`Đơn vị nhận báo cáo: ${RECEIVER}`);
    expect(ws.pageSetup.printArea).toMatch(/^\$?D\$?1:\$?R\$?22$/);
  });

  test('II.06a: three lines in five blank rows, two removed', () => {
    const ws = book.getWorksheet('06a')!;
    expect(row(ws, 7, 1, 3)).toEqual(['I', 'Lĩnh vực 1', { formula: 'SUM(C8:C9)', result: 3 }]);
    expect(value(ws, 'B10')).toBe('Tổng số');
    expect(result3(ws, 'C10')).toBe(3);
  });
});

describe('a filled template reads back as the forms it holds', () => {
  test.each(['A', 'B', 'C'] as const)('template %s: consolidation finds both forms with the figures, unit and period written', async (name) => {
    const fields = name === 'C' ? 7 : 3;
    const { bytes } = await fill(name, fields);
    const found = findForms(await gridsOf(bytes!));
    expect(found.ii05a?.period?.code).toBe('2024-Q1');
    expect(found.ii05a?.unit).toBe(UNIT);
    expect(found.ii05a?.rows.map((r) => r.field)).toEqual(Array.from({ length: fields }, (_, i) => `Lĩnh vực ${i + 1}`));
    expect(found.ii05a?.total?.cells.c3).toBe(result(fields).ii05a.total.c3);
    expect(found.ii06a?.rows.map((r) => [r.field, r.procedure, r.cells.c3])).toEqual([
      ['Lĩnh vực 1', 'Cấp chứng chỉ hành nghề', 2],
      ['Lĩnh vực 1', '=HYPERLINK("x")', 1],
    ]);
  });

  test('no lĩnh vực at all: every blank row removed, zeros in the total', async () => {
    const { bytes } = await fill('A', 0);
    const ws = (await reopen(bytes!)).getWorksheet('Biểu II.05a')!;
    expect(value(ws, 'B12')).toBe('Tổng số');
    expect(row(ws, 12, 4, 14)).toEqual(Array.from({ length: 11 }, () => 0));
  });
});

describe('a template that cannot be filled', () => {
  test('a numbered row without (13) is refused, naming the column', async () => {
    const { outcome } = await fill('missing', 3);
    expect(outcome).toEqual({
      ok: false,
      reasons: [
        "Biểu mẫu, trang tính 'Biểu II.05a', dòng 11: dòng số thứ tự cột của biểu II.05a thiếu cột (13) \"Số lượng hồ sơ đang giải quyết — Quá hạn\". " +
          'Không điền được biểu mẫu này; hãy dùng biểu mẫu có đủ các cột (1) … (13) của biểu II.05a.',
      ],
    });
  });

  test('a workbook without either form is refused', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Trang 1').getCell('A1').value = 'Không phải biểu mẫu';
    const grids = await gridsOf(new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
    const outcome = planTemplateFill(grids, { ii05a: [], ii06a: [] }, { unit: UNIT, period: PERIOD, fallbackReceiver: RECEIVER });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.reasons[0]).toMatch(/^Không tìm thấy biểu II\.05a hay II\.06a trong biểu mẫu/);
  });
});

describe("names of the template's copies in the officer's workbook", () => {
  test.each([
    [['II.05a'], 'Q1', 'unit', 'Mẫu tỉnh II.05a Quý I-2024'],
    [['II.05a', 'II.06a'], 'Q3', 'unit', 'Mẫu tỉnh 05a+06a Quý III-2024'],
    [['II.06a'], 'H1', 'unit', 'Mẫu tỉnh II.06a 6 tháng-2024'],
    [['II.05a'], 'Q3', 'department', 'Mẫu tỉnh Sở II.05a Quý III-2024'],
    [['II.05a', 'II.06a'], 'Q1', 'department', 'Mẫu tỉnh Sở 05a+06a Quý I-2024'],
    [['II.05a', 'II.06a'], 'Q3', 'department', 'Mẫu tỉnh Sở 05a06a Quý III-2024'],
    [['II.06a'], 'Y', 'department', 'Mẫu tỉnh Sở II.06a Năm 2024'],
  ] as const)('%j %s, %s: "%s" (≤ 31 characters, the period whole)', (forms, kind, owner, name) => {
    const made = templateSheetName(forms, reportPeriod(2024, kind), { owner });
    expect(made).toBe(name);
    expect(made.length).toBeLessThanOrEqual(31);
  });
});

describe("the template's own formulas below the inserted rows keep pointing at the same cells, as in Excel", () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    // Template A with a rate under its total row (row 17) and a cross-sheet reference on its instruction sheet.
    const base = new ExcelJS.Workbook();
    await base.xlsx.load((await provinceTemplate('A')) as unknown as ArrayBuffer);
    const form = base.getWorksheet('Biểu II.05a')!;
    form.getCell('B18').value = 'Tỷ lệ đúng hạn (%)';
    form.getCell('D18').value = { formula: 'IF(H17=0,0,ROUND((I17+J17)/H17*100,1))', result: 0 };
    form.getCell('M1').value = { formula: 'UPPER("biểu số II.05a")&"/VPCP"', result: 'BIỂU SỐ II.05A/VPCP' };
    base.getWorksheet('Hướng dẫn')!.getCell('A3').value = { formula: "'Biểu II.05a'!D17", result: 0 };
    const template = new Uint8Array(await base.xlsx.writeBuffer());

    // Eight lĩnh vực in five blank rows: three rows inserted above the total row.
    const r = result(8);
    const outcome = planTemplateFill(await gridsOf(template), { ii05a: ii05aBodyLines(r), ii06a: ii06aBodyLines(r) }, { unit: UNIT, period: PERIOD, fallbackReceiver: RECEIVER });
    if (!outcome.ok) throw new Error('template A refused');
    const filled = await FileWorkbook.open(template, 'bieu-mau.xlsx');
    await filled.fillTemplate(outcome.fill);
    book = await reopen(await filled.save());
  });

  test('the rate under the total row refers to the total row where it now stands', () => {
    const form = book.getWorksheet('Biểu II.05a')!;
    expect(value(form, 'B20')).toBe('Tổng số');
    expect(value(form, 'B21')).toBe('Tỷ lệ đúng hạn (%)');
    expect((value(form, 'D21') as { formula: string }).formula).toBe('IF(H20=0,0,ROUND((I20+J20)/H20*100,1))');
    // Above the rows inserted, and text that looks like a reference: as they were.
    expect((value(form, 'M1') as { formula: string }).formula).toBe('UPPER("biểu số II.05a")&"/VPCP"');
  });

  test("another sheet's reference to the form moves with it", () => {
    expect((value(book.getWorksheet('Hướng dẫn')!, 'A3') as { formula: string }).formula).toBe("'Biểu II.05a'!D20");
  });
});
