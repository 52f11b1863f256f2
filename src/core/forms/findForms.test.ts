import type { CellValue, SheetGrid } from '../grid';
import { II05A, II06A, type FormDefinition } from './definitions';
import { formSheetWrite } from './formsWritePlan';
import { reportPeriod } from '../periods/periods';
import type { SheetWrite } from '../write/writePlan';
import { findForms, periodOfHeader } from './findForms';

const TITLE_05 = 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC';
const TITLE_06 = 'NGUYÊN NHÂN QUÁ HẠN ĐỐI VỚI CÁC TRƯỜNG HỢP TỒN ĐỌNG TRONG GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC';
const NUMBERS_05 = Array.from({ length: 13 }, (_, i) => `(${i + 1})`);

function grid(name: string, rows: CellValue[][]): SheetGrid {
  return { name, values: rows, merges: [] };
}

/** A row of II.05a starting in column `col` (1-based): STT, lĩnh vực, then (3) … (13). */
function at(col: number, cells: CellValue[]): CellValue[] {
  return [...Array<CellValue>(col - 1).fill(null), ...cells];
}

describe('periodOfHeader', () => {
  test.each([
    ['Quý I/2024 (Từ ngày 15/12/2023 đến ngày 14/03/2024)', '2024-Q1'],
    ['quý 2 năm 2024', '2024-Q2'],
    ['QUY III/2024', '2024-Q3'],
    ['6 tháng/2024 (Từ ngày 15/12/2023 đến ngày 14/06/2024)', '2024-H1'],
    ['Năm 2024', '2024-Y'],
    ['Từ ngày 15/03/2024 đến ngày 14/06/2024', '2024-Q2'],
    ['(Từ ngày 15/9/2024 đến ngày 14/12/2024)', '2024-Q4'],
    ['Từ ngày 01/01/2024 đến ngày 31/03/2024', null],
    ['Quý …/20…', null],
  ])('%s → %s', (text, code) => {
    expect(periodOfHeader(text)?.code ?? null).toBe(code);
  });
});

