/**
 * A recording fake of the part of the Excel JavaScript API the add-in uses, for tests and the
 * benchmark. It behaves like Office where it matters to our code:
 * - calls only queue work; `context.sync()` runs the queue in order, and an error stops the
 *   batch where it happens (earlier work stays done, as in Excel);
 * - reading a property that was not loaded, or loaded but not yet synced, throws;
 * - every sync is counted, every request is sized (UTF-8 JSON of its items), a request over
 *   5 MB is refused with `RequestPayloadSizeLimitExceeded` before anything in it runs;
 * - every write is recorded with its sheet, address and bytes;
 * - text written into a cell whose number format is not "@" is parsed as Excel parses typing:
 *   `=…`, `+…`, `-…`, `@…` become formulas, numeric text becomes a number;
 * - `range.formulas` makes a formula of `=…` unless the cell is text-formatted ("@"), where
 *   Excel keeps it as text; the fake computes sums of cells (SUM, +, -) when the sync
 *   recalculates (automatic calculation) and shows `#NAME?` for anything else; a batch that
 *   called `suspendApiCalculationUntilNextSync` leaves its formulas stale until a later
 *   `application.calculate(…)` (see FakeApplication); a later sync alone does not compute them.
 * Errors carry Office's `code`. `failWrite` injects an error at a chosen write.
 *
 * Excel's documented limits, encoded here from Microsoft's documentation (never from our code):
 * - Excel on the web: "Requests and responses are limited to 5MB"; "A range is limited to five
 *   million cells" (Office Scripts platform limits, the same service as Office.js on the web;
 *   "Resource limits and performance optimization for Office Add-ins", Excel add-ins). A sync
 *   whose loaded data is over 5 MB fails with `ResponsePayloadSizeLimitExceeded`; loading the
 *   values or formats of more than 5 000 000 cells fails with `RangeExceedsLimit`.
 * - `Range.getMergedAreasOrNullObject`: "if the merged areas count in this range is more than
 *   512, then this method will fail to return the result" (API reference, ExcelApi 1.13): the
 *   sync fails, with a code Microsoft does not document (`mergedAreasLimitCode`, tests vary
 *   it; `GeneralException` by default). It returns only the merged areas whose top-left cell
 *   lies inside the range (office-js issues 3611 and 1590): a merge entering from above or
 *   from the left is not seen.
 * - `Worksheet.getRanges(address)`: an address list over 8 192 characters fails with
 *   `InvalidArgument` (Excel troubleshooting note on getRange/getRanges length; office-js
 *   issue 5198 sees failures from 8 207 characters).
 * - Sheet names (Excel's rule, as the UI states it): 1–31 characters, none of : \ / ? * [ ],
 *   not starting or ending with an apostrophe, not "History" (reserved).
 * - `workbook.functions.date(y, m, d)` gives the serial of that day in the workbook's date
 *   system (`date1904`): DATE(1904,1,1) is 0 in a 1904 workbook, 1462 in a 1900 one.
 * - Charts (API reference, ExcelApi 1.1–1.8): `charts.add(type, sourceData, seriesBy)` takes an
 *   `Excel.ChartType` name and makes one series per column ("Columns") or row ("Rows") of the
 *   source, a first row (column) of text giving the series names; `series.add(name)` adds a
 *   series that "is not visible until values … are set"; `setPosition(start, end)` makes the
 *   chart "fully cover up" the end cell; colours (`setSolidColor`, `line.color`) are "#RRGGBB"
 *   or a named HTML colour, anything else is `InvalidArgument`; an axis `position` is one of
 *   Automatic, Maximum, Minimum, Custom; a legend position one of Top, Bottom, Left, Right,
 *   Corner, Custom.
 * - `workbook.settings` (ExcelApi 1.4, Excel.SettingCollection / Excel.Setting reference):
 *   key-value pairs per file and add-in; `add(key, value)` "sets or adds" (replaces a value);
 *   `getItem` of a missing key fails with `ItemNotFound`, `getItemOrNullObject` gives a null
 *   object; `Setting.delete()` removes it; values come back as they were stored (JSON-like).
 */
import { rangeAddress, type CellRange } from '../../src/core/grid';

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  font: { name?: string; color?: string; bold?: boolean; italic?: boolean; size?: number };
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  borders: Record<string, string>;
}

export interface FakeValidation {
  range: CellRange;
  rule: unknown;
  errorAlert?: unknown;
}

export interface WriteRecord {
  sync: number;
  kind: string;
  sheet: string;
  address: string;
  bytes: number;
  payload: unknown;
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

const encoder = new TextEncoder();
const sizeOf = (x: unknown): number => encoder.encode(JSON.stringify(x) ?? '').length;

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** "A range is limited to five million cells." */
export const EXCEL_RANGE_CELL_LIMIT = 5_000_000;
/** getMergedAreasOrNullObject "will fail" above this many merged areas. */
export const EXCEL_MERGED_AREAS_LIMIT = 512;
/** Longest address list `getRanges` takes. */
export const EXCEL_ADDRESS_LIST_LIMIT = 8192;

/**
 * Why Excel refuses a sheet name, or null (the fake's own encoding of Excel's rule: 1–31
 * characters, none of : \ / ? * [ ], no apostrophe first or last, not the reserved "History").
 */
export function excelSheetNameRefusal(name: string): string | null {
  if (name.trim() === '') return 'is blank';
  if (name.length > 31) return 'is longer than 31 characters';
  if (/[:\\/?*[\]]/.test(name)) return 'contains : \\ / ? * [ or ]';
  if (name.startsWith("'") || name.endsWith("'")) return 'starts or ends with an apostrophe';
  if (name.toLowerCase() === 'history') return 'is the reserved name History';
  return null;
}

/** The fake's own A1 parser (`B3`, `$B$3:D9`). */
function parseA1(ref: string): CellRange | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const col = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const r1 = Number(m[2]);
  const c1 = col(m[1]);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? col(m[3]) : c1;
  if (r1 < 1 || r2 < 1 || r1 > MAX_ROW || r2 > MAX_ROW || c1 > MAX_COL || c2 > MAX_COL) return null;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

function emptyCell(): FakeCell {
  return { value: '', formula: null, numberFormat: 'General', fill: null, font: {}, borders: {} };
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Parses `A1`, `A1:B2`, `B:B`, `3:5` (sheet prefix and `$` allowed); null for the whole sheet. */
export function parseAddress(address: string | undefined): CellRange {
  if (address === undefined) return { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COL };
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '').trim();
  const cols = /^([A-Z]+):([A-Z]+)$/i.exec(local);
  if (cols) {
    const r = parseA1(`${cols[1]}1:${cols[2]}1`) as CellRange;
    return { top: 1, left: r.left, bottom: MAX_ROW, right: r.right };
  }
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) return { top: Number(rows[1]), left: 1, bottom: Number(rows[2]), right: MAX_COL };
  const r = parseA1(local);
  if (!r) throw new FakeOfficeError('InvalidArgument', `Bad address "${address}"`);
  return r;
}

let sheetIds = 0;

