/**
 * A template's own formulas when a fill inserts rows (SPEC §14), in a file: shared formulas (what
 * Excel saves for a formula filled right or down) included. Their cells are written out one by
 * one at their new places, each referring to the same cells as before, and the file saves.
 */
import ExcelJS from 'exceljs';
import type { TemplateFill, TemplateRowChange } from '../../src/core/forms/templateFill';
import { fillTemplateBook } from '../../src/workbook/file/fillTemplate';

/** A workbook as Excel saves it: the sheet written, then loaded back (shared formulas as exceljs reads them). */
async function saved(build: (ws: ExcelJS.Worksheet) => void): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Biểu'));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return book;
}

const fillWith = (rows: TemplateRowChange[]): TemplateFill => ({ sheets: [{ sheet: 'Biểu', forms: [], rows, merges: [], cells: [], formulas: [], formats: [] }], findings: [] });

const formulas = (ws: ExcelJS.Worksheet) => {
  const out: Record<string, string> = {};
  ws.eachRow((row) => row.eachCell((cell) => {
    if (cell.type === ExcelJS.ValueType.Formula) out[cell.address] = cell.formula;
  }));
  return out;
};

test('a total row filled right (a shared formula) moves below inserted rows and still sums its column', async () => {
  const book = await saved((ws) => {
    for (let r = 10; r <= 19; r++) for (let c = 3; c <= 5; c++) ws.getCell(r, c).value = 1;
    ws.getCell('C20').value = { formula: 'SUM(C10:C19)', shareType: 'shared', ref: 'C20:E20', result: 10 } as ExcelJS.CellFormulaValue;
    ws.getCell('D20').value = { sharedFormula: 'C20', result: 10 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('E20').value = { sharedFormula: 'C20', result: 10 } as ExcelJS.CellSharedFormulaValue;
  });
  fillTemplateBook(book, fillWith([{ kind: 'insert', at: 15, count: 3, formatFrom: 14 }]));
  expect(formulas(book.getWorksheet('Biểu')!)).toEqual({ C23: 'SUM(C10:C22)', D23: 'SUM(D10:D22)', E23: 'SUM(E10:E22)' });
  await expect(book.xlsx.writeBuffer()).resolves.toBeDefined();
});

test('a formula filled down across the inserted rows keeps referring to its own row', async () => {
  const book = await saved((ws) => {
    for (let r = 3; r <= 6; r++) ws.getCell(r, 1).value = r;
    ws.getCell('B3').value = { formula: 'A3*2+$A$10', shareType: 'shared', ref: 'B3:B6', result: 6 } as ExcelJS.CellFormulaValue;
    for (let r = 4; r <= 6; r++) ws.getCell(r, 2).value = { sharedFormula: 'B3', result: r * 2 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('D12').value = { formula: 'SUM(A3:A8)', result: 18 };
  });
  fillTemplateBook(book, fillWith([{ kind: 'insert', at: 5, count: 3, formatFrom: 4 }]));
  expect(formulas(book.getWorksheet('Biểu')!)).toEqual({ B3: 'A3*2+$A$13', B4: 'A4*2+$A$13', B8: 'A8*2+$A$13', B9: 'A9*2+$A$13', D15: 'SUM(A3:A11)' });
  await expect(book.xlsx.writeBuffer()).resolves.toBeDefined();
});
