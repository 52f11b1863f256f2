import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../src/core/grid';
import { highlightWritePlan } from '../../src/core/highlight/highlightWritePlan';
import { STATUS_PALETTE } from '../../src/core/highlight/palette';
import { PLAN_SHEET_HEADINGS } from '../../src/core/highlight/planSheetWrite';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { computePlanStatus } from '../../src/core/status/computeStatus';
import { statusText } from '../../src/core/status/labels';
import type { StatusKey } from '../../src/core/status/model';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { buildSeedPlanWorkbook, seedPlanFixture, type SeedLayout } from '../fixtures/seedAppendix';

const AS_OF = '2024-03-10';

function fillOf(ws: ExcelJS.Worksheet, row: number, col: number): string | null {
  const f = ws.getCell(row, col).fill as ExcelJS.FillPattern | undefined;
  return f && f.type === 'pattern' && f.pattern === 'solid' ? `#${(f.fgColor?.argb ?? '').slice(2)}` : null;
}

/** All cells of a grid, as a rectangle, so two reads compare cell by cell. */
function allCells(grid: SheetGrid, rows: number, cols: number): unknown[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => grid.values[r]?.[c] ?? null));
}

describe.each<SeedLayout>(['word', 'pdf'])('the seed plan (%s layout) highlighted as of 10/03/2024', (layout) => {
  const fixture = seedPlanFixture(layout);
  let before: SheetGrid;
  let after: SheetGrid;
  let ws: ExcelJS.Worksheet;
  let sheetNames: string[];
  let ownFirst: number;

  beforeAll(async () => {
    const book = await FileWorkbook.open(await buildSeedPlanWorkbook(layout), `ke-hoach-${layout}.xlsx`);
    const grids = await Promise.all((await book.sheetNames()).map((n) => book.readSheet(n)));
    const { plan } = readPlanTable(grids);
    if (!plan) throw new Error('seed plan not read');
    const status = computePlanStatus(plan, { asOf: AS_OF });
    before = await book.readSheet(plan.sheet);
    const write = highlightWritePlan(plan, status, { asOf: AS_OF, grid: before, statusSheets: { units: ['Văn phòng Sở'] } });
    ownFirst = write.sheets[0].ownColumns?.from ?? 0;
    // Twice: the second run must replace the first and leave the officer's cells as they were.
    await book.apply(write);
    const again = await FileWorkbook.open(await book.save(), 'again.xlsx');
    await again.apply(write);
    const bytes = await again.save();
    const reread = await FileWorkbook.open(bytes, 'out.xlsx');
    after = await reread.readSheet(plan.sheet);
    sheetNames = await reread.sheetNames();
    const xl = new ExcelJS.Workbook();
    await xl.xlsx.load(bytes as unknown as ArrayBuffer);
    ws = xl.getWorksheet(plan.sheet)!;
  });

  test('every original cell is unchanged, merges too', () => {
    const rows = before.values.length;
    const cols = before.values.reduce((w, l) => Math.max(w, l.length), 0);
    expect(ownFirst).toBeGreaterThan(cols);
    expect(allCells(after, rows, cols)).toEqual(allCells(before, rows, cols));
    // The officer's merges are all there; any other merge lies in the add-in's columns.
    const officers = after.merges.filter((m) => m.right < ownFirst);
    expect(officers).toHaveLength(before.merges.length);
    expect(officers).toEqual(expect.arrayContaining(before.merges));
    for (const m of after.merges) if (m.right >= ownFirst) expect(m.left).toBeGreaterThanOrEqual(ownFirst);
  });

  test('status sheets: one for all units and one for the unit asked, once each after two runs', () => {
    expect(sheetNames.filter((n) => n.startsWith('Tiến độ'))).toEqual(['Tiến độ', 'Tiến độ - Văn phòng Sở']);
  });

  const rowsOf = (key: string): [number, number] => {
    const rows = fixture.deliverableRows.get(key);
    if (!rows) throw new Error(`no rows for ${key}`);
    return rows;
  };
  const resultCol = () => fixture.firstColumn + 2;

  test.each<[string, StatusKey]>([
    ['1a', 'overdue'],
    ['7a', 'overdue'],
    ['19a', 'due-soon'],
    ['36a', 'due-soon'],
    ['37a', 'due-soon'],
    ['2a', 'ongoing'],
    ['30b', 'ongoing'],
    ['10a', 'unscheduled'],
  ])('%s carries the %s fill and says it in the status column', (key, status) => {
    const [top] = rowsOf(key);
    expect(fillOf(ws, top, resultCol())).toBe(STATUS_PALETTE[status].fill);
    expect(fillOf(ws, top, fixture.firstColumn + 5)).toBe(STATUS_PALETTE[status].fill);
    expect(ws.getCell(top, ownFirst + 1).value).toBe(statusText(status));
  });

  test('the overdue rows have their due date as a real date; the headings are in the header row', () => {
    const [top] = rowsOf('7a');
    expect(ws.getCell(top, ownFirst).value).toEqual(new Date(Date.UTC(2024, 1, 19)));
    expect(ws.getCell(fixture.headerRows[0], ownFirst).value).toBe(PLAN_SHEET_HEADINGS.nextDue);
    expect(ws.getCell(fixture.headerRows[0], ownFirst + 1).value).toBe(PLAN_SHEET_HEADINGS.status);
  });

  test('section and header rows keep no status fill', () => {
    for (const row of [...fixture.sectionRows.values(), fixture.headerRows[0]]) {
      for (let c = fixture.firstColumn; c < fixture.firstColumn + 6; c++) expect(fillOf(ws, row, c)).toBeNull();
    }
  });
});
