import type { SheetWrite } from './writePlan';
import { EXCEL_MAX_ROW_HEIGHT, EXCEL_MAX_TEXT } from '../grid';
import { fitToExcel } from './fitToExcel';

const sheet = (over: Partial<SheetWrite>): SheetWrite => ({ sheet: 'S', mode: 'create', values: [], formats: [], merges: [], columnWidths: [], ...over });

describe('fitToExcel', () => {
  test.each([
    ['text of exactly the limit stays', EXCEL_MAX_TEXT, EXCEL_MAX_TEXT, 0],
    ['40 000 characters are cut to the limit, ending in …', 40_000, EXCEL_MAX_TEXT, 1],
    ['short text stays', 10, 10, 0],
  ])('%s', (_, length, expected, cuts) => {
    const plan = { sheets: [sheet({ values: [{ row: 3, col: 2, values: [[1, 'x'.repeat(length)]] }] })] };
    const { plan: fitted, clipped } = fitToExcel(plan);
    const text = fitted.sheets[0].values[0].values[0][1] as string;
    expect(text.length).toBe(expected);
    expect(clipped).toEqual(cuts ? [{ sheet: 'S', row: 3, col: 3, length }] : []);
    if (cuts) expect(text.endsWith('…')).toBe(true);
    expect((plan.sheets[0].values[0].values[0][1] as string).length).toBe(length); // input untouched
  });

  test('row heights over 409 points are capped, others kept', () => {
    const { plan } = fitToExcel({ sheets: [sheet({ rowHeights: [{ row: 1, height: 20_014 }, { row: 2, height: 30 }] })] });
    expect(plan.sheets[0].rowHeights).toEqual([{ row: 1, height: EXCEL_MAX_ROW_HEIGHT }, { row: 2, height: 30 }]);
  });

  test('a plan that fits comes back as it was', () => {
    const sw = sheet({ values: [{ row: 1, col: 1, values: [['a', null, 3]] }], rowHeights: [{ row: 1, height: 15 }] });
    expect(fitToExcel({ sheets: [sw] }).plan.sheets[0]).toBe(sw);
  });
});
