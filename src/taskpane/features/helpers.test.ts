import { errorDetail, officerMessage } from './errors';
import { resultFileName } from './session';
import { periodOfChoice, previewForms } from './forms';
import { consolidationFileName, unitsWithoutReport } from './consolidate';
import { reportPeriod } from '../../core/periods/periods';
import type { SheetGrid } from '../../core/grid';
import { DEFAULT_UNIT_DIRECTORY } from '../../core/units/directory';

test.each([
  ['ke-hoach.xlsx', 'ke-hoach (Kiểm soát TTHC).xlsx'],
  ['KE HOACH.XLSX', 'KE HOACH (Kiểm soát TTHC).xlsx'],
  ['Kế hoạch 2026.xlsx', 'Kế hoạch 2026 (Kiểm soát TTHC).xlsx'],
  ['ke-hoach (Kiểm soát TTHC).xlsx', 'ke-hoach (Kiểm soát TTHC).xlsx'],
  ['ke-hoach (Kiem soat TTHC).xlsx', 'ke-hoach (Kiểm soát TTHC).xlsx'],
  ['ke-hoach.xls', 'ke-hoach (Kiểm soát TTHC).xlsx'],
  ['Bao cao.ODS', 'Bao cao (Kiểm soát TTHC).xlsx'],
  ['so.xlsb', 'so (Kiểm soát TTHC).xlsx'],
  ['ke-hoach.xls (Kiem soat TTHC).xlsx', 'ke-hoach.xls (Kiểm soát TTHC).xlsx'],
])('the result of %p downloads as %p', (original, result) => {
  expect(resultFileName(original)).toBe(result);
});

test.each([
  ['WorkbookOpenError', 'Tệp "a.xlsx" rỗng (0 byte), không phải sổ tính Excel.', true],
  ['OfficeOperationError', 'Hãy thoát khỏi ô đang sửa (nhấn Enter hoặc Esc) rồi thử lại.', true],
  ['SheetLayoutError', 'Trang tính "X" có vùng gộp ô A1:E1 chạm vào các cột E1:H10 mà Kiểm soát TTHC ghi kết quả.', true],
  // A bad write plan is our defect, in English: the pane shows its generic sentence instead.
  ['WritePlanError', 'Invalid write plan: sheet "X" …', false],
  ['TypeError', "Cannot read properties of null (reading '0')", false],
])('an error named %s is shown as it is: %p → %p', (name, message, own) => {
  const err = Object.assign(new Error(message), { name });
  expect(officerMessage(err)).toBe(own ? message : null);
  // The detail of a defect is its name, never its (English, library) message.
  expect(errorDetail(err)).toBe(name);
});

test('a thrown non-error still gives a detail', () => {
  expect(officerMessage('boom')).toBeNull();
  expect(errorDetail('boom')).toBe('string');
});

test.each([
  [2024, 'Q1', '2023-12-15', '2024-03-14'],
  [2024, 'H1', '2023-12-15', '2024-06-14'],
  [2025, 'Y', '2024-12-15', '2025-12-14'],
] as const)('the pickers %i %s mean %s … %s', (year, kind, from, to) => {
  expect(periodOfChoice(year, kind)).toMatchObject({ from, to });
});

test.each([1999, 2101, 2024.5, Number.NaN])('year %p is not accepted by the pickers', (year) => {
  expect(periodOfChoice(year, 'Q1')).toBeNull();
});

test('units without an accepted file: a rejected file is told apart from sending nothing', () => {
  const outcome = (unit: string | null, status: 'accepted' | 'rejected') => ({ file: `${unit}.xlsx`, unit, period: null, status, warnings: [] });
  const split = unitsWithoutReport({
    files: [outcome('Chi cục Thủy sản', 'accepted'), outcome('CHI CỤC THỦY LỢI', 'rejected'), outcome(null, 'rejected')],
    missingUnits: ['Chi cục Thủy lợi', 'Chi cục Phát triển nông thôn'],
  });
  expect(split).toEqual({ rejected: ['Chi cục Thủy lợi'], missing: ['Chi cục Phát triển nông thôn'] });
});

test('the department workbook downloads under a name with its accents', () => {
  expect(consolidationFileName(reportPeriod(2026, 'Q4'))).toBe('Tổng hợp Quý IV-2026.xlsx');
  expect(consolidationFileName(reportPeriod(2024, 'Y'))).toBe('Tổng hợp Năm 2024.xlsx');
});

describe('previewForms: the register’s own unit (issue 14)', () => {
  test('the preview carries the unit named in the register title, matched to the directory', () => {
    const grid: SheetGrid = {
      name: 'Sổ',
      merges: [],
      values: [
        ['SỔ THEO DÕI HỒ SƠ TTHC - Chi cục Chăn nuôi và Thú y'],
        ['Mã hồ sơ', 'Lĩnh vực', 'Tên TTHC', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả'],
        ['M1', 'Thú y', 'TT', 'Trực tuyến', '02/01/2024', '05/01/2024', '04/01/2024'],
      ],
    };
    const preview = previewForms([grid], { period: periodOfChoice(2024, 'Q1')!, units: DEFAULT_UNIT_DIRECTORY.units });
    expect(preview?.unit).toMatchObject({ row: 1, unit: { name: 'Chi cục Chăn nuôi và Thú y' } });
    expect(preview?.result.ii05a.total.c3).toBe(1);
  });
});
