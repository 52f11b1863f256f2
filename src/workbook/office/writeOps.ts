import { columnLetter, rangeAddress, type CellRange, type CellValue } from '../../core/grid';
import type { CellFormat, ChartWrite, PageSetup, SheetWrite, WritePlan } from '../../core/write/writePlan';
import { listRangeRef, listSheetName, placeLists } from '../listSources';
import { ownRectangle } from '../validateWritePlan';
import { DATE_1904_OFFSET, dateToExcelSerial } from './excelDates';

/**
 * The Office.js write of a plan, as plain data: one entry per Excel request item, in order.
 * `ref` names the worksheet an op acts on: `new:<name>` for a sheet the ops add, `sheet:<name>`
 * for one that exists. Planning is pure, so the ops can be sized, split into requests and
 * tested without Excel; `officeWorkbook` turns each op into API calls.
 */
export type WriteOp =
  | { kind: 'deleteSheet'; name: string; veryHidden: boolean }
  | { kind: 'addSheet'; ref: string; name: string; veryHidden: boolean }
  | { kind: 'clearSheet'; ref: string }
  | { kind: 'clearRange'; ref: string; address: string }
  | { kind: 'values'; ref: string; address: string; numberFormat: string[][]; values: (string | number | boolean)[][] }
  | { kind: 'formulas'; ref: string; address: string; formulas: string[][] }
  | { kind: 'format'; ref: string; addresses: string; format: CellFormat }
  | { kind: 'numberFormat'; ref: string; address: string; numberFormat: string[][] }
  | { kind: 'merge'; ref: string; address: string }
  | { kind: 'columnWidth'; ref: string; address: string; points: number }
  | { kind: 'rowHeight'; ref: string; address: string; points: number }
  | { kind: 'freeze'; ref: string; rows: number; cols: number }
  | { kind: 'pageLayout'; ref: string; setup: PageSetup; pagesTall: number }
  | { kind: 'rowBreak'; ref: string; address: string }
  | { kind: 'validation'; ref: string; address: string; source: string }
  | { kind: 'tabColor'; ref: string; color: string }
  | { kind: 'chart'; ref: string; chart: ChartWrite }
  | { kind: 'rename'; ref: string; name: string; position: number | null }
  | { kind: 'activate'; ref: string };

/** A sheet as the first read of `apply` saw it. */
export interface ExistingSheet {
  name: string;
  position: number;
  visibility: string;
}

/** Number format given to dates the plan leaves unformatted (same as the .xlsx path). */
export const DATE_FORMAT = 'dd/mm/yyyy';
/** Text format: Excel keeps what is written into such a cell as text, `=…` included. */
export const TEXT_FORMAT = '@';
/**
 * Longest address list given to one `getRanges` call: Excel's troubleshooting notes limit the
 * address string to 8 192 characters; office-js issue 5198 sees failures from 8 207 characters
 * and 513 areas, so lists stay under 8 000 characters and 500 areas.
 */
export const MAX_ADDRESS_CHARS = 8000;
/** Most areas in one `getRanges` address list (see {@link MAX_ADDRESS_CHARS}). */
export const MAX_ADDRESS_AREAS = 500;
/** Largest single values op; requests are filled with several. */
export const MAX_OP_BYTES = 512 * 1024;
/** Prefix of the sheets a create write is built in before it is renamed into place. */
export const TEMP_SHEET_PREFIX = 'KSTTHC_TAM_';

const encoder = new TextEncoder();

/**
 * Bytes an op adds to a request: its JSON in UTF-8 plus a little for the request envelope.
 *
 * @example
 * opBytes({ kind: 'activate', ref: 'sheet:A' }) // 100
 */
export function opBytes(op: WriteOp): number {
  const base = encoder.encode(JSON.stringify(op)).length + 64;
  if (op.kind !== 'format') return base;
  // Each property set is its own action and may carry the range's address list again:
  // count the addresses once per property, so a many-property format over thousands of
  // ranges can't slip past the request limit.
  return base + op.addresses.length * formatPropertyCount(op.format);
}

/** How many property sets a format becomes (a thin border: style and weight on six edges). */
function formatPropertyCount(f: CellFormat): number {
  let n = 0;
  for (const key of ['fill', 'fontName', 'fontColor', 'bold', 'italic', 'fontSize', 'horizontal', 'vertical', 'wrap', 'numberFormat'] as const) {
    if (f[key] !== undefined) n += 1;
  }
  if (f.border === 'thin') n += 12;
  return n;
}

/**
 * Excel column width in characters → Office.js `columnWidth` in points (Calibri 11: 7 px a
 * character, 5 px padding).
 *
 * @example
 * widthToPoints(10) // 56.25
 */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Options of {@link planWriteOps}. */
export interface PlanWriteOptions {
  /** The workbook counts dates from 1904: serials are 1 462 days smaller. */
  date1904?: boolean;
}

