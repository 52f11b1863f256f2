import { reportPeriod } from '../periods/periods';
import type { PlanTable } from '../plan/model';
import { TRACKING_HEADERS, TRACKING_SHEET } from '../status/tracking';
import { UNIT_DIRECTORY_SHEET, UNIT_KIND_LABELS, type UnitDirectory } from '../units/directory';
import type { CellValue } from '../grid';
import type { SheetWrite, WritePlan } from '../write/writePlan';
import { a4PageSetup } from '../write/printSetup';

export interface InitOptions {
  /** Year of the Kỳ drop-down (default: the plan's year; one of them is required). */
  year?: number;
  /** Sheets already in the workbook: an existing directory or tracking sheet is kept as the officer left it. */
  existingSheets?: readonly string[];
  /** Rows of the tracking sheet that get drop-down lists (default 500). */
  trackingRows?: number;
}

const HEADER_FILL = '#DDEBF7';
const NOTE_FILL = '#FFF4CE';
/** Free rows under the default units, with drop-downs, for units the officer adds. */
const SPARE_UNIT_ROWS = 30;
const DIRECTORY_HEADERS = ['STT', 'Tên đơn vị', 'Tên viết tắt', 'Loại', 'Giải quyết TTHC', 'Email'];
const DIRECTORY_HEADER_ROW = 4;

function directorySheet(directory: UnitDirectory): SheetWrite {
  const first = DIRECTORY_HEADER_ROW + 1;
  const last = DIRECTORY_HEADER_ROW + directory.units.length + SPARE_UNIT_ROWS;
  const width = DIRECTORY_HEADERS.length;
  const rows: CellValue[][] = directory.units.map((u, i) => [i + 1, u.name, u.shortName, UNIT_KIND_LABELS[u.kind], u.handlesTthc ? 'Có' : 'Không', u.email]);
  const note =
    directory.note ??
    'Danh mục các phòng, cơ quan, đơn vị thuộc Sở. Cột "Giải quyết TTHC": Có nếu đơn vị tiếp nhận, giải quyết hồ sơ TTHC (báo cáo biểu II.05a, II.06a).';
  return {
    sheet: UNIT_DIRECTORY_SHEET,
    mode: 'create',
    values: [
      { row: 1, col: 1, values: [['DANH MỤC ĐƠN VỊ']] },
      { row: 2, col: 1, values: [[note]] },
      { row: DIRECTORY_HEADER_ROW, col: 1, values: [DIRECTORY_HEADERS, ...rows] },
    ],
    formats: [
      { range: { top: 1, left: 1, bottom: 1, right: width }, format: { bold: true, fontSize: 14, horizontal: 'center' } },
      { range: { top: 2, left: 1, bottom: 2, right: width }, format: { italic: true, wrap: true, vertical: 'top', fill: directory.source !== 'sheet' ? NOTE_FILL : null } },
      {
        range: { top: DIRECTORY_HEADER_ROW, left: 1, bottom: DIRECTORY_HEADER_ROW, right: width },
        format: { bold: true, wrap: true, horizontal: 'center', vertical: 'middle', fill: HEADER_FILL, border: 'thin' },
      },
      { range: { top: first, left: 1, bottom: last, right: width }, format: { border: 'thin', vertical: 'top', wrap: true } },
      { range: { top: first, left: 1, bottom: last, right: 1 }, format: { horizontal: 'center' } },
      { range: { top: first, left: 5, bottom: last, right: 5 }, format: { horizontal: 'center' } },
    ],
    merges: [
      { top: 1, left: 1, bottom: 1, right: width },
      { top: 2, left: 1, bottom: 2, right: width },
    ],
    columnWidths: [6, 48, 16, 14, 16, 30].map((w, i) => ({ col: i + 1, width: w })),
    pageSetup: a4PageSetup([6, 48, 16, 14, 16, 30], { titleRows: [DIRECTORY_HEADER_ROW, DIRECTORY_HEADER_ROW] }),
    rowHeights: [{ row: 2, height: 45 }],
    freeze: { rows: DIRECTORY_HEADER_ROW, cols: 0 },
    validations: [
      { range: { top: first, left: 4, bottom: last, right: 4 }, list: Object.values(UNIT_KIND_LABELS) },
      { range: { top: first, left: 5, bottom: last, right: 5 }, list: ['Có', 'Không'] },
    ],
  };
}

