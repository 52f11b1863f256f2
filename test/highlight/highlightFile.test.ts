import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../src/core/grid';
import { highlightWritePlan } from '../../src/core/highlight/highlightWritePlan';
import { STATUS_PALETTE } from '../../src/core/highlight/palette';
import { statusText } from '../../src/core/status/labels';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { handmadeGrid, handmadePlan, handmadeStatus } from './handmadePlan';
import { xlsxOfGrid } from './xlsxOfGrid';

/** Every cell of the original table area (title, header, body), as read back from the file. */
function originalCells(grid: SheetGrid, rows: number, cols: number): unknown[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => grid.values[r]?.[c] ?? null));
}

async function reopen(book: FileWorkbook): Promise<FileWorkbook> {
  return FileWorkbook.open(await book.save(), 'out.xlsx');
}

describe('highlight applied to a real .xlsx through FileWorkbook.apply', () => {
  const plan = handmadePlan();
  const status = handmadeStatus();

  test('every original cell keeps its value and merges; re-running replaces only the add-in’s columns and sheets', async () => {
    const book = await FileWorkbook.open(await xlsxOfGrid(handmadeGrid(), ['Ghi chú']), 'plan.xlsx');
    const before = await book.readSheet('Phụ lục');
    const rows = before.values.length;
    const cols = plan.layout.lastColumn;

    await book.apply(highlightWritePlan(plan, status, { asOf: '2024-03-10', unit: 'Chi cục Thủy sản' }));
    const once = await reopen(book);
    await once.apply(highlightWritePlan(plan, status, { asOf: '2024-03-10' }));
    const twice = await reopen(once);

    const after = await twice.readSheet('Phụ lục');
    expect(originalCells(after, rows, cols)).toEqual(originalCells(before, rows, cols));
    const officers = after.merges.filter((m) => m.right <= cols);
    expect(officers).toEqual(expect.arrayContaining(before.merges));
    expect(officers).toHaveLength(before.merges.length);
    // Two runs leave one set of heading merges in the own columns, not two.
    expect(after.merges.filter((m) => m.left > cols)).toEqual([7, 8, 9].map((col) => ({ top: 3, left: col, bottom: 4, right: col })));
    expect(await twice.readSheet('Ghi chú')).toEqual(await book.readSheet('Ghi chú'));
    // One "Tiến độ", and the unit sheet of the first run is kept (it is the add-in's, replaced only when rebuilt).
    expect(await twice.sheetNames()).toEqual(['Ghi chú', 'Phụ lục', 'Tiến độ', 'Tiến độ - Chi cục Thủy sản']);
    // Own columns now say the all-units view: no leftover unit heading or role.
    expect(after.values[2][7]).toBe('Trạng thái');
    expect(after.values[6][8]).toContain('3 đơn vị khác');
    expect(after.values[9][7]).toBe(statusText('overdue'));
  });

  test('the fills land on the rows, the officer header formatting is kept, section rows untouched', async () => {
    const book = await FileWorkbook.open(await xlsxOfGrid(handmadeGrid()), 'plan.xlsx');
    await book.apply(highlightWritePlan(plan, status, { asOf: '2024-03-10' }));
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await book.save()) as unknown as ArrayBuffer);
    const ws = saved.getWorksheet('Phụ lục')!;
    const fill = (a: string) => {
      const f = ws.getCell(a).fill as ExcelJS.FillPattern | undefined;
      return f && f.pattern === 'solid' ? `#${(f.fgColor?.argb ?? '').slice(2)}` : null;
    };
    expect(fill('C6')).toBe(STATUS_PALETTE.overdue.fill);
    expect(fill('A10')).toBe(STATUS_PALETTE.overdue.fill);
    expect(fill('D7')).toBe(STATUS_PALETTE['due-soon'].fill);
    expect(fill('F8')).toBe(STATUS_PALETTE.ongoing.fill);
    expect(fill('C5')).toBeNull();
    expect(fill('A3')).toBe('#00B0F0');
    expect(ws.getCell('A3').font?.name).toBe('Times New Roman');
    expect(ws.getCell('G6').value).toEqual(new Date(Date.UTC(2024, 1, 29)));
    expect(ws.getCell('G6').numFmt).toBe('dd/mm/yyyy');
  });
});