function officeValue(v: CellValue, date1904: boolean): string | number | boolean {
  if (v === null) return '';
  if (v instanceof Date) return dateToExcelSerial(v) - (date1904 ? DATE_1904_OFFSET : 0);
  return v;
}

function formatOfValue(v: CellValue): string {
  if (typeof v === 'string') return TEXT_FORMAT;
  if (v instanceof Date) return DATE_FORMAT;
  return 'General';
}

/** A value block as ops of at most {@link MAX_OP_BYTES}, rectangular (short rows padded with blanks). */
function valueOps(ref: string, row: number, col: number, block: CellValue[][], date1904 = false): WriteOp[] {
  const width = block.reduce((w, line) => Math.max(w, line.length), 0);
  if (width === 0 || block.length === 0) return [];
  const ops: WriteOp[] = [];
  let start = 0;
  let values: (string | number | boolean)[][] = [];
  let formats: string[][] = [];
  let bytes = 0;
  const flush = (end: number) => {
    if (values.length === 0) return;
    const address = rangeAddress({ top: row + start, left: col, bottom: row + end - 1, right: col + width - 1 });
    ops.push({ kind: 'values', ref, address, numberFormat: formats, values });
    start = end;
    values = [];
    formats = [];
    bytes = 0;
  };
  block.forEach((line, r) => {
    const cells = Array.from({ length: width }, (_, c) => line[c] ?? null);
    const v = cells.map((x) => officeValue(x, date1904));
    const f = cells.map(formatOfValue);
    const size = encoder.encode(JSON.stringify(v)).length + JSON.stringify(f).length;
    if (bytes + size > MAX_OP_BYTES) flush(r);
    values.push(v);
    formats.push(f);
    bytes += size;
  });
  flush(block.length);
  return ops;
}

/**
 * The plan's formulas as ops, one per run of adjacent cells in a row (`=` prefixed, as
 * `range.formulas` takes them). They follow the values, so a formula replaces a value there.
 */
function formulaOps(ref: string, sw: SheetWrite): WriteOp[] {
  const cells = [...(sw.formulas ?? [])].sort((a, b) => a.row - b.row || a.col - b.col);
  const ops: WriteOp[] = [];
  let i = 0;
  while (i < cells.length) {
    let j = i;
    while (j + 1 < cells.length && cells[j + 1].row === cells[i].row && cells[j + 1].col === cells[j].col + 1) j++;
    const run = cells.slice(i, j + 1);
    const address = rangeAddress({ top: cells[i].row, left: cells[i].col, bottom: cells[i].row, right: cells[j].col });
    ops.push({ kind: 'formulas', ref, address, formulas: [run.map((f) => `=${f.formula}`)] });
    i = j + 1;
  }
  return ops;
}

function overlapsCols(a: { left: number; right: number }, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right;
}

/**
 * Groups equal formats so each group is set once through `getRanges`, keeping the plan's
 * order where it matters: a range joins the latest group of its format only when no later
 * group touches the same cells; otherwise it opens a new group.
 *
 * @example
 * groupFormats([{ range: r1, format: red }, { range: r2, format: green }, { range: r3, format: red }])
 * // [{ format: red, ranges: [r1, r3] }, { format: green, ranges: [r2] }]   (r2 and r3 apart)
 */
export function groupFormats(formats: { range: CellRange; format: CellFormat }[]): { format: CellFormat; ranges: CellRange[] }[] {
  const groups: { key: string; format: CellFormat; ranges: CellRange[] }[] = [];
  const lastGroupOf = new Map<string, number>();
  const byRow = new Map<number, { group: number; left: number; right: number }[]>();
  for (const { range, format } of formats) {
    const key = JSON.stringify(format);
    const last = lastGroupOf.get(key);
    let target = last;
    if (last !== undefined) {
      outer: for (let row = range.top; row <= range.bottom; row++) {
        for (const used of byRow.get(row) ?? []) {
          if (used.group > last && overlapsCols(used, range)) {
            target = undefined;
            break outer;
          }
        }
      }
    }
    if (target === undefined) {
      target = groups.length;
      groups.push({ key, format, ranges: [] });
      lastGroupOf.set(key, target);
    }
    groups[target].ranges.push(range);
    for (let row = range.top; row <= range.bottom; row++) {
      const list = byRow.get(row) ?? [];
      list.push({ group: target, left: range.left, right: range.right });
      byRow.set(row, list);
    }
  }
  return groups.map(({ format, ranges }) => ({ format, ranges }));
}

/**
 * Address lists of at most `maxChars` characters and `maxAreas` areas (`A1:F1,A3:F3`).
 *
 * @example
 * chunkAddresses(['A1', 'B2', 'C3'], 5) // ['A1,B2', 'C3']
 */
