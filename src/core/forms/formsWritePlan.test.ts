import { reportPeriod } from '../periods/periods';
import type { FormsResult } from './computeForms';
import { II05A, II06A } from './definitions';
import { formSheetName, formsWritePlan, headerCells, romanNumeral } from './formsWritePlan';
import type { CellValue } from '../grid';
import type { SheetWrite } from '../write/writePlan';

const period = reportPeriod(2024, 'Q1');
const result: FormsResult = {
  ii05a: {
    rows: [
      { field: 'Thú y', c3: 3, c4: 1, c5: 1, c6: 1, c7: 1, c8: 0, c9: 1, c10: 0, c11: 2, c12: 0, c13: 2 },
      { field: 'Trồng trọt', c3: 1, c4: 1, c5: 0, c6: 0, c7: 1, c8: 1, c9: 0, c10: 0, c11: 0, c12: 0, c13: 0 },
    ],
    total: { c3: 4, c4: 2, c5: 1, c6: 1, c7: 2, c8: 1, c9: 1, c10: 0, c11: 2, c12: 0, c13: 2 },
  },
  ii06a: {
    rows: [
      { field: 'Thú y', procedure: 'Cấp chứng chỉ hành nghề thú y', count: 1, reason: 'Hồ sơ phức tạp', codes: [], registerRows: [3] },
      { field: 'Thú y', procedure: '=Cấp giấy chứng nhận', count: 1, reason: 'Chưa nêu nguyên nhân', codes: [], registerRows: [4] },
    ],
  },
  findings: [],
};

/** The value a sheet write puts at a cell (the last block writing it wins). */
function valueAt(sw: SheetWrite, row: number, col: number): CellValue | undefined {
  let found: CellValue | undefined;
  for (const b of sw.values) {
    const v = b.values[row - b.row]?.[col - b.col];
    if (v !== undefined && row >= b.row && col >= b.col) found = v;
  }
  return found;
}

function rowOf(sw: SheetWrite, text: string): number {
  for (const b of sw.values) for (let r = 0; r < b.values.length; r++) if (b.values[r].includes(text)) return b.row + r;
  return -1;
}

describe('formSheetName', () => {
  test.each([
    ['Q1', 'II.05a Quý I-2024'],
    ['Q4', 'II.05a Quý IV-2024'],
    ['H1', 'II.05a 6 tháng-2024'],
    ['Y', 'II.05a Năm 2024'],
  ] as const)('%s → %s', (kind, name) => {
    expect(formSheetName(II05A, reportPeriod(2024, kind))).toBe(name);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[/\\?*[\]:]/);
  });
});

