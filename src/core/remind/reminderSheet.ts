import { EXCEL_MAX_ROW_HEIGHT, type CellRange, type CellValue } from '../grid';
import { wrappedLineCount } from '../highlight/wrappedLines';
import type { RangeFormat, SheetWrite, WritePlan } from '../write/writePlan';
import type { Reminder } from './model';
import { itemCells } from './reminderText';
import { REMINDER_WORDING } from './wording';
import { prefixedUnitSheetName, SHEET_NAME_MAX } from '../units/unitSheetName';

/** The printed notice's font, as the Sở's documents are printed. */
const NOTICE_FONT = 'Times New Roman';
/** Column widths (Excel characters) of STT, Nhiệm vụ, Nội dung, Kết quả, Hạn, Trạng thái: one A4 portrait page wide. */
const WIDTHS = [5, 8, 30, 28, 11, 13];
const LAST_COL = WIDTHS.length;
const FULL_WIDTH = WIDTHS.reduce((a, b) => a + b, 0);
/** Points per line at 12 pt, and the air of a wrapped row. */
const LINE = 16;
const PAD = 4;
/** Letters of 12-pt Times per Excel character of width (widths count the default 11-pt font's digits). */
const LETTERS_PER_WIDTH = 0.8;
/** The official heading of the right-hand block of a Vietnamese administrative document. */
const NATIONAL_TITLE = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const RECIPIENTS_BLOCK = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.';
const SIGN_HINT = '(Ký, ghi rõ họ tên)';

/** Prefix of a unit's notice sheet. */
const NOTICE_SHEET = 'Nhắc việc';

/**
 * The sheet name of a unit's notice, "Nhắc việc - <short name or name>", named and shortened as
 * the units' status sheets are ({@link prefixedUnitSheetName}).
 *
 * @example
 * noticeSheetName('Chi cục Thủy sản', 'CCTS') // 'Nhắc việc - CCTS'
 */
export function noticeSheetName(unit: string, shortName = ''): string {
  return prefixedUnitSheetName(unit, { prefix: NOTICE_SHEET, shortName });
}

function height(text: string, width: number, lineHeight = LINE): number {
  return Math.min(EXCEL_MAX_ROW_HEIGHT, wrappedLineCount(text, Math.max(1, Math.floor(width * LETTERS_PER_WIDTH))) * lineHeight + PAD);
}

/**
 * A printable notice ("Phiếu nhắc việc") for one reminder: the sender and national headings,
 * date line, title, greeting, the short notice, the deliverables' table (header repeated on
 * every page), the request, recipients and signature block. A4 portrait, one page wide,
 * Times New Roman; rows sized from a word-wrap estimate (LibreOffice does not grow them).
 *
 * @example
 * reminderSheetWrite(reminder).pageSetup // { orientation: 'portrait', paper: 'A4', fitToWidth: true, … }
 */