describe('findForms', () => {
  test('a form at an offset with a split header block, "1 2 3" numbers and no total row ends at the signature', () => {
    const sheet = grid('Báo cáo', [
      [],
      at(4, ['Biểu số II.05a/VPCP/KSTT']),
      at(4, [TITLE_05]),
      at(5, ['Đơn vị báo cáo:', 'Chi cục Kiểm lâm']),
      at(5, ['- Kỳ báo cáo:', null, 'Quý I/2024']),
      at(4, ['STT', 'Lĩnh vực']),
      at(4, Array.from({ length: 13 }, (_, i) => i + 1)),
      at(4, [1, 'Lâm nghiệp', 3, 1, 2, 0, 3, 3, 0, 0, 0, 0, 0]),
      [],
      at(4, [2, 'Quản lý rừng', '2', '2', null, null, '1', '1', null, null, '1', '1', null]),
      [],
      at(5, ['Người lập biểu', null, null, null, null, null, 'Thủ trưởng đơn vị']),
      at(4, [9, 'Không phải dòng của biểu', 9, 9]),
    ]);
    const { ii05a, ii06a, findings } = findForms([sheet]);
    expect(findings).toEqual([]);
    expect(ii06a).toBeUndefined();
    expect(ii05a).toMatchObject({ sheet: 'Báo cáo', titleRow: 3, numberRow: 7, unit: 'Chi cục Kiểm lâm', periodText: 'Quý I/2024', total: null, lastRow: 10 });
    expect(ii05a?.columnOf.c1).toBe(4);
    expect(ii05a?.columnOf.c13).toBe(16);
    expect(ii05a?.period?.code).toBe('2024-Q1');
    expect(ii05a?.rows.map((r) => [r.row, r.field, r.cells.c3, r.cells.c11])).toEqual([
      [8, 'Lâm nghiệp', 3, 0],
      [10, 'Quản lý rừng', '2', '1'],
    ]);
  });

  test('a title on a cover sheet without a table is not a form; the real one is found further on', () => {
    const cover = grid('Bìa', [[null, `Mục lục: 1. ${TITLE_05}`], [null, 'Đơn vị báo cáo: Chi cục Thủy sản']]);
    const form = grid('II.05a', [[TITLE_05], ['Kỳ báo cáo: Quý I/2024'], ['Đơn vị báo cáo: Chi cục Thủy sản'], NUMBERS_05, [1, 'Thủy sản', 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0], [null, 'Tổng cộng', 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0]]);
    const { ii05a, findings } = findForms([cover, form]);
    expect(findings).toEqual([]);
    expect(ii05a?.sheet).toBe('II.05a');
    expect(ii05a?.total?.row).toBe(6);
  });

  test('a title without its numbered column row is reported when no copy of the form is usable', () => {
    const { ii05a, findings } = findForms([grid('S', [[TITLE_05], ['STT', 'Lĩnh vực'], [1, 'Thủy sản', 3]])]);
    expect(ii05a).toBeUndefined();
    expect(findings).toEqual([expect.objectContaining({ sheet: 'S', row: 1, severity: 'error', message: expect.stringMatching(/\(1\) … \(13\)/) })]);
  });

  test('two copies of a form: the one for the period asked for is used, with a warning naming both', () => {
    const copy = (name: string, period: string, n: number) =>
      grid(name, [[TITLE_05], [`Kỳ báo cáo: ${period}`], ['Đơn vị báo cáo: Chi cục Thủy lợi'], NUMBERS_05, [1, 'Thủy lợi', n, n, 0, 0, n, n, 0, 0, 0, 0, 0]]);
    const q4 = copy('Quý IV', 'Quý IV/2023', 4);
    const q1 = copy('Quý I', 'Quý I/2024', 1);
    const found = findForms([q4, q1], [II05A], { period: periodOfHeader('Quý I/2024')! });
    expect(found.ii05a?.sheet).toBe('Quý I');
    expect(found.findings).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/Có 2 biểu II\.05a .*'Quý IV' dòng 1.*'Quý I' dòng 1/) })]);
    expect(findForms([q4, q1], [II05A]).ii05a?.sheet).toBe('Quý IV');
  });

  test('both forms on one sheet: II.05a stops at II.06a’s title; II.06a groups procedures under their lĩnh vực', () => {
    const sheet = grid('Biểu', [
      ['Biểu số 06a/VPCP/KSTT'],
      [TITLE_05],
      ['Kỳ báo cáo: Quý I/2024'],
      ['Đơn vị báo cáo: Chi cục Thú y'],
      NUMBERS_05,
      [1, 'Thú y', 3, 1, 2, 0, 1, 1, 0, 0, 2, 0, 2],
      ['Biểu số 07a/VPCP/KSTT'],
      [TITLE_06],
      ['Kỳ báo cáo: Quý I/2024'],
      ['Đơn vị báo cáo: Chi cục Thú y'],
      ['(1)', '(2)', '(3)', '(4)', '(5)'],
      ['I', 'Thú y', 2],
      [1, 'Cấp chứng chỉ hành nghề', 1, 'Thiếu hồ sơ'],
      [2, 'Kiểm dịch', 1, '=HYPERLINK("x")', 'ghi chú'],
      [null, 'Chăn nuôi'],
      [null, 'Cấp giấy chứng nhận', '0', 'Chờ'],
      ['II', 'Lĩnh vực không có thủ tục con', 0, 'Không'],
      [null, 'Tổng cộng', 2],
    ]);
    const { ii05a, ii06a, findings } = findForms([sheet]);
    expect(findings).toEqual([]);
    expect(ii05a?.definition.id).toBe('II.05a');
    expect(ii05a?.rows.map((r) => r.field)).toEqual(['Thú y']);
    expect(ii05a?.lastRow).toBe(6);
    expect(ii06a?.definition).toBe(II06A);
    expect(ii06a?.unit).toBe('Chi cục Thú y');
    expect(ii06a?.rows.map((r) => [r.row, r.field, r.procedure, r.cells.c3, r.cells.c4])).toEqual([
      [13, 'Thú y', 'Cấp chứng chỉ hành nghề', 1, 'Thiếu hồ sơ'],
      [14, 'Thú y', 'Kiểm dịch', 1, '=HYPERLINK("x")'],
      [16, 'Chăn nuôi', 'Cấp giấy chứng nhận', '0', 'Chờ'],
      [17, 'Lĩnh vực không có thủ tục con', '', 0, 'Không'],
    ]);
    expect(ii06a?.total?.row).toBe(18);
  });

  test('an unfilled header ("Đơn vị báo cáo: ……") gives no unit', () => {
    const { ii05a } = findForms([grid('S', [[TITLE_05], ['Đơn vị báo cáo: ……………'], ['Kỳ báo cáo: Quý …/20…'], NUMBERS_05])]);
    expect(ii05a).toMatchObject({ unit: null, periodText: 'Quý …/20…', period: null, rows: [] });
  });

  test('a sheet of dossiers without any form gives nothing, quickly', () => {
    const rows: CellValue[][] = Array.from({ length: 20000 }, (_, i) => [i + 1, `HS-${i}`, 'Cấp giấy phép khai thác thủy sản theo thủ tục hành chính', 'Trực tuyến', 3, 4]);
    const started = Date.now();
    expect(findForms([grid('Sổ', rows)])).toEqual({ findings: [] });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('titles typed across two rows', () => {
  test.each([
    ['II.05a', ['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC', 'TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC'], 13],
    ['II.06a', ['NGUYÊN NHÂN QUÁ HẠN ĐỐI VỚI CÁC TRƯỜNG HỢP TỒN ĐỌNG', 'TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT'], 5],
  ])('%s', (id, [first, second], columns) => {
    const sheet = grid('S', [['Biểu số …'], [null, first], [null, second], ['Kỳ báo cáo: Quý I/2024'], Array.from({ length: columns }, (_, i) => `(${i + 1})`)]);
    const found = findForms([sheet]);
    const form = id === 'II.05a' ? found.ii05a : found.ii06a;
    expect(form?.titleRow).toBe(2);
    expect(form?.numberRow).toBe(5);
    expect(found.findings).toEqual([]);
  });
});

describe('sum rows inside the body', () => {
  test('"TỔNG CỘNG (I+II)" ends the body as the total; "Cộng lĩnh vực I" is left out with a warning; "Công nghiệp" is a lĩnh vực', () => {
    const row = (stt: CellValue, field: string, n: number) => [stt, field, n, n, 0, 0, n, n, 0, 0, 0, 0, 0];
    const sheet = grid('S', [
      [TITLE_05],
      ['Kỳ báo cáo: Quý I/2024'],
      NUMBERS_05,
      row(1, 'Công nghiệp', 2),
      row(2, 'Thủy lợi', 1),
      row(null, 'Cộng lĩnh vực I', 3),
      row(3, 'Lâm nghiệp', 4),
      row(null, 'TỔNG CỘNG (I+II)', 7),
    ]);
    const { ii05a, findings } = findForms([sheet]);
    expect(ii05a?.rows.map((r) => r.field)).toEqual(['Công nghiệp', 'Thủy lợi', 'Lâm nghiệp']);
    expect(ii05a?.total?.row).toBe(8);
    expect(findings).toEqual([expect.objectContaining({ sheet: 'S', row: 6, severity: 'warning', message: expect.stringMatching(/cộng phụ/) })]);
  });
});

describe('numbered column row variants', () => {
  test.each([
    ['(n)', NUMBERS_05],
    ['numbers', Array.from({ length: 13 }, (_, i) => i + 1)],
    ['numbers as text', Array.from({ length: 13 }, (_, i) => String(i + 1))],
    ['with the rules printed', ['(1)', '(2)', '(3)=(4)+(5)+(6)', '(4)', '(5)', '(6)', '(7)=(8)+(9)+(10)', '(8)', '(9)', '(10)', '(11)=(12)+(13)', '(12)', '(13)']],
    ['a fourteenth column for notes', [...NUMBERS_05, '(14)']],
  ])('%s', (_name, numbers) => {
    const { ii05a } = findForms([grid('S', [[TITLE_05], numbers as CellValue[], [1, 'Thủy sản', 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0]])]);
    expect(ii05a?.numberRow).toBe(2);
    expect(ii05a?.rows.map((r) => r.field)).toEqual(['Thủy sản']);
  });

  test('a row of numbers out of order is not the numbered row', () => {
    const numbers = NUMBERS_05.map((n, i) => (i === 5 ? '(7)' : i === 6 ? '(6)' : n));
    expect(findForms([grid('S', [[TITLE_05], numbers])]).ii05a).toBeUndefined();
  });
});

describe('the built-in layout of SPEC §14 and the earlier one are both recognised', () => {
  /** The grid a form sheet write gives: its values and merges, as the reader sees them. */
  function gridOfWrite(write: SheetWrite): SheetGrid {
    const values: CellValue[][] = [];
    for (const block of write.values) {
      block.values.forEach((line, i) => {
        const row = (values[block.row - 1 + i] ??= []);
        line.forEach((v, j) => (row[block.col - 1 + j] = v));
      });
    }
    for (let r = 0; r < values.length; r++) values[r] = Array.from(values[r] ?? [], (v) => v ?? null);
    return { name: write.sheet, values, merges: write.merges };
  }

  const period = reportPeriod(2024, 'Q1');
  // The layout before SPEC §14: "Kết quả giải quyết" over (7)–(13), "Trong đó" over (4)–(6), "Tổng cộng".
  const EARLIER: FormDefinition = {
    ...II05A,
    columns: II05A.columns.map((c) =>
      c.no >= 4 && c.no <= 6
        ? { ...c, header: ['Số hồ sơ nhận giải quyết', 'Trong đó', ['Trực tuyến (mới tiếp nhận)', 'Trực tiếp, dịch vụ bưu chính (mới tiếp nhận)', 'Từ kỳ trước chuyển qua'][c.no - 4]] }
        : c.no >= 7
          ? { ...c, header: ['Kết quả giải quyết', c.no <= 10 ? 'Số hồ sơ đã giải quyết' : 'Số hồ sơ đang giải quyết', c.header[1]] }
          : c,
    ),
    totalLabel: 'Tổng cộng',
  };
  const body = [{ cells: { c1: 1, c2: 'Thủy sản', c3: 3, c4: 1, c5: 1, c6: 1, c7: 2, c8: 1, c9: 1, c10: 0, c11: 1, c12: 1, c13: 0 } }];
  const total = { c3: 3, c4: 1, c5: 1, c6: 1, c7: 2, c8: 1, c9: 1, c10: 0, c11: 1, c12: 1, c13: 0 };

  test.each([
    ['SPEC §14 wording, total "Tổng số"', II05A, 'Biểu số II.05a/VPCP/KSTT'],
    ['earlier wording, total "Tổng cộng"', EARLIER, 'Biểu số II.05a/VPCP/KSTT'],
    ['SPEC §14 wording under the older code 06a', II05A, 'Biểu số 06a/VPCP/KSTT'],
    ['earlier wording under the older code 06a', EARLIER, 'Biểu số 06a/VPCP/KSTT'],
  ])('%s', (_name, def, code) => {
    const write = formSheetWrite({ ...def, code }, { unit: 'Chi cục Thủy sản', period }, body, total, 'S');
    const grid = gridOfWrite(write);
    expect(grid.values.flat()).toContain(code);
    const { ii05a, findings } = findForms([grid]);
    expect(findings).toEqual([]);
    expect(ii05a?.rows.map((r) => [r.field, r.cells.c3, r.cells.c13])).toEqual([['Thủy sản', 3, 0]]);
    expect(ii05a?.total?.row).toBe(ii05a!.rows[0].row + 1);
    expect(ii05a?.period?.code).toBe('2024-Q1');
    expect(ii05a?.unit).toBe('Chi cục Thủy sản');
  });
});
