import { fitsInline, isListSheet, listRangeRef, listSheetName, placeLists } from './listSources';
import { sheetNameProblem } from './validateWritePlan';

describe('sheet names', () => {
  test.each<[string, RegExp | null]>([
    ['Tiến độ', null],
    ['Tiến độ - Văn phòng Sở', null],
    ['', /empty/],
    ['x'.repeat(32), /31/],
    ['Quý I/2024', /contains/],
    ['a[b]', /contains/],
    ['a:b', /contains/],
    ['a*b', /contains/],
    ['a?b', /contains/],
    ['a\\b', /contains/],
    ["'trích", /apostrophe/],
    ['History', /reserved/],
  ])('%j', (name, problem) => {
    const found = sheetNameProblem(name);
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeNull();
  });

  test('list sheet names are valid, stable, case-insensitive and distinct per sheet', () => {
    const a = listSheetName('Kế hoạch');
    expect(sheetNameProblem(a)).toBeNull();
    expect(a).toBe(listSheetName('KẾ HOẠCH'));
    expect(a).not.toBe(listSheetName('Kế hoạch 2'));
    expect(isListSheet(a)).toBe(true);
    expect(isListSheet('Kế hoạch')).toBe(false);
  });
});

describe('drop-down list sources', () => {
  test.each<[string[], boolean]>([
    [['Có', 'Không'], true],
    [['a,b'], false],
    [['say "hi"'], false],
    [Array.from({ length: 40 }, (_, i) => `Đơn vị ${i}`), false],
    [['x'.repeat(253)], true],
    [['x'.repeat(254)], false],
  ])('%j fits inline: %s', (items, inline) => {
    expect(fitsInline(items)).toBe(inline);
  });

  test('long lists get columns of the sheet list sheet, shared when identical', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Đơn vị ${i}`);
    const range = { top: 2, left: 1, bottom: 9, right: 1 };
    const { sources, listSheet } = placeLists({
      sheet: 'S',
      mode: 'create',
      values: [],
      formats: [],
      merges: [],
      columnWidths: [],
      validations: [
        { range, list: long },
        { range, list: ['a'] },
        { range, list: ['a,b'] },
        { range, list: long },
      ],
    });
    expect(sources).toEqual([
      { kind: 'range', column: 1, count: 40 },
      { kind: 'inline', items: ['a'] },
      { kind: 'range', column: 2, count: 1 },
      { kind: 'range', column: 1, count: 40 },
    ]);
    expect(listSheet).toEqual({ name: listSheetName('S'), columns: [long, ['a,b']] });
    expect(listRangeRef('L', 2, 40)).toBe("'L'!$B$2:$B$41");
  });
});
