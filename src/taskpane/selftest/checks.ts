/**
 * The checks of the self-test, as a table: what each exercises, the requirement sets its calls
 * need, the check whose sheet it reads back, and how it runs. Every write goes through the code
 * the features use (`OfficeWorkbook.apply` with a core WritePlan, `readSheet`, `select`, the
 * settings); every check reads back what it wrote and compares.
 */
import { rangeAddress, type CellRange } from '../../core/grid';
import { parseRangeRef } from '../../workbook/file/readXlsx';
import { listSheetName } from '../../workbook/listSources';
import { localAddress } from '../../workbook/office/localAddress';
import { MAX_REQUEST_BYTES, type ExcelRun, type OfficeWorkbook } from '../../workbook/office/officeWorkbook';
import { TEMP_SHEET_PREFIX, widthToPoints } from '../../workbook/office/writeOps';
import { downloadsWork } from '../features/download';
import {
  probeBorders,
  probeCells,
  probeCharts,
  probeDate1904,
  probeFirstPageBreak,
  probeFormats,
  probeFrozen,
  probeMergedAreas,
  probePageSetup,
  probeSelection,
  probeSheets,
  probeSizes,
  probeTabColor,
  probeValidation,
  type BorderEdge,
  type SheetEntry,
} from './excelProbes';
import { CheckMismatch, Differences, shown } from './failures';
import type { OfficeSurface } from './hostInfo';
import type { PageSurface } from './pageChecks';
import { checkOfficeJsPage } from './pageChecks';
import {
  ADD_PLAN,
  AMOUNT_FORMAT,
  BATCH_HEIGHTS,
  BATCH_MERGES,
  BATCH_PLAN,
  BATCH_WIDTHS,
  batchGrid,
  BIG_COLS,
  BIG_ROWS,
  bigGrid,
  bigPlan,
  BLOCK_MERGES,
  CHART_PLAN,
  CHART_SERIES,
  CHART_TITLE,
  blockGrid,
  blockPlan,
  DATE_CHECK,
  DATE_PLAN,
  FORMULA_PLAN,
  FORMULA_ROWS,
  HEADER_FILL,
  LONG_LIST,
  MERGE_GUARD_SETUP,
  MERGE_GUARD_UPDATE,
  OVERDUE_FILL,
  OVERDUE_FONT,
  PRINT_BREAK_ROW,
  PRINT_FREEZE,
  PRINT_PLAN,
  PRINT_SETUP,
  PRINT_TAB_COLOR,
  SCRATCH_NOTE,
  SCRATCH_SHEET,
  SELECT_RANGE,
  SETTING_KEY,
  SHORT_LIST,
  TITLE_MERGE,
  VALIDATION_PLAN,
} from './scratchPlans';

/** What a check works with. */
export interface CheckContext {
  /** The workbook the features use, over a run that counts syncs. */
  book: OfficeWorkbook;
  /** The same run, for the self-test's own reads. */
  run: ExcelRun;
  /** Syncs sent so far. */
  syncs(): number;
  office: OfficeSurface;
  /** The pane's page (office.js, its policy); null where there is no page (unit tests). */
  page: PageSurface | null;
  /** The workbook's sheets when the self-test started. */
  start: { sheets: SheetEntry[]; active: string };
  /** The web view's user agent. */
  userAgent: string | null;
}

export interface SelfTestCheck {
  id: string;
  /** One line of the report (Vietnamese). */
  label: string;
  /** Requirement sets whose calls the check exercises (`ExcelApi 1.8`): a failure names those Excel lacks. */
  uses: readonly string[];
  /** The check whose sheet this one reads back; skipped when that one did not pass. */
  after?: string;
  /** Throws when something differs or Excel refuses; resolves to a note for the report (or nothing). */
  run(t: CheckContext): Promise<string | void>;
}

/** A size for the report: `4 MB`, `0,28 MB`, `35 KB`. */
function mb(bytes: number): string {
  if (bytes < 100 * 1024) return `${Math.round(bytes / 1024).toLocaleString('vi-VN')} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 2 })} MB`;
}

/** The page margins read back, with the names Excel's Page Setup gives them. */
const MARGIN_NAMES = [
  ['left', 'trái'],
  ['right', 'phải'],
  ['top', 'trên'],
  ['bottom', 'dưới'],
  ['header', 'đầu trang'],
  ['footer', 'chân trang'],
] as const;

