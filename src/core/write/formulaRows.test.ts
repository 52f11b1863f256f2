import { movedFormula, type RowShift } from './formulaRows';

const insert = (at: number, count: number): RowShift => ({ kind: 'insert', at, count });
const remove = (at: number, count: number): RowShift => ({ kind: 'delete', at, count });

describe('a formula after rows of its sheet are inserted or deleted, as Excel rewrites it', () => {
  test.each([
    // Below the insert: moved; above: kept; a range across it: grown.
    ['C14/C16', insert(10, 3), 'C17/C19'],
    ['C8', insert(10, 3), 'C8'],
    ['SUM(C8:C12)', insert(10, 3), 'SUM(C8:C15)'],
    ['SUM($C$8:$C$12)*$B$20', insert(10, 3), 'SUM($C$8:$C$15)*$B$23'],
    ['ROUND(I16/H16*100,2)', insert(16, 1), 'ROUND(I17/H17*100,2)'],
    ['SUM(5:7)', insert(6, 2), 'SUM(5:9)'],
    ['SUM($5:$7)', insert(1, 1), 'SUM($6:$8)'],
    // Text, functions and names that look like references are not.
    ['"Tổng C12: "&C12', insert(1, 1), '"Tổng C12: "&C13'],
    ['LOG10(C12)', insert(1, 1), 'LOG10(C13)'],
    ['"say ""C5"""&C5', insert(1, 2), '"say ""C5"""&C7'],
    // Other sheets: only a reference naming the changed sheet moves.
    ["'Biểu 05a'!C12+Khác!C12+C12", insert(10, 1), "'Biểu 05a'!C13+Khác!C12+C13"],
    // Deleted rows: what is left of a range; a reference into the deleted rows is #REF!.
    ['C14/C16', remove(10, 2), 'C12/C14'],
    ['SUM(C8:C12)', remove(10, 2), 'SUM(C8:C10)'],
    ['SUM(C10:C11)', remove(10, 2), 'SUM(#REF!)'],
    ['C10+C9', remove(10, 1), '#REF!+C9'],
    ['SUM(C11:C14)', remove(10, 2), 'SUM(C10:C12)'],
    ['A1', insert(5, 0), 'A1'],
  ])('%s with %j → %s', (formula, shift, expected) => {
    expect(movedFormula(formula, { sheet: 'Biểu 05a', formulaSheet: 'Biểu 05a', shift })).toBe(expected);
  });

  test('a formula on another sheet moves only its references to the changed sheet', () => {
    expect(movedFormula("'Biểu 05a'!C12+C12", { sheet: 'Biểu 05a', formulaSheet: 'Tổng hợp', shift: insert(10, 1) })).toBe("'Biểu 05a'!C13+C12");
    expect(movedFormula("'Biểu ''A'''!C12", { sheet: "Biểu 'A'", formulaSheet: 'X', shift: insert(10, 1) })).toBe("'Biểu ''A'''!C13");
  });

  test('a bad shift is a programmer error', () => {
    expect(() => movedFormula('A1', { sheet: 'S', formulaSheet: 'S', shift: insert(0, 1) })).toThrow(RangeError);
  });
});
