import type { CellRange, CellValue } from '../grid';
import type { ReportPeriod } from '../periods/periods';
import { PAGE_FOOTER } from '../write/printSetup';
import type { CellFormat, RangeFormat, SheetWrite, WritePlan } from '../write/writePlan';
import type { FormsResult } from './computeForms';
import { II05A, II05A_COUNT_KEYS, II06A, columnNumberLabel, headerDepth, periodLine, type FormDefinition } from './definitions';
import { formFormulas, type FormBodyLine } from './formFormulas';

export type { FormBodyLine } from './formFormulas';

/**
 * "Đơn vị nhận báo cáo" when no receiver is known (see `reportReceiverOf`): a line to write
 * it in, never a fixed department (Sở names change: NN&PTNT became NN&MT in 2025).
 */
export const RECEIVER_BLANK = '……………………………';
/** Where the forms are signed, unless told otherwise. */
export const DEFAULT_PLACE = 'Quảng Ngãi';

export interface FormHeading {
  /** Đơn vị báo cáo. */
  unit: string;
  /** Đơn vị nhận báo cáo (default {@link RECEIVER_BLANK}, a line to write it in). */
  receiver?: string;
  period: ReportPeriod;
  /** Place in the signature date line (default {@link DEFAULT_PLACE}). */
  place?: string;
}

/**
 * Name of the add-in's own sheet for a form and period: "II.05a Quý I-2024", "II.06a Năm 2024"
 * ("/" is not allowed in sheet names; always ≤ 31 characters).
 *
 * @example
 * formSheetName(II05A, reportPeriod(2024, 'Q1')) // 'II.05a Quý I-2024'
 */
export function formSheetName(def: FormDefinition, period: ReportPeriod): string {
  return `${def.id} ${period.label.replace(/[/\\?*[\]:]/g, '-')}`.slice(0, 31);
}

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/**
 * Roman numeral of a group heading's STT.
 *
 * @example
 * romanNumeral(14) // 'XIV'
 */
export function romanNumeral(n: number): string {
  let s = '';
  let rest = n;
  for (const [v, r] of ROMAN) {
    while (rest >= v) {
      s += r;
      rest -= v;
    }
  }
  return s;
}