export function chunkAddresses(addresses: string[], maxChars = MAX_ADDRESS_CHARS, maxAreas = MAX_ADDRESS_AREAS): string[] {
  const chunks: string[] = [];
  let current = '';
  let areas = 0;
  for (const a of addresses) {
    if (current && (current.length + 1 + a.length > maxChars || areas >= maxAreas)) {
      chunks.push(current);
      current = '';
      areas = 0;
    }
    current = current ? `${current},${a}` : a;
    areas += 1;
  }
  if (current) chunks.push(current);
  return chunks;
}

function formatOps(ref: string, sw: SheetWrite): WriteOp[] {
  const ops: WriteOp[] = [];
  const styled: { range: CellRange; format: CellFormat }[] = [];
  const numberFormats: WriteOp[] = [];
  for (const { range, format } of sw.formats) {
    const { numberFormat, ...rest } = format;
    if (Object.values(rest).some((v) => v !== undefined)) styled.push({ range, format: rest });
    if (numberFormat !== undefined) {
      const rows = range.bottom - range.top + 1;
      const cols = range.right - range.left + 1;
      const grid = Array.from({ length: rows }, () => new Array<string>(cols).fill(numberFormat));
      numberFormats.push({ kind: 'numberFormat', ref, address: rangeAddress(range), numberFormat: grid });
    }
  }
  for (const group of groupFormats(styled)) {
    for (const addresses of chunkAddresses(group.ranges.map(rangeAddress))) ops.push({ kind: 'format', ref, addresses, format: group.format });
  }
  return [...ops, ...numberFormats];
}

function listSheetOps(sw: SheetWrite, existing: Map<string, ExistingSheet>): { ops: WriteOp[]; sources: string[] } {
  const { sources, listSheet } = placeLists(sw);
  const name = listSheetName(sw.sheet);
  const old = existing.get(name.toLowerCase());
  const ops: WriteOp[] = [];
  if (listSheet) {
    const ref = old ? `sheet:${old.name}` : `new:${name}`;
    if (old) ops.push({ kind: 'clearSheet', ref });
    else ops.push({ kind: 'addSheet', ref, name, veryHidden: true });
    ops.push(...valueOps(ref, 1, 1, [[sw.sheet]]));
    listSheet.columns.forEach((items, c) => ops.push(...valueOps(ref, 2, c + 1, items.map((item) => [item]))));
  } else if (old) {
    ops.push({ kind: 'deleteSheet', name: old.name, veryHidden: old.visibility === 'VeryHidden' });
  }
  const formulas = sources.map((s) => (s.kind === 'inline' ? s.items.join(',') : `=${listRangeRef(name, s.column, s.count)}`));
  return { ops, sources: formulas };
}

/**
 * Pages tall for "fit to one page wide" that the height never reaches: one page per printed
 * row. Office.js documents no "as many as needed" (`verticalFitToPages` "can be null if
 * percentage scale is used", ExcelApi 1.9), and Excel only shrinks to fit, so with this bound
 * the width alone sets the scale, as fitToHeight="0" does in a file.
 *
 * @example
 * pagesTallBound({ sheet: 'Tiến độ', mode: 'create', values: [{ row: 1, col: 1, values: [['a'], ['b']] }], formats: [], merges: [], columnWidths: [] }) // 2
 */
export function pagesTallBound(sw: SheetWrite): number {
  const area = sw.pageSetup?.printArea;
  if (area) return Math.max(1, area.bottom - area.top + 1);
  let last = 1;
  for (const block of sw.values) last = Math.max(last, block.row + block.values.length - 1);
  for (const f of sw.formulas ?? []) last = Math.max(last, f.row);
  for (const m of sw.merges) last = Math.max(last, m.bottom);
  return last;
}

function sheetOps(ref: string, sw: SheetWrite, existing: Map<string, ExistingSheet>, date1904: boolean): WriteOp[] {
  const ops: WriteOp[] = [];
  if (sw.mode === 'update') {
    const own = ownRectangle(sw) as CellRange;
    ops.push({ kind: 'clearRange', ref, address: rangeAddress(own) });
  }
  for (const block of sw.values) ops.push(...valueOps(ref, block.row, block.col, block.values, date1904));
  ops.push(...formulaOps(ref, sw));
  ops.push(...formatOps(ref, sw));
  for (const m of sw.merges) ops.push({ kind: 'merge', ref, address: rangeAddress(m) });
  for (const { col, width } of sw.columnWidths) ops.push({ kind: 'columnWidth', ref, address: `${columnLetter(col)}:${columnLetter(col)}`, points: widthToPoints(width) });
  for (const { row, height } of sw.rowHeights ?? []) ops.push({ kind: 'rowHeight', ref, address: `${row}:${row}`, points: height });
  if (sw.freeze) ops.push({ kind: 'freeze', ref, rows: sw.freeze.rows, cols: sw.freeze.cols });
  if (sw.pageSetup) ops.push({ kind: 'pageLayout', ref, setup: sw.pageSetup, pagesTall: pagesTallBound(sw) });
  for (const row of sw.rowBreaks ?? []) ops.push({ kind: 'rowBreak', ref, address: `A${row}` });
  const lists = listSheetOps(sw, existing);
  ops.push(...lists.ops);
  (sw.validations ?? []).forEach((v, i) => ops.push({ kind: 'validation', ref, address: rangeAddress(v.range), source: lists.sources[i] }));
  if (sw.tabColor) ops.push({ kind: 'tabColor', ref, color: sw.tabColor });
  // Charts last: their series read the cells written above.
  for (const chart of sw.charts ?? []) ops.push({ kind: 'chart', ref, chart });
  return ops;
}

