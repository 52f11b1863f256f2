import type { SheetGrid } from '../grid';
import { pickRegister } from './pickRegister';

const header = ['Mã hồ sơ', 'Lĩnh vực', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả'];
const row = (code: string) => [code, 'Thủy lợi', 'Trực tiếp', '02/01/2024', '10/01/2024', null];

describe('pickRegister', () => {
  test('picks the sheet with a register header and the most rows', () => {
    const grids: SheetGrid[] = [
      { name: 'Bìa', values: [['SỔ THEO DÕI']], merges: [] },
      { name: 'Mẫu', values: [header], merges: [] },
      { name: 'Sổ', values: [header, row('a'), row('b')], merges: [] },
    ];
    expect(pickRegister(grids)?.sheet).toBe('Sổ');
    expect(pickRegister(grids)?.read.dossiers).toHaveLength(2);
  });

  test('null when no sheet is a register', () => {
    expect(pickRegister([{ name: 'Bìa', values: [['Họ tên', 'Chức vụ']], merges: [] }])).toBeNull();
  });
});
