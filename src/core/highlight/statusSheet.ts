import { cellDateOf, formatViDate, type IsoDate } from '../calendar/isoDate';
import { EXCEL_MAX_ROW_HEIGHT, type CellRange, type CellValue } from '../grid';
import type { PlanTable } from '../plan/model';
import type { DeliverableStatus, PlanStatus, StatusKey } from '../status/model';
import { pageBreakRows, pageCapacity } from '../write/pageBreaks';
import type { CellFormat, PageSetup, RangeFormat, SheetWrite } from '../write/writePlan';
import { LEGEND_TITLE, legendEntries, statusCellFormat } from './legend';
import { deliverableId } from './planSheetWrite';
import { shownStatusText } from '../status/labels';
import { unitDetail } from './unitDetail';
import { countByStatus, statusView, unitPartFinder } from './unitView';
import { wrappedLineCount } from './wrappedLines';
import { prefixedUnitSheetName } from '../units/unitSheetName';

/** Name of the all-units status sheet. */
export const ALL_UNITS_SHEET = 'Tiến độ';

/** The status sheets' font, as official documents of the Sở are printed. */
export const STATUS_SHEET_FONT = 'Times New Roman';

/**
 * A valid sheet name (≤ 31 characters, no [ ] : * ? / \) for a unit's status sheet,
 * "Tiến độ - <short name>". Long names are shortened the way officers write them
 * ("Chi cục" → "CC"), then cut.
 *
 * @example
 * unitSheetName('Chi cục Thủy sản') // 'Tiến độ - Chi cục Thủy sản'
 * unitSheetName('Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản') // 'Tiến độ - CC Quản lý chất lượng'
 */
export function unitSheetName(unit: string, shortName?: string): string {
  return prefixedUnitSheetName(unit, { prefix: ALL_UNITS_SHEET, ...(shortName !== undefined ? { shortName } : {}) });
}

/** Columns of a status sheet, in order, with widths (Excel character units). */
interface Column {
  heading: string;
  width: number;
}

const BASE_COLUMNS: Column[] = [
  { heading: 'STT', width: 6 },
  { heading: 'Nội dung công việc', width: 40 },
  { heading: 'Kết quả', width: 40 },
  { heading: 'Chủ trì', width: 22 },
  { heading: 'Phối hợp', width: 22 },
  { heading: 'Thời gian', width: 14 },
];
const ROLE_COLUMN: Column = { heading: 'Vai trò', width: 10 };
const END_COLUMNS: Column[] = [
  { heading: 'Hạn tiếp theo', width: 12 },
  { heading: 'Trạng thái', width: 26 },
];

/** Points per line of 11-pt text, and the padding of a wrapped row. */
const LINE_HEIGHT = 15;
const ROW_PADDING = 2;

function rowHeight(cells: CellValue[], widths: number[]): number {
  const lines = cells.reduce<number>((n, v, i) => (typeof v === 'string' ? Math.max(n, wrappedLineCount(v, widths[i])) : n), 1);
  return Math.min(EXCEL_MAX_ROW_HEIGHT, lines * LINE_HEIGHT + ROW_PADDING);
}

/** Smallest width a legend entry gets, so "↻ Thường xuyên: 24" stays on one line. */
const LEGEND_MIN_WIDTH = 20;

/**
 * Column spans of the legend entries after the "Chú giải" cell: one column each while the
 * columns are wide, then narrow columns merged until each span is wide enough.
 */
function legendSpans(widths: number[], entries: number): [number, number][] {
  const spans: [number, number][] = [];
  let col = 2;
  for (let i = 0; i < entries; i++) {
    const left = col;
    let width = widths[col - 1] ?? 0;
    const remainingEntries = entries - i - 1;
    while (width < LEGEND_MIN_WIDTH && col < widths.length - remainingEntries) {
      col += 1;
      width += widths[col - 1];
    }
    spans.push([left, Math.min(col, widths.length)]);
    col += 1;
  }
  return spans;
}

/** Several lead units in different states: the detail is worth a line under the status. */
function leadsDiffer(d: DeliverableStatus): boolean {
  const leads = d.units.filter((u) => u.role === 'lead');
  return new Set(leads.map((u) => `${u.status}|${u.nextDue ?? ''}`)).size > 1;
}