describe('headerCells', () => {
  test('II.05a (SPEC §14): "Trong đó" over (4)–(5) only, (6) "Từ kỳ trước", no row over (7)–(13)', () => {
    const cells = headerCells(II05A);
    const at = (text: string, row: number) => cells.find((c) => c.text === text && c.row === row)?.range;
    expect(at('STT', 0)).toEqual({ top: 0, left: 1, bottom: 2, right: 1 });
    expect(at('Số hồ sơ nhận giải quyết', 0)).toEqual({ top: 0, left: 3, bottom: 0, right: 6 });
    expect(at('Số hồ sơ đã giải quyết', 0)).toEqual({ top: 0, left: 7, bottom: 0, right: 10 });
    expect(at('Số lượng hồ sơ đang giải quyết', 0)).toEqual({ top: 0, left: 11, bottom: 0, right: 13 });
    expect(cells.some((c) => c.text === 'Kết quả giải quyết')).toBe(false);
    expect(at('Trong đó', 1)).toEqual({ top: 1, left: 4, bottom: 1, right: 5 });
    expect(at('Từ kỳ trước', 1)).toEqual({ top: 1, left: 6, bottom: 2, right: 6 });
    expect(cells.filter((c) => c.text === 'Tổng số').map((c) => c.range)).toEqual([
      { top: 1, left: 3, bottom: 2, right: 3 },
      { top: 1, left: 7, bottom: 2, right: 7 },
      { top: 1, left: 11, bottom: 2, right: 11 },
    ]);
    expect(cells.filter((c) => c.row === 2).map((c) => [c.col, c.text])).toEqual([
      [4, 'Trực tuyến'],
      [5, 'Trực tiếp, dịch vụ bưu chính'],
    ]);
  });

  test('II.06a: one header row', () => {
    expect(headerCells(II06A).map((c) => c.range.bottom)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('formsWritePlan', () => {
  const plan = formsWritePlan(result, { unit: 'Chi cục Chăn nuôi và Thú y', period });
  const [ii05a, ii06a] = plan.sheets;

  test('two own sheets named for the period, II.05a shown', () => {
    expect(plan.sheets.map((s) => [s.sheet, s.mode])).toEqual([
      ['II.05a Quý I-2024', 'create'],
      ['II.06a Quý I-2024', 'create'],
    ]);
    expect(plan.activate).toBe('II.05a Quý I-2024');
  });

  test('both forms print in Times New Roman, as official documents do', () => {
    for (const sheet of [ii05a, ii06a]) expect(sheet.formats[0].format).toMatchObject({ fontName: 'Times New Roman' });
  });

  test('code, title and header block', () => {
    expect(valueAt(ii05a, 1, 11)).toBe('Biểu số II.05a/VPCP/KSTT');
    expect(valueAt(ii05a, 2, 1)).toBe(II05A.title);
    expect(valueAt(ii05a, 3, 1)).toBe('Kỳ báo cáo: Quý I/2024 (Từ ngày 15/12/2023 đến ngày 14/03/2024)');
    expect(valueAt(ii05a, 4, 1)).toBe('Đơn vị báo cáo: Chi cục Chăn nuôi và Thú y');
    expect(valueAt(ii05a, 5, 1)).toBe('Đơn vị nhận báo cáo: ……………………………'); // no receiver known: a line to write it in
    expect(valueAt(ii05a, 6, 11)).toBe('Đơn vị tính: Số hồ sơ TTHC');
    expect(ii05a.merges).toContainEqual({ top: 2, left: 1, bottom: 2, right: 13 });
  });

  test('numbered row, one row per lĩnh vực, total, signature', () => {
    const numbers = rowOf(ii05a, '(13)');
    expect(numbers).toBe(11);
    expect(Array.from({ length: 13 }, (_, i) => valueAt(ii05a, numbers, i + 1))).toEqual(II05A.columns.map((c) => `(${c.no})`));
    expect(Array.from({ length: 13 }, (_, i) => valueAt(ii05a, 12, i + 1))).toEqual([1, 'Thú y', 3, 1, 1, 1, 1, 0, 1, 0, 2, 0, 2]);
    expect(valueAt(ii05a, 13, 2)).toBe('Trồng trọt');
    expect(valueAt(ii05a, 14, 1)).toBe('Tổng số');
    expect(Array.from({ length: 11 }, (_, i) => valueAt(ii05a, 14, i + 3))).toEqual([4, 2, 1, 1, 2, 1, 1, 0, 2, 0, 2]);
    expect(rowOf(ii05a, 'Quảng Ngãi, ngày … tháng … năm …')).toBe(16);
    expect(rowOf(ii05a, 'Người lập biểu')).toBe(17);
    expect(rowOf(ii05a, 'Thủ trưởng đơn vị')).toBe(17);
  });

  test('borders on the whole table, A4 landscape fitted to width, header repeated', () => {
    expect(ii05a.formats).toContainEqual({ range: { top: 8, left: 1, bottom: 10, right: 13 }, format: expect.objectContaining({ border: 'thin', wrap: true }) });
    expect(ii05a.formats).toContainEqual({ range: { top: 11, left: 1, bottom: 11, right: 13 }, format: expect.objectContaining({ border: 'thin' }) });
    expect(ii05a.formats).toContainEqual({ range: { top: 12, left: 1, bottom: 14, right: 13 }, format: expect.objectContaining({ border: 'thin' }) });
    expect(ii05a.pageSetup).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true, printTitleRows: [8, 11] });
    expect(ii05a.columnWidths).toHaveLength(13);
  });

  test('II.06a: lĩnh vực heading with its subtotal, one row per TTHC, total = II.05a (13)', () => {
    expect(Array.from({ length: 5 }, (_, i) => valueAt(ii06a, 10, i + 1))).toEqual(['I', 'Thú y', 2, null, null]);
    expect(Array.from({ length: 4 }, (_, i) => valueAt(ii06a, 11, i + 1))).toEqual([1, 'Cấp chứng chỉ hành nghề thú y', 1, 'Hồ sơ phức tạp']);
    expect(valueAt(ii06a, 12, 2)).toBe('=Cấp giấy chứng nhận');
    expect(valueAt(ii06a, 13, 1)).toBe('Tổng cộng');
    expect(valueAt(ii06a, 13, 3)).toBe(result.ii05a.total.c13);
  });

  test('receiver and place can be changed', () => {
    const other = formsWritePlan(result, { unit: 'X', period, receiver: 'Văn phòng Sở', place: 'Đức Phổ' });
    expect(rowOf(other.sheets[0], 'Đơn vị nhận báo cáo: Văn phòng Sở')).toBe(5);
    expect(rowOf(other.sheets[1], 'Đức Phổ, ngày … tháng … năm …')).toBeGreaterThan(13);
  });
});

describe('romanNumeral', () => {
  test.each([[1, 'I'], [4, 'IV'], [9, 'IX'], [14, 'XIV'], [40, 'XL']])('%i → %s', (n, r) => expect(romanNumeral(n)).toBe(r));
});
