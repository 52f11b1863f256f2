import { columnLetter, rangeAddress, type CellRange, type SheetGrid } from '../../core/grid';
import type { CellFormat, ChartWrite, PageSetup, SheetWrite, WritePlan } from '../../core/write/writePlan';
import { isListSheet } from '../listSources';
import { checkSetting, isSettingsSheet } from '../settingsSheet';
import { mergedIntoOwnColumns, SheetLayoutError } from '../sheetLayoutError';
import { ownRectangle, validateWritePlan, WritePlanError } from '../validateWritePlan';
import type { TemplateFill } from '../../core/forms/templateFill';
import type { TemplateSheets, Workbook } from '../workbook';
import { NOT_ABOUT_SIZE, queueMergedAreasTouching, smallerMergeSlice } from './mergedAreas';
import { toOfficeOperationError } from './officeErrors';
import { queueDate1904Probe, readSheetInBlocks, READ_LIMITS, type ReadLimits } from './readSheetInBlocks';
import { fillTemplateInExcel } from './templateInExcel';
import { planWriteOps, splitIntoRequests, TEMP_SHEET_PREFIX, type ExistingSheet, type WriteOp } from './writeOps';

/** Runs one batch against Excel: `Excel.run` in the add-in, a recording fake in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** What the last `apply` sent: the estimated bytes of each write request (one sync each). */
export interface RequestStats {
  requestBytes: number[];
}

export interface OfficeWorkbookOptions {
  run?: ExcelRun;
  /** Largest write request; Excel on the web refuses requests over 5 MB. */
  maxRequestBytes?: number;
  /** Sizes of the read requests (tests make them small). */
  readLimits?: ReadLimits;
}

/** Default write request limit: well under Excel on the web's 5 MB payload limit. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;
const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

function inside(inner: CellRange, outer: CellRange): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * Splits an Excel header/footer string into its sections: `&L…&C…&R…`; text before any
 * section code is centred, as in Excel.
 *
 * @example
 * headerFooterSections('&LNgày 10/03/2024&RTrang &P/&N') // { left: 'Ngày 10/03/2024', center: '', right: 'Trang &P/&N' }
 */
export function headerFooterSections(text: string): { left: string; center: string; right: string } {
  const out = { left: '', center: '', right: '' };
  let section: keyof typeof out = 'center';
  let i = 0;
  while (i < text.length) {
    const two = text.slice(i, i + 2);
    if (two === '&L' || two === '&C' || two === '&R') {
      section = two === '&L' ? 'left' : two === '&C' ? 'center' : 'right';
      i += 2;
    } else if (two === '&&') {
      out[section] += two;
      i += 2;
    } else {
      out[section] += text[i];
      i += 1;
    }
  }
  return out;
}

