import type ExcelJS from 'exceljs';
import { columnLetter, rangeAddress, type CellRange } from '../../core/grid';
import type { CellFormat, PageSetup, SheetWrite, WritePlan } from '../../core/write/writePlan';
import { listRangeRef, listSheetName, placeLists, type ListSource } from '../listSources';
import { mergedIntoOwnColumns } from '../sheetLayoutError';
import { ownRectangle, validateWritePlan } from '../validateWritePlan';
import { cellLookupOf, type SheetCharts } from './xlsxCharts';

/** Number format given to dates the plan leaves unformatted. */
export const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy';
const A4 = 9;

type Ordered = { orderNo: number };
type MergeModel = { top: number; left: number; bottom: number; right: number };

/** The merged areas of an exceljs sheet. */
export function mergesOf(ws: ExcelJS.Worksheet): MergeModel[] {
  const merges = (ws as unknown as { _merges?: Record<string, { model?: MergeModel }> })._merges ?? {};
  return Object.values(merges)
    .map((m) => m?.model)
    .filter((m): m is MergeModel => !!m);
}

function inside(inner: CellRange, outer: CellRange): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function argb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

function eachCell(ws: ExcelJS.Worksheet, r: CellRange, visit: (cell: ExcelJS.Cell) => void): void {
  for (let row = r.top; row <= r.bottom; row++) {
    const line = ws.getRow(row);
    for (let col = r.left; col <= r.right; col++) visit(line.getCell(col));
  }
}

/**
 * Sets one format on a cell. exceljs cell setters (`cell.fill = …`) mutate a style object that
 * loaded cells share with their neighbours, so the whole style is replaced by a new object.
 */
export function formatCell(cell: ExcelJS.Cell, f: CellFormat): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (f.fill !== undefined) {
    style.fill = f.fill === null ? { type: 'pattern', pattern: 'none' } : { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.fill) } };
  }
  if (f.fontName !== undefined || f.fontColor !== undefined || f.bold !== undefined || f.italic !== undefined || f.fontSize !== undefined) {
    const font: Partial<ExcelJS.Font> = { ...(style.font ?? {}) };
    if (f.fontName !== undefined) font.name = f.fontName;
    if (f.fontColor !== undefined) font.color = { argb: argb(f.fontColor) };
    if (f.bold !== undefined) font.bold = f.bold;
    if (f.italic !== undefined) font.italic = f.italic;
    if (f.fontSize !== undefined) font.size = f.fontSize;
    style.font = font;
  }
  if (f.horizontal !== undefined || f.vertical !== undefined || f.wrap !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...(style.alignment ?? {}) };
    if (f.horizontal !== undefined) alignment.horizontal = f.horizontal;
    if (f.vertical !== undefined) alignment.vertical = f.vertical;
    if (f.wrap !== undefined) alignment.wrapText = f.wrap;
    style.alignment = alignment;
  }
  if (f.border === 'thin') {
    const thin = (): Partial<ExcelJS.Border> => ({ style: 'thin' });
    style.border = { top: thin(), left: thin(), bottom: thin(), right: thin() };
  }
  if (f.numberFormat !== undefined) style.numFmt = f.numberFormat;
  cell.style = style;
}

/** Rebuilds (or removes) the very hidden list sheet of one written sheet. */
function writeListSheet(book: ExcelJS.Workbook, sw: SheetWrite): ListSource[] {
  const { sources, listSheet } = placeLists(sw);
  const old = book.worksheets.find((ws) => ws.name.toLowerCase() === listSheetName(sw.sheet).toLowerCase());
  if (old) book.removeWorksheet(old.id);
  if (listSheet) {
    const ws = book.addWorksheet(listSheet.name, { state: 'veryHidden' });
    ws.getCell(1, 1).value = sw.sheet;
    listSheet.columns.forEach((items, c) => items.forEach((item, r) => (ws.getCell(r + 2, c + 1).value = item)));
  }
  return sources;
}

/** The new sheet for a create write, in the tab position of the sheet it replaces. */
function freshSheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const old = book.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
  // exceljs orders tabs by this (untyped) field.
  const orderNo = (old as unknown as Ordered | undefined)?.orderNo;
  if (old) book.removeWorksheet(old.id);
  const ws = book.addWorksheet(name);
  if (orderNo !== undefined) (ws as unknown as Ordered).orderNo = orderNo;
  return ws;
}

