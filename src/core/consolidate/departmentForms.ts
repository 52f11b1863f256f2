import type { CellRange, CellValue } from '../grid';
import { II05A, II05A_COUNT_KEYS, II06A, headerDepth, periodLine, type FormDefinition } from '../forms/definitions';
import type { ReportPeriod } from '../periods/periods';
import { matchKey } from '../text/normalize';
import type { RangeFormat, SheetWrite } from '../write/writePlan';
import type { ConsolidationResult } from './consolidateForms';
import { wrappedRowHeight } from './rowHeight';

/** Sheet names of the department's forms. */
export const DEPARTMENT_II05A_SHEET = 'Tổng hợp II.05a';
export const DEPARTMENT_II06A_SHEET = 'Tổng hợp II.06a';

export interface DepartmentFormOptions {
  /** "Đơn vị báo cáo" of the department report. */
  reportingUnit?: string;
  /** "Đơn vị nhận báo cáo". */
  receiver?: string;
  /** Place in the signature date line. */
  place?: string;
}

export const DEFAULT_REPORTING_UNIT = 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ngãi';
export const DEFAULT_RECEIVER = 'Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi';

const HEADER_FILL = '#D9E1F2';
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

function roman(n: number): string {
  return ROMAN[n - 1] ?? String(n);
}

/**
 * A form sheet in the official layout, from the form's definition: code, title, header block,
 * the multi-level merged header, the "(1) … (n)" row, the body, "Tổng cộng", the signature.
 * `body` rows hold one value per form column; `bold` marks group heading rows.
 */
function formSheet(
  sheet: string,
  def: FormDefinition,
  period: ReportPeriod,
  body: { values: CellValue[]; bold?: boolean }[],
  total: CellValue[] | null,
  options: DepartmentFormOptions,
): SheetWrite {
  const n = def.columns.length;
  const values: CellValue[][] = [];
  const formats: RangeFormat[] = [];
  const merges: CellRange[] = [];
  const span = (r: number, left: number, right: number): CellRange => ({ top: r, left, bottom: r, right });
  const line = (r: number, col: number, text: string) => {
    while (values.length < r) values.push([]);
    values[r - 1][col - 1] = text;
  };
  const right = Math.max(2, n - 2);

  line(1, right, def.code);
  merges.push(span(1, right, n));
  formats.push({ range: span(1, right, n), format: { bold: true, horizontal: 'right' } });
  line(2, 1, def.title);
  merges.push(span(2, 1, n));
  formats.push({ range: span(2, 1, n), format: { bold: true, fontSize: 13, horizontal: 'center', vertical: 'middle', wrap: true } });
  line(3, 1, periodLine(period));
  merges.push(span(3, 1, n));
  formats.push({ range: span(3, 1, n), format: { italic: true, horizontal: 'center' } });
  line(4, 1, `${def.header.unitLabel}: ${options.reportingUnit ?? DEFAULT_REPORTING_UNIT}`);
  merges.push(span(4, 1, n));
  line(5, 1, `${def.header.receiverLabel}: ${options.receiver ?? DEFAULT_RECEIVER}`);
  merges.push(span(5, 1, n));
  line(6, right, def.header.measure);
  merges.push(span(6, right, n));
  formats.push({ range: span(6, right, n), format: { italic: true, horizontal: 'right' } });

  // Header: neighbouring columns with the same texts down to a level share a cell there;
  // a column's last text is merged down to the bottom header row.
  const top = 7;
  const depth = headerDepth(def);
  const widthOf = (from: number, to: number) => def.columns.slice(from, to + 1).reduce((t, col) => t + col.width, 0);
  // Bold header text is wider than body text: count it in 90 % of the column.
  const headerCells: { level: number; bottomLevel: number; text: string; width: number }[] = [];
  for (let level = 0; level < depth; level++) {
    let c = 0;
    while (c < n) {
      const h = def.columns[c].header;
      if (h.length <= level) {
        c++;
        continue;
      }
      const prefix = h.slice(0, level + 1).join('\u0000');
      let end = c;
      while (end + 1 < n && def.columns[end + 1].header.length > level && def.columns[end + 1].header.slice(0, level + 1).join('\u0000') === prefix) end++;
      const last = h.length - 1 === level && end === c;
      line(top + level, c + 1, h[level]);
      const bottom = last ? top + depth - 1 : top + level;
      if (end > c || bottom > top + level) merges.push({ top: top + level, left: c + 1, bottom, right: end + 1 });
      headerCells.push({ level, bottomLevel: bottom - top, text: h[level], width: widthOf(c, end) * 0.9 });
      c = end + 1;
    }
  }
  const heights = Array.from({ length: depth }, (_, level) =>
    wrappedRowHeight(headerCells.filter((h) => h.level === level && h.bottomLevel === level)),
  );
  for (const h of headerCells.filter((x) => x.bottomLevel > x.level)) {
    const need = wrappedRowHeight([h]);
    const have = heights.slice(h.level, h.bottomLevel + 1).reduce((t, x) => t + x, 0);
    if (need > have) heights[h.bottomLevel] += need - have;
  }
  const rowHeights = [
    { row: 2, height: wrappedRowHeight([{ text: def.title, width: widthOf(0, n - 1) * 0.75 }]) + 6 },
    ...heights.map((height, level) => ({ row: top + level, height })),
  ];
  const numberRow = top + depth;
  def.columns.forEach((col) => line(numberRow, col.no, `(${col.no})`));
  formats.push({ range: { top, left: 1, bottom: numberRow, right: n }, format: { bold: true, fill: HEADER_FILL, horizontal: 'center', vertical: 'middle', wrap: true } });
  formats.push({ range: span(numberRow, 1, n), format: { bold: false, italic: true } });

  const first = numberRow + 1;
  body.forEach((b, i) => {
    while (values.length < first + i - 1) values.push([]);
    values[first + i - 1] = b.values;
    if (b.bold) formats.push({ range: span(first + i, 1, n), format: { bold: true } });
    const texts = def.columns.filter((col) => col.kind === 'text').map((col) => ({ text: String(b.values[col.no - 1] ?? ''), width: col.width }));
    const height = wrappedRowHeight(texts);
    if (height > 15) rowHeights.push({ row: first + i, height });
  });
  let last = first + body.length - 1;
  if (total) {
    last += 1;
    while (values.length < last - 1) values.push([]);
    values[last - 1] = total;
    formats.push({ range: span(last, 1, n), format: { bold: true } });
  }
  const tableBottom = Math.max(last, numberRow);
  formats.push({ range: { top, left: 1, bottom: tableBottom, right: n }, format: { border: 'thin' } });
  if (tableBottom > numberRow) {
    for (const col of def.columns) {
      const range = { top: first, left: col.no, bottom: tableBottom, right: col.no };
      formats.push({ range, format: col.kind === 'text' ? { wrap: true, vertical: 'top' } : { horizontal: 'center', vertical: 'top' } });
    }
  }

  const sign = tableBottom + 2;
  const signLeft = Math.max(3, n - 4);
  line(sign, 2, def.signature.preparer);
  line(sign + 1, 2, def.signature.preparerNote);
  line(sign, signLeft, def.signature.placeDate.replace(/^…/, options.place ?? 'Quảng Ngãi'));
  line(sign + 1, signLeft, def.signature.head);
  line(sign + 2, signLeft, def.signature.headNote);
  for (let r = sign; r <= sign + 2; r++) merges.push(span(r, signLeft, n));
  formats.push({ range: { top: sign, left: 1, bottom: sign + 2, right: n }, format: { horizontal: 'center' } });
  formats.push({ range: span(sign, 1, n), format: { bold: true } });
  formats.push({ range: span(sign, signLeft, n), format: { bold: false, italic: true } });
  formats.push({ range: span(sign + 1, signLeft, n), format: { bold: true } });

  return {
    sheet,
    mode: 'create',
    values: [{ row: 1, col: 1, values }],
    formats,
    merges,
    columnWidths: def.columns.map((c) => ({ col: c.no, width: c.width })),
    rowHeights,
    freeze: { rows: numberRow, cols: 0 },
    pageSetup: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      printTitleRows: [top, numberRow],
      footer: 'Trang &P/&N',
    },
  };
}