function applyFormat(format: Excel.RangeFormat, f: CellFormat): void {
  if (f.fill === null) format.fill.clear();
  else if (f.fill !== undefined) format.fill.color = f.fill;
  if (f.fontName !== undefined) format.font.name = f.fontName;
  if (f.fontColor !== undefined) format.font.color = f.fontColor;
  if (f.bold !== undefined) format.font.bold = f.bold;
  if (f.italic !== undefined) format.font.italic = f.italic;
  if (f.fontSize !== undefined) format.font.size = f.fontSize;
  if (f.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[f.horizontal];
  if (f.vertical !== undefined) format.verticalAlignment = VERTICAL[f.vertical];
  if (f.wrap !== undefined) format.wrapText = f.wrap;
  if (f.border === 'thin') {
    for (const edge of BORDER_EDGES) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  }
}

function applyPageSetup(layout: Excel.PageLayout, ps: PageSetup, pagesTall: number): void {
  layout.orientation = ps.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  // One page wide; pages tall only as a bound the height never reaches (see pagesTallBound):
  // the documented values are page counts, null only "if percentage scale is used".
  if (ps.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: pagesTall };
  if (ps.printTitleRows) layout.setPrintTitleRows(`$${ps.printTitleRows[0]}:$${ps.printTitleRows[1]}`);
  if (ps.printArea) layout.setPrintArea(rangeAddress(ps.printArea));
  if (ps.margins) {
    const points = (inches: number) => inches * 72;
    layout.leftMargin = points(ps.margins.left);
    layout.rightMargin = points(ps.margins.right);
    layout.topMargin = points(ps.margins.top);
    layout.bottomMargin = points(ps.margins.bottom);
    layout.headerMargin = points(ps.margins.header);
    layout.footerMargin = points(ps.margins.footer);
  }
  const pages = layout.headersFooters.defaultForAllPages;
  if (ps.header !== undefined) {
    const h = headerFooterSections(ps.header);
    pages.leftHeader = h.left;
    pages.centerHeader = h.center;
    pages.rightHeader = h.right;
  }
  if (ps.footer !== undefined) {
    const f = headerFooterSections(ps.footer);
    pages.leftFooter = f.left;
    pages.centerFooter = f.center;
    pages.rightFooter = f.right;
  }
}

/** Outline of every bar, so parts stay apart on a black-and-white print. */
export const CHART_BAR_OUTLINE = '#404040';
/** Space between bars, as a share of a bar's thickness (%). */
export const CHART_GAP_WIDTH = 60;

/**
 * Queues a native chart (ExcelApi 1.1: charts.add, setPosition, title, legend, fill; 1.7:
 * series.add, setValues, setXAxisValues, hasDataLabels, reversePlotOrder, gapWidth, line
 * weight; 1.8: series.dataLabels with numberFormat, axis position), all within the manifest's ExcelApi 1.13. Each series takes its values and the
 * categories explicitly, so Excel's guess of headers in the source range plays no part.
 */
function queueChart(ws: Excel.Worksheet, c: ChartWrite): void {
  const chart = ws.charts.add('BarStacked', ws.getRange(rangeAddress(c.series[0].values)), 'Columns');
  chart.setPosition(ws.getRange(rangeAddress({ ...c.anchor, bottom: c.anchor.top, right: c.anchor.left })), ws.getRange(rangeAddress({ ...c.anchor, top: c.anchor.bottom, left: c.anchor.right })));
  chart.title.text = c.title;
  chart.legend.visible = true;
  chart.legend.position = 'Bottom';
  if (c.fontName) chart.format.font.name = c.fontName;
  // Bars top to bottom in the table's order (a bar chart draws its first category at the bottom).
  chart.axes.categoryAxis.reversePlotOrder = true;
  // …and the value axis stays under the bars (ExcelApi 1.8: it crosses at the last category).
  chart.axes.categoryAxis.position = 'Maximum';
  const categories = ws.getRange(rangeAddress(c.categories));
  c.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i > 0) series.setValues(ws.getRange(rangeAddress(s.values)));
    series.name = s.name;
    series.setXAxisValues(categories);
    series.gapWidth = CHART_GAP_WIDTH;
    series.format.fill.setSolidColor(s.fill);
    series.format.line.color = CHART_BAR_OUTLINE;
    series.format.line.weight = 0.75;
    series.hasDataLabels = true;
    series.dataLabels.showValue = true;
    series.dataLabels.numberFormat = s.labelFormat;
  });
}