// Rough line count of wrapped text, for row heights (Excel never auto-fits merged or written rows).
function linesOf(text: string, width: number, fontScale = 1): number {
  const perLine = Math.max(1, Math.floor((width * 1.05) / fontScale));
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

const LINE_HEIGHT = 15;

function heightFor(lines: number, min = LINE_HEIGHT + 3): number {
  return Math.max(min, lines * LINE_HEIGHT + 4);
}

/** Header merges and texts of a definition, as (row offset, column) cells; exported for tests. */
export function headerCells(def: FormDefinition): { row: number; col: number; text: string; range: CellRange }[] {
  const depth = headerDepth(def);
  const cells: { row: number; col: number; text: string; range: CellRange }[] = [];
  for (let level = 0; level < depth; level++) {
    let i = 0;
    while (i < def.columns.length) {
      const column = def.columns[i];
      if (column.header.length <= level) {
        i++;
        continue;
      }
      const path = column.header.slice(0, level + 1).join('\u0000');
      let j = i;
      while (j + 1 < def.columns.length && def.columns[j + 1].header.slice(0, level + 1).join('\u0000') === path) j++;
      const leaf = column.header.length === level + 1;
      cells.push({
        row: level,
        col: i + 1,
        text: column.header[level],
        range: { top: level, left: i + 1, bottom: leaf ? depth - 1 : level, right: j + 1 },
      });
      i = j + 1;
    }
  }
  return cells;
}

/**
 * The write of one form on the add-in's own sheet, laid out as the official form: code top
 * right, title, period, reporting and receiving unit, unit of measure, multi-level merged
 * header, the "(1) … (n)" row, the body, "Tổng cộng", the signature block; thin borders,
 * A4 landscape fitted to the page width, header rows repeated on every page. The sum columns,
 * subtotals and "Tổng cộng" are live formulas with their results stored. Used for the units'
 * forms and the department's consolidated ones.
 *
 * @example
 * formSheetWrite(II05A, { unit: 'Chi cục Thủy lợi', period }, lines, totalCells, 'II.05a Quý I-2024')
 */
export function formSheetWrite(
  def: FormDefinition,
  heading: FormHeading,
  body: readonly FormBodyLine[],
  total: Record<string, CellValue> | null,
  sheet: string = formSheetName(def, heading.period),
): SheetWrite {
  const width = def.columns.length;
  const totalWidth = def.columns.reduce((n, c) => n + c.width, 0);
  const values: { row: number; col: number; values: CellValue[][] }[] = [];
  const formats: RangeFormat[] = [];
  const merges: CellRange[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  const put = (row: number, col: number, value: CellValue, span = 1, format?: CellFormat): void => {
    values.push({ row, col, values: [[value]] });
    const range = { top: row, left: col, bottom: row, right: col + span - 1 };
    if (span > 1) merges.push(range);
    if (format) formats.push({ range, format });
  };
  const spanWidth = (from: number, to: number) => def.columns.slice(from - 1, to).reduce((n, c) => n + c.width, 0);

  // Code, title, period.
  const codeSpan = Math.min(3, width - 1);
  put(1, width - codeSpan + 1, def.code, codeSpan, { horizontal: 'right', bold: true, italic: true });
  put(2, 1, def.title, width, { horizontal: 'center', vertical: 'middle', bold: true, fontSize: 13, wrap: true });
  rowHeights.push({ row: 2, height: heightFor(linesOf(def.title, totalWidth, 1.35), 22) });
  put(3, 1, periodLine(heading.period), width, { horizontal: 'center', italic: true });

  // Header block: units on the left, unit of measure on the right.
  const leftSpan = width;
  const unitLine = `${def.header.unitLabel}: ${heading.unit}`;
  const receiverLine = `${def.header.receiverLabel}: ${heading.receiver ?? RECEIVER_BLANK}`;
  put(4, 1, unitLine, leftSpan, { horizontal: 'left', vertical: 'top', wrap: true });
  put(5, 1, receiverLine, leftSpan, { horizontal: 'left', vertical: 'top', wrap: true });
  rowHeights.push({ row: 4, height: heightFor(linesOf(unitLine, spanWidth(1, leftSpan))) });
  rowHeights.push({ row: 5, height: heightFor(linesOf(receiverLine, spanWidth(1, leftSpan))) });
  put(6, width - codeSpan + 1, def.header.measure, codeSpan, { horizontal: 'right', italic: true });

  // Column headings.
  const headTop = 8;
  const depth = headerDepth(def);
  const headFormat: CellFormat = { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, border: 'thin' };
  const heights = new Array<number>(depth).fill(LINE_HEIGHT + 3);
  for (const cell of headerCells(def)) {
    const range = { top: headTop + cell.range.top, left: cell.range.left, bottom: headTop + cell.range.bottom, right: cell.range.right };
    values.push({ row: range.top, col: range.left, values: [[cell.text]] });
    if (range.bottom > range.top || range.right > range.left) merges.push(range);
    // Rows a heading spans share its height.
    const rows = range.bottom - range.top + 1;
    const need = heightFor(linesOf(cell.text, spanWidth(range.left, range.right) - 1)) / rows;
    for (let r = cell.range.top; r <= cell.range.bottom; r++) heights[r] = Math.max(heights[r], need);
  }
  formats.push({ range: { top: headTop, left: 1, bottom: headTop + depth - 1, right: width }, format: headFormat });
  heights.forEach((h, i) => rowHeights.push({ row: headTop + i, height: Math.ceil(h) }));

  const numberRow = headTop + depth;
  values.push({ row: numberRow, col: 1, values: [def.columns.map((c) => columnNumberLabel(c.no))] });
  formats.push({
    range: { top: numberRow, left: 1, bottom: numberRow, right: width },
    format: { italic: true, horizontal: 'center', vertical: 'middle', border: 'thin', fontSize: 10 },
  });

  // Body and total.
  let row = numberRow + 1;
  const bodyTop = row;
  for (const line of body) {
    values.push({ row, col: 1, values: [def.columns.map((c) => line.cells[c.key] ?? null)] });
    let lines = 1;
    for (const c of def.columns) {
      const v = line.cells[c.key];
      if (c.kind === 'text' && typeof v === 'string') lines = Math.max(lines, linesOf(v, c.width - 1));
    }
    rowHeights.push({ row, height: heightFor(lines) });
    if (line.bold) formats.push({ range: { top: row, left: 1, bottom: row, right: width }, format: { bold: true } });
    row++;
  }
  const totalRow = def.totalLabel !== null ? row : null;
  if (def.totalLabel !== null) {
    const totalCells: CellValue[] = def.columns.map((c) => (c.kind === 'count' ? (total?.[c.key] ?? 0) : null));
    values.push({ row, col: 1, values: [totalCells] });
    put(row, 1, def.totalLabel, 2, { bold: true, horizontal: 'center' });
    formats.push({ range: { top: row, left: 3, bottom: row, right: width }, format: { bold: true } });
    rowHeights.push({ row, height: LINE_HEIGHT + 5 });
    row++;
  }
  const bodyBottom = row - 1;
  if (bodyBottom >= bodyTop) {
    formats.unshift({ range: { top: bodyTop, left: 1, bottom: bodyBottom, right: width }, format: { border: 'thin', vertical: 'middle' } });
    for (const c of def.columns) {
      const format: CellFormat =
        c.kind === 'text' ? { horizontal: 'left', wrap: true } : c.kind === 'count' ? { horizontal: 'center', numberFormat: '0' } : { horizontal: 'center' };
      formats.splice(1, 0, { range: { top: bodyTop, left: c.no, bottom: bodyBottom, right: c.no }, format });
    }
  }

  // Signature block: preparer on the left, place/date and head of unit on the right.
  const sign = row + 1;
  const leftSign = Math.max(2, Math.min(5, Math.floor(width / 2)));
  const rightSign = Math.max(2, Math.min(6, width - leftSign));
  const rightCol = width - rightSign + 1;
  const placeDate = def.signature.placeDate.replace(/^…/, heading.place ?? DEFAULT_PLACE);
  put(sign, rightCol, placeDate, rightSign, { horizontal: 'center', italic: true });
  put(sign + 1, 1, def.signature.preparer, leftSign, { horizontal: 'center', bold: true });
  put(sign + 1, rightCol, def.signature.head, rightSign, { horizontal: 'center', bold: true });
  put(sign + 2, 1, def.signature.preparerNote, leftSign, { horizontal: 'center', italic: true, fontSize: 10 });
  put(sign + 2, rightCol, def.signature.headNote, rightSign, { horizontal: 'center', italic: true, fontSize: 10 });
  const last = sign + 6;
  // One font size on every cell, so cells the plan styles and cells it does not render alike.
  formats.unshift({ range: { top: 1, left: 1, bottom: last, right: width }, format: { fontSize: 11, fontName: 'Times New Roman' } });

  return {
    sheet,
    mode: 'create',
    values,
    formulas: formFormulas(def, body, { bodyTop, totalRow }),
    formats,
    merges,
    columnWidths: def.columns.map((c) => ({ col: c.no, width: c.width })),
    rowHeights,
    pageSetup: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      printTitleRows: [headTop, numberRow],
      printArea: { top: 1, left: 1, bottom: last, right: width },
      footer: PAGE_FOOTER,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  };
}

/**
 * II.05a body: one numbered row per lĩnh vực.
 *
 * @example
 * ii05aBodyLines(result)[0].cells // { c1: 1, c2: 'Thú y', c3: 3, … }
 */
export function ii05aBodyLines(result: FormsResult): FormBodyLine[] {
  return result.ii05a.rows.map((r, i) => ({
    cells: { c1: i + 1, c2: r.field, ...Object.fromEntries(II05A_COUNT_KEYS.map((k) => [k, r[k]])) },
  }));
}

/**
 * II.06a body: a heading per lĩnh vực (Roman STT, its overdue subtotal, bold), then one
 * numbered row per TTHC with its count and reasons.
 *
 * @example
 * ii06aBodyLines(result)[0] // { cells: { c1: 'I', c2: 'Thú y', c3: 2 }, bold: true, subtotal: true }
 */
export function ii06aBodyLines(result: FormsResult): FormBodyLine[] {
  const lines: FormBodyLine[] = [];
  let group = 0;
  let n = 0;
  let current: string | null = null;
  for (const r of result.ii06a.rows) {
    if (r.field !== current) {
      current = r.field;
      group++;
      n = 0;
      const subtotal = result.ii06a.rows.filter((x) => x.field === r.field).reduce((s, x) => s + x.count, 0);
      lines.push({ cells: { c1: romanNumeral(group), c2: r.field, c3: subtotal }, bold: true, subtotal: true });
    }
    n++;
    lines.push({ cells: { c1: n, c2: r.procedure || '(Không ghi tên TTHC)', c3: r.count, c4: r.reason } });
  }
  return lines;
}

/**
 * The write plan of both quarterly forms on the add-in's own sheets ("II.05a Quý I-2024",
 * "II.06a Quý I-2024"). Applying it again for the same period replaces those two sheets and
 * touches nothing else.
 *
 * @example
 * const plan = formsWritePlan(computeForms(dossiers, period), { unit: 'Chi cục Thủy lợi', period });
 * await workbook.apply(plan);
 */
export function formsWritePlan(result: FormsResult, heading: FormHeading): WritePlan {
  const overdue = result.ii06a.rows.reduce((s, r) => s + r.count, 0);
  const ii05a = formSheetWrite(II05A, heading, ii05aBodyLines(result), result.ii05a.total);
  const ii06a = formSheetWrite(II06A, heading, ii06aBodyLines(result), { c3: overdue });
  return { sheets: [ii05a, ii06a], activate: ii05a.sheet };
}