/**
 * The department's II.05a: one row per lĩnh vực (the units' rows summed), the "Tổng cộng" row.
 *
 * @example
 * departmentIi05aSheet(result).sheet // 'Tổng hợp II.05a'
 */
export function departmentIi05aSheet(result: ConsolidationResult, options: DepartmentFormOptions = {}): SheetWrite {
  const body = result.ii05a.rows.map((r, i) => ({ values: [i + 1, r.field, ...II05A_COUNT_KEYS.map((k) => r[k])] }));
  const total: CellValue[] = [null, II05A.totalLabel, ...II05A_COUNT_KEYS.map((k) => result.ii05a.total[k])];
  return formSheet(DEPARTMENT_II05A_SHEET, II05A, result.period, body, total, options);
}

/**
 * The department's II.06a: every unit's rows grouped by lĩnh vực (a Roman-numbered heading
 * with its subtotal), the unit named in "Ghi chú" (after the unit's own note, if any).
 *
 * @example
 * departmentIi06aSheet(result).sheet // 'Tổng hợp II.06a'
 */
export function departmentIi06aSheet(result: ConsolidationResult, options: DepartmentFormOptions = {}): SheetWrite {
  const groups = new Map<string, { field: string; rows: ConsolidationResult['ii06a']['rows'] }>();
  for (const r of result.ii06a.rows) {
    const key = matchKey(r.field);
    const g = groups.get(key) ?? { field: r.field, rows: [] };
    g.rows.push(r);
    groups.set(key, g);
  }
  const body: { values: CellValue[]; bold?: boolean }[] = [];
  let g = 0;
  for (const group of groups.values()) {
    g += 1;
    body.push({ values: [roman(g), group.field || '(Không ghi lĩnh vực)', group.rows.reduce((t, r) => t + r.count, 0), null, null], bold: true });
    group.rows.forEach((r, i) => {
      body.push({ values: [i + 1, r.procedure, r.count, r.reason, r.note ? `${r.unit}; ${r.note}` : r.unit] });
    });
  }
  const total: CellValue[] = [null, II06A.totalLabel, result.ii06a.rows.reduce((t, r) => t + r.count, 0), null, null];
  return formSheet(DEPARTMENT_II06A_SHEET, II06A, result.period, body, total, options);
}
