import { dateToExcelSerial, excelSerialToDate, isDateNumberFormat } from './excelDates';
import { officeErrorMessage, OfficeOperationError, toOfficeOperationError } from './officeErrors';
import { headerFooterSections } from './officeWorkbook';
import { chunkAddresses, groupFormats, planWriteOps, widthToPoints } from './writeOps';

describe('Excel serial dates', () => {
  test.each<[number, string]>([
    [1, '1900-01-01T00:00:00.000Z'],
    [59, '1900-02-28T00:00:00.000Z'],
    [60, '1900-02-28T00:00:00.000Z'],
    [61, '1900-03-01T00:00:00.000Z'],
    [45361, '2024-03-10T00:00:00.000Z'],
    [45350.75, '2024-02-28T18:00:00.000Z'],
  ])('serial %d is %s', (serial, iso) => {
    expect(excelSerialToDate(serial).toISOString()).toBe(iso);
  });

  test.each([1, 59, 61, 45361, 45350.75])('serial %d survives a round trip', (serial) => {
    expect(dateToExcelSerial(excelSerialToDate(serial))).toBeCloseTo(serial, 6);
  });

  test.each<[string, boolean]>([
    ['dd/mm/yyyy', true],
    ['d/m/yy', true],
    ['[$-42A]d mmmm yyyy', true],
    ['mmm-yy', true],
    ['h:mm', true],
    ['General', false],
    ['@', false],
    ['#,##0', false],
    ['0.00%', false],
    ['"Ngày "0', false],
    ['[Red]0.00', false],
  ])('%j is a date format: %s', (format, isDate) => {
    expect(isDateNumberFormat(format)).toBe(isDate);
  });
});

describe('Office error messages', () => {
  test.each<[unknown, RegExp]>([
    [{ code: 'InvalidOperationInCellEditMode' }, /^Hãy thoát khỏi ô đang sửa \(nhấn Enter hoặc Esc\) rồi thử lại\.$/],
    [{ code: 'ItemNotFound' }, /Không tìm thấy trang tính/],
    [{ code: 'GeneralException' }, /Excel gặp lỗi/],
    [{ code: 'RequestPayloadSizeLimitExceeded' }, /quá lớn/],
    [{ code: 'AccessDenied' }, /bảo vệ/],
    [{ code: 'SomethingNew' }, /Excel báo lỗi \(SomethingNew\)/],
    [new Error('boom'), /lỗi không mong muốn/],
    [undefined, /lỗi không mong muốn/],
  ])('%j', (err, message) => {
    expect(officeErrorMessage(err)).toMatch(message);
    expect(officeErrorMessage(err)).not.toMatch(/undefined/);
  });

  test('wrapping keeps the code and the original error', () => {
    const original = Object.assign(new Error('x'), { code: 'ItemNotFound' });
    const wrapped = toOfficeOperationError(original);
    expect(wrapped).toBeInstanceOf(OfficeOperationError);
    expect(wrapped.code).toBe('ItemNotFound');
    expect(wrapped.cause).toBe(original);
    expect(toOfficeOperationError(wrapped)).toBe(wrapped);
  });
});

describe('write ops', () => {
  test.each<[string, { left: string; center: string; right: string }]>([
    ['&LNgày 10/03/2024&RTrang &P/&N', { left: 'Ngày 10/03/2024', center: '', right: 'Trang &P/&N' }],
    ['Trang &P', { left: '', center: 'Trang &P', right: '' }],
    ['&CA && B&Rx', { left: '', center: 'A && B', right: 'x' }],
  ])('header/footer %j', (text, sections) => {
    expect(headerFooterSections(text)).toEqual(sections);
  });

  test('equal formats are grouped unless a later different format touches the same cells', () => {
    const row = (r: number) => ({ top: r, left: 1, bottom: r, right: 4 });
    const red = { fill: '#FF0000' };
    const none = { fill: null };
    expect(groupFormats([{ range: row(1), format: red }, { range: row(2), format: none }, { range: row(3), format: red }])).toEqual([
      { format: red, ranges: [row(1), row(3)] },
      { format: none, ranges: [row(2)] },
    ]);
    // red on row 2 must come after "none" on row 2, so it cannot join the first red group.
    expect(groupFormats([{ range: row(1), format: red }, { range: row(2), format: none }, { range: row(2), format: red }])).toEqual([
      { format: red, ranges: [row(1)] },
      { format: none, ranges: [row(2)] },
      { format: red, ranges: [row(2)] },
    ]);
  });

  test('address lists are cut under the limit without splitting an address', () => {
    const addresses = Array.from({ length: 2000 }, (_, i) => `A${i + 1}:H${i + 1}`);
    const chunks = chunkAddresses(addresses);
    expect(chunks.every((c) => c.length <= 8000)).toBe(true);
    expect(chunks.join(',').split(',')).toEqual(addresses);
    // Short addresses: the area count (500, under the 513 reported to fail) cuts first.
    const cells = Array.from({ length: 1300 }, (_, i) => `B${i + 1}`);
    const byCount = chunkAddresses(cells);
    expect(byCount.map((c) => c.split(',').length)).toEqual([500, 500, 300]);
  });

  test('column widths in characters become points', () => {
    expect(widthToPoints(10)).toBeCloseTo(56.25, 2);
  });

  test('create sheets are built under a temporary name; old sheets are deleted and the new renamed last', () => {
    const ops = planWriteOps(
      { sheets: [{ sheet: 'Tiến độ', mode: 'create', values: [{ row: 1, col: 1, values: [['x']] }], formats: [], merges: [], columnWidths: [] }], activate: 'Tiến độ' },
      [
        { name: 'Kế hoạch', position: 0, visibility: 'Visible' },
        { name: 'Tiến độ', position: 1, visibility: 'Visible' },
        { name: 'KSTTHC_TAM_1', position: 2, visibility: 'Visible' },
      ],
    );
    expect(ops.map((o) => o.kind)).toEqual(['deleteSheet', 'addSheet', 'values', 'deleteSheet', 'rename', 'activate']);
    expect(ops[0]).toMatchObject({ name: 'KSTTHC_TAM_1' });
    expect(ops[1]).toMatchObject({ name: 'KSTTHC_TAM_1', ref: 'new:KSTTHC_TAM_1' });
    expect(ops[3]).toMatchObject({ name: 'Tiến độ' });
    expect(ops[4]).toMatchObject({ ref: 'new:KSTTHC_TAM_1', name: 'Tiến độ', position: 1 });
  });
});
