import { channelOf, statusOf } from './registerWords';

describe('channelOf', () => {
  test.each([
    ['Trực tuyến', 'online'],
    ['TRỰC TUYẾN TOÀN TRÌNH', 'online'],
    ['Toàn trình', 'online'],
    ['Một phần', 'online'],
    ['DVC trực tuyến một phần', 'online'],
    ['online', 'online'],
    ['Nộp qua mạng', 'online'],
    ['truc tuyen', 'online'],
    ['Trực tiếp', 'direct'],
    ['Trực tiếp tại bộ phận một cửa', 'direct'],
    ['Bưu chính', 'direct'],
    ['Dịch vụ bưu chính công ích', 'direct'],
    ['BCCI', 'direct'],
    ['truc tiep', 'direct'],
    ['', null],
    ['Khác', null],
    ['Fax', null],
  ])('%j → %s', (text, channel) => expect(channelOf(text)).toBe(channel));
});

describe('statusOf', () => {
  test.each([
    ['Trả lại hồ sơ', 'returned'],
    ['Đã trả lại', 'returned'],
    ['Từ chối giải quyết', 'returned'],
    ['Rút hồ sơ', 'withdrawn'],
    ['Công dân rút hồ sơ', 'withdrawn'],
    ['Chờ bổ sung', 'supplement'],
    ['Yêu cầu bổ sung hồ sơ', 'supplement'],
    ['cho bo sung', 'supplement'],
    ['Tạm dừng', 'supplement'],
    ['Đã giải quyết', 'resolved'],
    ['Đã trả kết quả', 'resolved'],
    ['Hoàn thành', 'resolved'],
    ['Đang giải quyết', 'pending'],
    ['Đang xử lý', 'pending'],
    ['Mới tiếp nhận', 'pending'],
    ['Quá hạn', 'pending'],
    ['', 'none'],
    ['Lưu trữ', 'other'],
  ])('%j → %s', (text, status) => expect(statusOf(text)).toBe(status));
});