/** Queues the Excel API calls of one op. No reads, no sync: the caller syncs once a request. */
function queueOp(context: Excel.RequestContext, sheets: Map<string, Excel.Worksheet>, op: WriteOp): void {
  const worksheets = context.workbook.worksheets;
  const sheet = (ref: string): Excel.Worksheet => {
    let ws = sheets.get(ref);
    if (!ws) {
      ws = worksheets.getItem(ref.slice(ref.indexOf(':') + 1));
      sheets.set(ref, ws);
    }
    return ws;
  };
  switch (op.kind) {
    case 'deleteSheet': {
      const ws = worksheets.getItem(op.name);
      // Excel refuses to delete a very hidden sheet.
      if (op.veryHidden) ws.visibility = 'Hidden';
      ws.delete();
      break;
    }
    case 'addSheet': {
      const ws = worksheets.add(op.name);
      if (op.veryHidden) ws.visibility = 'VeryHidden';
      sheets.set(op.ref, ws);
      break;
    }
    case 'clearSheet':
      sheet(op.ref).getRange().clear('All');
      break;
    case 'clearRange': {
      const range = sheet(op.ref).getRange(op.address);
      range.unmerge();
      range.clear('All');
      range.dataValidation.clear();
      break;
    }
    case 'values': {
      const range = sheet(op.ref).getRange(op.address);
      // Text cells are formatted "@" before their values arrive, so "=…" stays text.
      range.numberFormat = op.numberFormat;
      range.values = op.values;
      break;
    }
    case 'formulas': {
      const range = sheet(op.ref).getRange(op.address);
      // A formula cell must not be text-formatted ("@"), or Excel keeps the formula as text.
      range.numberFormat = op.formulas.map((line) => line.map(() => 'General'));
      range.formulas = op.formulas;
      break;
    }
    case 'format':
      applyFormat(sheet(op.ref).getRanges(op.addresses).format, op.format);
      break;
    case 'numberFormat':
      sheet(op.ref).getRange(op.address).numberFormat = op.numberFormat;
      break;
    case 'merge':
      sheet(op.ref).getRange(op.address).merge(false);
      break;
    case 'columnWidth':
      sheet(op.ref).getRange(op.address).format.columnWidth = op.points;
      break;
    case 'rowHeight':
      sheet(op.ref).getRange(op.address).format.rowHeight = op.points;
      break;
    case 'freeze': {
      const ws = sheet(op.ref);
      ws.freezePanes.unfreeze();
      if (op.rows > 0 && op.cols > 0) ws.freezePanes.freezeAt(ws.getRange(`A1:${columnLetter(op.cols)}${op.rows}`));
      else if (op.rows > 0) ws.freezePanes.freezeRows(op.rows);
      else if (op.cols > 0) ws.freezePanes.freezeColumns(op.cols);
      break;
    }
    case 'pageLayout':
      applyPageSetup(sheet(op.ref).pageLayout, op.setup, op.pagesTall);
      break;
    case 'rowBreak':
      // ExcelApi 1.9: a manual break before the range's top row.
      sheet(op.ref).horizontalPageBreaks.add(op.address);
      break;
    case 'validation': {
      const validation = sheet(op.ref).getRange(op.address).dataValidation;
      validation.clear();
      validation.rule = { list: { inCellDropDown: true, source: op.source } };
      validation.errorAlert = { showAlert: true, style: 'Stop', title: 'Giá trị không hợp lệ', message: 'Hãy chọn một giá trị trong danh sách.' };
      break;
    }
    case 'tabColor':
      sheet(op.ref).tabColor = op.color;
      break;
    case 'chart':
      queueChart(sheet(op.ref), op.chart);
      break;
    case 'rename': {
      const ws = sheet(op.ref);
      ws.name = op.name;
      if (op.position !== null) ws.position = op.position;
      break;
    }
    case 'activate':
      sheet(op.ref).activate();
      break;
  }
}

/**
 * Whether a plan's write leaves formulas to calculate: its own formulas (form totals), or cells
 * of the officer's sheet that the officer's formulas may read (update mode).
 */
function needsRecalculation(plan: WritePlan): boolean {
  return plan.sheets.some((sw) => sw.mode === 'update' || (sw.formulas?.length ?? 0) > 0);
}

/**
 * The last sync of `apply`, when there is something to finish: the recalculation the suspended
 * requests left to us, and the "fit to one page wide" settings read back. Resolves to a
 * Vietnamese note per sheet whose setting Excel did not take.
 */
async function finishWrite(context: Excel.RequestContext, plan: WritePlan): Promise<string[]> {
  const recalc = needsRecalculation(plan);
  const fitted = plan.sheets.filter((sw) => sw.pageSetup?.fitToWidth);
  if (!recalc && fitted.length === 0) return [];
  // The requests suspended API calculation: "it is the developer's responsibility to re-calc
  // the workbook" (ExcelApi 1.6), so the totals and the officer's formulas over the written
  // cells show their results now, not after the officer's next edit.
  if (recalc) context.application.calculate('Recalculate');
  // office-js issue 1860: Excel on Windows has ignored fit-to-pages unless the Page Layout tab
  // had been shown; what it kept is read back, never assumed.
  const layouts = fitted.map((sw) => {
    const layout = context.workbook.worksheets.getItem(sw.sheet).pageLayout;
    layout.load('zoom');
    return { sheet: sw.sheet, layout };
  });
  await context.sync();
  return layouts.filter(({ layout }) => layout.zoom?.horizontalFitToPages !== 1).map(({ sheet }) => fitToWidthNotTaken(sheet));
}

/** The note for a sheet whose "fit to one page wide" Excel did not take. */
export function fitToWidthNotTaken(sheet: string): string {
  return `Excel chưa nhận thiết lập in vừa một trang theo chiều ngang của trang tính "${sheet}". Trước khi in, hãy mở thẻ Bố trí Trang và đặt Chiều rộng: 1 trang, Chiều cao: Tự động (hoặc mở thẻ Bố trí Trang rồi chạy lại thao tác này).`;
}

