import type { CellValue } from '../../src/core/grid';
import { day, serial, type RegisterSpec } from '../fixtures/registers';

/**
 * The hand-worked register of the forms tests, for Quý I/2024 (15/12/2023 – 14/03/2024).
 * Each row says where it must land; the expected counts below were worked out by hand from
 * these notes, not computed.
 */
const P1 = 'Cấp Giấy chứng nhận đủ điều kiện buôn bán phân bón';
const P2 = 'Cấp Giấy xác nhận nội dung quảng cáo phân bón';
const P3 = 'Cấp Giấy chứng nhận cơ sở an toàn dịch bệnh động vật';
const P4 = 'Cấp Chứng chỉ hành nghề thú y';
const P5 = 'Cấp Giấy phép khai thác thủy sản';

// STT, Mã hồ sơ, Lĩnh vực, Tên TTHC, Hình thức nộp, Ngày tiếp nhận, Ngày hẹn trả, Ngày có kết quả, Trạng thái, Lý do quá hạn
const ROWS: CellValue[][] = [
  // r7: received on the first day (date cell), resolved before due → (4), (8)
  [1, 'A1', 'Trồng trọt', P1, 'Trực tuyến', day(2023, 12, 15), day(2023, 12, 20), day(2023, 12, 19), 'Đã giải quyết', null],
  // r8: received on the last day, text with a time of day, open, due after the period → (5), (12)
  [2, 'A2', 'TRỒNG TRỌT', P1, 'Trực tiếp', '14/03/2024 16:45', '21/03/2024', null, 'Đang giải quyết', null],
  // r9: serial received, resolved late (text with time) → (4), (10); lĩnh vực without diacritics
  [3, 'A3', 'trong trot', P2, 'Toàn trình', serial(2024, 2, 1), day(2024, 2, 15), '20/02/2024 08:00', 'Đã giải quyết', null],
  // r10: carried over, resolved on the first day of the period, a day late → (6), (10)
  [4, 'A4', 'Trồng trọt', P1, 'Bưu chính', day(2023, 12, 10), day(2023, 12, 14), day(2023, 12, 15), 'Đã giải quyết', null],
  // r11: resolved the day before the period → not counted
  [5, 'A5', 'Trồng trọt', P2, 'Trực tuyến một phần', day(2023, 12, 1), day(2023, 12, 10), day(2023, 12, 14), 'Đã giải quyết', null],
  // r12: due on the last day, open → (5), (12)
  [6, 'A6', 'Trồng trọt', P1, 'Trực tiếp', '1/3/2024', '14/03/2024', null, 'Đang giải quyết', null],
  // r13: resolved after the period (open at its end), due inside → (5), (13)
  [7, 'A7', 'Trồng trọt', P1, 'trực tiếp', day(2024, 2, 20), day(2024, 3, 13), day(2024, 3, 20), 'Đã giải quyết', 'Chờ ý kiến cơ quan phối hợp'],
  // r14: received the day after the period → not counted
  [8, 'A8', 'Trồng trọt', P1, 'Trực tuyến', day(2024, 3, 15), day(2024, 3, 25), null, 'Đang giải quyết', null],
  // r15: returned → (4), (9)
  [9, 'B1', 'Thú y', P3, 'Trực tuyến', day(2024, 1, 5), day(2024, 1, 20), day(2024, 1, 10), 'Trả lại hồ sơ', null],
  // r16: withdrawn after its due day → still (9); BCCI → (5)
  [10, 'B2', 'THU Y', P3, 'BCCI', day(2024, 1, 6), day(2024, 1, 12), day(2024, 1, 25), 'Rút hồ sơ', null],
  // r17: waiting for the applicant's supplement, due day passed → (5), (12)
  [11, 'B3', 'thú y', P3, 'Trực tiếp', day(2024, 2, 1), day(2024, 2, 20), null, 'Chờ bổ sung', null],
  // r18: carried over, open, overdue, no reason → (6), (13) and a warning
  [12, 'B4', 'Thú y', P4, 'Trực tuyến', day(2023, 11, 10), day(2023, 11, 30), null, 'Đang giải quyết', null],
  // r19: times of day: resolved at 17:30 on the due day (due 10:00) → (5), (9)
  [13, 'B5', 'Thú y', P4, 'Trực tiếp', day(2024, 1, 20, 9, 15), day(2024, 2, 5, 10, 0), day(2024, 2, 5, 17, 30), 'Đã giải quyết', null],
  // r20: serial result date, early → (4), (8)
  [14, 'B6', 'Thú y', P4, 'Trực tuyến', day(2024, 3, 1), day(2024, 3, 10), serial(2024, 3, 9), 'Đã giải quyết', null],
  // r21: ISO text dates, open, overdue → (4), (13)
  [15, 'B7', 'Thú y', P4, 'Trực tuyến', '2024-02-01', '2024-02-05', null, 'Đang giải quyết', 'Hồ sơ phức tạp'],
  // r22: received on the first day, open, overdue → (5), (13)
  [16, 'B8', 'Thú y', P3, 'Trực tiếp', '15/12/2023', '05/01/2024', null, 'Đang giải quyết', 'Chờ kết quả xét nghiệm'],
  // r23–r25: unreadable → rejected
  [17, 'C1', 'Thủy sản', P5, 'Trực tuyến', null, day(2024, 1, 20), null, 'Đang giải quyết', null],
  [18, 'C2', 'Thủy sản', P5, 'Trực tiếp', day(2024, 1, 10), day(2024, 1, 5), null, 'Đang giải quyết', null],
  [19, 'C3', 'Thủy sản', P5, 'Fax', day(2024, 1, 10), day(2024, 1, 20), null, 'Đang giải quyết', null],
];

