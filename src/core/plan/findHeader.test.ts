import type { CellValue, SheetGrid } from '../grid';
import { findPlanHeader } from './findHeader';

function grid(values: CellValue[][]): SheetGrid {
  return { name: 'S', values, merges: [] };
}

const ONE_ROW = ['STT', 'Nội dung công việc', 'Kết quả công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện'];

describe('findPlanHeader', () => {
  test('a one-row header at A1', () => {
    expect(findPlanHeader(grid([ONE_ROW, [1, 'x', 'y', 'z', 'w', 'Quý I']]))).toEqual({
      headerRows: [1, 1],
      columns: { stt: 1, content: 2, result: 3, lead: 4, support: 5, timing: 6, override: null },
      lastColumn: 6,
    });
  });

  test('a two-row header under "Đơn vị thực hiện", shifted, with title rows and a numbers row', () => {
    const values: CellValue[][] = [[], ['', 'KẾ HOẠCH năm 2024'], [], [null, 'TT', 'Nội dung', 'Sản phẩm', 'Đơn vị thực hiện', null, 'Thời hạn hoàn thành'], [null, null, null, null, 'Chủ trì', 'Phối hợp'], [null, '(1)', '(2)', '(3)', '(4)', '(5)', '(6)']];
    expect(findPlanHeader(grid(values))).toEqual({
      headerRows: [4, 6],
      columns: { stt: 2, content: 3, result: 4, lead: 5, support: 6, timing: 7, override: null },
      lastColumn: 7,
    });
  });

  test('Thời gian may sit in the second header row', () => {
    const values: CellValue[][] = [['STT', 'Nội dung', 'Kết quả', 'Đơn vị thực hiện'], [null, null, null, 'Chủ trì', 'Phối hợp', 'Thời hạn']];
    expect(findPlanHeader(grid(values))?.columns.timing).toBe(6);
  });

  test('an optional "Hạn điều chỉnh" column', () => {
    const h = findPlanHeader(grid([[...ONE_ROW, 'Ghi chú', 'Hạn điều chỉnh']]));
    expect(h?.columns.override).toBe(8);
    expect(h?.lastColumn).toBe(8);
  });

  test.each([
    ['no Thời gian', [['STT', 'Nội dung', 'Kết quả', 'Chủ trì', 'Phối hợp']]],
    ['no Phối hợp', [['STT', 'Nội dung', 'Kết quả', 'Chủ trì', 'Thời gian']]],
    ['only a list of units', [['STT', 'Tên đơn vị'], [1, 'Văn phòng Sở']]],
    ['an empty sheet', []],
  ])('no header: %s', (_name, values) => {
    expect(findPlanHeader(grid(values as CellValue[][]))).toBeNull();
  });

  test('the header is found far down the sheet', () => {
    const values: CellValue[][] = Array.from({ length: 300 }, (_, i) => [`Ghi chú ${i}`]);
    values.push(ONE_ROW);
    expect(findPlanHeader(grid(values))?.headerRows).toEqual([301, 301]);
  });
});

test('a 100 000-row sheet without a plan table is passed over quickly', () => {
  const values: CellValue[][] = Array.from({ length: 100_000 }, (_, i) => [i + 1, `Hồ sơ ${i}`, 'Trực tuyến', 'Đúng hạn', 'Tổ chức', 'Sở', 'Thẩm định', 'STT cũ']);
  const started = Date.now();
  expect(findPlanHeader(grid(values))).toBeNull();
  // Generous for loaded CI machines; matching every cell as a label took seconds.
  expect(Date.now() - started).toBeLessThan(3_000);
});

test.each(['STT', 'TT', 'T.T', 'Số TT', 'Số thứ tự', 'Số thứ tự'.normalize('NFD'), ' stt ', 'S TT'])('the STT header may read %j', (label) => {
  const found = findPlanHeader(grid([[label, 'Nội dung', 'Kết quả', 'Chủ trì', 'Phối hợp', 'Thời gian']]));
  expect(found?.columns.stt).toBe(1);
});
