import { columnLetter, columnNumber, EXCEL_MAX_COLUMN } from './grid';

describe('column letters and numbers', () => {
  test.each([
    ['A', 1],
    ['z', 26],
    ['AA', 27],
    ['AB', 28],
    ['XFD', 16_384],
  ])('%s is column %i', (letters, n) => {
    expect(columnNumber(letters)).toBe(n);
  });

  test.each(['', 'XFE', 'AAAA', 'A1', '1', 'Ă'])('"%s" is no column', (letters) => {
    expect(columnNumber(letters)).toBeNull();
  });

  test('columnNumber undoes columnLetter over every column of a sheet', () => {
    for (let c = 1; c <= EXCEL_MAX_COLUMN; c++) expect(columnNumber(columnLetter(c))).toBe(c);
  });
});
