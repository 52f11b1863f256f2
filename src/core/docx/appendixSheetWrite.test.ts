import { EXCEL_MAX_TEXT } from '../grid';
import { appendixSheetWritePlan, excelWidthOfTwips, freeSheetName } from './appendixSheetWrite';
import type { WordPlanSheet } from './wordPlanSheet';

const sheet: WordPlanSheet = {
  grid: {
    name: 'Phụ lục',
    values: [['KẾ HOẠCH\nKiểm soát TTHC năm 2025'], [], ['STT', 'Nội dung', 'Chủ trì'], ['1', '=HYPERLINK("x")', 'Văn phòng Sở'], [null, null, 'Chi cục']],
    merges: [{ top: 4, left: 1, bottom: 5, right: 1 }, { top: 4, left: 2, bottom: 5, right: 2 }],
  },
  heading: { issuer: null, kind: 'KẾ HOẠCH', title: 'Kiểm soát TTHC năm 2025', number: null, date: null },
  table: { top: 3, bottom: 5, columns: 3, widths: [600, 5000, 0], repeatedHeaderRows: [3] },
  tablesJoined: 1,
  findings: [],
};

describe('the "Phụ lục" sheet written from a Word table', () => {
  test('one new sheet: the grid as text, the merges, borders and wrap on the table, bold header, widths from the grid', () => {
    const plan = appendixSheetWritePlan(sheet, { name: 'Phụ lục (2)' });
    expect(plan.sheets).toHaveLength(1);
    const sw = plan.sheets[0];
    expect(sw).toMatchObject({ sheet: 'Phụ lục (2)', mode: 'create' });
    expect(plan.activate).toBe('Phụ lục (2)');
    expect(sw.values).toEqual([{ row: 1, col: 1, values: [['KẾ HOẠCH\nKiểm soát TTHC năm 2025', null, null], [null, null, null], ['STT', 'Nội dung', 'Chủ trì'], ['1', '=HYPERLINK("x")', 'Văn phòng Sở'], [null, null, 'Chi cục']] }]);
    // Text that looks like a formula stays text: a write plan never carries a formula it was not built with.
    expect(sw.formulas).toBeUndefined();
    expect(sw.merges).toEqual(sheet.grid.merges);
    expect(sw.formats).toEqual([
      { range: { top: 3, left: 1, bottom: 5, right: 3 }, format: { border: 'thin', wrap: true, vertical: 'top' } },
      { range: { top: 3, left: 1, bottom: 3, right: 3 }, format: { bold: true, horizontal: 'center', vertical: 'middle' } },
    ]);
    expect(sw.columnWidths).toEqual([{ col: 1, width: 5 }, { col: 2, width: 46.9 }, { col: 3, width: 14 }]);
    expect(sw.pageSetup).toMatchObject({ orientation: 'landscape', printTitleRows: [3, 3] });
  });

  test('rows tall enough for wrapped text; a cell merged down over short rows makes the last one taller', () => {
    const long = 'Rà soát, đơn giản hóa thủ tục hành chính nội bộ '.repeat(4).trim();
    const tall = { ...sheet, grid: { ...sheet.grid, values: sheet.grid.values.map((l, i) => (i === 3 ? ['1', long, 'Văn phòng Sở'] : l)) } };
    const heights = appendixSheetWritePlan(tall, { name: 'Phụ lục' }).sheets[0].rowHeights;
    // Column B is 46.9 characters wide: the 195-character text needs 5 lines over rows 4–5.
    expect(heights).toEqual([{ row: 3, height: 15 }, { row: 4, height: 15 }, { row: 5, height: 60 }]);
  });

  test('a cell longer than Excel holds is cut to 32 767 characters ending in "…", as fitToExcel cuts it', () => {
    const long = 'x'.repeat(40_000);
    const big = { ...sheet, grid: { ...sheet.grid, values: sheet.grid.values.map((l, i) => (i === 3 ? ['1', long, 'Văn phòng Sở'] : l)) } };
    const written = appendixSheetWritePlan(big, { name: 'Phụ lục' }).sheets[0].values[0].values[3][1] as string;
    expect(written).toHaveLength(EXCEL_MAX_TEXT);
    expect(written.endsWith('x…')).toBe(true);
  });

  test.each([
    [1500, 13.6],
    [0, 14],
    [100, 3],
    [200_000, 120],
  ])('%i twips is an Excel width of %d', (twips, width) => {
    expect(excelWidthOfTwips(twips)).toBe(width);
  });

  test('the sheet name is made unique, without case', () => {
    expect(freeSheetName(['Kế hoạch'])).toBe('Phụ lục');
    expect(freeSheetName(['PHỤ LỤC', 'phụ lục (2)'])).toBe('Phụ lục (3)');
  });
});
