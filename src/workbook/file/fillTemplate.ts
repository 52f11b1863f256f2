import type ExcelJS from 'exceljs';
import type { TemplateFill, TemplateRowChange, TemplateSheetFill } from '../../core/forms/templateFill';
import type { CellRange } from '../../core/grid';
import { movedFormula, movedRow, movedSpan } from '../../core/write/formulaRows';
import { validateTemplateFill } from '../validateTemplateFill';
import { formatCell, mergesOf } from './applyWritePlan';

/** A merged area after a row change, as Excel moves it; null when gone (or left a single cell). */
function movedMerge(m: CellRange, change: TemplateRowChange): CellRange | null {
  const rows = movedSpan(m.top, m.bottom, change);
  if (!rows || (rows[0] === rows[1] && m.left === m.right)) return null;
  return { ...m, top: rows[0], bottom: rows[1] };
}

/** "$A$1:$M$40&&…" with its rows moved; areas whose rows are all deleted drop out. */
function movedAreas(areas: string | undefined, change: TemplateRowChange): string | undefined {
  if (!areas) return areas;
  const moved = areas.split('&&').flatMap((area) => {
    const m = /^(\$?[A-Z]+\$?)(\d+):(\$?[A-Z]+\$?)(\d+)$/i.exec(area.trim());
    if (!m) return [area];
    const range = movedMerge({ top: Number(m[2]), bottom: Number(m[4]), left: 1, right: 2 }, change);
    return range ? [`${m[1]}${range.top}:${m[3]}${range.bottom}`] : [];
  });
  return moved.length > 0 ? moved.join('&&') : undefined;
}

/** "8:9" print title rows, moved. */
function movedTitleRows(rows: string | undefined, change: TemplateRowChange): string | undefined {
  const m = rows ? /^\$?(\d+):\$?(\d+)$/.exec(rows) : null;
  if (!m) return rows;
  const range = movedMerge({ top: Number(m[1]), bottom: Number(m[2]), left: 1, right: 2 }, change);
  return range ? `${range.top}:${range.bottom}` : undefined;
}

/** The last column any row of the sheet uses, so styles of empty bordered cells move too. */
function lastColumn(ws: ExcelJS.Worksheet): number {
  let last = ws.columnCount;
  ws.eachRow({ includeEmpty: true }, (row) => {
    last = Math.max(last, row.cellCount);
  });
  return last;
}

/**
 * Inserts or deletes whole rows as Excel does: cells, styles and heights below move, merged
 * areas move, grow or shrink with them, and so do the print area, print titles and manual
 * page breaks. exceljs' own `spliceRows` moves neither its merge list nor the print setup, so
 * the merges below are taken off first and put back moved.
 */
function changeRows(ws: ExcelJS.Worksheet, change: TemplateRowChange): void {
  const affected = mergesOf(ws).filter((m) => m.bottom >= change.at);
  for (const m of affected) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  const width = lastColumn(ws);
  if (change.kind === 'insert') {
    ws.spliceRows(change.at, 0, ...Array.from({ length: change.count }, () => []));
    const source = ws.findRow(change.formatFrom);
    for (let r = change.at; r < change.at + change.count; r++) {
      const row = ws.getRow(r);
      if (source?.height !== undefined) row.height = source.height;
      for (let c = 1; c <= width; c++) row.getCell(c).style = structuredClone(ws.findCell(change.formatFrom, c)?.style ?? {});
    }
  } else {
    ws.spliceRows(change.at, change.count);
  }
  for (const m of affected) {
    const moved = movedMerge(m, change);
    if (moved) ws.mergeCells(moved.top, moved.left, moved.bottom, moved.right);
  }
  ws.pageSetup.printArea = movedAreas(ws.pageSetup.printArea, change);
  ws.pageSetup.printTitlesRow = movedTitleRows(ws.pageSetup.printTitlesRow, change);
  const breaks = (ws as unknown as { rowBreaks?: { id: number }[] }).rowBreaks ?? [];
  for (const b of breaks) b.id = movedRow(b.id, change) ?? change.at - 1;
}

/** A formula cell as it stood before a row change: its sheet, place, text and cached result. */
interface FormulaSnapshot {
  ws: ExcelJS.Worksheet;
  row: number;
  col: number;
  formula: string;
  result: ExcelJS.CellValue | undefined;
  shared: boolean;
}

/**
 * The formulas of the template's sheets (its formulas refer to its own sheets), read before a row
 * change: a shared formula's cells point at their master's address, which the change moves, so
 * their text must be taken while it still reads.
 */
function formulasOf(sheets: readonly ExcelJS.Worksheet[]): FormulaSnapshot[] {
  const found: FormulaSnapshot[] = [];
  for (const ws of sheets) {
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type !== FORMULA_TYPE) return;
        const formula = cell.formula;
        if (typeof formula !== 'string') return;
        const value = cell.value as object;
        found.push({ ws, row: r, col: c, formula, result: (cell.value as { result?: ExcelJS.CellValue }).result, shared: 'sharedFormula' in value || 'shareType' in value });
      });
    });
  }
  return found;
}