/** Empties the own columns of an update: values, styles, merges and drop-downs from a previous run. */
function clearOwn(ws: ExcelJS.Worksheet, own: CellRange): void {
  for (const m of mergesOf(ws)) if (inside(m, own)) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  eachCell(ws, own, (cell) => {
    cell.value = null;
    cell.style = {};
  });
  const dv = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
  for (const address of Object.keys(dv)) {
    const [a, b = a] = address.split(':');
    const r = rangeOfCells(a, b);
    if (r && inside(r, own)) delete dv[address];
  }
}

function rangeOfCells(a: string, b: string): CellRange | null {
  const parse = (s: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(s);
    if (!m) return null;
    const col = m[1].toUpperCase().split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { row: Number(m[2]), col };
  };
  const p = parse(a);
  const q = parse(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

/**
 * exceljs writes the print area as `$<col><row>`, leaving the rows relative (Excel would then
 * move the area with the selection), so the rows get their `$` here.
 */
function absoluteRowsAddress(r: CellRange): string {
  return `${columnLetter(r.left)}$${r.top}:${columnLetter(r.right)}$${r.bottom}`;
}

function setPage(ws: ExcelJS.Worksheet, ps: PageSetup): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4,
    orientation: ps.orientation,
    fitToPage: ps.fitToWidth,
    fitToWidth: ps.fitToWidth ? 1 : undefined,
    fitToHeight: ps.fitToWidth ? 0 : undefined,
    printTitlesRow: ps.printTitleRows ? `${ps.printTitleRows[0]}:${ps.printTitleRows[1]}` : undefined,
    printArea: ps.printArea ? absoluteRowsAddress(ps.printArea) : undefined,
    margins: ps.margins ?? ws.pageSetup.margins,
  } as ExcelJS.PageSetup;
  if (ps.footer !== undefined || ps.header !== undefined) {
    ws.headerFooter = { ...ws.headerFooter, oddFooter: ps.footer, oddHeader: ps.header } as ExcelJS.HeaderFooter;
  }
}

function writeSheet(book: ExcelJS.Workbook, sw: SheetWrite): void {
  let ws: ExcelJS.Worksheet;
  if (sw.mode === 'create') ws = freshSheet(book, sw.sheet);
  else {
    ws = book.getWorksheet(sw.sheet) as ExcelJS.Worksheet;
    clearOwn(ws, ownRectangle(sw) as CellRange);
  }

  for (const block of sw.values) {
    block.values.forEach((line, r) => {
      const row = ws.getRow(block.row + r);
      line.forEach((v, c) => {
        const cell = row.getCell(block.col + c);
        // A string is assigned as a string: exceljs makes formulas only from { formula } objects.
        cell.value = v;
        if (v instanceof Date) formatCell(cell, { numberFormat: DEFAULT_DATE_FORMAT });
      });
    });
  }
  // Formulas come only from the plan's own channel (validated sums), with their results cached.
  for (const f of sw.formulas ?? []) ws.getRow(f.row).getCell(f.col).value = { formula: f.formula, result: f.result };
  for (const { range, format } of sw.formats) eachCell(ws, range, (cell) => formatCell(cell, format));
  for (const m of sw.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const { col, width } of sw.columnWidths) ws.getColumn(col).width = width;
  for (const { row, height } of sw.rowHeights ?? []) ws.getRow(row).height = height;
  if (sw.freeze) {
    const { rows, cols } = sw.freeze;
    ws.views = rows || cols ? [{ state: 'frozen', xSplit: cols, ySplit: rows }] : [{ state: 'normal' }];
  }
  if (sw.pageSetup) setPage(ws, sw.pageSetup);
  // exceljs breaks after the row it is given: a page that starts at row r breaks after r - 1.
  for (const row of sw.rowBreaks ?? []) ws.getRow(row - 1).addPageBreak();
  const lists = writeListSheet(book, sw);
  (sw.validations ?? []).forEach((v, i) => {
    const source = lists[i];
    const formula = source.kind === 'inline' ? `"${source.items.join(',')}"` : listRangeRef(listSheetName(sw.sheet), source.column, source.count);
    const address = rangeAddress(v.range);
    (ws as unknown as { dataValidations: { add(address: string, dv: ExcelJS.DataValidation): void } }).dataValidations.add(address, {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Giá trị không hợp lệ',
      error: 'Hãy chọn một giá trị trong danh sách.',
    });
  });
  if (sw.tabColor) ws.properties.tabColor = { argb: argb(sw.tabColor) };
}

