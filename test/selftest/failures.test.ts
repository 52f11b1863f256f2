/**
 * What the self-test says of an error a check met: Excel's refusal with its code and message,
 * the add-in's own Vietnamese sentence, and for anything else one Vietnamese sentence in the
 * pane with the error's own text only in the copied report.
 */
import { CheckMismatch, CheckRefusal, describeFailure, UNEXPECTED_FAILURE } from '../../src/taskpane/selftest/failures';
import { checkLine, reportText } from '../../src/taskpane/selftest/reportText';
import type { CheckResult, SelfTestReport } from '../../src/taskpane/selftest/model';
import { OfficeOperationError } from '../../src/workbook/office/officeErrors';
import { SheetLayoutError } from '../../src/workbook/sheetLayoutError';

const failed = (err: unknown): CheckResult => ({ id: 'x', label: 'Ghi giá trị', outcome: { status: 'fail', failure: describeFailure(err) }, ms: 0 });

describe('describeFailure', () => {
  test.each([
    ['a mismatch', new CheckMismatch(['Ô A1: đọc lại 1, đã ghi 2']), 'Ô A1: đọc lại 1, đã ghi 2'],
    ['a refusal of the self-test', new CheckRefusal('Sổ tính đã có trang "Tự kiểm tra".'), 'Sổ tính đã có trang "Tự kiểm tra".'],
    ['a layout refusal of the add-in', new SheetLayoutError('Trang tính "Kế hoạch" có vùng gộp ô D5:I6 …'), 'Trang tính "Kế hoạch" có vùng gộp ô D5:I6 …'],
    ['an Office error the add-in explained without a code', new OfficeOperationError('Hãy thử lại.', null), 'Hãy thử lại.'],
  ])('%s shows its Vietnamese sentence alone', (_what, err, text) => {
    expect(describeFailure(err)).toEqual({ text, code: null, excelMessage: null, location: null, raw: null });
  });

  test('an error nobody foresaw: one Vietnamese sentence in the pane, its own text only in the copied report', () => {
    const result = failed(new TypeError("Cannot read properties of undefined (reading 'values')"));
    expect(result.outcome).toMatchObject({ failure: { text: UNEXPECTED_FAILURE, raw: "TypeError: Cannot read properties of undefined (reading 'values')" } });
    const line = checkLine(result);
    expect(line.detail).toBe(UNEXPECTED_FAILURE);
    const report: SelfTestReport = { startedAt: '2026-06-12T02:15:00Z', addinVersion: '1.0.0', host: { kind: 'Excel cho Windows', platform: 'PC', version: null, language: null, userAgent: null }, requirements: [], checks: [result] };
    expect(reportText(report).split('\n')).toContain(`không đạt — Ghi giá trị: ${UNEXPECTED_FAILURE} (lỗi: TypeError: Cannot read properties of undefined (reading 'values'))`);
  });

  test('something thrown that is no error at all is still one sentence', () => {
    expect(describeFailure('boom')).toEqual({ text: UNEXPECTED_FAILURE, code: null, excelMessage: null, location: null, raw: 'Error' });
  });

  test('an Excel refusal keeps its code and message', () => {
    const office = Object.assign(new Error('The argument is invalid or missing or has an incorrect format.'), { code: 'InvalidArgument', debugInfo: { errorLocation: 'Range.values' } });
    expect(describeFailure(office)).toEqual({ text: 'Excel từ chối thao tác.', code: 'InvalidArgument', excelMessage: 'The argument is invalid or missing or has an incorrect format.', location: 'Range.values', raw: null });
  });
});