/**
 * The first sync of `apply`: the sheets (names, tab positions, visibility), the date system, and
 * for each update sheet the merged areas that can touch its own columns (asked from A1, see
 * {@link queueMergedAreasTouching}). More than 512 merged areas in one query fail with no code
 * Excel documents, so any failure (but one of {@link NOT_ABOUT_SIZE}) while a slice could be
 * smaller is retried with slices half as tall; a missing update sheet becomes the plan error
 * that names it.
 */
async function readBeforeWrite(
  context: Excel.RequestContext,
  plan: WritePlan,
  updates: SheetWrite[],
): Promise<{ existing: ExistingSheet[]; date1904: boolean; merges: CellRange[][] }> {
  const areas = updates.map((sw) => ownRectangle(sw) as CellRange);
  let sliceRows = Number.POSITIVE_INFINITY;
  for (;;) {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name, items/position, items/visibility');
    const date1904 = queueDate1904Probe(context);
    const probes = updates.map((sw, i) => queueMergedAreasTouching(worksheets.getItem(sw.sheet), areas[i], sliceRows));
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync; again only with smaller merged-area slices after a failure.
      await context.sync();
    } catch (err) {
      if ((err as { code?: string })?.code === 'ItemNotFound') {
        // An update sheet is missing: read the names alone so the plan error can say which.
        worksheets.load('items/name');
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- once, then the loop ends by throwing.
        await context.sync();
        validateWritePlan(
          plan,
          worksheets.items.map((ws) => ws.name),
        );
        throw err;
      }
      const smaller = areas.map((a) => smallerMergeSlice(a, sliceRows)).filter((n): n is number => n !== null);
      if (smaller.length === 0 || NOT_ABOUT_SIZE.has((err as { code?: string })?.code ?? '')) throw err;
      sliceRows = Math.max(...smaller);
      continue;
    }
    const existing: ExistingSheet[] = worksheets.items.map((ws) => ({ name: ws.name, position: ws.position, visibility: ws.visibility }));
    return { existing, date1904: date1904.value, merges: probes.map((p) => p.ranges()) };
  }
}

/**
 * The Excel workbook the add-in runs in, through Office.js: one `Excel.run` per operation.
 * Errors from Excel arrive as `OfficeOperationError` (Vietnamese `message`, Office `code`).
 *
 * @example
 * const book = new OfficeWorkbook();
 * const grid = await book.readSheet('Kế hoạch'); // two syncs up to 1 000 rows, about one more per 5 000
 * await book.apply(plan); // two syncs for 10 000 rows
 */
