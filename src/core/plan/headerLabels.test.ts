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
    ['Tiến độ', 'progress'],
    ['Tiến độ thực hiện', 'progress'],
    ['Thời gian dự kiến hoàn thành', 'timing'],
    ['Thời gian triển khai', 'timing'],
    ['Thời gian trình', 'timing'],
    ['THỜI GIAN', 'timing'],
    ['Thời hạn*', 'timing'],
    ['Cơ quan chủ trì', 'lead'],
    ['Cơ quan chủ trì thực hiện', 'lead'],
    ['Cơ quan/Đơn vị chủ trì thực hiện', 'lead'],
    ['Cơ quan chủ trì[1]', 'lead'],
    ['CHỦ TRÌ', 'lead'],
    ['Cơ quan phối hợp', 'support'],
    ['Cơ quan thực hiện', 'unitGroup'],
    ['Cơ quan, đơn vị thực hiện', 'unitGroup'],
    ['Trách nhiệm thực hiện', 'unitGroup'],
    ['Tên nhiệm vụ', 'content'],
    ['Tên nhiệm vụ/dự án', 'content'],
    ['Nhiệm vụ và giải pháp', 'content'],
    ['Nhiệm vụ, giải pháp', 'content'],
    ['Nội dung nhiệm vụ', 'content'],
    ['Nội dung thực hiện', 'content'],
    ['Nội dung/nhiệm vụ', 'content'],
    ['Công việc', 'content'],
    ['Sản phẩm đầu ra', 'result'],
    ['Sản phẩm dự kiến', 'result'],
    ['Kết quả dự kiến', 'result'],
    ['Kết quả/sản phẩm', 'result'],
    ['Hình thức văn bản', 'result'],
    ['Hình thức sản phẩm', 'result'],
    ['Nguồn kinh phí', null],
    ['Văn bản giao nhiệm vụ', null],
    ['Người đứng đầu chịu trách nhiệm', null],
    ['Cơ sở pháp lý', null],
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
    [['A', 'B', 'C', 'D'], true],
    [['(A)', '(B)', '(C)'], true],
    [['A', 'Phát triển kinh tế số', null], false],
    [['(1)', '(2)'], false],
    [['(2)', '(1)', '(3)'], false],
    [[1, 'Xây dựng', 'Kế hoạch'], false],
    [[], false],
  ])('%j → %s', (cells, yes) => {
    expect(isColumnNumbersRow(cells)).toBe(yes);
  });
});
