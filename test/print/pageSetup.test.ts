import { consolidateForms } from '../../src/core/consolidate/consolidateForms';
import { consolidationWritePlan } from '../../src/core/consolidate/consolidationWritePlan';
import { CHECK_SHEET } from '../../src/core/consolidate/checkSheet';
import { computeForms } from '../../src/core/forms/computeForms';
import { formsWritePlan } from '../../src/core/forms/formsWritePlan';
import { highlightWritePlan } from '../../src/core/highlight/highlightWritePlan';
import { initWritePlan } from '../../src/core/init/initWritePlan';
import { parsePeriodCode } from '../../src/core/periods/periods';
import { DEFAULT_UNIT_DIRECTORY } from '../../src/core/units/directory';
import type { SheetWrite } from '../../src/core/write/writePlan';
import { handmadePlan, handmadeStatus } from '../highlight/handmadePlan';
import { gridsOfBytes, unitWorkbookBytes } from '../fixtures/unitForms';
import { GOOD_SPECS } from '../fixtures/unitFormsSet';

/**
 * Issue 14: every sheet the add-in writes or colours prints the same way — A4, fitted to one
 * page wide, landscape where the columns are wide, its header rows repeated, page numbers in
 * the footer's centre section (`&C`, which Excel, LibreOffice and openpyxl all read).
 */
const Q1 = parsePeriodCode('2024-Q1')!;

async function everySheet(): Promise<SheetWrite[]> {
  const plan = handmadePlan();
  const status = handmadeStatus();
  const highlight = highlightWritePlan(plan, status, { asOf: status.asOf, statusSheets: { units: ['Chi cục Thủy sản'] } }).sheets;
  const init = initWritePlan(plan, DEFAULT_UNIT_DIRECTORY, { year: 2024 }).sheets;
  const forms = formsWritePlan(computeForms([], Q1), { unit: 'Chi cục Thủy sản', period: Q1 }).sheets;
  const inputs = [];
  for (const [file, spec] of Object.entries(GOOD_SPECS)) inputs.push({ file, grids: await gridsOfBytes(await unitWorkbookBytes(spec)) });
  const department = consolidationWritePlan(consolidateForms(inputs, { period: Q1 })).sheets;
  return [...highlight, ...init, ...forms, ...department];
}

describe('every sheet the add-in writes or colours prints on A4, one page wide', () => {
  let sheets: SheetWrite[];
  beforeAll(async () => {
    sheets = await everySheet();
  });

  test('the sheets covered: plan, status, directory, tracking, forms, department forms, check sheet', () => {
    expect(sheets.map((s) => s.sheet)).toEqual([
      'Phụ lục',
      'Tiến độ',
      'Tiến độ - Chi cục Thủy sản',
      'Danh mục đơn vị',
      'Theo dõi thực hiện',
      'II.05a Quý I-2024',
      'II.06a Quý I-2024',
      'Tổng hợp II.05a Quý I-2024',
      'Tổng hợp II.06a Quý I-2024',
      CHECK_SHEET,
    ]);
  });

  test.each(['A4, fitted to one page wide', 'header rows repeated', 'footer in the centre section'])('%s', (rule) => {
    for (const s of sheets) {
      const page = s.pageSetup;
      if (rule.startsWith('A4')) expect([s.sheet, page?.paper, page?.fitToWidth]).toEqual([s.sheet, 'A4', true]);
      if (rule.startsWith('header')) expect([s.sheet, Array.isArray(page?.printTitleRows)]).toEqual([s.sheet, true]);
      if (rule.startsWith('footer')) expect([s.sheet, page?.footer]).toEqual([s.sheet, expect.stringMatching(/^&CTrang &P\/&N/)]);
    }
  });

  test('landscape where wide: the plan, status sheets and forms; portrait for narrow lists', () => {
    const orientation = Object.fromEntries(sheets.map((s) => [s.sheet, s.pageSetup?.orientation]));
    for (const name of ['Phụ lục', 'Tiến độ', 'II.05a Quý I-2024', 'Tổng hợp II.06a Quý I-2024']) expect([name, orientation[name]]).toEqual([name, 'landscape']);
    const widths = (s: SheetWrite) => s.columnWidths.reduce((t, c) => t + c.width, 0);
    for (const s of sheets.filter((x) => x.pageSetup?.orientation === 'portrait')) expect([s.sheet, widths(s) <= 110]).toEqual([s.sheet, true]);
  });

  test('"Kiểm tra tổng hợp": one font over the whole sheet; an empty column stays narrow', () => {
    const check = sheets.find((s) => s.sheet === CHECK_SHEET)!;
    const fonts = new Set(check.formats.map((f) => f.format.fontName).filter(Boolean));
    expect([...fonts]).toEqual(['Times New Roman']);
    const lastRow = check.values[0].values.length;
    expect(check.formats[0]).toMatchObject({ range: { top: 1, left: 1, bottom: lastRow, right: 7 }, format: { fontName: 'Times New Roman' } });
    // No file was rejected and none has a warning: "Lý do từ chối" and "Cảnh báo" take little room.
    const width = (col: number) => check.columnWidths.find((c) => c.col === col)?.width;
    expect(width(6)).toBe(12);
    expect(width(7)).toBe(12);
  });
});