function allUnitsStatusCell(d: DeliverableStatus): string {
  const leads = d.units.filter((u) => u.role === 'lead').length;
  if (leadsDiffer(d)) return `${shownStatusText(d)}\n${unitDetail(d)}`;
  return leads > 1 ? `${shownStatusText(d)} (${leads} đơn vị)` : shownStatusText(d);
}

/** What a status sheet shows. */
export interface StatusSheetOptions {
  asOf: IsoDate;
  /** One unit's sheet; omitted for all units. */
  unit?: string;
  /** Sheet name; defaults to "Tiến độ" or {@link unitSheetName}. */
  sheetName?: string;
  /** Plan year for the title; defaults to the status year. */
  year?: number;
  /** Issuing body printed top left (the plan's title block, editable); a line to fill by hand when absent. */
  issuer?: string;
  /** Place of the date line ("Quảng Ngãi, ngày … tháng … năm …"); default {@link DEFAULT_STATUS_PLACE}. */
  place?: string;
}

/** Place of the status sheets' date line unless told otherwise. */
export const DEFAULT_STATUS_PLACE = 'Quảng Ngãi';
/** Printed where the issuing body is unknown, for the officer to write in. */
export const ISSUER_BLANK = '……………………………';
/** The signature block: who drew the sheet up (left) and who signs for the unit (right). */
export const STATUS_SIGNATURE = { preparer: 'Người lập', head: 'Lãnh đạo đơn vị', note: '(Ký, ghi rõ họ tên)' } as const;

/** Row layout of a status sheet (1-based), exported for tests and the task pane. */
export const STATUS_SHEET_ROWS = { issuer: 1, title: 2, subtitle: 3, legend: 4, header: 6, firstBody: 7 } as const;

