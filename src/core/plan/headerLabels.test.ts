import { headerLabelOf, isColumnNumbersRow } from './headerLabels';

describe('headerLabelOf', () => {
  test.each([
    ['STT', 'stt'],
    ['TT', 'stt'],
    ['Số TT', 'stt'],
    ['Nội dung công việc', 'content'],
    ['Nội dung', 'content'],
    ['NỘI DUNG CÔNG VIỆC', 'content'],
    ['Nội dung công việc'.normalize('NFD'), 'content'],
    ['Nhiệm vụ', 'content'],
    ['Kết quả công việc', 'result'],
    ['Kết quả thực hiện', 'result'],
    ['Sản phẩm', 'result'],
    ['Sản phẩm (3)', 'result'],
    ['Chủ trì', 'lead'],
    ['Đơn vị chủ trì', 'lead'],
    ['Phối hợp', 'support'],
    ['Đơn vị phối hợp:', 'support'],
    ['Đơn vị thực hiện', 'unitGroup'],
    ['Thời gian thực hiện', 'timing'],
    ['Thời hạn', 'timing'],
    ['Thời hạn hoàn thành', 'timing'],
    ['Tiến độ', 'timing'],
    ['Hạn điều chỉnh', 'override'],
    ['Ghi chú', null],
    ['', null],
    ['Xây dựng, ban hành các văn bản về kiểm soát TTHC năm 2024', null],
  ])('%j → %s', (text, label) => {
    expect(headerLabelOf(text)).toBe(label);
  });

  test.each([[7], [null], [true]])('a non-text cell (%j) is no label', (value) => {
    expect(headerLabelOf(value)).toBeNull();
  });
});

describe('isColumnNumbersRow', () => {
  test.each([
    [['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'], true],
    [[null, '(1)', '(2)', '(3)'], true],
    [[1, 2, 3, 4, 5, 6], true],
    [['1', '2', '3'], true],
    [['(1)', '(2)'], false],
    [['(2)', '(1)', '(3)'], false],
    [[1, 'Xây dựng', 'Kế hoạch'], false],
    [[], false],
  ])('%j → %s', (cells, yes) => {
    expect(isColumnNumbersRow(cells)).toBe(yes);
  });
});
