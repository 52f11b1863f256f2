import { reportPeriod } from '../periods/periods';
import {
  FORM_DEFINITIONS,
  II05A,
  II06A,
  columnNumberLabel,
  headerDepth,
  periodLine,
  recognizeFormCode,
  recognizeFormTitle,
} from './definitions';

describe('form definitions', () => {
  test('II.05a has columns (1)…(13) in order, counts from (3)', () => {
    expect(II05A.columns.map((c) => c.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(II05A.columns.map((c) => c.key)).toEqual(II05A.columns.map((c) => `c${c.no}`));
    expect(II05A.columns.filter((c) => c.kind === 'count').map((c) => c.no)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(headerDepth(II05A)).toBe(3);
  });

  test('II.06a has columns (1)…(5)', () => {
    expect(II06A.columns.map((c) => c.header[0])).toEqual(['STT', 'Lĩnh vực, tên TTHC', 'Số hồ sơ quá hạn', 'Nguyên nhân quá hạn', 'Ghi chú']);
    expect(headerDepth(II06A)).toBe(1);
  });

  test('every rule names existing count columns', () => {
    for (const def of FORM_DEFINITIONS) {
      const counts = new Set(def.columns.filter((c) => c.kind === 'count').map((c) => c.key));
      for (const r of def.rules) for (const k of [r.sum, ...r.of]) expect(counts.has(k)).toBe(true);
    }
  });

  test.each([
    ['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC', 'II.05a'],
    ['Tình hình, kết quả giải quyết thủ tục hành chính tại cơ quan, đơn vị trực tiếp giải quyết thủ tục hành chính', 'II.05a'],
    ['tinh hinh ket qua giai quyet tthc tai co quan don vi truc tiep giai quyet tthc', 'II.05a'],
    ['NGUYÊN NHÂN QUÁ HẠN ĐỐI VỚI CÁC TRƯỜNG HỢP TỒN ĐỌNG TRONG GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC', 'II.06a'],
    ['Nguyên nhân quá hạn đối với các trường hợp tồn đọng trong giải quyết thủ tục hành chính', 'II.06a'],
    ['Đơn vị báo cáo: Chi cục Thú y', null],
    ['Tổng cộng', null],
    ['', null],
  ])('recognizeFormTitle(%j) → %s', (text, id) => {
    expect(recognizeFormTitle(text)?.id ?? null).toBe(id);
  });

  test.each([
    ['Biểu số II.05a/VPCP/KSTT', 'II.05a'],
    ['Biểu số II.06a/VPCP/KSTT', 'II.06a'],
    ['Biểu số 06a/VPCP/KSTT', 'II.05a'],
    ['Biểu số 07a/VPCP/KSTT', 'II.06a'],
    ['biểu số ii.05a / vpcp / kstt', 'II.05a'],
    ['Biểu số II.05b/VPCP/KSTT', null],
  ])('recognizeFormCode(%j) → %s', (text, id) => {
    expect(recognizeFormCode(text)?.id ?? null).toBe(id);
  });

  test('period line and column labels', () => {
    expect(periodLine(reportPeriod(2024, 'Q1'))).toBe('Kỳ báo cáo: Quý I/2024 (Từ ngày 15/12/2023 đến ngày 14/03/2024)');
    expect(columnNumberLabel(7)).toBe('(7)');
  });
});
