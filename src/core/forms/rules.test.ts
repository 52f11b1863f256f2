import { II05A } from './definitions';
import { checkFormRules, checkOverdueTotal, countOf } from './rules';

const good = { field: 'Trồng trọt', row: 12, c3: 10, c4: 4, c5: 3, c6: 3, c7: 6, c8: 2, c9: 3, c10: 1, c11: 4, c12: 3, c13: 1 };
const other = { field: 'Thú y', row: 13, c3: 2, c4: 0, c5: 2, c6: 0, c7: 2, c8: 0, c9: 2, c10: 0, c11: 0, c12: 0, c13: 0 };
const total = { row: 14, c3: 12, c4: 4, c5: 5, c6: 3, c7: 8, c8: 2, c9: 5, c10: 1, c11: 4, c12: 3, c13: 1 };

describe('checkFormRules', () => {
  test('a sound form has no findings', () => {
    expect(checkFormRules([good, other], total, II05A)).toEqual([]);
  });

  test.each([
    ['(3)=(4)+(5)+(6)', { c3: 11, c11: 5, c12: 4 }, /cột \(3\) = 11 nhưng \(4\)\+\(5\)\+\(6\) = 10/],
    ['(7)=(8)+(9)+(10)', { c8: 3, c7: 6 }, /cột \(7\) = 6 nhưng \(8\)\+\(9\)\+\(10\) = 7/],
    ['(11)=(12)+(13)', { c13: 2 }, /cột \(11\) = 4 nhưng \(12\)\+\(13\) = 5/],
    ['(3)=(7)+(11)', { c7: 7, c10: 2 }, /cột \(3\) = 10 nhưng \(7\)\+\(11\) = 11/],
  ])('breaking %s is reported on its row', (_name, change, message) => {
    const findings = checkFormRules([{ ...good, ...change }], null, II05A, { sheet: 'Biểu' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ sheet: 'Biểu', row: 12, severity: 'error' });
    expect(findings[0].message).toMatch(message);
    expect(findings[0].message).toContain('Trồng trọt');
  });

  test.each([[-1], [2.5], ['ba'], [true]])('a count cell %j is reported', (bad) => {
    const findings = checkFormRules([{ ...other, c9: bad }], null, II05A);
    expect(findings.some((f) => f.message.includes('cột (9)') && f.message.includes('không phải số nguyên'))).toBe(true);
  });

  test('blank cells are zero and numbers typed as text are read', () => {
    expect(checkFormRules([{ field: 'A', c3: '2', c5: '2', c7: 2, c9: 2, c4: null, c6: '' }], null, II05A)).toEqual([]);
  });

  test('the total must be the column sums', () => {
    const findings = checkFormRules([good, other], { ...total, c9: 6, c7: 9, c3: 13, c11: 4 }, II05A);
    expect(findings.map((f) => f.message)).toEqual(
      expect.arrayContaining([
        'Dòng tổng, cột (9) = 6 nhưng tổng các dòng = 5.',
        'Dòng tổng, cột (3) = 13 nhưng tổng các dòng = 12.',
      ]),
    );
    expect(findings.every((f) => f.row === 14)).toBe(true);
  });
});

describe('countOf', () => {
  test.each([
    [0, 0], [7, 7], [null, 0], ['', 0], [' 12 ', 12], [-3, null], [1.5, null], ['1,5', null], [new Date(0), null],
  ])('countOf(%j) = %j', (v, n) => expect(countOf(v)).toBe(n));
});

describe('checkOverdueTotal', () => {
  test('equal totals pass, different totals fail', () => {
    expect(checkOverdueTotal(3, [{ c3: 1 }, { c3: 2 }])).toEqual([]);
    const f = checkOverdueTotal(4, [{ c3: 1 }, { c3: 2 }]);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('(3)');
  });
});