export class FakeSheet {
  /** Excel's worksheet id ("{…}"): getItem takes it as well as the name. */
  readonly id = `{00000000-0000-0000-0000-${String(++sheetIds).padStart(12, '0')}}`;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  tabColor = '';
  deleted = false;
  readonly cells = new Map<string, FakeCell>();
  /** Formulas written since the last sync, and those written under suspended calculation and never recalculated since. */
  readonly newFormulas = new Set<FakeCell>();
  readonly staleFormulas = new Set<FakeCell>();
  merges: CellRange[] = [];
  validations: FakeValidation[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  freeze: { rows: number; cols: number } | null = null;
  /** Rows that start a new printed page (manual breaks). */
  rowBreaks: number[] = [];
  /** Charts, in the order added. */
  readonly charts: FakeChartModel[] = [];
  readonly page: {
    orientation?: string;
    paperSize?: string;
    zoom?: unknown;
    margins: Record<string, number>;
    printArea?: string;
    printTitleRows?: string;
    headersFooters: Record<string, string>;
  } = { margins: {}, headersFooters: {} };

  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) {
      c = emptyCell();
      this.cells.set(key, c);
    }
    return c;
  }

  peek(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** Each existing cell inside a rectangle (the fake never walks a whole sheet cell by cell). */
  cellsIn(r: CellRange): [number, number, FakeCell][] {
    const out: [number, number, FakeCell][] = [];
    for (const [key, cell] of this.cells) {
      const [row, col] = key.split(',').map(Number);
      if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) out.push([row, col, cell]);
    }
    return out;
  }

  /** Like Office's used range: every cell with a value or a format, and merges; A1 when empty. */
  usedRange(valuesOnly: boolean): CellRange | null {
    let box: CellRange | null = null;
    const grow = (r: CellRange) => {
      box = box
        ? { top: Math.min(box.top, r.top), left: Math.min(box.left, r.left), bottom: Math.max(box.bottom, r.bottom), right: Math.max(box.right, r.right) }
        : { ...r };
    };
    for (const [key, c] of this.cells) {
      const has = c.value !== '' || c.formula !== null;
      const styled = c.fill !== null || c.numberFormat !== 'General' || Object.keys(c.font).length > 0 || Object.keys(c.borders).length > 0;
      if (has || (!valuesOnly && styled)) {
        const [row, col] = key.split(',').map(Number);
        grow({ top: row, left: col, bottom: row, right: col });
      }
    }
    if (!valuesOnly) for (const m of this.merges) grow(m);
    return box;
  }

  /**
   * A formula written through `range.formulas`: text in an "@" cell, else a formula (sums only).
   * Its result is computed when the sync recalculates (see {@link FakeExcel.recalculate}); under
   * suspended calculation the cell keeps what it showed before.
   */
  setFormula(row: number, col: number, v: FakeValue): void {
    const c = this.cell(row, col);
    if (typeof v !== 'string' || !v.startsWith('=') || c.numberFormat === '@') {
      this.setValue(row, col, v);
      return;
    }
    c.formula = v;
    this.newFormulas.add(c);
  }

  /**
   * After a sync: with automatic calculation, every formula but those left stale; under suspended
   * calculation the batch's new formulas stay stale — "it is the developer's responsibility to
   * re-calc the workbook" (Application.suspendApiCalculationUntilNextSync): a later sync does not
   * compute them, only `application.calculate(…)` does.
   */
  afterSync(suspended: boolean): void {
    if (suspended) for (const c of this.newFormulas) this.staleFormulas.add(c);
    this.newFormulas.clear();
    if (!suspended) this.recalculate({ skip: this.staleFormulas });
  }

  /** Recomputes formula cells (all, or all but `skip`), in row order (Excel's result for sums of cells). */
  recalculate(options: { skip?: ReadonlySet<FakeCell> } = {}): void {
    if (!options.skip) this.staleFormulas.clear();
    const formulas = [...this.cells.entries()].filter(([, c]) => c.formula !== null && !options.skip?.has(c));
    formulas.sort(([a], [b]) => {
      const [ra, ca] = a.split(',').map(Number);
      const [rb, cb] = b.split(',').map(Number);
      return ra - rb || ca - cb;
    });
    for (const [, c] of formulas) c.value = this.evaluate((c.formula as string).slice(1));
  }

  /** Excel's result of a sum of cells (`SUM(A1:B2,C3)+D4-E5`); `#NAME?` for other formulas. */
  private evaluate(formula: string): FakeValue {
    const ref = String.raw`\$?([A-Z]{1,3})\$?(\d+)`;
    const cellValue = (letters: string, digits: string) => {
      const r = parseA1(`${letters}${digits}`) as CellRange;
      const v = this.peek(r.top, r.left)?.value;
      return typeof v === 'number' ? v : 0;
    };
    const rangeSum = (arg: string) => {
      const r = parseA1(arg.replace(/\$/g, ''));
      if (!r) return NaN;
      let t = 0;
      for (const [, , c] of this.cellsIn(r)) if (typeof c.value === 'number') t += c.value;
      return t;
    };
    const term = new RegExp(String.raw`^([+-]?)(?:SUM\(([^()]*)\)|${ref})`);
    let rest = formula;
    let total = 0;
    while (rest.length > 0) {
      const m = term.exec(rest);
      if (!m) return '#NAME?';
      const value = m[2] !== undefined ? m[2].split(',').reduce((t, arg) => t + rangeSum(arg), 0) : cellValue(m[3], m[4]);
      if (Number.isNaN(value)) return '#NAME?';
      total += m[1] === '-' ? -value : value;
      rest = rest.slice(m[0].length);
      if (rest.length > 0 && !/^[+-]/.test(rest)) return '#NAME?';
    }
    return total;
  }

  /**
   * Whole rows inserted (count > 0) at `at`, or deleted (count < 0) from `at`, as Excel does:
   * cells, heights and manual breaks below move; merged areas move, grow or shrink with them
   * (one inside deleted rows goes); the print area follows. The sheet's formulas refer to the
   * same cells as before (Excel rewrites their A1 references: one into deleted rows is #REF!);
   * references to other sheets are not followed here.
   */
  moveRows(at: number, count: number): void {
    const end = count < 0 ? at - count - 1 : at - 1;
    const moved = (row: number): number | null => (row < at ? row : count < 0 && row <= end ? null : row + count);
    for (const cell of this.cells.values()) {
      if (cell.formula === null) continue;
      // Outside "…" literals, each A1 reference (not one of another sheet) gets its moved row.
      cell.formula = cell.formula.replace(/"[^"]*"|[A-Za-z0-9_.']+!\$?[A-Z]+\$?\d+|(\$?[A-Z]{1,3}\$?)(\d+)(?![\w(])/g, (whole: string, col?: string, row?: string) => {
        if (col === undefined || row === undefined) return whole;
        const to = moved(Number(row));
        return to === null ? '#REF!' : `${col}${to}`;
      });
    }
    const cells = [...this.cells.entries()];
    this.cells.clear();
    for (const [key, cell] of cells) {
      const [row, col] = key.split(',').map(Number);
      const to = moved(row);
      if (to !== null) this.cells.set(`${to},${col}`, cell);
    }
    const heights = [...this.rowHeights.entries()];
    this.rowHeights.clear();
    for (const [row, h] of heights) {
      const to = moved(row);
      if (to !== null) this.rowHeights.set(to, h);
    }
    this.rowBreaks = this.rowBreaks.map(moved).filter((r): r is number => r !== null);
    const area = (m: CellRange): CellRange | null => {
      if (m.bottom < at) return m;
      if (count > 0) return m.top >= at ? { ...m, top: m.top + count, bottom: m.bottom + count } : { ...m, bottom: m.bottom + count };
      if (m.top > end) return { ...m, top: m.top + count, bottom: m.bottom + count };
      const top = Math.min(m.top, at);
      const bottom = m.bottom > end ? m.bottom + count : at - 1;
      return bottom < top || (bottom === top && m.left === m.right) ? null : { ...m, top, bottom };
    };
    this.merges = this.merges.map(area).filter((m): m is CellRange => m !== null);
    if (this.page.printArea) {
      const r = area(parseAddress(this.page.printArea));
      this.page.printArea = r ? rangeAddress(r) : undefined;
    }
  }

  /** Excel's parse of a value written through `range.values`. */
  setValue(row: number, col: number, v: FakeValue): void {
    const c = this.cell(row, col);
    c.formula = null;
    if (typeof v !== 'string' || c.numberFormat === '@' || v === '') {
      c.value = v;
    } else if (/^[=+\-@]./.test(v)) {
      c.formula = v.startsWith('=') ? v : `=${v}`;
      c.value = '#NAME?';
    } else if (/^-?\d+(\.\d+)?$/.test(v.trim())) {
      c.value = Number(v);
    } else {
      c.value = v;
    }
  }
}

type Op = { bytes: number; run: () => void };

/** One batch context, as `Excel.run` gives it. */
export class FakeContext {
  private queue: Op[] = [];
  /** Bytes the loads of the running sync bring back (checked against the 5 MB limit). */
  private responseBytes = 0;
  /** `suspendApiCalculationUntilNextSync` was called in the batch being queued. */
  calculationSuspended = false;
  readonly workbook: {
    worksheets: FakeWorksheetCollection;
    application: FakeApplication;
    functions: FakeFunctions;
    settings: FakeSettingCollection;
    getSelectedRange(): FakeRange;
    insertWorksheetsFromBase64(base64: string, options?: { sheetNamesToInsert?: string[]; positionType?: string }): { value: string[] };
  };
  readonly application: FakeApplication;

  constructor(readonly excel: FakeExcel) {
    this.application = new FakeApplication(this);
    const worksheets = new FakeWorksheetCollection(this);
    this.workbook = {
      worksheets,
      application: this.application,
      functions: new FakeFunctions(this),
      settings: new FakeSettingCollection(this),
      // The selection lives in the active sheet; a sheet activated since shows its A1 here.
      getSelectedRange: () =>
        new FakeRange(this, new SheetHandle(() => this.excel.sheet(this.excel.activeSheet ?? '')), () => {
          const chosen = this.excel.selection;
          return chosen && chosen.sheet === this.excel.activeSheet ? parseAddress(chosen.address) : parseAddress('A1');
        }, '(selection)'),
      insertWorksheetsFromBase64: (base64: string, options?: { sheetNamesToInsert?: string[]; positionType?: string }) => this.insertWorksheets(base64, options ?? {}),
    };
  }

  enqueue(bytes: number, run: () => void): void {
    this.queue.push({ bytes, run });
  }

  /** Queues a write: recorded (and maybe failed on purpose) when the batch runs it. */
  enqueueWrite(kind: string, sheet: SheetHandle, address: string, payload: unknown, apply: (s: FakeSheet) => void): void {
    const bytes = sizeOf({ kind, address, payload });
    this.enqueue(bytes, () => {
      const s = sheet.get();
      const record: WriteRecord = { sync: this.excel.syncs, kind, sheet: s.name, address, bytes, payload };
      const failure = this.excel.failWrite?.(record, this.excel.writes.length);
      if (failure) throw new FakeOfficeError(failure.code, failure.message ?? failure.code);
      this.excel.writes.push(record);
      apply(s);
    });
  }

  /**
   * ExcelApi 1.13 `Workbook.insertWorksheetsFromBase64`: the named sheets (default all) of the
   * file, added at the end (the only position the add-in uses), a taken name given " (2)" as
   * Excel does; the new sheets' ids, in the order inserted, once synced.
   */
  private insertWorksheets(base64: string, options: { sheetNamesToInsert?: string[]; positionType?: string }): { value: string[] } {
    let ids: string[] | null = null;
    this.enqueue(base64.length + 200, () => {
      const file = this.excel.files.get(base64);
      if (!file) throw new FakeOfficeError('InvalidArgument', 'insertWorksheetsFromBase64: the file is not a workbook Excel can read');
      if (options.positionType !== undefined && options.positionType !== 'End') throw new Error('fake: only positionType End is supported');
      const wanted = options.sheetNamesToInsert?.length ? options.sheetNamesToInsert : file.map((f) => f.name);
      ids = wanted.map((name) => {
        const source = file.find((f) => f.name === name);
        if (!source) throw new FakeOfficeError('ItemNotFound', `insertWorksheetsFromBase64: no sheet "${name}" in the file`);
        let newName = source.name;
        for (let n = 2; this.excel.findSheet(newName); n++) newName = `${source.name} (${n})`;
        const copy = this.excel.addSheet(newName);
        for (const [key, cell] of source.cells) copy.cells.set(key, { ...cell, font: { ...cell.font }, borders: { ...cell.borders } });
        copy.merges = source.merges.map((m) => ({ ...m }));
        for (const [row, h] of source.rowHeights) copy.rowHeights.set(row, h);
        copy.page.printArea = source.page.printArea;
        return copy.id;
      });
    });
    return {
      get value(): string[] {
        if (!ids) throw new Error(`PropertyNotLoaded: The property 'value' is not available before context.sync().`);
        return ids;
      },
    };
  }

  /** A load's answer joins the running sync's response. */
  respond(payload: unknown): void {
    this.responseBytes += sizeOf(payload);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const suspended = this.calculationSuspended;
    this.calculationSuspended = false;
    this.excel.syncs += 1;
    const bytes = ops.reduce((n, op) => n + op.bytes, 0);
    const record = { sync: this.excel.syncs, bytes, items: ops.length, responseBytes: 0 };
    this.excel.requests.push(record);
    if (bytes > this.excel.payloadLimit) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `Request of ${bytes} bytes`);
    this.responseBytes = 0;
    try {
      for (const op of ops) op.run();
    } finally {
      // Automatic calculation after the batch, unless the batch suspended it.
      for (const s of this.excel.sheets) s.afterSync(suspended);
    }
    record.responseBytes = this.responseBytes;
    if (this.responseBytes > this.excel.payloadLimit) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `Response of ${this.responseBytes} bytes is over the 5 MB limit`);
    }
  }
}