function tempNames(count: number, taken: Set<string>): string[] {
  const names: string[] = [];
  for (let n = 1; names.length < count; n++) {
    const name = `${TEMP_SHEET_PREFIX}${n}`;
    if (!taken.has(name.toLowerCase())) names.push(name);
  }
  return names;
}

/**
 * The ops of a validated plan, given the sheets the workbook has. Sheets left by an interrupted
 * earlier run are deleted first; each create sheet is built under a temporary name; the last
 * ops delete the sheets they replace and rename the new ones into their tab position, so an
 * error before them leaves no half-built sheet under a final name.
 *
 * @example
 * planWriteOps({ sheets: [{ sheet: 'Tiến độ', mode: 'create', values: [], formats: [], merges: [], columnWidths: [] }] },
 *   [{ name: 'Tiến độ', position: 1, visibility: 'Visible' }]).map((op) => op.kind)
 * // ['addSheet', 'deleteSheet', 'rename']
 */
export function planWriteOps(plan: WritePlan, existingSheets: ExistingSheet[], options: PlanWriteOptions = {}): WriteOp[] {
  const existing = new Map(existingSheets.map((s) => [s.name.toLowerCase(), s]));
  const stale = existingSheets.filter((s) => s.name.toUpperCase().startsWith(TEMP_SHEET_PREFIX));
  const creates = plan.sheets.filter((s) => s.mode === 'create');
  const temps = tempNames(creates.length, new Set([...existing.keys()].filter((n) => !stale.some((s) => s.name.toLowerCase() === n))));
  const ops: WriteOp[] = stale.map((s) => ({ kind: 'deleteSheet', name: s.name, veryHidden: s.visibility === 'VeryHidden' }));
  const refOf = new Map<string, string>();
  let built = 0;
  for (const sw of plan.sheets) {
    let ref: string;
    if (sw.mode === 'create') {
      const temp = temps[built++];
      ref = `new:${temp}`;
      ops.push({ kind: 'addSheet', ref, name: temp, veryHidden: false });
    } else {
      ref = `sheet:${(existing.get(sw.sheet.toLowerCase()) as ExistingSheet).name}`;
    }
    refOf.set(sw.sheet.toLowerCase(), ref);
    ops.push(...sheetOps(ref, sw, existing, options.date1904 === true));
  }
  for (const sw of creates) {
    const old = existing.get(sw.sheet.toLowerCase());
    if (old) ops.push({ kind: 'deleteSheet', name: old.name, veryHidden: old.visibility === 'VeryHidden' });
    ops.push({ kind: 'rename', ref: refOf.get(sw.sheet.toLowerCase()) as string, name: sw.sheet, position: old ? old.position : null });
  }
  if (plan.activate) {
    const key = plan.activate.toLowerCase();
    const existingSheet = existing.get(key);
    const ref = refOf.get(key) ?? (existingSheet ? `sheet:${existingSheet.name}` : null);
    if (ref) ops.push({ kind: 'activate', ref });
  }
  return ops;
}

/**
 * Splits ops into requests of at most `maxBytes` (each op counted by {@link opBytes}). An op
 * bigger than the limit gets a request of its own (values ops are already cut to
 * {@link MAX_OP_BYTES}).
 *
 * @example
 * splitIntoRequests(ops, 4 * 1024 * 1024).length // 1 for a 10 000-row status plan
 */
export function splitIntoRequests(ops: WriteOp[], maxBytes: number): { ops: WriteOp[]; bytes: number }[] {
  const requests: { ops: WriteOp[]; bytes: number }[] = [];
  let current: { ops: WriteOp[]; bytes: number } = { ops: [], bytes: 0 };
  for (const op of ops) {
    const size = opBytes(op);
    if (current.ops.length > 0 && current.bytes + size > maxBytes) {
      requests.push(current);
      current = { ops: [], bytes: 0 };
    }
    current.ops.push(op);
    current.bytes += size;
  }
  if (current.ops.length > 0) requests.push(current);
  return requests;
}