/** Excel's print scaling in words: `vừa 1 trang ngang, 2 trang dọc`, `tỉ lệ 85%`. */
function zoomText(zoom: Excel.PageLayoutZoomOptions | undefined): string {
  const parts = [
    typeof zoom?.horizontalFitToPages === 'number' ? `vừa ${zoom.horizontalFitToPages} trang ngang` : null,
    typeof zoom?.verticalFitToPages === 'number' ? `${zoom.verticalFitToPages} trang dọc` : null,
    typeof zoom?.scale === 'number' ? `tỉ lệ ${zoom.scale}%` : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(', ') : 'không có';
}

/** Rows (and columns) an address covers: `'S'!$3:$3`, `3:3`, `A3:XFD3` all give rows 3–3. */
function rowsOf(address: string | null): [number, number] | null {
  if (!address) return null;
  const local = localAddress(address).replace(/\$/g, '');
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) return [Number(rows[1]), Number(rows[2])];
  const r = parseRangeRef(local);
  return r ? [r.top, r.bottom] : null;
}

/** The frozen rows and columns an address of `getLocationOrNullObject` stands for. */
function frozenOf(address: string | null): { rows: number; cols: number } {
  if (!address) return { rows: 0, cols: 0 };
  const local = localAddress(address).replace(/\$/g, '');
  const wholeRows = /^(\d+):(\d+)$/.exec(local);
  if (wholeRows) return { rows: Number(wholeRows[2]), cols: 0 };
  const wholeCols = /^([A-Z]+):([A-Z]+)$/i.exec(local);
  if (wholeCols) return { rows: 0, cols: (parseRangeRef(`${wholeCols[2]}1`) as CellRange).left };
  const r = parseRangeRef(local);
  if (!r) return { rows: -1, cols: -1 };
  // A range reaching the last row or column is whole columns or rows.
  return { rows: r.bottom >= 1_048_576 ? 0 : r.bottom, cols: r.right >= 16_384 ? 0 : r.right };
}

function sameRange(address: string, range: CellRange): boolean {
  const r = parseRangeRef(localAddress(address).replace(/\$/g, ''));
  return r !== null && rangeAddress(r) === rangeAddress(range);
}

/** Sheets that are neither the officer's at the start nor expected: leftovers of a write. */
function strayTemporarySheets(sheets: SheetEntry[]): string[] {
  return sheets.filter((s) => s.name.toUpperCase().startsWith(TEMP_SHEET_PREFIX)).map((s) => s.name);
}

const LIST_SHEET = listSheetName(SCRATCH_SHEET);