/**
 * `context.application`. Calculation: Excel recalculates after each sync (automatic mode), but
 * after `suspendApiCalculationUntilNextSync` "it is the developer's responsibility to re-calc
 * the workbook, to ensure that any dependencies are propagated" (ExcelApi 1.6 reference): the
 * formulas written in that batch keep showing what the cells showed before until a later
 * `calculate(…)`. Whether a `calculate` queued in the suspended batch itself runs is not
 * documented, so the fake refuses it.
 */
class FakeApplication {
  constructor(private readonly ctx: FakeContext) {}
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.excel.suspensions.screen += 1;
  }
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.excel.suspensions.calculation += 1;
    this.ctx.calculationSuspended = true;
  }
  calculate(calculationType: string): void {
    if (this.ctx.calculationSuspended) throw new Error('fake: calculate() in a batch whose calculation is suspended is not documented');
    if (!['Recalculate', 'Full', 'FullRebuild'].includes(calculationType)) throw new FakeOfficeError('InvalidArgument', `Calculation type "${calculationType}"`);
    this.ctx.enqueue(40, () => {
      this.ctx.excel.calculations.push(calculationType);
      for (const s of this.ctx.excel.sheets) s.recalculate();
    });
  }
}

/** Days from 0000-03-01 (proleptic Gregorian) of a date: the fake's own calendar count. */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const m = month <= 2 ? month + 9 : month - 3;
  return 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + Math.floor((153 * m + 2) / 5) + day - 1;
}

/** The date of a day number of {@link dayNumber} (its inverse). */
function dateOfDayNumber(n: number): { year: number; month: number; day: number } {
  let y = Math.floor((10_000 * n + 14_780) / 3_652_425);
  const before = (year: number) => 365 * year + Math.floor(year / 4) - Math.floor(year / 100) + Math.floor(year / 400);
  let ddd = n - before(y);
  if (ddd < 0) {
    y -= 1;
    ddd = n - before(y);
  }
  const mi = Math.floor((5 * ddd + 2) / 153);
  const day = ddd - Math.floor((153 * mi + 2) / 5) + 1;
  const month = mi < 10 ? mi + 3 : mi - 9;
  return { year: month <= 2 ? y + 1 : y, month, day };
}

/** `workbook.functions`: only DATE, as Excel computes it in the workbook's date system. */
class FakeFunctions {
  constructor(private readonly ctx: FakeContext) {}
  date(year: number, month: number, day: number): FakeFunctionResult {
    const result = new FakeFunctionResult(this.ctx);
    this.ctx.enqueue(60, () => {
      if (this.ctx.excel.date1904) {
        result.resolve(dayNumber(year, month, day) - dayNumber(1904, 1, 1));
      } else {
        // 1900 system: serial 1 is 1900-01-01, and Excel counts a 29/02/1900 that never was.
        const n = dayNumber(year, month, day) - dayNumber(1899, 12, 31);
        result.resolve(n >= 60 ? n + 1 : n);
      }
    });
    return result;
  }
}

class FakeFunctionResult {
  private loaded = false;
  private result: number | null = null;
  private wanted = false;
  constructor(private readonly ctx: FakeContext) {}
  resolve(value: number): void {
    this.result = value;
    if (this.wanted) {
      this.loaded = true;
      this.ctx.respond(value);
    }
  }
  load(props: string | string[]): this {
    if (String(props).includes('value')) this.wanted = true;
    return this;
  }
  get value(): number {
    if (!this.loaded || this.result === null) throw new Error(`PropertyNotLoaded: The property 'value' is not available.`);
    return this.result;
  }
}

/** A worksheet proxy's target, bound on first use (Office tracks objects, not names). */
export class SheetHandle {
  private bound: FakeSheet | null = null;
  constructor(private readonly find: () => FakeSheet) {}
  get(): FakeSheet {
    if (!this.bound) this.bound = this.find();
    if (this.bound.deleted) throw new FakeOfficeError('ItemNotFound', `Sheet "${this.bound.name}" was deleted`);
    return this.bound;
  }
  bind(sheet: FakeSheet): void {
    this.bound = sheet;
  }
}