export const QUARTER_REGISTER: RegisterSpec = {
  sheet: 'Sổ hồ sơ',
  titleLines: ['CHI CỤC CHĂN NUÔI VÀ THÚ Y', 'SỔ THEO DÕI HỒ SƠ THỦ TỤC HÀNH CHÍNH', 'Từ ngày 01/11/2023 đến ngày 31/03/2024', ''],
  header: [['STT', 'Mã hồ sơ', 'Lĩnh vực', 'Tên TTHC', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Trạng thái', 'Lý do quá hạn']],
  numberedRow: true,
  rows: ROWS,
  footerLines: [[null, 'Tổng cộng: 19 hồ sơ']],
};

/** Hand-worked II.05a rows (Thú y sorts before Trồng trọt: "Th" < "Tr"). */
export const EXPECTED_II05A = {
  rows: [
    { field: 'Thú y', c3: 8, c4: 3, c5: 4, c6: 1, c7: 4, c8: 1, c9: 3, c10: 0, c11: 4, c12: 1, c13: 3 },
    { field: 'Trồng trọt', c3: 6, c4: 2, c5: 3, c6: 1, c7: 3, c8: 1, c9: 0, c10: 2, c11: 3, c12: 2, c13: 1 },
  ],
  total: { c3: 14, c4: 5, c5: 7, c6: 2, c7: 7, c8: 2, c9: 3, c10: 2, c11: 7, c12: 3, c13: 4 },
};

export const EXPECTED_II06A = [
  { field: 'Thú y', procedure: P4, count: 2, reason: 'Chưa nêu nguyên nhân; Hồ sơ phức tạp', registerRows: [18, 21] },
  { field: 'Thú y', procedure: P3, count: 1, reason: 'Chờ kết quả xét nghiệm', registerRows: [22] },
  { field: 'Trồng trọt', procedure: P1, count: 1, reason: 'Chờ ý kiến cơ quan phối hợp', registerRows: [13] },
];

export const EXPECTED_REJECTED_ROWS = [23, 24, 25];