function trackingSheet(plan: PlanTable, directory: UnitDirectory, year: number, rows: number): SheetWrite {
  const width = TRACKING_HEADERS.length;
  const last = 1 + rows;
  const keys = [...new Set(plan.tasks.flatMap((t) => t.deliverables.map((d) => d.key)))].sort();
  const periods = (['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'Y'] as const).map((k) => reportPeriod(year, k).label);
  const col = (c: number) => ({ top: 2, left: c, bottom: last, right: c });
  const validations = [
    { range: col(1), list: plan.tasks.map((t) => t.id) },
    { range: col(2), list: keys },
    { range: col(3), list: directory.units.map((u) => u.name) },
    { range: col(4), list: periods },
  ].filter((v) => v.list.length > 0);
  return {
    sheet: TRACKING_SHEET,
    mode: 'create',
    values: [{ row: 1, col: 1, values: [[...TRACKING_HEADERS]] }],
    formats: [
      { range: { top: 1, left: 1, bottom: 1, right: width }, format: { bold: true, wrap: true, horizontal: 'center', vertical: 'middle', fill: HEADER_FILL, border: 'thin' } },
      { range: col(5), format: { numberFormat: 'dd/mm/yyyy', horizontal: 'center' } },
      { range: col(1), format: { horizontal: 'center' } },
      { range: col(2), format: { horizontal: 'center' } },
    ],
    merges: [],
    columnWidths: [8, 14, 48, 16, 18, 40].map((w, i) => ({ col: i + 1, width: w })),
    pageSetup: a4PageSetup([8, 14, 48, 16, 18, 40], { titleRows: [1, 1] }),
    freeze: { rows: 1, cols: 0 },
    validations,
  };
}

/**
 * What `kstthc init` (and the add-in's "Khởi tạo") writes into a plan workbook: the
 * "Danh mục đơn vị" sheet with the directory (the default one says it must be checked) and an
 * empty "Theo dõi thực hiện" sheet whose STT, Kết quả, Đơn vị and Kỳ columns have drop-down
 * lists (the plan's task numbers, deliverable keys, unit names, the periods of the plan year).
 * A sheet of either name that already exists is left untouched: it holds the officer's data.
 *
 * @example
 * initWritePlan(plan, DEFAULT_UNIT_DIRECTORY, { existingSheets: ['Phụ lục'] }).sheets.map((s) => s.sheet) // ['Danh mục đơn vị', 'Theo dõi thực hiện']
 */
export function initWritePlan(plan: PlanTable, directory: UnitDirectory, options: InitOptions = {}): WritePlan {
  const year = options.year ?? plan.year;
  if (year === null || year === undefined || !Number.isInteger(year)) throw new RangeError('initWritePlan: the plan year is unknown; pass options.year');
  const rows = options.trackingRows ?? 500;
  if (!Number.isInteger(rows) || rows < 1) throw new RangeError(`initWritePlan: bad trackingRows ${rows}`);
  const existing = new Set(options.existingSheets ?? []);
  const sheets: SheetWrite[] = [];
  if (!existing.has(UNIT_DIRECTORY_SHEET)) sheets.push(directorySheet(directory));
  if (!existing.has(TRACKING_SHEET)) sheets.push(trackingSheet(plan, directory, year, rows));
  return sheets.length > 0 ? { sheets, activate: sheets[sheets.length - 1].sheet } : { sheets };
}