/** Loaded state of a proxy: a property read before load + sync throws, as in Office. */
class FakeObject {
  private readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new Error(
        `PropertyNotLoaded: The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(prop) as T;
  }

  protected snapshot(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
  }

  protected propsOf(props: string | string[]): string[] {
    return (Array.isArray(props) ? props : props.split(',')).map((p) => p.trim()).filter(Boolean);
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
}

/** `workbook.settings` (ExcelApi 1.4): the add-in's key-value pairs kept in the document. */
class FakeSettingCollection extends FakeObject {
  add(key: string, value: unknown): FakeSetting {
    this.ctx.enqueue(sizeOf({ key, value }), () => {
      if (typeof key !== 'string' || key === '') throw new FakeOfficeError('InvalidArgument', 'The setting key is empty');
      // Stored in the document and handed back as stored: a copy, never the caller's object.
      this.ctx.excel.settings.set(key, JSON.parse(JSON.stringify(value)) as unknown);
    });
    return new FakeSetting(this.ctx, key, false);
  }

  getItem(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key, false);
  }

  getItemOrNullObject(key: string): FakeSetting {
    const item = new FakeSetting(this.ctx, key, true);
    this.ctx.enqueue(40, () => item.markNull(!this.ctx.excel.settings.has(key)));
    return item;
  }
}

class FakeSetting extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
    private readonly orNull: boolean,
  ) {
    super(ctx);
  }

  markNull(isNull: boolean): void {
    this.snapshot('isNullObject', isNull);
  }

  load(props: string | string[]): this {
    const wanted = this.propsOf(props);
    this.ctx.enqueue(sizeOf(props), () => {
      const settings = this.ctx.excel.settings;
      if (!settings.has(this.key)) {
        if (this.orNull) return;
        throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: setting "${this.key}"`);
      }
      const value = settings.get(this.key);
      this.ctx.respond(value);
      if (wanted.includes('value')) this.snapshot('value', value);
      if (wanted.includes('key')) this.snapshot('key', this.key);
    });
    return this;
  }

  get value(): unknown {
    return this.read('value');
  }

  delete(): void {
    this.ctx.enqueue(40, () => {
      if (!this.ctx.excel.settings.has(this.key)) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: setting "${this.key}"`);
      this.ctx.excel.settings.delete(this.key);
    });
  }
}

class FakeWorksheetCollection extends FakeObject {
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, new SheetHandle(() => this.ctx.excel.sheet(this.ctx.excel.activeSheet ?? '')));
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, new SheetHandle(() => this.ctx.excel.sheet(name)));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, new SheetHandle(() => this.ctx.excel.sheet(name)), () => this.ctx.excel.findSheet(name) === undefined);
    this.ctx.enqueue(40, () => ws.markNull(this.ctx.excel.findSheet(name) === undefined));
    return ws;
  }

  add(name: string): FakeWorksheet {
    const handle = new SheetHandle(() => {
      throw new FakeOfficeError('ItemNotFound', `Sheet "${name}" was never added`);
    });
    this.ctx.enqueueWrite('worksheets.add', new SheetHandle(() => new FakeSheet(name)), name, name, () => handle.bind(this.ctx.excel.addSheet(name)));
    return new FakeWorksheet(this.ctx, handle);
  }

  load(props: string | string[]): this {
    const wanted = this.propsOf(props).map((p) => p.replace(/^items\//, ''));
    this.ctx.enqueue(sizeOf(props), () => {
      const items = this.ctx.excel.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, new SheetHandle(() => s));
        ws.fill(wanted);
        return ws;
      });
      this.snapshot('items', items);
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    return this.read('items');
  }
}

/** Cells a chart reads: the sheet (its name follows renames, as Excel's references do) and the rectangle. */
export interface FakeChartSource {
  sheet: FakeSheet;
  range: CellRange;
}

export interface FakeSeriesModel {
  name: string;
  values: FakeChartSource | null;
  categories: FakeChartSource | null;
  /** Excel shows an added series only once it has values. */
  visible: boolean;
  fill: string | null;
  line: { color?: string; weight?: number };
  gapWidth?: number;
  hasDataLabels: boolean;
  dataLabels: { showValue?: boolean; numberFormat?: string };
}

export interface FakeChartModel {
  type: string;
  title: string;
  font: { name?: string };
  legend: { visible?: boolean; position?: string };
  categoryAxis: { reversePlotOrder?: boolean; position?: string };
  /** Top-left and bottom-right cells the chart covers. */
  position: { from: CellRange; to: CellRange } | null;
  series: FakeSeriesModel[];
}

/** Every `Excel.ChartType` name of ExcelApi 1.1 the add-in might use (bars and columns). */
const CHART_TYPES = new Set(['ColumnClustered', 'ColumnStacked', 'ColumnStacked100', 'BarClustered', 'BarStacked', 'BarStacked100', 'Line', 'Pie']);
const HTML_COLOUR = /^#[0-9A-Fa-f]{6}$|^[A-Za-z]{3,20}$/;

function checkColour(v: string): void {
  if (typeof v !== 'string' || !HTML_COLOUR.test(v)) throw new FakeOfficeError('InvalidArgument', `Not an HTML colour: "${v}"`);
}

function newSeries(name: string, values: FakeChartSource | null): FakeSeriesModel {
  return { name, values, categories: null, visible: values !== null, fill: null, line: {}, hasDataLabels: false, dataLabels: {} };
}

class FakeChartSeries {
  readonly format: { fill: { setSolidColor(color: string): void }; line: { color: string; weight: number } };
  readonly dataLabels: { showValue: boolean; numberFormat: string };

  constructor(
    private readonly ctx: FakeContext,
    private readonly handle: SheetHandle,
    private readonly model: () => FakeSeriesModel,
  ) {
    const write = (kind: string, payload: unknown, apply: (m: FakeSeriesModel) => void) =>
      ctx.enqueueWrite(`chart.series.${kind}`, handle, '', payload, () => apply(this.model()));
    const setter = <T>(kind: string, apply: (m: FakeSeriesModel, v: T) => void, check?: (v: T) => void) => ({
      set: (v: T) => write(kind, v, (m) => {
        check?.(v);
        apply(m, v);
      }),
      get: () => {
        throw new Error(`fake: reading chart series ${kind} is not supported`);
      },
    });
    this.format = {
      fill: { setSolidColor: (color: string) => write('format.fill.setSolidColor', color, (m) => {
        checkColour(color);
        m.fill = color;
      }) },
      line: Object.defineProperties({} as { color: string; weight: number }, {
        color: setter<string>('format.line.color', (m, v) => (m.line.color = v), checkColour),
        weight: setter<number>('format.line.weight', (m, v) => (m.line.weight = v)),
      }),
    };
    this.dataLabels = Object.defineProperties({} as { showValue: boolean; numberFormat: string }, {
      showValue: setter<boolean>('dataLabels.showValue', (m, v) => (m.dataLabels.showValue = v)),
      numberFormat: setter<string>('dataLabels.numberFormat', (m, v) => (m.dataLabels.numberFormat = v)),
    });
    Object.defineProperties(this, {
      name: setter<string>('name', (m, v) => (m.name = v)),
      gapWidth: setter<number>('gapWidth', (m, v) => (m.gapWidth = v), (v) => {
        if (!(Number.isInteger(v) && v >= 0 && v <= 500)) throw new FakeOfficeError('InvalidArgument', `gapWidth ${v}`);
      }),
      hasDataLabels: setter<boolean>('hasDataLabels', (m, v) => (m.hasDataLabels = v)),
    });
  }

  setValues(range: FakeRange): void {
    this.ctx.enqueueWrite('chart.series.setValues', this.handle, range.label, range.label, () => {
      const m = this.model();
      m.values = range.source();
      m.visible = true;
    });
  }

  setXAxisValues(range: FakeRange): void {
    this.ctx.enqueueWrite('chart.series.setXAxisValues', this.handle, range.label, range.label, () => (this.model().categories = range.source()));
  }
}

class FakeChart {
  readonly title: { text: string };
  readonly legend: { visible: boolean; position: string };
  readonly format: { font: { name: string } };
  readonly axes: { categoryAxis: { reversePlotOrder: boolean; position: string } };
  readonly series: { getItemAt(index: number): FakeChartSeries; add(name?: string): FakeChartSeries };

  constructor(
    private readonly ctx: FakeContext,
    private readonly handle: SheetHandle,
    private readonly model: () => FakeChartModel,
  ) {
    const prop = <T>(kind: string, apply: (m: FakeChartModel, v: T) => void, allowed?: readonly string[]) => ({
      set: (v: T) =>
        ctx.enqueueWrite(`chart.${kind}`, handle, '', v, () => {
          if (allowed && !allowed.includes(String(v))) throw new FakeOfficeError('InvalidArgument', `chart.${kind} "${String(v)}"`);
          apply(this.model(), v);
        }),
      get: () => {
        throw new Error(`fake: reading chart.${kind} is not supported`);
      },
    });
    this.title = Object.defineProperties({} as { text: string }, { text: prop<string>('title.text', (m, v) => (m.title = v)) });
    this.legend = Object.defineProperties({} as { visible: boolean; position: string }, {
      visible: prop<boolean>('legend.visible', (m, v) => (m.legend.visible = v)),
      position: prop<string>('legend.position', (m, v) => (m.legend.position = v), ['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom']),
    });
    this.format = { font: Object.defineProperties({} as { name: string }, { name: prop<string>('format.font.name', (m, v) => (m.font.name = v)) }) };
    this.axes = {
      categoryAxis: Object.defineProperties({} as { reversePlotOrder: boolean; position: string }, {
        reversePlotOrder: prop<boolean>('axes.categoryAxis.reversePlotOrder', (m, v) => (m.categoryAxis.reversePlotOrder = v)),
        position: prop<string>('axes.categoryAxis.position', (m, v) => (m.categoryAxis.position = v), ['Automatic', 'Maximum', 'Minimum', 'Custom']),
      }),
    };
    this.series = {
      getItemAt: (index: number) =>
        new FakeChartSeries(ctx, handle, () => {
          const s = this.model().series[index];
          if (!s) throw new FakeOfficeError('ItemNotFound', `The chart has no series ${index}`);
          return s;
        }),
      add: (name = '') => {
        let added: FakeSeriesModel | null = null;
        ctx.enqueueWrite('chart.series.add', handle, '', name, () => {
          added = newSeries(name, null);
          this.model().series.push(added);
        });
        return new FakeChartSeries(ctx, handle, () => {
          if (!added) throw new FakeOfficeError('ItemNotFound', 'The series was never added');
          return added;
        });
      },
    };
  }

  setPosition(start: FakeRange | string, end?: FakeRange | string): void {
    const rect = (r: FakeRange | string) => (typeof r === 'string' ? parseAddress(r) : r.source().range);
    this.ctx.enqueueWrite('chart.setPosition', this.handle, '', [String(typeof start === 'string' ? start : start.label), end === undefined ? null : String(typeof end === 'string' ? end : end.label)], () => {
      const from = rect(start);
      this.model().position = { from, to: end === undefined ? from : rect(end) };
    });
  }
}

/** A chart as a load of `charts/items/…` gives it back: type, title, series names (ExcelApi 1.1). */
export interface FakeChartRead {
  chartType: string;
  title: { text: string };
  series: { items: { name: string }[] };
}

class FakeChartCollection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly handle: SheetHandle,
  ) {
    super(ctx);
  }

  /** `items/chartType`, `items/title/text`, `items/series/items/name`: the sheet's charts in the order added. */
  load(props: string | string[]): this {
    const wanted = this.propsOf(props);
    for (const p of wanted) if (!['items/chartType', 'items/title/text', 'items/series/items/name'].includes(p)) throw new Error(`fake: loading charts.${p} is not supported`);
    this.ctx.enqueue(sizeOf(props), () => {
      const items: FakeChartRead[] = this.handle.get().charts.map((c) => ({ chartType: c.type, title: { text: c.title }, series: { items: c.series.map((x) => ({ name: x.name })) } }));
      this.ctx.respond(items);
      this.snapshot('items', items);
    });
    return this;
  }

  get items(): FakeChartRead[] {
    return this.read('items');
  }

  add(type: string, sourceData: FakeRange, seriesBy: 'Auto' | 'Columns' | 'Rows' = 'Auto'): FakeChart {
    let model: FakeChartModel | null = null;
    this.ctx.enqueueWrite('charts.add', this.handle, sourceData.label, { type, seriesBy }, (s) => {
      if (!CHART_TYPES.has(type)) throw new FakeOfficeError('InvalidArgument', `Chart type "${type}"`);
      const src = sourceData.source();
      const data = src.sheet;
      const r = src.range;
      const byRows = seriesBy === 'Rows' || (seriesBy === 'Auto' && r.right - r.left > r.bottom - r.top);
      // A first row (column) of text names the series; the rest are values.
      const isText = (row: number, col: number) => typeof data.peek(row, col)?.value === 'string' && data.peek(row, col)?.value !== '';
      const series: FakeSeriesModel[] = [];
      if (byRows) {
        const named = r.left < r.right && isText(r.top, r.left);
        for (let row = r.top; row <= r.bottom; row++) {
          const from = named ? r.left + 1 : r.left;
          series.push(newSeries(named ? String(data.peek(row, r.left)?.value) : `Series${row - r.top + 1}`, { sheet: src.sheet, range: { top: row, left: from, bottom: row, right: r.right } }));
        }
      } else {
        const named = r.top < r.bottom && isText(r.top, r.left);
        for (let col = r.left; col <= r.right; col++) {
          const from = named ? r.top + 1 : r.top;
          series.push(newSeries(named ? String(data.peek(r.top, col)?.value) : `Series${col - r.left + 1}`, { sheet: src.sheet, range: { top: from, left: col, bottom: r.bottom, right: col } }));
        }
      }
      model = { type, title: '', font: {}, legend: {}, categoryAxis: {}, position: null, series };
      s.charts.push(model);
    });
    return new FakeChart(this.ctx, this.handle, () => {
      if (!model) throw new FakeOfficeError('ItemNotFound', 'The chart was never added');
      return model;
    });
  }
}

class FakeWorksheet extends FakeObject {
  readonly freezePanes: FakeFreezePanes;
  readonly charts: FakeChartCollection;
  readonly pageLayout: FakePageLayout;
  /**
   * ExcelApi 1.9 `horizontalPageBreaks`: `add(range)` breaks before the range's top row;
   * `getItem(i).getCellAfterBreak()` is the first cell of the new page, breaks in row order.
   */
  readonly horizontalPageBreaks: { add(address: string): void; getItem(index: number): { getCellAfterBreak(): FakeRange } };

  constructor(
    ctx: FakeContext,
    readonly handle: SheetHandle,
    /** For `getItemOrNullObject`: a missing sheet is a null object, whose loads give nothing and do not fail. */
    private readonly missing: () => boolean = () => false,
  ) {
    super(ctx);
    this.freezePanes = new FakeFreezePanes(ctx, handle);
    this.charts = new FakeChartCollection(ctx, handle);
    this.pageLayout = new FakePageLayout(ctx, handle);
    this.horizontalPageBreaks = {
      add: (address: string) =>
        ctx.enqueueWrite('horizontalPageBreaks.add', handle, address, address, (s) => {
          const row = parseAddress(address).top;
          if (!s.rowBreaks.includes(row)) s.rowBreaks.push(row);
        }),
      getItem: (index: number) => ({
        getCellAfterBreak: () =>
          new FakeRange(ctx, handle, () => {
            const row = [...handle.get().rowBreaks].sort((a, b) => a - b)[index];
            if (row === undefined) throw new FakeOfficeError('ItemNotFound', `No page break at index ${index}`);
            return { top: row, left: 1, bottom: row, right: 1 };
          }, `(page break ${index})`),
      }),
    };
  }

  markNull(isNull: boolean): void {
    this.snapshot('isNullObject', isNull);
  }

  fill(props: string[]): void {
    const s = this.handle.get();
    for (const p of props) {
      if (p === 'name') this.snapshot('name', s.name);
      else if (p === 'position') this.snapshot('position', this.ctx.excel.sheets.indexOf(s));
      else if (p === 'visibility') this.snapshot('visibility', s.visibility);
      // "An empty string" when the tab has no colour; colours as upper-case #RRGGBB.
      else if (p === 'tabColor') this.snapshot('tabColor', s.tabColor.toUpperCase());
      else throw new Error(`fake: loading worksheet.${p} is not supported`);
    }
  }

  load(props: string | string[]): this {
    const all = this.propsOf(props);
    for (const path of all.filter((p) => p.includes('/'))) {
      const [head, ...rest] = path.split('/');
      if (head === 'pageLayout') this.pageLayout.load(rest.join('/'));
      else if (head === 'charts') this.charts.load(rest.join('/'));
      else throw new Error(`fake: loading worksheet.${path} is not supported`);
    }
    const wanted = all.filter((p) => !p.includes('/'));
    this.ctx.enqueue(sizeOf(props), () => {
      if (!this.missing()) this.fill(wanted);
    });
    return this;
  }

  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.ctx.enqueueWrite('worksheet.name', this.handle, '', value, (s) => this.ctx.excel.rename(s, value));
  }
  get position(): number {
    return this.read('position');
  }
  set position(value: number) {
    this.ctx.enqueueWrite('worksheet.position', this.handle, '', value, (s) => this.ctx.excel.move(s, value));
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(value: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.ctx.enqueueWrite('worksheet.visibility', this.handle, '', value, (s) => {
      s.visibility = value;
    });
  }
  get tabColor(): string {
    return this.read('tabColor');
  }
  set tabColor(value: string) {
    this.ctx.enqueueWrite('worksheet.tabColor', this.handle, '', value, (s) => {
      s.tabColor = value;
    });
  }

  delete(): void {
    this.ctx.enqueueWrite('worksheet.delete', this.handle, '', null, (s) => this.ctx.excel.deleteSheet(s));
  }

  activate(): void {
    this.ctx.enqueue(30, () => {
      const s = this.handle.get();
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'Cannot activate a hidden sheet');
      this.ctx.excel.activeSheet = s.name;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, this.handle, () => parseAddress(address), address ?? '(sheet)');
  }

  getRanges(addresses: string): FakeRangeAreas {
    if (addresses.length > EXCEL_ADDRESS_LIST_LIMIT) throw new FakeOfficeError('InvalidArgument', `getRanges: address list of ${addresses.length} characters`);
    this.ctx.excel.rangesCalls.push(addresses);
    return new FakeRangeAreas(this.ctx, this.handle, addresses);
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, this.handle, () => this.handle.get().usedRange(valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 }, '(used)');
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const range = new FakeRange(this.ctx, this.handle, () => this.handle.get().usedRange(valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 }, '(used)');
    this.ctx.enqueue(40, () => range.markNull(this.handle.get().usedRange(valuesOnly) === null));
    return range;
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const rect = { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount };
    return new FakeRange(this.ctx, this.handle, () => {
      if (rowCount < 1 || columnCount < 1 || rect.bottom > MAX_ROW || rect.right > MAX_COL) throw new FakeOfficeError('InvalidArgument', 'getRangeByIndexes outside the sheet');
      return rect;
    }, rangeAddress(rect));
  }
}

/** Formats of one or more rectangles (a range, or the areas of `getRanges`). */
/**
 * What Excel reports for a format property never set: no fill reads as white, the default font
 * (Calibri 11, black), General alignment at the bottom, no wrap, no border. A property of a
 * range whose cells differ reads as null ("null if the range doesn't have uniform …", RangeFormat
 * and RangeFont reference).
 */
const FORMAT_DEFAULTS = { fill: '#FFFFFF', fontName: 'Calibri', fontSize: 11, fontColor: '#000000', horizontal: 'General', vertical: 'Bottom', borderStyle: 'None', borderWeight: 'Thin' };
/** Excel's standard column width (8.43 characters of Calibri 11, 64 px) and row height, in points. */
export const STANDARD_COLUMN_WIDTH = 48;
export const STANDARD_ROW_HEIGHT = 15;
/** Cells a format read walks at most (the fake's own bound; the self-test reads a few cells). */
const MAX_FORMAT_READ_CELLS = 100_000;

/** A format object whose properties are loaded (`load('color')`) before they are read. */
class FakeFormatPart extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly handle: SheetHandle,
    private readonly rects: () => CellRange[],
    private readonly readers: Record<string, (cell: FakeCell | undefined) => unknown>,
    private readonly what: string,
  ) {
    super(ctx);
  }

  load(props: string | string[]): this {
    const wanted = this.propsOf(props);
    this.ctx.enqueue(sizeOf(props), () => {
      const s = this.handle.get();
      for (const p of wanted) {
        const reader = this.readers[p];
        if (!reader) throw new Error(`fake: loading ${this.what}.${p} is not supported`);
        let value: unknown;
        let first = true;
        let cells = 0;
        for (const r of this.rects()) {
          for (let row = r.top; row <= r.bottom; row++) {
            for (let col = r.left; col <= r.right; col++) {
              if (++cells > MAX_FORMAT_READ_CELLS) throw new Error(`fake: reading ${this.what}.${p} of more than ${MAX_FORMAT_READ_CELLS} cells is not supported`);
              const v = reader(s.peek(row, col));
              if (first) value = v;
              else if (v !== value) value = null;
              first = false;
            }
          }
        }
        this.ctx.respond(value ?? null);
        this.snapshot(p, value ?? null);
      }
    });
    return this;
  }

  /** The loaded value of a property. */
  get(prop: string): unknown {
    return this.read(prop);
  }
}

/** Formats of one or more rectangles (a range, or the areas of `getRanges`). */
class FakeFormat extends FakeObject {
  readonly fill: { color: string; clear(): void; load(props: string | string[]): unknown };
  readonly font: { name: string; color: string; bold: boolean; italic: boolean; size: number; load(props: string | string[]): unknown };
  readonly borders: { getItem(edge: string): { style: string; weight: string; load(props: string | string[]): unknown } };

  constructor(
    ctx: FakeContext,
    private readonly handle: SheetHandle,
    private readonly rects: () => CellRange[],
    private readonly address: string,
  ) {
    super(ctx);
    const set = (kind: string, payload: unknown, apply: (cell: FakeCell, row: number, col: number) => void) => this.setCells(kind, payload, apply);
    const part = (readers: Record<string, (cell: FakeCell | undefined) => unknown>, what: string) => new FakeFormatPart(ctx, handle, rects, readers, what);
    // Excel reports colours as upper-case #RRGGBB.
    const colour = (c: string | null | undefined) => (c ? c.toUpperCase() : null);
    const fill = part({ color: (c) => colour(c?.fill) ?? FORMAT_DEFAULTS.fill }, 'fill');
    this.fill = {
      set color(v: string) {
        set('format.fill.color', v, (c) => (c.fill = v));
      },
      get color(): string {
        return fill.get('color') as string;
      },
      clear: () => set('format.fill.clear', null, (c) => (c.fill = null)),
      load: (props) => fill.load(props),
    };
    const font = part(
      {
        name: (c) => c?.font.name ?? FORMAT_DEFAULTS.fontName,
        color: (c) => colour(c?.font.color) ?? FORMAT_DEFAULTS.fontColor,
        bold: (c) => c?.font.bold ?? false,
        italic: (c) => c?.font.italic ?? false,
        size: (c) => c?.font.size ?? FORMAT_DEFAULTS.fontSize,
      },
      'font',
    );
    const fontProp = (key: 'name' | 'color' | 'bold' | 'italic' | 'size') => ({
      set: (v: never) => set(`format.font.${key}`, v, (c) => (c.font = { ...c.font, [key]: v })),
      get: () => font.get(key),
    });
    this.font = Object.defineProperties({ load: (props: string | string[]) => font.load(props) } as { name: string; color: string; bold: boolean; italic: boolean; size: number; load(props: string | string[]): unknown }, {
      name: fontProp('name'),
      color: fontProp('color'),
      bold: fontProp('bold'),
      italic: fontProp('italic'),
      size: fontProp('size'),
    });
    this.borders = {
      getItem: (edge: string) => {
        const border = part(
          {
            style: (c) => c?.borders[edge] ?? FORMAT_DEFAULTS.borderStyle,
            weight: (c) => c?.borders[`${edge}.weight`] ?? FORMAT_DEFAULTS.borderWeight,
          },
          `borders.${edge}`,
        );
        return {
          set style(v: string) {
            set(`format.borders.${edge}.style`, v, (c) => (c.borders = { ...c.borders, [edge]: v }));
          },
          get style(): string {
            return border.get('style') as string;
          },
          set weight(v: string) {
            set(`format.borders.${edge}.weight`, v, (c) => (c.borders = { ...c.borders, [`${edge}.weight`]: v }));
          },
          get weight(): string {
            return border.get('weight') as string;
          },
          load: (props: string | string[]) => border.load(props),
        };
      },
    };
  }

  private setCells(kind: string, payload: unknown, apply: (cell: FakeCell, row: number, col: number) => void): void {
    this.ctx.enqueueWrite(kind, this.handle, this.address, payload, (s) => {
      for (const r of this.rects()) {
        if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > 2_000_000) throw new Error('fake: formatting whole columns is not supported');
        for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) apply(s.cell(row, col), row, col);
      }
    });
  }

  /**
   * `columnWidth` and `rowHeight` read per column or row (null when they differ); the alignment
   * and wrap per cell. Widths and heights come back as set: Excel may round them to whole pixels.
   */
  load(props: string | string[]): this {
    const all = this.propsOf(props);
    for (const path of all.filter((p) => p.includes('/'))) {
      const [head, ...rest] = path.split('/');
      if (head === 'fill') this.fill.load(rest.join('/'));
      else if (head === 'font') this.font.load(rest.join('/'));
      else throw new Error(`fake: loading format.${path} is not supported`);
    }
    const wanted = all.filter((p) => !p.includes('/'));
    const cellProps: Record<string, (c: FakeCell | undefined) => unknown> = {
      horizontalAlignment: (c) => c?.horizontal ?? FORMAT_DEFAULTS.horizontal,
      verticalAlignment: (c) => c?.vertical ?? FORMAT_DEFAULTS.vertical,
      wrapText: (c) => c?.wrap ?? false,
    };
    const cells = new FakeFormatPart(this.ctx, this.handle, this.rects, cellProps, 'format');
    const perCell = wanted.filter((p) => p in cellProps);
    if (perCell.length > 0) cells.load(perCell);
    this.ctx.enqueue(sizeOf(props), () => {
      const s = this.handle.get();
      for (const p of wanted) {
        if (p in cellProps) this.snapshot(p, cells.get(p));
        else if (p === 'columnWidth' || p === 'rowHeight') {
          const values = new Set<number>();
          for (const r of this.rects()) {
            if (p === 'columnWidth') for (let col = r.left; col <= r.right; col++) values.add(s.columnWidths.get(col) ?? STANDARD_COLUMN_WIDTH);
            else {
              // A whole column's rows: the set heights, plus the standard one when any row is unset.
              const set = [...s.rowHeights].filter(([row]) => row >= r.top && row <= r.bottom);
              for (const [, h] of set) values.add(h);
              if (set.length < r.bottom - r.top + 1) values.add(STANDARD_ROW_HEIGHT);
            }
          }
          const value = values.size === 1 ? [...values][0] : null;
          this.ctx.respond(value);
          this.snapshot(p, value);
        } else throw new Error(`fake: loading format.${p} is not supported`);
      }
    });
    return this;
  }

  get horizontalAlignment(): string {
    return this.read('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this.setCells('format.horizontalAlignment', v, (c) => (c.horizontal = v));
  }
  get verticalAlignment(): string {
    return this.read('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this.setCells('format.verticalAlignment', v, (c) => (c.vertical = v));
  }
  get wrapText(): boolean {
    return this.read('wrapText');
  }
  set wrapText(v: boolean) {
    this.setCells('format.wrapText', v, (c) => (c.wrap = v));
  }
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  set columnWidth(v: number) {
    this.ctx.enqueueWrite('format.columnWidth', this.handle, this.address, v, (s) => {
      for (const r of this.rects()) for (let col = r.left; col <= r.right; col++) s.columnWidths.set(col, v);
    });
  }
  get rowHeight(): number {
    return this.read('rowHeight');
  }
  set rowHeight(v: number) {
    this.ctx.enqueueWrite('format.rowHeight', this.handle, this.address, v, (s) => {
      for (const r of this.rects()) for (let row = r.top; row <= r.bottom; row++) s.rowHeights.set(row, v);
    });
  }
}

class FakeDataValidation extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly handle: SheetHandle,
    private readonly rect: () => CellRange,
    private readonly address: string,
  ) {
    super(ctx);
  }

  /**
   * `type` and `rule` of the range's validation: "None" (and an empty rule) where there is none,
   * "Inconsistent" where the range is not under one rule (DataValidationType reference), "List"
   * with the rule as written (the list source as given) where it is.
   */
  load(props: string | string[]): this {
    const wanted = this.propsOf(props);
    this.ctx.enqueue(sizeOf(props), () => {
      const r = this.rect();
      const s = this.handle.get();
      const touching = s.validations.filter((v) => overlaps(v.range, r));
      const whole = touching.length === 1 && touching[0].range.top <= r.top && touching[0].range.left <= r.left && touching[0].range.bottom >= r.bottom && touching[0].range.right >= r.right;
      const rule = whole ? (JSON.parse(JSON.stringify(touching[0].rule)) as Record<string, unknown>) : {};
      const type = touching.length === 0 ? 'None' : !whole ? 'Inconsistent' : 'list' in rule ? 'List' : 'Custom';
      for (const p of wanted) {
        if (p === 'type') this.snapshot('type', type);
        else if (p === 'rule') this.snapshot('rule', rule);
        else throw new Error(`fake: loading dataValidation.${p} is not supported`);
      }
      this.ctx.respond({ type, rule });
    });
    return this;
  }

  get type(): string {
    return this.read('type');
  }
  clear(): void {
    this.ctx.enqueueWrite('dataValidation.clear', this.handle, this.address, null, (s) => {
      const r = this.rect();
      s.validations = s.validations.filter((v) => !overlaps(v.range, r));
    });
  }
  get rule(): unknown {
    return this.read('rule');
  }
  set rule(rule: unknown) {
    this.ctx.enqueueWrite('dataValidation.rule', this.handle, this.address, rule, (s) => {
      const list = (rule as { list?: { source?: unknown } }).list;
      if (typeof list?.source === 'string' && !list.source.startsWith('=') && list.source.length > 255) {
        throw new FakeOfficeError('InvalidArgument', 'List source longer than 255 characters');
      }
      s.validations.push({ range: this.rect(), rule });
    });
  }
  set errorAlert(alert: unknown) {
    this.ctx.enqueueWrite('dataValidation.errorAlert', this.handle, this.address, alert, (s) => {
      const r = this.rect();
      const v = s.validations.find((x) => rangeAddress(x.range) === rangeAddress(r));
      if (v) v.errorAlert = alert;
    });
  }
}

class FakeRange extends FakeObject {
  readonly format: FakeFormat;
  readonly dataValidation: FakeDataValidation;

  constructor(
    ctx: FakeContext,
    private readonly handle: SheetHandle,
    readonly rect: () => CellRange,
    readonly label: string,
  ) {
    super(ctx);
    this.format = new FakeFormat(ctx, handle, () => [rect()], label);
    this.dataValidation = new FakeDataValidation(ctx, handle, rect, label);
  }

  /** The sheet and cells this range is, when the batch runs (for charts). */
  source(): FakeChartSource {
    return { sheet: this.handle.get(), range: this.rect() };
  }

  private checkShape(kind: string, grid: unknown): void {
    const r = this.rect();
    const rows = r.bottom - r.top + 1;
    const cols = r.right - r.left + 1;
    if (!Array.isArray(grid) || grid.length !== rows || grid.some((line) => !Array.isArray(line) || line.length !== cols)) {
      throw new FakeOfficeError('InvalidArgument', `${kind}: the array does not match the size of ${rangeAddress(r)}`);
    }
  }

  load(props: string | string[]): this {
    const all = this.propsOf(props);
    // `format/fill/color`, `dataValidation/type`: loaded on the object the path leads to.
    for (const path of all.filter((p) => p.includes('/'))) {
      const [head, ...rest] = path.split('/');
      if (head === 'format') this.format.load(rest.join('/'));
      else if (head === 'dataValidation') this.dataValidation.load(rest.join('/'));
      else throw new Error(`fake: loading range.${path} is not supported`);
    }
    const wanted = all.filter((p) => !p.includes('/'));
    this.ctx.enqueue(sizeOf(props), () => {
      const s = this.handle.get();
      const r = this.rect();
      for (const p of wanted) {
        if (p === 'values' || p === 'numberFormat' || p === 'formulas' || p === 'text') {
          const cells = (r.bottom - r.top + 1) * (r.right - r.left + 1);
          if (cells > EXCEL_RANGE_CELL_LIMIT) throw new FakeOfficeError('RangeExceedsLimit', `Loading ${p} of ${cells} cells is over the five-million-cell limit`);
          const grid: unknown[][] = [];
          for (let row = r.top; row <= r.bottom; row++) {
            const line: unknown[] = [];
            for (let col = r.left; col <= r.right; col++) {
              const c = s.peek(row, col);
              if (p === 'values') line.push(c?.value ?? '');
              else if (p === 'numberFormat') line.push(c?.numberFormat ?? 'General');
              else if (p === 'formulas') line.push(c?.formula ?? c?.value ?? '');
              else line.push(this.ctx.excel.displayText(c));
            }
            grid.push(line);
          }
          this.ctx.respond(grid);
          this.snapshot(p, grid);
        } else if (p === 'rowIndex') this.snapshot(p, r.top - 1);
        else if (p === 'columnIndex') this.snapshot(p, r.left - 1);
        else if (p === 'rowCount') this.snapshot(p, r.bottom - r.top + 1);
        else if (p === 'columnCount') this.snapshot(p, r.right - r.left + 1);
        else if (p === 'address') this.snapshot(p, `'${s.name.replace(/'/g, "''")}'!${rangeAddress(r)}`);
        else throw new Error(`fake: loading range.${p} is not supported`);
        if (p !== 'values' && p !== 'numberFormat') this.ctx.respond(this.read(p));
      }
    });
    return this;
  }

  get values(): FakeValue[][] {
    return this.read('values');
  }
  set values(grid: FakeValue[][]) {
    this.ctx.enqueueWrite('range.values', this.handle, this.label, grid, (s) => {
      this.checkShape('values', grid);
      const r = this.rect();
      grid.forEach((line, i) => line.forEach((v, j) => s.setValue(r.top + i, r.left + j, v)));
    });
  }
  set formulas(grid: FakeValue[][]) {
    this.ctx.enqueueWrite('range.formulas', this.handle, this.label, grid, (s) => {
      this.checkShape('formulas', grid);
      const r = this.rect();
      grid.forEach((line, i) => line.forEach((v, j) => s.setFormula(r.top + i, r.left + j, v)));
    });
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  get formulas(): FakeValue[][] {
    return this.read('formulas');
  }
  get text(): string[][] {
    return this.read('text');
  }
  set numberFormat(grid: string[][]) {
    this.ctx.enqueueWrite('range.numberFormat', this.handle, this.label, grid, (s) => {
      this.checkShape('numberFormat', grid);
      const r = this.rect();
      grid.forEach((line, i) => line.forEach((f, j) => (s.cell(r.top + i, r.left + j).numberFormat = f)));
    });
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  markNull(isNull: boolean): void {
    this.snapshot('isNullObject', isNull);
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get address(): string {
    return this.read('address');
  }

  /** Whole rows only ("12:14"): the rows below move down, as Excel's Insert Sheet Rows. */
  insert(shift: string): void {
    this.ctx.enqueueWrite('range.insert', this.handle, this.label, shift, (s) => {
      const r = this.rect();
      if (shift !== 'Down' || r.left !== 1 || r.right !== MAX_COL) throw new Error('fake: only inserting whole rows (shift Down) is supported');
      s.moveRows(r.top, r.bottom - r.top + 1);
    });
  }

  /** Whole rows only: the rows below move up, as Excel's Delete Sheet Rows. */
  delete(shift: string): void {
    this.ctx.enqueueWrite('range.delete', this.handle, this.label, shift, (s) => {
      const r = this.rect();
      if (shift !== 'Up' || r.left !== 1 || r.right !== MAX_COL) throw new Error('fake: only deleting whole rows (shift Up) is supported');
      s.moveRows(r.top, -(r.bottom - r.top + 1));
    });
  }

  /**
   * ExcelApi 1.9 `copyFrom(source, "Formats")` of whole rows, as Excel's Paste Formats: each
   * destination row takes the source row's cell formats, merged areas and height (a one-row
   * source is repeated down a taller destination, as the docs say of exact multiples).
   */
  copyFrom(source: string | FakeRange, copyType: string = 'All'): void {
    this.ctx.enqueueWrite('range.copyFrom', this.handle, this.label, copyType, (s) => {
      const from = typeof source === 'string' ? parseAddress(source) : source.rect();
      const to = this.rect();
      if (copyType !== 'Formats' || from.left !== 1 || from.right !== MAX_COL || to.left !== 1 || to.right !== MAX_COL) {
        throw new Error('fake: only copyFrom(whole rows, "Formats") is supported');
      }
      const rows = from.bottom - from.top + 1;
      if ((to.bottom - to.top + 1) % rows !== 0) throw new FakeOfficeError('InvalidArgument', 'copyFrom: the destination is not a multiple of the source');
      for (let row = to.top; row <= to.bottom; row++) {
        const src = from.top + ((row - to.top) % rows);
        for (const [, col] of s.cellsIn({ top: row, left: 1, bottom: row, right: MAX_COL })) {
          const c = s.cell(row, col);
          Object.assign(c, { numberFormat: 'General', fill: null, font: {}, horizontal: undefined, vertical: undefined, wrap: undefined, borders: {} });
        }
        for (const [, col, cell] of s.cellsIn({ top: src, left: 1, bottom: src, right: MAX_COL })) {
          const c = s.cell(row, col);
          Object.assign(c, { numberFormat: cell.numberFormat, fill: cell.fill, font: { ...cell.font }, horizontal: cell.horizontal, vertical: cell.vertical, wrap: cell.wrap, borders: { ...cell.borders } });
        }
        const height = s.rowHeights.get(src);
        if (height !== undefined) s.rowHeights.set(row, height);
        s.merges = s.merges.filter((m) => !(m.top <= row && m.bottom >= row));
        for (const m of s.merges.filter((x) => x.top === src && x.bottom === src)) s.merges.push({ ...m, top: row, bottom: row });
      }
    });
  }

  merge(across = false): void {
    this.ctx.enqueueWrite('range.merge', this.handle, this.label, across, (s) => {
      const r = this.rect();
      if (s.merges.some((m) => overlaps(m, r))) throw new FakeOfficeError('InvalidOperation', `Cannot merge ${rangeAddress(r)} over a merged area`);
      s.merges.push(r);
    });
  }

  unmerge(): void {
    this.ctx.enqueueWrite('range.unmerge', this.handle, this.label, null, (s) => {
      const r = this.rect();
      s.merges = s.merges.filter((m) => !overlaps(m, r));
    });
  }

  clear(applyTo: string = 'All'): void {
    this.ctx.enqueueWrite('range.clear', this.handle, this.label, applyTo, (s) => {
      const r = this.rect();
      for (const [row, col] of s.cellsIn(r)) s.cells.delete(`${row},${col}`);
    });
  }

  select(): void {
    this.ctx.enqueue(30, () => {
      const s = this.handle.get();
      if (this.ctx.excel.activeSheet !== s.name) throw new FakeOfficeError('InvalidSelection', 'Select on an inactive sheet');
      this.ctx.excel.selection = { sheet: s.name, address: rangeAddress(this.rect()) };
    });
  }

  getMergedAreasOrNullObject(): FakeMergedAreas {
    return new FakeMergedAreas(this.ctx, this.handle, this.rect);
  }
}

class FakeMergedAreas extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly handle: SheetHandle,
    private readonly rect: () => CellRange,
  ) {
    super(ctx);
    ctx.enqueue(40, () => this.snapshot('isNullObject', this.found().length === 0));
  }

  /**
   * Only the merged areas whose top-left cell lies inside the range: Excel does not return a
   * merged area that enters the range from above or from the left (office-js issue 3611, open;
   * also 1590, where a row's merged areas come back only when they start on that row).
   */
  private found(): CellRange[] {
    const r = this.rect();
    return this.handle.get().merges.filter((m) => m.top >= r.top && m.top <= r.bottom && m.left >= r.left && m.left <= r.right);
  }

  load(props: string | string[]): this {
    const wanted = this.propsOf(props);
    this.ctx.enqueue(sizeOf(props), () => {
      const s = this.handle.get();
      const found = this.found();
      if (found.length > EXCEL_MERGED_AREAS_LIMIT) {
        throw new FakeOfficeError(this.ctx.excel.mergedAreasLimitCode, `getMergedAreasOrNullObject: ${found.length} merged areas (more than 512) in the range`);
      }
      this.ctx.excel.mergedAreasPerCall.push(found.length);
      for (const p of wanted) {
        if (p === 'areas/items/address') {
          const items = found.map((m) => ({ address: `'${s.name}'!${rangeAddress(m)}` }));
          this.ctx.respond(items);
          this.snapshot('areas', { items });
        } else {
          // office-js issue 1590: the RangeAreas' own address gave single top-left cells; only
          // `areas/items/address` (the maintainers' workaround) is modelled.
          throw new Error(`fake: loading mergedAreas.${p} is not supported`);
        }
      }
    });
    return this;
  }

  get areas(): { items: { address: string }[] } {
    return this.read('areas');
  }
}

