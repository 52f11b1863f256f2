import { joinContinued, startsNewDeliverable } from './continuation';

describe('joinContinued', () => {
  test.each([
    ['Các phòng, cơ quan, đơn vị thuộc Sở có', 'liên quan.', 'Các phòng, cơ quan, đơn vị thuộc Sở có liên quan.'],
    ['Theo lộ trình', 'Công văn', 'Theo lộ trình Công văn'],
    ['', 'Thường xuyên', 'Thường xuyên'],
    ['Văn phòng Sở.', '', 'Văn phòng Sở.'],
    ['- Tờ trình.', '- Công bố, niêm yết.', '- Tờ trình.\n- Công bố, niêm yết.'],
    ['- Hồ sơ (trước đó),', 'mà cơ quan nhà nước', '- Hồ sơ (trước đó), mà cơ quan nhà nước'],
  ])('%j + %j', (above, rest, joined) => {
    expect(joinContinued(above, rest)).toBe(joined);
  });
});

describe('startsNewDeliverable', () => {
  test.each([
    ['Kế hoạch truyền thông kiểm soát TTHC của Sở.', 'Các tin, bài, chuyên mục.', true],
    ['Kế hoạch của Sở. ', 'Đề án.', true],
    ['… công khai trên Cổng', 'Dịch vụ công Quốc gia.', false],
    ['… theo Công văn', 'số 5864/UBND-TTHC.', false],
    ['- Tờ trình, dự thảo Quyết định.', '- Công bố, niêm yết.', false],
    ['Văn bản.', 'văn bản khác', false],
    ['', 'Các tin, bài.', false],
  ])('%j then %j → %s', (above, result, yes) => {
    expect(startsNewDeliverable(above, result)).toBe(yes);
  });
});
