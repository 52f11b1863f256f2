import { EXCEL_MAX_ROW_HEIGHT, type SheetGrid, type SheetSizes } from '../grid';
import { OFFICER_LINE_HEIGHT, rowsToFit } from './rowsToFit';

const sizes = (columnWidths: (number | null)[], rowHeights: (number | null)[] = []): SheetSizes => ({ columnWidths, rowHeights, defaultColumnWidth: 8.43, defaultRowHeight: 15 });
const words = (n: number) => Array.from({ length: n }, () => 'việc').join(' ');
const area = { top: 1, left: 1, bottom: 3, right: 3 };

describe('rowsToFit', () => {
  test.each([
    // text, width, lines (1.15 characters a width unit: 46 in a 40-wide column)
    ['short', 40, 1],
    [words(10), 40, 2],
    [words(30), 40, 4],
    ['một\nhai\nba', 40, 3],
  ])('%j in a %d-wide column needs %d lines', (text, width, lines) => {
    const grid: SheetGrid = { name: 'P', values: [[text]], merges: [] };
    const fit = rowsToFit(grid, sizes([width]), { top: 1, left: 1, bottom: 1, right: 1 });
    expect(fit).toEqual(lines === 1 ? [] : [{ row: 1, height: lines * OFFICER_LINE_HEIGHT }]);
  });

  test('a row already tall enough is left alone; a lower one is raised, never lowered', () => {
    const grid: SheetGrid = { name: 'P', values: [[words(10)], [words(10)], ['x']], merges: [] };
    expect(rowsToFit(grid, sizes([40], [60, 20, 50]), area)).toEqual([{ row: 2, height: 30 }]);
  });

  test('a cell merged over columns wraps at their summed width', () => {
    // 39 characters: one line at 40 (46 a line), two at 20 (23 a line).
    const grid: SheetGrid = { name: 'P', values: [[words(8)]], merges: [{ top: 1, left: 1, bottom: 1, right: 2 }] };
    expect(rowsToFit(grid, sizes([20, 20]), area)).toEqual([]);
    expect(rowsToFit({ ...grid, merges: [] }, sizes([20, 20]), area)).toEqual([{ row: 1, height: 2 * OFFICER_LINE_HEIGHT }]);
  });

  test('a cell merged over rows shares what they lack equally', () => {
    // 6 lines (90 pt) over three rows of 15 pt: each gets 30.
    const grid: SheetGrid = { name: 'P', values: [['một\nhai\nba\nbốn\nnăm\nsáu']], merges: [{ top: 1, left: 1, bottom: 3, right: 1 }] };
    expect(rowsToFit(grid, sizes([40]), area)).toEqual([1, 2, 3].map((row) => ({ row, height: 30 })));
  });

  test('rows the single cells already raised count towards a merged cell', () => {
    const grid: SheetGrid = { name: 'P', values: [['a\nb\nc\nd', 'x\ny\nz'], [null, 'x\ny\nz']], merges: [{ top: 1, left: 1, bottom: 2, right: 1 }] };
    expect(rowsToFit(grid, sizes([40, 40]), area)).toEqual([
      { row: 1, height: 45 },
      { row: 2, height: 45 },
    ]);
  });

  test('the add-in’s own texts count at their widths; heights stop at Excel’s largest', () => {
    const grid: SheetGrid = { name: 'P', values: [['x'], [words(2000)]], merges: [] };
    expect(rowsToFit(grid, sizes([40]), area, { extra: [{ row: 1, text: words(10), width: 20 }] })).toEqual([
      { row: 1, height: 3 * OFFICER_LINE_HEIGHT },
      { row: 2, height: EXCEL_MAX_ROW_HEIGHT },
    ]);
  });
});