class FakeRangeAreas extends FakeObject {
  readonly format: FakeFormat;
  constructor(ctx: FakeContext, handle: SheetHandle, addresses: string) {
    super(ctx);
    const rects = () => addresses.split(',').map((a) => parseAddress(a));
    this.format = new FakeFormat(ctx, handle, rects, addresses);
  }
}

class FakeFreezePanes {
  constructor(
    private readonly ctx: FakeContext,
    private readonly handle: SheetHandle,
  ) {}
  private set(kind: string, value: { rows: number; cols: number } | null): void {
    this.ctx.enqueueWrite(kind, this.handle, '', value, (s) => {
      s.freeze = value;
    });
  }
  freezeRows(n: number): void {
    this.set('freezePanes.freezeRows', { rows: n, cols: 0 });
  }
  freezeColumns(n: number): void {
    this.set('freezePanes.freezeColumns', { rows: 0, cols: n });
  }
  freezeAt(range: FakeRange | string): void {
    const address = typeof range === 'string' ? range : (range as unknown as { label: string }).label;
    const r = parseAddress(address);
    this.set('freezePanes.freezeAt', { rows: r.bottom, cols: r.right });
  }
  unfreeze(): void {
    this.set('freezePanes.unfreeze', null);
  }
  /** The frozen cells (top rows, left columns or both, from A1); a null object when nothing is frozen. */
  getLocationOrNullObject(): FakeRange {
    const whole = (f: { rows: number; cols: number }): CellRange => ({ top: 1, left: 1, bottom: f.rows > 0 ? f.rows : MAX_ROW, right: f.cols > 0 ? f.cols : MAX_COL });
    const range = new FakeRange(this.ctx, this.handle, () => whole(this.handle.get().freeze ?? { rows: 1, cols: 1 }), '(frozen)');
    this.ctx.enqueue(40, () => {
      const f = this.handle.get().freeze;
      range.markNull(!f || (f.rows === 0 && f.cols === 0));
    });
    return range;
  }
}