export const CHECKS: readonly SelfTestCheck[] = [
  {
    id: 'add-sheet',
    label: `Thêm trang tính "${SCRATCH_SHEET}" (dựng dưới tên tạm rồi đổi tên)`,
    uses: ['ExcelApi 1.1', 'ExcelApi 1.9'],
    async run(t) {
      await t.book.apply(ADD_PLAN);
      const { sheets } = await probeSheets(t.run);
      const grid = await t.book.readSheet(SCRATCH_SHEET);
      const diff = new Differences();
      diff.check(sheets.some((s) => s.name === SCRATCH_SHEET && s.visibility === 'Visible'), `Không thấy trang "${SCRATCH_SHEET}" sau khi thêm.`);
      diff.equal('Trang tạm còn sót', strayTemporarySheets(sheets), []);
      diff.equal('Ô A1', grid.values[0]?.[0], SCRATCH_NOTE);
      diff.done();
    },
  },
  {
    id: 'batch',
    label: 'Ghi giá trị và định dạng trong một lần gửi (chữ có dấu, số, ngày, đúng/sai, chữ bắt đầu bằng =, + và @ giữ nguyên là chữ)',
    uses: ['ExcelApi 1.1', 'ExcelApi 1.2', 'ExcelApi 1.6', 'ExcelApi 1.9'],
    async run(t) {
      await t.book.apply(BATCH_PLAN);
      const requests = t.book.lastStats.requestBytes;
      const grid = await t.book.readSheet(SCRATCH_SHEET);
      const diff = new Differences();
      diff.equal('Số lần gửi khi ghi', requests.length, 1);
      const expected = batchGrid();
      expected.forEach((line, r) => line.forEach((v, c) => diff.equal(`Ô ${rangeAddress({ top: r + 1, left: c + 1, bottom: r + 1, right: c + 1 })}`, grid.values[r]?.[c] ?? null, v)));
      diff.done();
      return `${mb(requests.reduce((a, b) => a + b, 0))} trong ${requests.length} lần gửi`;
    },
  },
  {
    id: 'merge',
    label: 'Gộp ô (đọc lại các vùng gộp)',
    uses: ['ExcelApi 1.2', 'ExcelApi 1.13'],
    after: 'batch',
    async run(t) {
      const grid = await t.book.readSheet(SCRATCH_SHEET);
      const diff = new Differences();
      diff.equal('Vùng gộp', grid.merges.map(rangeAddress), BATCH_MERGES.map(rangeAddress));
      diff.done();
    },
  },
  {
    id: 'fill',
    label: 'Tô màu nền và màu chữ',
    uses: ['ExcelApi 1.1', 'ExcelApi 1.9'],
    after: 'batch',
    async run(t) {
      const read = await probeFormats(t.run, SCRATCH_SHEET, ['A3', 'F3', 'A5', 'F5']);
      const diff = new Differences();
      for (const cell of ['A3', 'F3']) diff.colour(`Ô ${cell}, màu nền`, read.get(cell)?.fill, HEADER_FILL);
      for (const cell of ['A5', 'F5']) {
        diff.colour(`Ô ${cell}, màu nền`, read.get(cell)?.fill, OVERDUE_FILL);
        diff.colour(`Ô ${cell}, màu chữ`, read.get(cell)?.fontColor, OVERDUE_FONT);
      }
      diff.done();
    },
  },
  {
    id: 'border',
    label: 'Kẻ viền mảnh quanh và trong bảng',
    uses: ['ExcelApi 1.1', 'ExcelApi 1.9'],
    after: 'batch',
    async run(t) {
      const edges: BorderEdge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'];
      const read = await probeBorders(t.run, SCRATCH_SHEET, 'A3:F8', edges);
      const diff = new Differences();
      for (const edge of edges) {
        diff.equal(`Viền ${edge} của A3:F8, kiểu`, read.get(edge)?.style, 'Continuous');
        diff.equal(`Viền ${edge} của A3:F8, độ dày`, read.get(edge)?.weight, 'Thin');
      }
      diff.done();
    },
  },
  {
    id: 'number-format',
    label: 'Định dạng số: ngày dd/mm/yyyy, số #,##0.00, chữ (@)',
    uses: ['ExcelApi 1.1'],
    after: 'batch',
    async run(t) {
      const read = await probeFormats(t.run, SCRATCH_SHEET, ['C4', 'D4', 'F4', 'B4', 'A4']);
      const diff = new Differences();
      diff.equal('Ô C4 (ngày)', read.get('C4')?.numberFormat, 'dd/mm/yyyy');
      diff.equal('Ô D4 (số lượng)', read.get('D4')?.numberFormat, AMOUNT_FORMAT);
      diff.equal('Ô F4 (chữ "=1+1")', read.get('F4')?.numberFormat, '@');
      diff.equal('Ô B4 (chữ)', read.get('B4')?.numberFormat, '@');
      diff.equal('Ô A4 (số)', read.get('A4')?.numberFormat, 'General');
      diff.done();
    },
  },
  {
    id: 'font',
    label: 'Phông chữ, cỡ chữ, chữ đậm, nghiêng, căn lề, xuống dòng',
    uses: ['ExcelApi 1.1', 'ExcelApi 1.9'],
    after: 'batch',
    async run(t) {
      const read = await probeFormats(t.run, SCRATCH_SHEET, ['A1', 'A3', 'A5', 'B4', 'A4']);
      const diff = new Differences();
      diff.equal('Ô A1, phông', read.get('A1')?.fontName, 'Times New Roman');
      diff.equal('Ô A1, cỡ chữ', read.get('A1')?.fontSize, 14);
      diff.equal('Ô A1, chữ đậm', read.get('A1')?.bold, true);
      diff.equal('Ô A3, căn ngang', read.get('A3')?.horizontal, 'Center');
      diff.equal('Ô A3, xuống dòng', read.get('A3')?.wrap, true);
      diff.equal('Ô A5, chữ nghiêng', read.get('A5')?.italic, true);
      diff.equal('Ô B4, xuống dòng', read.get('B4')?.wrap, true);
      diff.equal('Ô A4, căn dọc', read.get('A4')?.vertical, 'Top');
      diff.done();
    },
  },
  {
    id: 'size',
    label: 'Độ rộng cột và chiều cao dòng',
    uses: ['ExcelApi 1.2'],
    after: 'batch',
    async run(t) {
      const letters = ['A', 'B', 'C', 'D', 'E', 'F'];
      const read = await probeSizes(t.run, SCRATCH_SHEET, letters, BATCH_HEIGHTS.map((h) => h.row));
      const diff = new Differences();
      // Excel keeps widths in whole pixels of the default font: a little either way.
      letters.forEach((letter, i) => {
        const points = widthToPoints(BATCH_WIDTHS[i]);
        diff.near(`Cột ${letter}, độ rộng (điểm)`, read.widths.get(letter), points, Math.max(1.5, points * 0.03));
      });
      for (const { row, height } of BATCH_HEIGHTS) diff.near(`Dòng ${row}, chiều cao (điểm)`, read.heights.get(row), height, 1);
      diff.done();
    },
  },
  {
    id: 'print',
    label: 'Thiết lập trang in: A4, khổ ngang, vừa một trang theo chiều ngang, dòng tiêu đề in lặp, số trang ở chân trang, lề',
    uses: ['ExcelApi 1.9'],
    async run(t) {
      const notes = await t.book.apply(PRINT_PLAN);
      const read = await probePageSetup(t.run, SCRATCH_SHEET);
      const diff = new Differences();
      diff.equal('Hướng giấy', read.orientation, 'Landscape');
      diff.equal('Khổ giấy', read.paperSize, 'A4');
      // Known report (office-js issue 1860): Excel on Windows may ignore fit-to-pages; read back.
      diff.equal('Vừa số trang theo chiều ngang', read.zoom?.horizontalFitToPages, 1);
      const tall = read.zoom?.verticalFitToPages;
      diff.check(typeof tall === 'number' && Number.isInteger(tall) && tall >= 1, `Số trang theo chiều dọc: đọc lại ${shown(tall)}, không phải một số trang.`);
      for (const note of notes) diff.check(false, note);
      diff.equal('Dòng tiêu đề in lặp', rowsOf(read.titleRows), PRINT_SETUP.printTitleRows);
      diff.equal('Chân trang (giữa)', read.centerFooter, 'Trang &P/&N — Tự kiểm tra');
      const margins = PRINT_SETUP.margins as NonNullable<typeof PRINT_SETUP.margins>;
      for (const [side, name] of MARGIN_NAMES) diff.near(`Lề ${name} (điểm)`, read.margins[side], margins[side] * 72, 0.5);
      diff.done();
      return `Excel đọc lại thu phóng: ${zoomText(read.zoom)}`;
    },
  },
  {
    id: 'freeze',
    label: 'Cố định dòng tiêu đề và cột đầu',
    uses: ['ExcelApi 1.7'],
    after: 'print',
    async run(t) {
      const address = await probeFrozen(t.run, SCRATCH_SHEET);
      const diff = new Differences();
      diff.equal('Vùng cố định', frozenOf(address), PRINT_FREEZE);
      diff.done();
    },
  },
  {
    id: 'page-break',
    label: 'Ngắt trang in thủ công',
    uses: ['ExcelApi 1.9'],
    after: 'print',
    async run(t) {
      const cell = await probeFirstPageBreak(t.run, SCRATCH_SHEET);
      const diff = new Differences();
      diff.equal('Dòng đầu trang mới', rowsOf(cell)?.[0], PRINT_BREAK_ROW);
      diff.done();
    },
  },
  {
    id: 'tab-color',
    label: 'Màu thẻ trang tính',
    uses: ['ExcelApi 1.7'],
    after: 'print',
    async run(t) {
      const diff = new Differences();
      diff.colour('Màu thẻ', await probeTabColor(t.run, SCRATCH_SHEET), PRINT_TAB_COLOR);
      diff.done();
    },
  },
  {
    id: 'chart',
    label: 'Biểu đồ thanh xếp chồng của Excel (biểu đồ tiến độ trên trang in)',
    uses: ['ExcelApi 1.1', 'ExcelApi 1.7', 'ExcelApi 1.8'],
    async run(t) {
      await t.book.apply(CHART_PLAN);
      const charts = await probeCharts(t.run, SCRATCH_SHEET);
      const diff = new Differences();
      diff.equal('Số biểu đồ', charts.length, 1);
      diff.equal('Loại biểu đồ', charts[0]?.type, 'BarStacked');
      diff.equal('Tiêu đề', charts[0]?.title, CHART_TITLE);
      diff.equal('Các chuỗi số liệu', charts[0]?.series, CHART_SERIES);
      diff.done();
    },
  },
  {
    id: 'validation',
    label: 'Danh sách chọn trong ô: danh sách ngắn và danh sách dài (giữ trong trang ẩn)',
    uses: ['ExcelApi 1.8', 'ExcelApi 1.2'],
    async run(t) {
      await t.book.apply(VALIDATION_PLAN);
      const short = await probeValidation(t.run, SCRATCH_SHEET, 'C4:C13');
      const long = await probeValidation(t.run, SCRATCH_SHEET, 'D4:D13');
      const { sheets } = await probeSheets(t.run);
      const diff = new Differences();
      diff.equal('C4:C13, loại', short.type, 'List');
      diff.equal('C4:C13, danh sách', short.rule?.list?.source, SHORT_LIST.join(','));
      diff.equal('D4:D13, loại', long.type, 'List');
      const source = String(long.rule?.list?.source ?? '');
      diff.check(source.includes(LIST_SHEET), `D4:D13 lấy danh sách từ ${JSON.stringify(source)}, không phải từ trang ẩn ${LIST_SHEET}.`);
      diff.equal(`Trang danh sách ${LIST_SHEET}`, sheets.find((s) => s.name === LIST_SHEET)?.visibility, 'VeryHidden');
      const list = await t.book.readSheet(LIST_SHEET);
      diff.equal('Trang danh sách, ô A1', list.values[0]?.[0], SCRATCH_SHEET);
      diff.equal('Trang danh sách, cột A', list.values.slice(1).map((line) => line[0]), LONG_LIST);
      diff.check(!(await t.book.sheetNames()).includes(LIST_SHEET), 'Trang danh sách ẩn hiện ra trong danh sách trang tính cho cán bộ chọn.');
      diff.done();
    },
  },
  {
    id: 'delete-sheet',
    label: 'Xoá trang tính: trang cũ được thay, trang danh sách rất ẩn được xoá',
    uses: ['ExcelApi 1.1', 'ExcelApi 1.2'],
    after: 'validation',
    async run(t) {
      await t.book.apply(ADD_PLAN);
      const { sheets } = await probeSheets(t.run);
      const diff = new Differences();
      diff.check(!sheets.some((s) => s.name === LIST_SHEET), `Trang danh sách ${LIST_SHEET} vẫn còn.`);
      diff.equal(`Số trang "${SCRATCH_SHEET}"`, sheets.filter((s) => s.name === SCRATCH_SHEET).length, 1);
      diff.equal('Trang tạm còn sót', strayTemporarySheets(sheets), []);
      diff.done();
    },
  },
  {
    id: 'formulas',
    label: 'Công thức tổng có kết quả ngay sau khi ghi (ghi khi Excel tạm dừng tính toán)',
    uses: ['ExcelApi 1.1', 'ExcelApi 1.6'],
    async run(t) {
      await t.book.apply(FORMULA_PLAN);
      const grid = await t.book.readSheet(SCRATCH_SHEET);
      const cells = await probeCells(t.run, SCRATCH_SHEET, 'G4');
      const diff = new Differences();
      FORMULA_ROWS.forEach((line, i) => diff.equal(`Ô G${4 + i} (tổng dòng)`, grid.values[3 + i]?.[6], line.reduce((a, b) => a + b, 0)));
      diff.equal('Ô G7 (tổng cộng)', grid.values[6]?.[6], FORMULA_ROWS.flat().reduce((a, b) => a + b, 0));
      diff.equal('Ô D7 (tổng cột)', grid.values[6]?.[3], FORMULA_ROWS.reduce((a, line) => a + line[0], 0));
      diff.equal('Ô G4, công thức', cells.formulas[0]?.[0], '=SUM(D4:F4)');
      diff.done();
    },
  },
  {
    id: 'merge-guard',
    label: 'Không ghi đè vùng gộp ô của cán bộ chạm vào các cột phần bổ trợ ghi (vùng gộp bắt đầu ở cột A)',
    uses: ['ExcelApi 1.13'],
    async run(t) {
      await t.book.apply(MERGE_GUARD_SETUP);
      const seen = await probeMergedAreas(t.run, SCRATCH_SHEET, 'D3:F10');
      let refused: unknown = null;
      try {
        await t.book.apply(MERGE_GUARD_UPDATE);
      } catch (err) {
        refused = err;
      }
      const grid = await t.book.readSheet(SCRATCH_SHEET);
      const diff = new Differences();
      if (refused !== null && (refused as { name?: string }).name !== 'SheetLayoutError') throw refused;
      diff.check(refused !== null, 'Phần bổ trợ đã ghi vào các cột D:F dù vùng gộp A5:E5 của cán bộ chạm vào chúng.');
      diff.check(grid.merges.some((m) => rangeAddress(m) === rangeAddress(TITLE_MERGE)), 'Vùng gộp A5:E5 của cán bộ đã bị bỏ gộp.');
      diff.equal('Ô D3 (không được ghi đè)', grid.values[2]?.[3], 'Trạng thái');
      diff.done();
      const returned = seen.some((a) => sameRange(a, TITLE_MERGE));
      return `Excel ${returned ? 'có' : 'không'} trả về vùng gộp A5:E5 khi hỏi D3:F10`;
    },
  },
  {
    id: 'read-blocks',
    label: `Đọc trang có ô gộp theo từng khối (${BLOCK_MERGES.length} vùng gộp, quá giới hạn 512 của một lần hỏi)`,
    uses: ['ExcelApi 1.4', 'ExcelApi 1.7', 'ExcelApi 1.13'],
    async run(t) {
      await t.book.apply(blockPlan());
      const before = t.syncs();
      const grid = await t.book.readSheet(SCRATCH_SHEET);
      const syncs = t.syncs() - before;
      const diff = new Differences();
      const expected = blockGrid();
      diff.equal('Số dòng đọc được', grid.values.length, expected.length);
      expected.forEach((line, r) => line.forEach((v, c) => diff.equal(`Ô ${rangeAddress({ top: r + 1, left: c + 1, bottom: r + 1, right: c + 1 })}`, grid.values[r]?.[c] ?? null, v)));
      diff.equal('Số vùng gộp', grid.merges.length, BLOCK_MERGES.length);
      const want = new Set(BLOCK_MERGES.map(rangeAddress));
      diff.check(grid.merges.every((m) => want.has(rangeAddress(m))), 'Có vùng gộp đọc được khác vùng đã ghi.');
      diff.done();
      return `${expected.length} dòng đọc trong ${syncs} lần gửi`;
    },
  },
  {
    id: 'big-request',
    label: 'Yêu cầu gần giới hạn 5 MB của Excel trên web (ghi rồi đọc lại hơn 4 MB chữ có dấu)',
    uses: ['ExcelApi 1.1', 'ExcelApi 1.7'],
    async run(t) {
      await t.book.apply(bigPlan());
      const requests = [...t.book.lastStats.requestBytes];
      const grid = await t.book.readSheet(SCRATCH_SHEET);
      const diff = new Differences();
      const largest = Math.max(...requests);
      diff.check(requests.length >= 2 && largest >= 0.85 * MAX_REQUEST_BYTES, `Yêu cầu lớn nhất chỉ ${mb(largest)}: chưa thử được gần giới hạn.`);
      diff.check(largest <= MAX_REQUEST_BYTES, `Có yêu cầu ${mb(largest)}, lớn hơn giới hạn ${mb(MAX_REQUEST_BYTES)} phần bổ trợ tự đặt.`);
      const expected = bigGrid();
      diff.equal('Số dòng đọc lại', grid.values.length, BIG_ROWS);
      const wrong = expected.findIndex((line, r) => line.some((v, c) => grid.values[r]?.[c] !== v));
      diff.check(wrong < 0, `Dòng ${wrong + 1} đọc lại khác dòng đã ghi (${BIG_COLS} cột).`);
      diff.done();
      return `ghi ${requests.length} lần: ${requests.map(mb).join(', ')}`;
    },
  },
  {
    id: 'dates',
    label: 'Ngày tháng theo hệ ngày của sổ tính (1900 hoặc 1904): ghi, đọc lại, Excel hiện đúng ngày',
    uses: ['ExcelApi 1.2'],
    async run(t) {
      const date1904 = await probeDate1904(t.run);
      await t.book.apply(DATE_PLAN);
      const grid = await t.book.readSheet(SCRATCH_SHEET);
      const cells = await probeCells(t.run, SCRATCH_SHEET, DATE_CHECK.cell);
      const diff = new Differences();
      diff.equal(`Ô ${DATE_CHECK.cell} đọc lại`, grid.values[1]?.[1], DATE_CHECK.date);
      diff.equal(`Ô ${DATE_CHECK.cell}, số ngày Excel lưu`, cells.values[0]?.[0], date1904 ? DATE_CHECK.serial1904 : DATE_CHECK.serial1900);
      diff.equal(`Ô ${DATE_CHECK.cell}, Excel hiện`, cells.text[0]?.[0], DATE_CHECK.text);
      diff.done();
      return `sổ tính dùng hệ ngày ${date1904 ? '1904' : '1900'}`;
    },
  },
  {
    id: 'select',
    label: 'Chọn vùng ô cho cán bộ xem',
    uses: ['ExcelApi 1.1'],
    async run(t) {
      await t.book.select(SCRATCH_SHEET, SELECT_RANGE);
      const read = await probeSelection(t.run);
      const diff = new Differences();
      diff.equal('Trang đang mở', read.sheet, SCRATCH_SHEET);
      diff.check(sameRange(read.address, SELECT_RANGE), `Vùng đang chọn là ${read.address}, không phải ${rangeAddress(SELECT_RANGE)}.`);
      diff.done();
    },
  },
  {
    id: 'settings',
    label: 'Thiết lập lưu cùng sổ tính: ghi, đọc lại, xoá',
    uses: ['ExcelApi 1.4'],
    async run(t) {
      const before = await t.book.getSetting(SETTING_KEY);
      const value = `Tự kiểm tra lúc ${new Date().toISOString()} — chữ có dấu`;
      await t.book.setSetting(SETTING_KEY, value);
      const read = await t.book.getSetting(SETTING_KEY);
      await t.book.setSetting(SETTING_KEY, before);
      const after = await t.book.getSetting(SETTING_KEY);
      const diff = new Differences();
      diff.equal('Giá trị đọc lại', read, value);
      diff.equal('Sau khi trả lại như cũ', after, before);
      diff.done();
    },
  },
  {
    id: 'downloads',
    label: 'Tải tệp về máy (thư .eml, tệp kết quả): trên Excel cho Mac và iPad không tải được, phần bổ trợ đưa bản để chép',
    uses: ['OpenBrowserWindowApi 1.1'],
    async run(t) {
      const platform = String(t.office.diagnostics?.platform ?? t.office.platform ?? '');
      const macHost = platform === 'Mac' || platform === 'iOS';
      // A second witness: WKWebView (Excel for Mac and iPad) says AppleWebKit, without Safari's or Chrome's token.
      const ua = t.userAgent ?? '';
      const wkWebView = /Macintosh|iPad|iPhone/.test(ua) && /AppleWebKit/.test(ua) && !/Safari\/|Chrome|Chromium|Edg|Firefox/.test(ua);
      const works = downloadsWork();
      const diff = new Differences();
      diff.check(works === !macHost, `Office báo nền tảng "${platform}" nhưng phần bổ trợ ${works ? 'vẫn tải tệp về' : 'không tải tệp về'}.`);
      diff.check(!(wkWebView && works), 'Ngăn tác vụ chạy trong WKWebView (Excel cho Mac hoặc iPad) nhưng phần bổ trợ vẫn định tải tệp về: tệp sẽ không đến.');
      if (macHost) diff.check(t.office.requirements?.isSetSupported('OpenBrowserWindowApi', '1.1') === true, 'Excel này không có OpenBrowserWindowApi 1.1: "Soạn thư" không mở được chương trình thư; chỉ chép được thư nháp.');
      diff.done();
      return works ? 'tải về bằng trình duyệt của ngăn tác vụ' : 'ngăn tác vụ không tải được tệp: thư nháp và kết quả hiện để chép';
    },
  },
  {
    id: 'office-js',
    label: 'office.js tải từ địa chỉ Microsoft công bố, chính sách bảo mật của trang cho phép, Office sẵn sàng',
    uses: [],
    async run(t) {
      if (!t.page) throw new CheckMismatch(['Không đọc được trang của ngăn tác vụ.']);
      return checkOfficeJsPage(t.page);
    },
  },
];