export class OfficeWorkbook implements Workbook {
  /** Write request sizes of the last `apply` (for tests and the benchmark; the fake counts syncs). */
  lastStats: RequestStats = { requestBytes: [] };
  private readonly run: ExcelRun;
  private readonly maxRequestBytes: number;
  private readonly readLimits: ReadLimits;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.run = options.run ?? ((batch) => Excel.run(batch));
    this.maxRequestBytes = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
    this.readLimits = options.readLimits ?? READ_LIMITS;
  }

  /**
   * Runs one operation; Office errors become `OfficeOperationError` with a Vietnamese
   * message, plan errors ({@link WritePlanError}) pass through.
   */
  private async operation<T>(body: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.run(body);
    } catch (err) {
      if (err instanceof WritePlanError || err instanceof SheetLayoutError) throw err;
      throw toOfficeOperationError(err);
    }
  }

  async sheetNames(): Promise<string[]> {
    return this.operation(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return sheets.items.map((ws) => ws.name).filter((name) => !isListSheet(name) && !isSettingsSheet(name));
    });
  }

  /**
   * Values, merged areas and the number formats of numbers (for dates), in bounded requests
   * (see {@link readSheetInBlocks}): about one sync per 5 000 rows, each under Excel's limits.
   */
  async readSheet(name: string): Promise<SheetGrid> {
    return this.operation((context) => readSheetInBlocks(context, name, this.readLimits));
  }

  /**
   * Applies a write plan: one sync reads the sheets (names, tab positions, the merged areas that
   * can reach the update columns, asked from A1), the whole plan is validated, then one sync per request of at most
   * {@link MAX_REQUEST_BYTES} writes it (10 000 rows fit in one). Nothing is written when the
   * plan is invalid; when a write fails, the half-built new sheets are deleted and no sheet
   * sits under a final name half-written.
   */
  async apply(plan: WritePlan): Promise<string[]> {
    // Everything that needs no workbook is checked before Excel is touched.
    validateWritePlan(
      plan,
      (plan?.sheets ?? []).filter((s) => s.mode === 'update').map((s) => s.sheet),
    );
    const updates = plan.sheets.filter((s) => s.mode === 'update');
    return this.operation(async (context) => {
      const { existing, date1904, merges } = await readBeforeWrite(context, plan, updates);
      validateWritePlan(
        plan,
        existing.map((s) => s.name),
      );
      for (const [i, sw] of updates.entries()) {
        const own = ownRectangle(sw) as CellRange;
        const reaching = merges[i].filter((m) => overlaps(m, own) && !inside(m, own));
        // The officer's layout, not our plan: a Vietnamese sentence saying what to change.
        if (reaching.length > 0) throw mergedIntoOwnColumns(sw.sheet, reaching, own);
      }

      const requests = splitIntoRequests(planWriteOps(plan, existing, { date1904 }), this.maxRequestBytes);
      this.lastStats = { requestBytes: [] };
      const sheets = new Map<string, Excel.Worksheet>();
      try {
        // Excel on the web refuses requests over 5 MB: the writes go in requests of up to 4 MB
        // (10 000 rows of status fit in one), each with its own sync.
        for (const request of requests) {
          context.application.suspendScreenUpdatingUntilNextSync();
          context.application.suspendApiCalculationUntilNextSync();
          for (const op of request.ops) queueOp(context, sheets, op);
          this.lastStats.requestBytes.push(request.bytes);
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per request of up to 4 MB, never per row or op.
          await context.sync();
        }
      } catch (err) {
        await this.removeTemporarySheets(context);
        throw err;
      }
      return finishWrite(context, plan);
    });
  }

  /** After a failed write: deletes the sheets a create write was being built in (best effort). */
  private async removeTemporarySheets(context: Excel.RequestContext): Promise<void> {
    try {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name');
      await context.sync();
      const temps = worksheets.items.filter((ws) => ws.name.toUpperCase().startsWith(TEMP_SHEET_PREFIX));
      if (temps.length === 0) return;
      for (const ws of temps) ws.delete();
      await context.sync();
    } catch {
      // The original error is the one the officer needs; a leftover temporary sheet is deleted by the next run.
    }
  }

  /** Copies the province's template sheets in (when given) and fills them: one `Excel.run`, see {@link fillTemplateInExcel}. */
  async fillTemplate(fill: TemplateFill, copy?: TemplateSheets): Promise<void> {
    await this.operation((context) => fillTemplateInExcel(context, fill, copy));
  }

  /** Excel's document properties carry no last-saved time: unknown (units' files are read as files). */
  async modifiedAt(): Promise<string | null> {
    return null;
  }

  async select(sheet: string, range: CellRange): Promise<void> {
    await this.operation(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(rangeAddress(range)).select();
      await context.sync();
    });
  }

  /** A document setting (ExcelApi 1.4 `workbook.settings`): one sync. */
  async getSetting(key: string): Promise<string | null> {
    return (await this.getSettings([key]))[0];
  }

  /** Document settings, all loaded before one sync. */
  async getSettings(keys: readonly string[]): Promise<(string | null)[]> {
    for (const key of keys) checkSetting(key, null);
    if (keys.length === 0) return [];
    return this.operation(async (context) => {
      const items = keys.map((key) => {
        const item = context.workbook.settings.getItemOrNullObject(key);
        item.load('value');
        return item;
      });
      await context.sync();
      return items.map((item) => {
        if (item.isNullObject) return null;
        const value: unknown = item.value;
        // Only strings are written; anything else was put there by another hand: kept as its JSON.
        if (value === null || value === undefined) return null;
        return typeof value === 'string' ? value : JSON.stringify(value);
      });
    });
  }

  /** Sets a document setting (one sync), or removes it (two: Excel must say whether it exists). */
  async setSetting(key: string, value: string | null): Promise<void> {
    checkSetting(key, value);
    await this.operation(async (context) => {
      const settings = context.workbook.settings;
      if (value !== null) {
        settings.add(key, value);
        await context.sync();
        return;
      }
      const item = settings.getItemOrNullObject(key);
      await context.sync();
      if (item.isNullObject) return;
      item.delete();
      await context.sync();
    });
  }
}