/**
 * What a page layout never set reads as (PageLayout reference; Excel's "Normal" margins of
 * 0.7 in left and right, 0.75 in top and bottom, 0.3 in header and footer, in points).
 */
const PAGE_DEFAULTS: { orientation: string; paperSize: string; zoom: unknown; margins: Record<string, number> } = {
  orientation: 'Portrait',
  paperSize: 'Letter',
  zoom: { scale: 100 },
  margins: { leftMargin: 50.4, rightMargin: 50.4, topMargin: 54, bottomMargin: 54, headerMargin: 21.6, footerMargin: 21.6 },
};
const HEADER_FOOTER_KEYS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];

/**
 * Why Excel's reference does not cover a `PageLayoutZoomOptions` value, or null. Documented
 * (ExcelApi 1.9): `horizontalFitToPages` / `verticalFitToPages` are numbers of pages and "can be
 * null if percentage scale is used"; `scale` is "between 10 and 400" and "can be null if fit to
 * page tall or wide is specified". A null page count without a scale (once used for "as many
 * pages tall as needed"), 0 pages, or an unknown key are not documented.
 */
export function undocumentedZoom(zoom: unknown): string | null {
  if (typeof zoom !== 'object' || zoom === null) return 'is not an object';
  const z = zoom as Record<string, unknown>;
  const unknown = Object.keys(z).filter((k) => !['horizontalFitToPages', 'verticalFitToPages', 'scale'].includes(k));
  if (unknown.length > 0) return `has unknown keys ${unknown.join(', ')}`;
  const scale = z.scale;
  const pages = [z.horizontalFitToPages, z.verticalFitToPages];
  if (scale !== undefined && scale !== null && !(typeof scale === 'number' && scale >= 10 && scale <= 400)) return `has scale ${String(scale)} (10–400)`;
  if (scale === null && pages.every((p) => p === undefined || p === null)) return 'has a null scale without pages to fit';
  for (const p of pages) {
    if (p === undefined) continue;
    if (p === null && (scale === undefined || scale === null)) return 'has a null page count without a percentage scale';
    if (p !== null && !(typeof p === 'number' && Number.isInteger(p) && p >= 1)) return `has a page count of ${String(p)}`;
  }
  return null;
}