/** "Quảng Ngãi, ngày 10 tháng 3 năm 2024": the date line of an official document. */
export function dateLine(place: string, day: IsoDate): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${place}, ngày ${d} tháng ${m} năm ${y}`;
}

/**
 * A printable status sheet (mode `create`): issuing body and date line, title, unit and as-of date, a one-row legend with
 * counts, a header row repeated on every page, then the deliverables grouped by section. One
 * row per deliverable, filled by status; a task of several deliverables shows "1a", "1b" in STT
 * and its content once. A unit's sheet lists only the deliverables it leads or supports, with
 * its role and its own status; a signature block (Người lập / Lãnh đạo đơn vị) under the table.
 * A4 landscape, one page wide, page numbers and the as-of date in the footer, print area set,
 * manual page breaks so a section heading never ends a page.
 *
 * @example
 * statusSheetWrite(plan, status, { asOf: '2024-03-10' }).sheet // 'Tiến độ'
 */
export function statusSheetWrite(plan: PlanTable, status: PlanStatus, options: StatusSheetOptions): SheetWrite {
  const { unit, asOf } = options;
  const columns = [...BASE_COLUMNS, ...(unit ? [ROLE_COLUMN] : []), ...END_COLUMNS];
  const lastCol = columns.length;
  const widths = columns.map((c) => c.width);
  const R = STATUS_SHEET_ROWS;
  const byId = new Map(status.deliverables.map((d) => [deliverableId(d.taskId, d.key), d]));
  const year = options.year ?? status.year;
  const values: CellValue[][] = [];
  const formats: RangeFormat[] = [];
  const merges: CellRange[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  const wide = (row: number): CellRange => ({ top: row, left: 1, bottom: row, right: lastCol });
  const put = (row: number, line: CellValue[]): void => {
    values[row - 1] = line;
  };

  // Title block: issuing body top left, place and date top right, as an official document.
  const issuer = options.issuer?.trim() || ISSUER_BLANK;
  const side = Math.min(3, Math.floor(lastCol / 2));
  const issuerLine: CellValue[] = [issuer];
  issuerLine[lastCol - side] = dateLine(options.place ?? DEFAULT_STATUS_PLACE, asOf);
  put(R.issuer, issuerLine);
  const issuerRange = { top: R.issuer, left: 1, bottom: R.issuer, right: side };
  const dateRange = { top: R.issuer, left: lastCol - side + 1, bottom: R.issuer, right: lastCol };
  merges.push(issuerRange, dateRange);
  formats.push({ range: issuerRange, format: { bold: true, horizontal: 'center', vertical: 'top', wrap: true } });
  formats.push({ range: dateRange, format: { italic: true, horizontal: 'center', vertical: 'top' } });
  const sideWidth = widths.slice(0, side).reduce((a, b) => a + b, 0);
  rowHeights.push({ row: R.issuer, height: rowHeight([issuer], [sideWidth]) });

  put(R.title, [`TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH KIỂM SOÁT TTHC NĂM ${year}`]);
  merges.push(wide(R.title));
  formats.push({ range: wide(R.title), format: { bold: true, fontSize: 14, horizontal: 'center', vertical: 'middle' } });
  rowHeights.push({ row: R.title, height: 24 });
  put(R.subtitle, [`Đơn vị: ${unit ?? 'Tất cả các đơn vị'} — Tính đến ngày ${formatViDate(asOf)}`]);
  merges.push(wide(R.subtitle));
  formats.push({ range: wide(R.subtitle), format: { italic: true, horizontal: 'center', vertical: 'middle' } });
  rowHeights.push({ row: R.subtitle, height: 18 });

  // The legend sits in one row under the title: it can never land on a page of its own.
  const counts = countByStatus(status, { unit });
  const legend = legendEntries(counts.byStatus);
  const legendLine: CellValue[] = [`${LEGEND_TITLE}:`];
  formats.push({ range: { top: R.legend, left: 1, bottom: R.legend, right: 1 }, format: { bold: true, fontSize: 9, vertical: 'middle', wrap: true } });
  legendSpans(widths, legend.length).forEach(([left, right], i) => {
    legendLine[left - 1] = legend[i].text;
    const range = { top: R.legend, left, bottom: R.legend, right };
    if (right > left) merges.push(range);
    formats.push({ range, format: { ...legend[i].format, vertical: 'middle', horizontal: 'center' } });
  });
  put(R.legend, legendLine);
  rowHeights.push({ row: R.legend, height: 26 });

  put(R.header, columns.map((c) => c.heading));
  formats.push({ range: wide(R.header), format: { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, border: 'thin', fill: '#FFFFFF' } });
  rowHeights.push({ row: R.header, height: 32 });

  let row = R.firstBody;
  const bodyFormat: CellFormat = { wrap: true, vertical: 'top', border: 'thin' };
  const centred = [1, lastCol - 1];
  const show = statusView(unit);
  const partOf = unit === undefined ? null : unitPartFinder(unit);
  // Group by position, not by code: a plan with a repeated section code (two "I") must not list
  // every "I" task under both headings.
  const sorted = [...plan.sections].sort((a, b) => a.row - b.row);
  const groups: { code: string; title: string; tasks: typeof plan.tasks }[] = [{ code: '', title: '', tasks: [] }];
  let next = 0;
  for (const t of [...plan.tasks].sort((a, b) => a.rows[0] - b.rows[0])) {
    while (next < sorted.length && sorted[next].row < t.rows[0]) {
      groups.push({ code: sorted[next].code, title: sorted[next].title, tasks: [] });
      next += 1;
    }
    // A task whose section has no heading row of its own still gets its code shown.
    if (groups[groups.length - 1].code !== t.section) groups.push({ code: t.section, title: '', tasks: [] });
    groups[groups.length - 1].tasks.push(t);
  }
  const sections = groups.filter((g) => g.tasks.length > 0);

  const headings = new Set<number>();
  for (const section of sections) {
    const lines: { cells: CellValue[]; status: StatusKey }[] = [];
    for (const task of section.tasks) {
      let firstOfTask = true;
      for (const d of task.deliverables) {
        const found = byId.get(deliverableId(task.id, d.key));
        const shown = found ? show(found) : null;
        if (!found || !shown) continue;
        const stt = task.deliverables.length > 1 ? `${task.id}${d.key}` : task.id;
        const statusCell = unit ? shownStatusText(shown) : allUnitsStatusCell(found);
        const role = partOf ? [partOf(found)?.role === 'lead' ? 'Chủ trì' : 'Phối hợp'] : [];
        lines.push({
          status: shown.status,
          cells: [stt, firstOfTask ? task.content : '', d.result, d.lead, d.support, d.timing, ...role, shown.nextDue ? cellDateOf(shown.nextDue) : null, statusCell],
        });
        firstOfTask = false;
      }
    }
    if (lines.length === 0) continue;
    if (section.code !== '' || section.title !== '') {
      headings.add(row);
      put(row, [section.code, section.title]);
      merges.push({ top: row, left: 2, bottom: row, right: lastCol });
      formats.push({ range: wide(row), format: { bold: true, wrap: true, vertical: 'middle', border: 'thin', fill: '#FFFFFF' } });
      rowHeights.push({ row, height: rowHeight(['', section.title], [widths[0], widths.slice(1).reduce((a, b) => a + b, 0)]) });
      row += 1;
    }
    for (const line of lines) {
      put(row, line.cells);
      formats.push({ range: wide(row), format: { ...bodyFormat, fill: statusCellFormat(line.status).fill } });
      formats.push({ range: { top: row, left: lastCol, bottom: row, right: lastCol }, format: { fontColor: statusCellFormat(line.status).fontColor, bold: true } });
      rowHeights.push({ row, height: rowHeight(line.cells, widths) });
      row += 1;
    }
  }
  const bodyEnd = Math.max(row - 1, R.header);
  for (const col of centred) formats.push({ range: { top: R.header + 1, left: col, bottom: bodyEnd, right: col }, format: { horizontal: 'center' } });
  formats.push({ range: { top: R.header + 1, left: lastCol - 1, bottom: bodyEnd, right: lastCol - 1 }, format: { numberFormat: 'dd/mm/yyyy' } });

  // Signature block under the table: "Người lập" left, "Lãnh đạo đơn vị" right, room to sign.
  const sign = bodyEnd + 2;
  const signLeft = { left: 1, right: side };
  const signRight = { left: lastCol - side + 1, right: lastCol };
  for (const [r, text, format] of [
    [sign, [STATUS_SIGNATURE.preparer, STATUS_SIGNATURE.head], { bold: true, horizontal: 'center' }],
    [sign + 1, [STATUS_SIGNATURE.note, STATUS_SIGNATURE.note], { italic: true, horizontal: 'center', fontSize: 10 }],
  ] as [number, [string, string], CellFormat][]) {
    const line: CellValue[] = [];
    line[signLeft.left - 1] = text[0];
    line[signRight.left - 1] = text[1];
    put(r, line);
    for (const span of [signLeft, signRight]) {
      const range = { top: r, ...span, bottom: r };
      merges.push(range);
      formats.push({ range, format });
    }
  }
  const lastRow = sign + 5;

  // One named font for the whole sheet: without it printers substitute a serif for bold cells only.
  formats.unshift({ range: { top: 1, left: 1, bottom: lastRow, right: lastCol }, format: { fontName: STATUS_SHEET_FONT } });

  const pageSetup: PageSetup = {
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: true,
    printTitleRows: [R.header, R.header],
    printArea: { top: 1, left: 1, bottom: lastRow, right: lastCol },
    footer: `&CTrang &P/&N — Tính đến ngày ${formatViDate(asOf)}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  // Manual page breaks from the row-height estimate: a section heading never ends a page, and
  // the signature block stays whole with the table's last row.
  const heights: number[] = [];
  for (const { row: r, height } of rowHeights) heights[r - 1] = height;
  const keep = new Set(headings);
  for (let r = bodyEnd; r < lastRow; r++) keep.add(r);
  const rowBreaks = pageBreakRows(Array.from({ length: lastRow }, (_, i) => heights[i] ?? 15), {
    capacity: pageCapacity(pageSetup, widths),
    titleRows: [R.header, R.header],
    keepWithNext: keep,
  });

  const block = Array.from({ length: lastRow }, (_, i) => {
    const line = values[i] ?? [];
    return Array.from({ length: lastCol }, (_, c) => line[c] ?? null);
  });
  return {
    sheet: options.sheetName ?? (unit ? unitSheetName(unit) : ALL_UNITS_SHEET),
    mode: 'create',
    values: [{ row: 1, col: 1, values: block }],
    formats,
    merges,
    columnWidths: columns.map((c, i) => ({ col: i + 1, width: c.width })),
    rowHeights,
    freeze: { rows: R.header, cols: 0 },
    pageSetup,
    ...(rowBreaks.length > 0 ? { rowBreaks } : {}),
    keepWithNext: [...keep].sort((a, b) => a - b),
  };
}
