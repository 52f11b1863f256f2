import { groupFindings } from './findingGroups';
import { error, warning } from './findings';

const w = (row: number, message: string) => warning('Phụ lục', row, message);

describe('groupFindings', () => {
  test('findings that differ only in the task, unit, text or number they name are one kind', () => {
    const groups = groupFindings([
      w(17, 'Không có STT, ngay sau tiêu đề lặp lại (ngắt trang): nối tiếp từng ô vào nhiệm vụ 1.7.'),
      w(20, 'Mục II, nhiệm vụ 1: Chủ trì: Không nhận ra đơn vị "Sở A" trong danh mục đơn vị.'),
      w(36, 'Không có STT, ngay sau tiêu đề lặp lại (ngắt trang): nối tiếp từng ô vào mục IV, nhiệm vụ 3.'),
      w(40, 'Nhiệm vụ 7: Chủ trì: Không nhận ra đơn vị "Sở B" trong danh mục đơn vị.'),
      w(41, 'STT 1 lặp lại (đã có ở dòng 3): đọc thành một nhiệm vụ riêng.'),
    ]);
    expect(groups.map((g) => [g.title, g.findings.map((f) => f.row)])).toEqual([
      ['Không có STT, ngay sau tiêu đề lặp lại (ngắt trang): nối tiếp từng ô vào nhiệm vụ ….', [17, 36]],
      ['Nhiệm vụ …: Chủ trì: Không nhận ra đơn vị "…" trong danh mục đơn vị.', [20, 40]],
      ['STT … lặp lại (đã có ở dòng …): đọc thành một nhiệm vụ riêng.', [41]],
    ]);
  });

  test('different messages, or an error and a warning, are different kinds; nothing gives nothing', () => {
    expect(groupFindings([w(1, 'Thiếu STT.'), error('Phụ lục', 2, 'Thiếu STT.'), w(3, 'Thiếu ngày.')])).toHaveLength(3);
    expect(groupFindings([])).toEqual([]);
  });
});