class FakePageLayout extends FakeObject {
  readonly headersFooters: { defaultForAllPages: Record<string, string> };
  private readonly pageLoaded = new Map<string, unknown>();
  constructor(
    ctx: FakeContext,
    private readonly handle: SheetHandle,
  ) {
    super(ctx);
    const pages: Record<string, string> = {};
    for (const key of HEADER_FOOTER_KEYS) {
      Object.defineProperty(pages, key, {
        set: (v: string) => this.write(`pageLayout.headersFooters.${key}`, v, (s) => (s.page.headersFooters[key] = v)),
        get: () => {
          if (!this.pageLoaded.has(key)) throw new Error(`PropertyNotLoaded: The property '${key}' is not available.`);
          return this.pageLoaded.get(key);
        },
      });
    }
    this.headersFooters = { defaultForAllPages: pages };
    for (const key of Object.keys(PAGE_DEFAULTS.margins)) {
      Object.defineProperty(this, key, {
        set: (v: number) => this.write(`pageLayout.${key}`, v, (s) => (s.page.margins[key] = v)),
        get: () => this.read(key),
      });
    }
  }
  private write(kind: string, payload: unknown, apply: (s: FakeSheet) => void): void {
    this.ctx.enqueueWrite(kind, this.handle, '', payload, apply);
  }

