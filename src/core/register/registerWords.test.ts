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
    // SPEC §8: the one-stop systems' own words.
    ['Trực tuyến toàn trình', 'online'],
    ['Trực tuyến một phần', 'online'],
    ['Nộp trực tuyến', 'online'],
    ['Qua bưu chính công ích', 'direct'],
    ['Dịch vụ bưu chính', 'direct'],
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
    // SPEC §8: the one-stop systems' own words.
    ['Đã xử lý xong', 'resolved'],
    ['Đã trả kết quả', 'resolved'],
    ['Đang xử lý', 'pending'],
    ['Được tiếp nhận', 'pending'],
    ['Yêu cầu bổ sung giấy tờ', 'supplement'],
    ['Yêu cầu thực hiện nghĩa vụ tài chính', 'supplement'],
    ['Dừng xử lý', 'supplement'],
    ['Công dân yêu cầu rút hồ sơ', 'withdrawn'],
    ['Trả lại hồ sơ', 'returned'],
    ['Mới đăng ký', 'notReceived'],
    ['Không được tiếp nhận', 'notReceived'],
    ['Từ chối tiếp nhận', 'notReceived'],
    ['Từ chối giải quyết', 'returned'],
  ])('%j → %s', (text, status) => expect(statusOf(text)).toBe(status));
});