/**
 * The formulas read before a row change of `changed`, written back as Excel rewrites them: at
 * their cells' new places, every reference to `changed` below the change moved. A sheet any of
 * whose formulas changes, or whose shared formulas moved, gets all its formulas written out one
 * by one, so no cell derives from a master that is no longer where it says.
 */
function moveFormulas(before: readonly FormulaSnapshot[], changed: ExcelJS.Worksheet, change: TemplateRowChange): void {
  const shift = { kind: change.kind, at: change.at, count: change.count };
  const rewrite = new Set<ExcelJS.Worksheet>();
  const moved = before.map((f) => {
    const row = f.ws === changed ? movedRow(f.row, change) : f.row;
    const formula = movedFormula(f.formula, { sheet: changed.name, formulaSheet: f.ws.name, shift });
    if (formula !== f.formula || (f.shared && f.ws === changed)) rewrite.add(f.ws);
    return { ...f, row, formula };
  });
  for (const f of moved) {
    if (!rewrite.has(f.ws) || f.row === null) continue;
    f.ws.getRow(f.row).getCell(f.col).value = { formula: f.formula, result: f.result } as ExcelJS.CellFormulaValue;
  }
}

/** exceljs' ValueType.Formula (its enum is not importable as a type-only dependency). */
const FORMULA_TYPE = 6;

function fillSheet(ws: ExcelJS.Worksheet, sf: TemplateSheetFill, filled: readonly ExcelJS.Worksheet[]): void {
  for (const change of sf.rows) {
    const formulas = formulasOf(filled);
    changeRows(ws, change);
    moveFormulas(formulas, ws, change);
  }
  for (const m of sf.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  // A string is assigned as a string: exceljs makes formulas only from { formula } objects.
  for (const c of sf.cells) ws.getRow(c.row).getCell(c.col).value = c.value;
  for (const f of sf.formulas) ws.getRow(f.row).getCell(f.col).value = { formula: f.formula, result: f.result };
  for (const { range, format } of sf.formats) {
    for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) formatCell(ws.getRow(r).getCell(c), format);
  }
}

/**
 * Fills a province's template in an exceljs workbook (the template's own, or one its sheets
 * were copied into): validates the whole fill first (throws `WritePlanError`, nothing
 * written), then per sheet the row changes in order (with the formulas of `formulaSheets`,
 * default every sheet, moved as Excel moves them), the new rows' merges, the cells, the
 * formulas with their results, the formats. Every other cell, sheet, width and print setting
 * stays as it is.
 *
 * @example
 * fillTemplateBook(await template.excelBook(), outcome.fill);
 */
export function fillTemplateBook(book: ExcelJS.Workbook, fill: TemplateFill, options: { formulaSheets?: readonly string[] } = {}): void {
  validateTemplateFill(
    fill,
    book.worksheets.map((ws) => ws.name),
  );
  const sheetOf = (name: string) => book.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase()) as ExcelJS.Worksheet;
  const formulaSheets = options.formulaSheets ? options.formulaSheets.map(sheetOf).filter((ws) => ws !== undefined) : book.worksheets;
  for (const sf of fill.sheets) fillSheet(sheetOf(sf.sheet), sf, formulaSheets);
}

/**
 * Copies sheets of a template workbook into another exceljs workbook under new names, in place
 * of any earlier sheet of that name (the add-in's own copy from a previous run): cells, styles,
 * merges, widths, heights, print setup, views. Pictures and tables stay behind (their parts
 * belong to the template's package).
 *
 * @example
 * copyTemplateSheets(openBook, templateBook, [{ from: 'Biểu 05a', to: 'Mẫu tỉnh II.05a Quý I-2024' }]);
 */
export function copyTemplateSheets(book: ExcelJS.Workbook, template: ExcelJS.Workbook, sheets: readonly { from: string; to: string }[]): void {
  for (const { from, to } of sheets) {
    const source = template.worksheets.find((w) => w.name === from);
    if (!source) throw new Error(`copyTemplateSheets: the template has no sheet "${from}"`);
    const old = book.worksheets.find((w) => w.name.toLowerCase() === to.toLowerCase());
    if (old) book.removeWorksheet(old.id);
    const ws = book.addWorksheet(to);
    const model = structuredClone(source.model) as ExcelJS.WorksheetModel & { rowBreaks?: unknown[]; merges?: string[] };
    // The model's getter calls the merged areas `merges`, its setter reads `mergeCells`.
    ws.model = { ...model, mergeCells: model.merges ?? [], id: ws.id, name: to, media: [], tables: [] } as unknown as ExcelJS.WorksheetModel;
    (ws as unknown as { rowBreaks: unknown[] }).rowBreaks = model.rowBreaks ?? [];
  }
}
