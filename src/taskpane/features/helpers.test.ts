import { errorDetail, officerMessage } from './errors';
import { resultFileName } from './session';
import { periodOfChoice, previewForms } from './forms';
import type { SheetGrid } from '../../core/grid';
import { DEFAULT_UNIT_DIRECTORY } from '../../core/units/directory';

test.each([
  ['ke-hoach.xlsx', 'ke-hoach (Kiem soat TTHC).xlsx'],
  ['KE HOACH.XLSX', 'KE HOACH (Kiem soat TTHC).xlsx'],
  ['ke-hoach (Kiem soat TTHC).xlsx', 'ke-hoach (Kiem soat TTHC).xlsx'],
])('the result of %p downloads as %p', (original, result) => {
  expect(resultFileName(original)).toBe(result);
});

test.each([
  ['WorkbookOpenError', 'Tệp "a.xlsx" rỗng (0 byte), không phải sổ tính Excel.', true],
  ['OfficeOperationError', 'Hãy thoát khỏi ô đang sửa (nhấn Enter hoặc Esc) rồi thử lại.', true],
  ['WritePlanError', 'Trang tính "X" không hợp lệ.', true],
  ['TypeError', "Cannot read properties of null (reading '0')", false],
])('an error named %s is shown as it is: %p → %p', (name, message, own) => {
  const err = Object.assign(new Error(message), { name });
  expect(officerMessage(err)).toBe(own ? message : null);
  expect(errorDetail(err)).toBe(message);
});

test('a thrown non-error still gives a detail', () => {
  expect(officerMessage('boom')).toBeNull();
  expect(errorDetail('boom')).toBe('boom');
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
