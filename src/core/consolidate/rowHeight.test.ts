import { wrappedRowHeight } from './rowHeight';

describe('wrappedRowHeight', () => {
  test.each([
    [[{ text: '', width: 10 }], 15],
    [[{ text: 'Tổng số', width: 9 }], 15],
    [[{ text: 'Số hồ sơ nhận giải quyết', width: 9 }], 60],
    [[{ text: 'một\nhai\nba', width: 30 }], 45],
    [[{ text: 'ngắn', width: 30 }, { text: 'Trực tiếp, dịch vụ bưu chính (mới tiếp nhận)', width: 12 }], 60],
    [[{ text: 'x'.repeat(25), width: 11 }], 45],
  ])('%j → %d', (cells, height) => {
    expect(wrappedRowHeight(cells)).toBe(height);
  });
});