export function reminderSheetWrite(reminder: Reminder, options: { sheet?: string } = {}): SheetWrite {
  const { letter } = reminder;
  const sheet = options.sheet ?? noticeSheetName(reminder.unit, reminder.shortName);
  const values: { row: number; col: number; values: CellValue[][] }[] = [];
  const formats: RangeFormat[] = [];
  const merges: CellRange[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  const line = (row: number, left: number, right: number) => ({ top: row, left, bottom: row, right });
  /** Text over columns left..right of one row, merged, wrapped, its height estimated. */
  const put = (row: number, text: string, left: number, right: number, format: RangeFormat['format'] = {}) => {
    values.push({ row, col: left, values: [[text]] });
    if (right > left) merges.push(line(row, left, right));
    formats.push({ range: line(row, left, right), format: { wrap: true, vertical: 'top', ...format } });
  };

  // Headings: the sender on the left, the national title and date on the right.
  put(1, letter.signer.toUpperCase(), 1, 3, { bold: true, horizontal: 'center' });
  put(1, NATIONAL_TITLE[0], 4, LAST_COL, { bold: true, horizontal: 'center' });
  put(2, NATIONAL_TITLE[1], 4, LAST_COL, { bold: true, horizontal: 'center' });
  put(3, letter.dateLine, 4, LAST_COL, { italic: true, horizontal: 'center' });
  rowHeights.push({ row: 1, height: height(NATIONAL_TITLE[0], WIDTHS[3] + WIDTHS[4] + WIDTHS[5]) });
  put(5, letter.title, 1, LAST_COL, { bold: true, fontSize: 14, horizontal: 'center' });
  put(6, letter.titleSub, 1, LAST_COL, { italic: true, horizontal: 'center' });
  rowHeights.push({ row: 6, height: height(letter.titleSub, FULL_WIDTH) });
  put(8, letter.greeting, 1, LAST_COL, { bold: true, horizontal: 'center' });

  let row = 10;
  for (const text of letter.intro) {
    put(row, text, 1, LAST_COL, { horizontal: 'left' });
    rowHeights.push({ row, height: height(text, FULL_WIDTH) });
    row += 1;
  }

  let header: number | null = null;
  if (reminder.items.length > 0) {
    row += 1;
    header = row;
    values.push({ row, col: 1, values: [[...REMINDER_WORDING.tableHeadings]] });
    formats.push({ range: line(row, 1, LAST_COL), format: { bold: true, wrap: true, horizontal: 'center', vertical: 'middle', fill: '#DDEBF7', border: 'thin' } });
    rowHeights.push({ row, height: LINE * 2 + PAD });
    const body = reminder.items.map((item, i) => itemCells(item, i));
    values.push({ row: row + 1, col: 1, values: body });
    const last = row + body.length;
    formats.push({ range: { top: row + 1, left: 1, bottom: last, right: LAST_COL }, format: { wrap: true, vertical: 'top', border: 'thin' } });
    formats.push({ range: { top: row + 1, left: 1, bottom: last, right: 2 }, format: { horizontal: 'center' } });
    formats.push({ range: { top: row + 1, left: 5, bottom: last, right: 6 }, format: { horizontal: 'center' } });
    body.forEach((cells, i) => rowHeights.push({ row: row + 1 + i, height: Math.max(...cells.map((c, j) => height(c, WIDTHS[j]))) }));
    row = last + 1;
  }

  row += 1;
  for (const text of letter.closing) {
    put(row, text, 1, LAST_COL, { horizontal: 'left' });
    rowHeights.push({ row, height: height(text, FULL_WIDTH) });
    row += 1;
  }

  // Recipients on the left, signature on the right, as official letters end.
  row += 1;
  put(row, RECIPIENTS_BLOCK, 1, 3, { fontSize: 10 });
  put(row, letter.signer.toUpperCase(), 4, LAST_COL, { bold: true, horizontal: 'center' });
  rowHeights.push({ row, height: 3 * 14 + PAD });
  put(row + 1, SIGN_HINT, 4, LAST_COL, { italic: true, horizontal: 'center' });
  const lastRow = row + 5;

  formats.unshift({ range: { top: 1, left: 1, bottom: lastRow, right: LAST_COL }, format: { fontName: NOTICE_FONT, fontSize: 12 } });
  return {
    sheet,
    mode: 'create',
    values,
    formats,
    merges,
    columnWidths: WIDTHS.map((width, i) => ({ col: i + 1, width })),
    rowHeights,
    pageSetup: {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: true,
      ...(header !== null ? { printTitleRows: [header, header] as [number, number] } : {}),
      printArea: { top: 1, left: 1, bottom: lastRow, right: LAST_COL },
      footer: '&CTrang &P/&N',
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  };
}

/**
 * The notices of many reminders, one sheet each (two units whose names give one sheet name
 * get "(2)"), the first one shown when done.
 *
 * @example
 * reminderSheetsWritePlan(reminders).sheets.map((s) => s.sheet) // ['Nhắc việc - VP', 'Nhắc việc - CCTS']
 */
export function reminderSheetsWritePlan(reminders: readonly Reminder[]): WritePlan {
  const used = new Set<string>();
  const sheets = reminders.map((r) => {
    let name = noticeSheetName(r.unit, r.shortName);
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${noticeSheetName(r.unit, r.shortName).slice(0, SHEET_NAME_MAX - 4).trim()} (${n})`;
    used.add(name.toLowerCase());
    return reminderSheetWrite(r, { sheet: name });
  });
  return sheets.length > 0 ? { sheets, activate: sheets[0].sheet } : { sheets };
}
