/**
 * What the self-test writes in its scratch sheet "Tự kiểm tra": write plans of the same kind the
 * features build (the core's WritePlan, applied by `OfficeWorkbook.apply`), and what reading
 * each back must give. Pure data, no Office.
 */
import { columnLetter, type CellRange, type CellValue } from '../../core/grid';
import { a4PageSetup } from '../../core/write/printSetup';
import type { SheetWrite, WritePlan } from '../../core/write/writePlan';

/** The scratch sheet the self-test adds and removes. */
export const SCRATCH_SHEET = 'Tự kiểm tra';

/** What A1 of the scratch sheet says, so an officer who sees it knows what it is. */
export const SCRATCH_NOTE = 'Trang tạm của Kiểm soát TTHC để tự kiểm tra; trang này tự xoá khi kiểm tra xong.';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** A create write of the scratch sheet (it replaces the sheet of the previous check, as the features' own sheets are replaced). */
export function scratchSheet(parts: Partial<Omit<SheetWrite, 'sheet' | 'mode'>>): WritePlan {
  return {
    sheets: [{ sheet: SCRATCH_SHEET, mode: 'create', values: [{ row: 1, col: 1, values: [[SCRATCH_NOTE]] }], formats: [], merges: [], columnWidths: [], ...parts }],
  };
}

/** Adds the sheet: one value. */
export const ADD_PLAN = scratchSheet({});

/** Header and rows of the batch write, from A3. Text starting with =, + or @ must stay text. */
export const BATCH_ROWS: CellValue[][] = [
  ['STT', 'Nội dung', 'Ngày', 'Số lượng', 'Đúng/sai', 'Ghi chú'],
  [1, 'Chữ tiếng Việt: ă â đ ê ô ơ ư Ă Â Đ Ê Ô Ơ Ư ỹ ỵ', day(2024, 3, 10), 1234.5, true, '=1+1'],
  [2, 'Ô gộp hai dòng (B5:B6)', day(2024, 12, 31), 0, false, '+84 912 345 678'],
  [3, null, day(2025, 1, 1), -7.25, true, '@ghi chú'],
  [4, 'Dòng cao 45 điểm', day(2026, 6, 12), 1_000_000, false, '0123'],
  [5, 'Dòng cuối', day(1999, 12, 31), 0.1, true, '-'],
];
export const BATCH_TITLE = 'KIỂM TRA GHI GIÁ TRỊ VÀ ĐỊNH DẠNG';
export const BATCH_MERGES: CellRange[] = [
  { top: 1, left: 1, bottom: 1, right: 6 },
  { top: 5, left: 2, bottom: 6, right: 2 },
];
/** Column widths in Excel characters (the plan's unit), columns A–F. */
export const BATCH_WIDTHS = [6, 40, 12, 14, 9, 18];
export const BATCH_HEIGHTS = [
  { row: 3, height: 30 },
  { row: 7, height: 45 },
];
export const HEADER_FILL = '#DDEBF7';
export const OVERDUE_FILL = '#FFC7CE';
export const OVERDUE_FONT = '#9C0006';
export const AMOUNT_FORMAT = '#,##0.00';

/** Values, formats, merges, widths and heights in one apply (one request, as every feature sends them). */
export const BATCH_PLAN: WritePlan = scratchSheet({
  values: [
    { row: 1, col: 1, values: [[BATCH_TITLE]] },
    { row: 3, col: 1, values: BATCH_ROWS },
  ],
  formats: [
    { range: { top: 1, left: 1, bottom: 1, right: 6 }, format: { bold: true, fontSize: 14, horizontal: 'center', fontName: 'Times New Roman' } },
    { range: { top: 3, left: 1, bottom: 3, right: 6 }, format: { fill: HEADER_FILL, bold: true, horizontal: 'center', wrap: true } },
    { range: { top: 3, left: 1, bottom: 8, right: 6 }, format: { border: 'thin' } },
    { range: { top: 4, left: 1, bottom: 8, right: 6 }, format: { vertical: 'top' } },
    { range: { top: 4, left: 2, bottom: 8, right: 2 }, format: { wrap: true } },
    { range: { top: 4, left: 4, bottom: 8, right: 4 }, format: { numberFormat: AMOUNT_FORMAT } },
    { range: { top: 5, left: 1, bottom: 5, right: 6 }, format: { fill: OVERDUE_FILL, fontColor: OVERDUE_FONT, italic: true } },
  ],
  merges: BATCH_MERGES,
  columnWidths: BATCH_WIDTHS.map((width, i) => ({ col: i + 1, width })),
  rowHeights: BATCH_HEIGHTS,
});

/** The grid reading the batch sheet must give (A1-anchored, trailing blanks trimmed). */
export function batchGrid(): CellValue[][] {
  const grid: CellValue[][] = [[BATCH_TITLE], []];
  for (const row of BATCH_ROWS) {
    const line = [...row];
    while (line.length > 0 && line[line.length - 1] === null) line.pop();
    grid.push(line);
  }
  return grid;
}

/** Print setup the status sheets get (a4PageSetup), on a sheet wide enough to print landscape. */
export const PRINT_WIDTHS = [6, 48, 16, 14, 16, 30];
export const PRINT_FOOTER_NOTE = 'Tự kiểm tra';
export const PRINT_SETUP = a4PageSetup(PRINT_WIDTHS, { titleRows: [3, 3], footerNote: PRINT_FOOTER_NOTE });
export const PRINT_BREAK_ROW = 25;
export const PRINT_FREEZE = { rows: 3, cols: 1 };
export const PRINT_TAB_COLOR = '#70AD47';
export const PRINT_PLAN: WritePlan = scratchSheet({
  values: [
    { row: 3, col: 1, values: [['STT', 'Nội dung', 'Đơn vị', 'Hạn', 'Trạng thái', 'Ghi chú']] },
    { row: 4, col: 1, values: Array.from({ length: 40 }, (_, i) => [i + 1, `Nhiệm vụ ${i + 1}`, 'Văn phòng Sở', day(2026, 12, 31), 'Chưa đến hạn', '']) },
  ],
  columnWidths: PRINT_WIDTHS.map((width, i) => ({ col: i + 1, width })),
  pageSetup: PRINT_SETUP,
  freeze: PRINT_FREEZE,
  rowBreaks: [PRINT_BREAK_ROW],
  tabColor: PRINT_TAB_COLOR,
});

/** A short drop-down list (inline) and a long one (over 255 characters: kept in a very hidden list sheet). */
export const SHORT_LIST = ['Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'];
export const LONG_LIST = Array.from({ length: 30 }, (_, i) => `Chi cục, phòng hoặc trung tâm số ${i + 1}`);
export const VALIDATION_PLAN: WritePlan = scratchSheet({
  values: [{ row: 3, col: 1, values: [['STT', 'Nội dung', 'Trạng thái', 'Đơn vị chủ trì']] }],
  validations: [
    { range: { top: 4, left: 3, bottom: 13, right: 3 }, list: SHORT_LIST },
    { range: { top: 4, left: 4, bottom: 13, right: 4 }, list: LONG_LIST },
  ],
});

/** Sums kept live: three rows of (4)+(5)+(6) and a total row, as the forms write them. */
export const FORMULA_ROWS = [
  [3, 4, 5],
  [10, 20, 30],
  [0.5, 0.25, 0.25],
];
export const FORMULA_PLAN: WritePlan = scratchSheet({
  values: [{ row: 4, col: 4, values: FORMULA_ROWS }],
  formulas: [
    ...FORMULA_ROWS.map((line, i) => ({ row: 4 + i, col: 7, formula: `SUM(D${4 + i}:F${4 + i})`, result: line.reduce((a, b) => a + b, 0) })),
    ...[4, 5, 6, 7].map((col) => ({
      row: 7,
      col,
      formula: `SUM(${columnLetter(col)}4:${columnLetter(col)}6)`,
      result: col === 7 ? FORMULA_ROWS.flat().reduce((a, b) => a + b, 0) : FORMULA_ROWS.reduce((t, line) => t + line[col - 4], 0),
    })),
  ],
});

/**
 * A section title merged from column A into D:E, the columns an update of D:F writes: Excel
 * returns only merged areas whose top-left cell is inside the queried range, so the merge
 * reaching in from the left must still be found.
 */
export const TITLE_MERGE: CellRange = { top: 5, left: 1, bottom: 5, right: 5 };
export const OWN_COLUMNS = { from: 4, to: 6, rows: [3, 10] as [number, number] };
export const MERGE_GUARD_SETUP: WritePlan = scratchSheet({
  values: [
    { row: 3, col: 1, values: [['STT', 'Nội dung', 'Kết quả', 'Trạng thái', 'Ngày hoàn thành', 'Ghi chú']] },
    { row: 4, col: 1, values: [[1, 'Nhiệm vụ 1', 'Báo cáo', 'Đã có', null, null]] },
    { row: 5, col: 1, values: [['II. NHIỆM VỤ TRỌNG TÂM (tiêu đề gộp từ cột A sang cột E)']] },
    { row: 6, col: 1, values: [[2, 'Nhiệm vụ 2', 'Kế hoạch', 'Đã có', null, null]] },
  ],
  merges: [TITLE_MERGE],
});
/** The update that must be refused: it would clear and unmerge inside the officer's title. */
export const MERGE_GUARD_UPDATE: WritePlan = {
  sheets: [
    {
      sheet: SCRATCH_SHEET,
      mode: 'update',
      ownColumns: OWN_COLUMNS,
      values: [{ row: 3, col: 4, values: [['Trạng thái (ghi đè)', 'Ngày', 'Ghi chú']] }],
      formats: [],
      merges: [],
      columnWidths: [],
    },
  ],
};

/** Enough rows and merged areas that a read goes in several blocks and the 512-area limit is met. */
export const BLOCK_ROWS = 2_500;
export const BLOCK_COLS = 10;
/** B2:B3, B4:B5 … : 600 merged areas, all in the first block of 1 000 rows. */
export const BLOCK_MERGES: CellRange[] = Array.from({ length: 600 }, (_, i) => ({ top: 2 + 2 * i, left: 2, bottom: 3 + 2 * i, right: 2 }));

function blockValue(row: number, col: number): CellValue {
  if (col === 1) return row - 1;
  // The lower cell of a merged pair is empty.
  if (col === 2 && row >= 2 && row <= 1201) return (row - 2) % 2 === 0 ? `Nội dung gộp ${row}` : null;
  return `R${row}C${col}`;
}

export function blockGrid(): CellValue[][] {
  return Array.from({ length: BLOCK_ROWS }, (_, r) => {
    const row = r + 1;
    if (row === 1) return Array.from({ length: BLOCK_COLS }, (_, c) => `Cột ${c + 1}`);
    return Array.from({ length: BLOCK_COLS }, (_, c) => blockValue(row, c + 1));
  });
}

export function blockPlan(): WritePlan {
  return scratchSheet({ values: [{ row: 1, col: 1, values: blockGrid() }], merges: BLOCK_MERGES });
}

/** About 4.6 MB of text (UTF-8): more than one 4 MB request, each near the 5 MB limit of Excel on the web. */
export const BIG_ROWS = 2_400;
export const BIG_COLS = 4;
export function bigGrid(): CellValue[][] {
  // 300 characters of about 480 UTF-8 bytes, distinct per cell so a misplaced block shows.
  const filler = 'Kiểm tra dung lượng yêu cầu gửi tới Excel: chữ có dấu tiếng Việt đầy đủ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ứ ừ ử ữ ự ';
  return Array.from({ length: BIG_ROWS }, (_, r) => Array.from({ length: BIG_COLS }, (_, c) => `${r + 1}.${c + 1} ${filler.repeat(3)}`.slice(0, 300)));
}
export function bigPlan(): WritePlan {
  return scratchSheet({ values: [{ row: 1, col: 1, values: bigGrid() }] });
}

/** A stacked bar chart of two series over five units, as the progress chart is written. */
export const CHART_TITLE = 'Tiến độ theo đơn vị (tự kiểm tra)';
export const CHART_SERIES = ['Đã hoàn thành', 'Quá hạn'];
export const CHART_PLAN: WritePlan = scratchSheet({
  values: [
    { row: 3, col: 1, values: [['Đơn vị', ...CHART_SERIES]] },
    { row: 4, col: 1, values: ['Văn phòng Sở', 'Chi cục Thủy sản', 'Chi cục Kiểm lâm', 'Chi cục Thủy lợi', 'Trung tâm Khuyến nông'].map((unit, i) => [unit, 5 - i, i]) },
  ],
  charts: [
    {
      type: 'barStacked',
      title: CHART_TITLE,
      categories: { top: 4, left: 1, bottom: 8, right: 1 },
      series: [
        { name: CHART_SERIES[0], values: { top: 4, left: 2, bottom: 8, right: 2 }, fill: '#C6EFCE', labelFormat: '"✔ "0;;;' },
        { name: CHART_SERIES[1], values: { top: 4, left: 3, bottom: 8, right: 3 }, fill: '#FFC7CE', labelFormat: '"✖ "0;;;' },
      ],
      anchor: { top: 2, left: 5, bottom: 20, right: 12 },
      fontName: 'Times New Roman',
    },
  ],
});

/** A day whose Excel serial is documented: 10/03/2024 is 45361 in the 1900 date system, 45361 − 1462 = 43899 in the 1904 one. */
export const DATE_CHECK = { cell: 'B2', date: day(2024, 3, 10), serial1900: 45361, serial1904: 43899, text: '10/03/2024' };
export const DATE_PLAN: WritePlan = scratchSheet({ values: [{ row: 2, col: 1, values: [['Ngày', DATE_CHECK.date]] }] });

/** The range the select check selects. */
export const SELECT_RANGE: CellRange = { top: 4, left: 2, bottom: 6, right: 4 };

/** The document setting the settings check writes, reads back and removes. */
export const SETTING_KEY = 'kstthc.selftest';