/** Charts of each workbook's sheets, by lower-case sheet name: exceljs keeps none, the save adds them. */
const CHARTS = new WeakMap<ExcelJS.Workbook, Map<string, SheetCharts>>();

/**
 * The charts the write plans applied to `book` put on its sheets, for the save to add to the
 * .xlsx (`addChartsToXlsx`): a sheet rebuilt without charts, or gone, has none.
 *
 * @example
 * addChartsToXlsx(await book.xlsx.writeBuffer(), chartsOf(book))
 */
export function chartsOf(book: ExcelJS.Workbook): SheetCharts[] {
  const names = new Set(book.worksheets.map((ws) => ws.name.toLowerCase()));
  return [...(CHARTS.get(book)?.values() ?? [])].filter((c) => names.has(c.sheet.toLowerCase()));
}

function recordCharts(book: ExcelJS.Workbook, sw: SheetWrite): void {
  if (sw.mode !== 'create') return;
  let charts = CHARTS.get(book);
  if (!charts) CHARTS.set(book, (charts = new Map()));
  if (sw.charts?.length) charts.set(sw.sheet.toLowerCase(), { sheet: sw.sheet, charts: sw.charts, cell: cellLookupOf(sw.values) });
  else charts.delete(sw.sheet.toLowerCase());
}

/** Checks, before any write, what only the file can tell: merges reaching into own columns. */
function checkAgainstWorkbook(book: ExcelJS.Workbook, plan: WritePlan): void {
  for (const sw of plan.sheets) {
    if (sw.mode !== 'update') continue;
    const ws = book.getWorksheet(sw.sheet) as ExcelJS.Worksheet;
    const own = ownRectangle(sw) as CellRange;
    // The officer's layout, not our plan: a Vietnamese sentence saying what to change.
    const reaching = mergesOf(ws).filter((m) => overlaps(m, own) && !inside(m, own));
    if (reaching.length > 0) throw mergedIntoOwnColumns(sw.sheet, reaching, own);
  }
}

/**
 * Applies a write plan to an exceljs workbook. Validates the whole plan first and throws
 * `WritePlanError` before writing anything when it is wrong. `create` sheets replace any
 * earlier sheet of that name in its tab position; `update` sheets get their own columns
 * cleared (values, styles, merges, drop-downs) and rewritten, plus fills on other cells.
 * Long drop-down lists go to the sheet's very hidden list sheet ({@link listSheetName}).
 * exceljs writes no charts: a sheet's charts are kept for the save ({@link chartsOf}).
 *
 * @example
 * applyWritePlan(book, { sheets: [{ sheet: 'Tiến độ', mode: 'create', values: [{ row: 1, col: 1, values: [['=1+1']] }],
 *   formats: [], merges: [], columnWidths: [] }] }) // A1 holds the text "=1+1"
 */
export function applyWritePlan(book: ExcelJS.Workbook, plan: WritePlan): void {
  validateWritePlan(
    plan,
    book.worksheets.map((ws) => ws.name),
  );
  checkAgainstWorkbook(book, plan);
  for (const sw of plan.sheets) {
    writeSheet(book, sw);
    recordCharts(book, sw);
  }
  if (plan.activate) {
    const visible = book.worksheets;
    const index = visible.findIndex((ws) => ws.name.toLowerCase() === plan.activate?.toLowerCase());
    if (index >= 0) {
      book.views = [{ x: 0, y: 0, width: 12000, height: 8000, firstSheet: 0, activeTab: index, visibility: 'visible' }];
      visible.forEach((ws, i) => {
        // A sheet loaded from a file without <sheetViews> has views null.
        const views = ws.views ?? [];
        const view = views[0] ?? {};
        ws.views = [{ ...view, tabSelected: i === index } as unknown as ExcelJS.WorksheetView, ...views.slice(1)];
      });
    }
  }
}