  /** Orientation, paper, zoom, margins, and `headersFooters/defaultForAllPages/<section>`: as written, or Excel's defaults. */
  load(props: string | string[]): this {
    const wanted = this.propsOf(props);
    this.ctx.enqueue(sizeOf(props), () => {
      const page = this.handle.get().page;
      for (const p of wanted) {
        const footer = /^headersFooters\/defaultForAllPages\/(\w+)$/.exec(p);
        if (footer && HEADER_FOOTER_KEYS.includes(footer[1])) this.pageLoaded.set(footer[1], page.headersFooters[footer[1]] ?? '');
        else if (p === 'orientation') this.snapshot(p, page.orientation ?? PAGE_DEFAULTS.orientation);
        else if (p === 'paperSize') this.snapshot(p, page.paperSize ?? PAGE_DEFAULTS.paperSize);
        // A sheet nobody set prints at 100 %.
        else if (p === 'zoom') this.snapshot(p, JSON.parse(JSON.stringify(page.zoom ?? PAGE_DEFAULTS.zoom)) as unknown);
        else if (p in PAGE_DEFAULTS.margins) this.snapshot(p, page.margins[p] ?? PAGE_DEFAULTS.margins[p]);
        else throw new Error(`fake: loading pageLayout.${p} is not supported`);
      }
      this.ctx.respond(page);
    });
    return this;
  }

  get orientation(): string {
    return this.read('orientation');
  }
  set orientation(v: string) {
    this.write('pageLayout.orientation', v, (s) => (s.page.orientation = v));
  }
  get paperSize(): string {
    return this.read('paperSize');
  }
  set paperSize(v: string) {
    this.write('pageLayout.paperSize', v, (s) => (s.page.paperSize = v));
  }
  /**
   * Only documented values (see {@link undocumentedZoom}). With `FakeExcel.fitToPagesIgnored`,
   * fit-to-pages settings are silently not taken, as office-js issue 1860 reports for Excel on
   * Windows when the Page Layout tab has not been shown; a percentage scale is taken.
   */
  set zoom(v: unknown) {
    this.write('pageLayout.zoom', v, (s) => {
      const problem = undocumentedZoom(v);
      if (problem) throw new Error(`fake: PageLayoutZoomOptions ${JSON.stringify(v)} ${problem}; Excel documents no such value`);
      const z = v as Record<string, unknown>;
      const fit = (z.horizontalFitToPages ?? null) !== null || (z.verticalFitToPages ?? null) !== null;
      if (fit && this.ctx.excel.fitToPagesIgnored) return;
      s.page.zoom = v;
    });
  }
  get zoom(): unknown {
    return this.read('zoom');
  }
  setPrintArea(address: string): void {
    this.write('pageLayout.setPrintArea', address, (s) => (s.page.printArea = address));
  }
  setPrintTitleRows(address: string): void {
    this.write('pageLayout.setPrintTitleRows', address, (s) => (s.page.printTitleRows = address));
  }
  /** The rows repeated on every printed page; a null object when there are none. */
  getPrintTitleRowsOrNullObject(): FakeRange {
    const range = new FakeRange(this.ctx, this.handle, () => parseAddress(this.handle.get().page.printTitleRows ?? '1:1'), '(print titles)');
    this.ctx.enqueue(40, () => range.markNull(!this.handle.get().page.printTitleRows));
    return range;
  }
}

/** The fake Excel application: the workbook model plus what every request did. */
export class FakeExcel {
  sheets: FakeSheet[] = [];
  /** The document's add-in settings (`workbook.settings`). */
  readonly settings = new Map<string, unknown>();
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  syncs = 0;
  readonly requests: { sync: number; bytes: number; items: number; responseBytes: number }[] = [];
  /** How many merged areas each getMergedAreasOrNullObject call returned. */
  readonly mergedAreasPerCall: number[] = [];
  /** office-js issue 1860: fit-to-pages zoom settings silently not taken (Windows, Page Layout tab never shown). */
  fitToPagesIgnored = false;
  /** The code of the failure past 512 merged areas in one query: Excel documents none. */
  mergedAreasLimitCode = 'GeneralException';
  /** The workbook's date system: true for the 1904 system (Excel for Mac's old default). */
  date1904 = false;
  readonly writes: WriteRecord[] = [];
  readonly rangesCalls: string[] = [];
  readonly suspensions = { screen: 0, calculation: 0 };
  /** Each `application.calculate(type)` that ran. */
  readonly calculations: string[] = [];
  payloadLimit = EXCEL_WEB_PAYLOAD_LIMIT;
  /** Return an error to make the write with this record (and index among writes so far) fail. */
  failWrite?: (write: WriteRecord, index: number) => { code: string; message?: string } | undefined;

  /** The batch runner to give `OfficeWorkbook`: a fresh context per `Excel.run`. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(new FakeContext(this) as unknown as Excel.RequestContext);

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase() || s.id === name);
  }

  /**
   * Workbook files `insertWorksheetsFromBase64` can take, by their base64: the test reads them
   * (with exceljs, as any workbook) before the add-in sends them; an unknown file is refused.
   */
  readonly files = new Map<string, FakeSheet[]>();

  /** Reads a workbook file's sheets (values, formulas' results, number formats, fonts, merges, heights, print area) for `insertWorksheetsFromBase64`. */
  async knowFile(bytes: Uint8Array): Promise<void> {
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheets = book.worksheets.map((ws) => {
      const sheet = new FakeSheet(ws.name);
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        if (row.height !== undefined) sheet.rowHeights.set(r, row.height);
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          if (cell.isMerged && cell.master !== cell) return;
          const v = cell.value as unknown;
          const c0 = sheet.cell(r, c);
          if (v && typeof v === 'object' && 'formula' in v) {
            c0.formula = `=${(v as { formula: string }).formula}`;
            c0.value = ((v as { result?: FakeValue }).result ?? 0) as FakeValue;
          } else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') c0.value = v;
          c0.numberFormat = cell.numFmt ?? 'General';
          c0.font = { bold: cell.font?.bold, italic: cell.font?.italic, name: cell.font?.name, size: cell.font?.size };
          if (cell.border?.top) c0.borders = { EdgeTop: 'Continuous', EdgeBottom: 'Continuous', EdgeLeft: 'Continuous', EdgeRight: 'Continuous' };
        });
      });
      sheet.merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).map((m) => parseAddress(m));
      if (ws.pageSetup.printArea) sheet.page.printArea = ws.pageSetup.printArea.replace(/\$/g, '');
      return sheet;
    });
    this.files.set(Buffer.from(bytes).toString('base64'), sheets);
  }

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: sheet "${name}"`);
    return s;
  }

  addSheet(name: string): FakeSheet {
    const problem = excelSheetNameRefusal(name);
    if (problem) throw new FakeOfficeError('InvalidArgument', `The sheet name "${name}" ${problem}`);
    if (this.findSheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${name}" exists`);
    const s = new FakeSheet(name);
    this.sheets.push(s);
    if (!this.activeSheet) this.activeSheet = name;
    return s;
  }

  rename(s: FakeSheet, name: string): void {
    const problem = excelSheetNameRefusal(name);
    if (problem) throw new FakeOfficeError('InvalidArgument', `The sheet name "${name}" ${problem}`);
    const other = this.findSheet(name);
    if (other && other !== s) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${name}" exists`);
    if (this.activeSheet === s.name) this.activeSheet = name;
    s.name = name;
  }

  move(s: FakeSheet, position: number): void {
    const from = this.sheets.indexOf(s);
    this.sheets.splice(from, 1);
    this.sheets.splice(Math.max(0, Math.min(position, this.sheets.length)), 0, s);
  }

  deleteSheet(s: FakeSheet): void {
    if (s.visibility === 'VeryHidden') throw new FakeOfficeError('InvalidOperation', 'A very hidden sheet cannot be deleted');
    if (s.visibility === 'Visible' && this.sheets.filter((x) => x.visibility === 'Visible').length === 1) {
      throw new FakeOfficeError('InvalidOperation', 'The last visible sheet cannot be deleted');
    }
    this.sheets = this.sheets.filter((x) => x !== s);
    s.deleted = true;
    if (this.activeSheet === s.name) this.activeSheet = this.sheets.find((x) => x.visibility === 'Visible')?.name ?? null;
  }

  /** Seeds a sheet directly (no request): values from A1, `null` for empty. */
  seed(name: string, values: (FakeValue | null)[][], options: { numberFormats?: Record<string, string>; merges?: CellRange[] } = {}): FakeSheet {
    const s = this.addSheet(name);
    values.forEach((line, r) => line.forEach((v, c) => v !== null && (s.cell(r + 1, c + 1).value = v)));
    for (const [address, format] of Object.entries(options.numberFormats ?? {})) {
      const r = parseAddress(address);
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) s.cell(row, col).numberFormat = format;
    }
    s.merges = [...(options.merges ?? [])];
    return s;
  }

  /**
   * The text Excel shows in a cell (`range.text`): text as is, TRUE/FALSE, a number in General
   * as written, and a day under "dd/mm/yyyy" counted in the workbook's date system (serial 0 is
   * 01/01/1904 there; in the 1900 system serial 1 is 01/01/1900 and 60 the 29/02/1900 that never
   * was). Other number formats are not rendered by the fake.
   */
  displayText(c: FakeCell | undefined): string {
    if (!c || c.value === '') return '';
    if (typeof c.value === 'boolean') return c.value ? 'TRUE' : 'FALSE';
    if (typeof c.value === 'string') return c.value;
    if (c.numberFormat === 'General') return String(c.value);
    if (c.numberFormat.toLowerCase() === 'dd/mm/yyyy') {
      const serial = Math.floor(c.value);
      const n = this.date1904 ? dayNumber(1904, 1, 1) + serial : dayNumber(1899, 12, 31) + (serial > 60 ? serial - 1 : serial);
      const { year, month, day } = dateOfDayNumber(n);
      return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
    }
    throw new Error(`fake: the text of number format "${c.numberFormat}" is not rendered`);
  }

  /** Forgets what was counted so far (the model stays). */
  resetCounts(): void {
    this.syncs = 0;
    this.requests.length = 0;
    this.writes.length = 0;
    this.rangesCalls.length = 0;
    this.mergedAreasPerCall.length = 0;
    this.suspensions.screen = 0;
    this.suspensions.calculation = 0;
    this.calculations.length = 0;
  }
}
