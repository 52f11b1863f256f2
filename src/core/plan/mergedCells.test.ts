import type { SheetGrid } from '../grid';
import { MergedCells, textOfCell } from './mergedCells';

const grid: SheetGrid = {
  name: 'S',
  values: [
    [15, 'Nội dung', 'a'],
    [null, null, 'b'],
    [null, null, 'c'],
    ['I', 'Tiêu đề mục', null],
  ],
  merges: [
    { top: 1, left: 1, bottom: 3, right: 1 },
    { top: 1, left: 2, bottom: 2, right: 2 },
    { top: 4, left: 2, bottom: 4, right: 3 },
  ],
};

describe('MergedCells', () => {
  const cells = new MergedCells(grid, [1, 2, 3]);
  test.each([
    [1, 1, 15, null],
    [2, 1, 15, 1],
    [3, 1, 15, 1],
    [2, 2, 'Nội dung', 1],
    [3, 2, null, null],
    [2, 3, 'b', null],
    [4, 3, null, null], // a title merged across columns does not fill the cells to its right
    [9, 9, null, null],
  ])('row %i col %i → %j (merged from %j)', (row, col, value, from) => {
    expect(cells.at(row, col)).toEqual({ value, text: textOfCell(value), mergedFrom: from });
  });

  test('only the wanted columns are expanded', () => {
    expect(new MergedCells(grid, [2]).at(2, 1)).toEqual({ value: null, text: '', mergedFrom: null });
  });
});

describe('textOfCell', () => {
  test.each([
    ['Văn phòng Sở', 'Văn phòng Sở'],
    ['  Văn  phòng Sở ', 'Văn phòng Sở'],
    ['Văn phòng Sở'.normalize('NFD'), 'Văn phòng Sở'],
    ['- A\r\n- B', '- A\n- B'],
    ['a\u00A0b', 'a b'],
    [7, '7'],
    [null, ''],
    [new Date(Date.UTC(2024, 1, 20)), '20/02/2024'],
  ])('%j → %j', (value, text) => {
    expect(textOfCell(value)).toBe(text);
  });
});
