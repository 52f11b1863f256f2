import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../src/core/grid';

/** An .xlsx holding one sheet with the grid's values and merges, plus an officer's fill and font. */
export async function xlsxOfGrid(grid: SheetGrid, extraSheets: string[] = []): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const name of extraSheets) book.addWorksheet(name).getCell('A1').value = `Sheet ${name}`;
  const ws = book.addWorksheet(grid.name);
  grid.values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    }),
  );
  for (const m of grid.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  // The officer's own formatting of the header, which highlighting must leave alone.
  ws.getCell(3, 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B0F0' } };
  ws.getCell(3, 1).font = { bold: true, name: 'Times New Roman' };
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}
