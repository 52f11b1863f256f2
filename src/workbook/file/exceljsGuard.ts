import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { columnLetter, EXCEL_MAX_COLUMN, EXCEL_MAX_ROW, type CellRange } from '../../core/grid';
import { parseRangeRef } from './readXlsx';
import { WorkbookOpenError } from './workbookOpenError';

/**
 * exceljs builds an object for every cell it loads, merged cells included, and has no cap of
 * its own: one whole-column merge (B1:B1048576) is a million cell objects (37 s, 2.6 GB). Before
 * exceljs sees a file, each worksheet is checked: huge merged areas are cut at the sheet's last
 * row (and last column, for a sheet-wide one), where what is seen and printed stays the same;
 * a workbook that would still need more than {@link MAX_EXCELJS_CELLS} cell objects, or has
 * rows Excel cannot have, is refused.
 */

/**
 * Most cell objects (cells plus merged cells, all sheets together) exceljs may build. Measured
 * on 2 shared cores: 1.4 million cells took 42 s and 2 GB to load and save, so 500 000 stays
 * near 15 s and under 1 GB.
 */
export const MAX_EXCELJS_CELLS = 500_000;

/** Merged areas over this many cells are cut to the sheet's cells (see {@link cutMergeToSheet}). */
const HUGE_MERGE_CELLS = 100_000;

/** Vietnamese sentence for a sheet with data Excel itself would not accept (row 0, a cell past XFD). */
export function brokenSheetError(file: string, sheet: string, detail: string): WorkbookOpenError {
  return new WorkbookOpenError(
    file,
    `Trang tính "${sheet}" của tệp "${file}" có dữ liệu không hợp lệ (${detail}): hãy mở tệp bằng Excel, để Excel sửa lỗi, lưu lại rồi thử lại.`,
  );
}

function tooManyCells(file: string, sheet: string): WorkbookOpenError {
  return new WorkbookOpenError(
    file,
    `Tệp "${file}" quá lớn để ghi (hơn ${MAX_EXCELJS_CELLS.toLocaleString('vi-VN')} ô, kể cả ô gộp; vượt ở trang tính "${sheet}"): hãy bỏ gộp các vùng ô rất lớn, xoá các dòng, cột, trang tính thừa rồi thử lại.`,
  );
}

const ROW_NUMBER = /<(?:\w+:)?row\b[^>]*?\sr="(\d+)"/g;
const CELL_REF = /<(?:\w+:)?c\b[^>]*?\sr="([A-Z]{1,4})(\d+)"/g;
const CELL = /<(?:\w+:)?c[\s/>]/g;
const MERGE = /(<(?:\w+:)?mergeCell\b[^>]*?\sref=")([^"]*)(")/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** The name a worksheet part has in the workbook (for messages); the part path when unknown. */
function sheetNamesByPart(parts: Record<string, Uint8Array>): Map<string, string> {
  const names = new Map<string, string>();
  const workbook = parts['xl/workbook.xml'];
  const rels = parts['xl/_rels/workbook.xml.rels'];
  if (!workbook || !rels) return names;
  const targets = new Map<string, string>();
  for (const m of strFromU8(rels).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\sId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\sTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  for (const m of strFromU8(workbook).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\sname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\s(?:\w+:)?id="([^"]*)"/.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name && part) names.set(part, name);
  }
  return names;
}

/**
 * A huge merged area (over 100 000 cells: a whole column, a whole sheet) cut to the sheet's
 * cells: below the last row (any `<row>` or `<c>` in the part) it holds nothing to show, so it
 * ends there; when still huge, its columns end at the last used column too. Ordinary merges,
 * even past the last row, stay as they are. Both readers cut alike.
 *
 * @example
 * cutMergeToSheet({ top: 1, left: 2, bottom: 1_048_576, right: 2 }, 57, 8) // { top: 1, left: 2, bottom: 57, right: 2 }
 */
export function cutMergeToSheet(m: CellRange, lastRow: number, lastCol: number): CellRange {
  const size = (r: CellRange) => (r.bottom - r.top + 1) * (r.right - r.left + 1);
  if (size(m) <= HUGE_MERGE_CELLS) return m;
  const rows = { ...m, bottom: Math.max(m.top, Math.min(m.bottom, lastRow)) };
  if (size(rows) <= HUGE_MERGE_CELLS) return rows;
  return { ...rows, right: Math.max(m.left, Math.min(m.right, lastCol)) };
}

/**
 * The bytes to give exceljs: the same file, with huge merged areas cut to each sheet's cells.
 * Throws {@link WorkbookOpenError} (Vietnamese) for a workbook exceljs could not hold.
 *
 * @example
 * await workbook.xlsx.load(boundForExceljs(bytes, 'ke-hoach.xlsx'));
 */
export function boundForExceljs(bytes: Uint8Array, file: string): Uint8Array {
  let parts: Record<string, Uint8Array>;
  try {
    // Only what the check reads: images and the rest are inflated again only if a merge is cut.
    parts = unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels' || f.name.startsWith('xl/worksheets/') });
  } catch {
    return bytes; // exceljs says it is broken, with the usual sentence
  }
  const cut: Record<string, Uint8Array> = {};
  const names = sheetNamesByPart(parts);
  let cells = 0;
  for (const path of Object.keys(parts)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(path)) continue;
    const sheet = names.get(path) ?? path;
    const xml = strFromU8(parts[path]);
    let lastRow = 0;
    let lastCol = 0;
    for (const m of xml.matchAll(ROW_NUMBER)) {
      const r = Number(m[1]);
      if (r < 1 || r > EXCEL_MAX_ROW) throw brokenSheetError(file, sheet, `dòng số ${m[1]}`);
      if (r > lastRow) lastRow = r;
    }
    for (const m of xml.matchAll(CELL_REF)) {
      const c = columnNumber(m[1]);
      const r = Number(m[2]);
      if (c > EXCEL_MAX_COLUMN || r < 1 || r > EXCEL_MAX_ROW) throw brokenSheetError(file, sheet, `ô ${m[1]}${m[2]}`);
      if (c > lastCol) lastCol = c;
      if (r > lastRow) lastRow = r;
    }
    cells += (xml.match(CELL) ?? []).length;
    let clipped = false;
    const out = xml.replace(MERGE, (whole, open: string, ref: string, close: string) => {
      const m: CellRange | null = parseRangeRef(ref);
      if (!m) return whole;
      if (m.bottom > EXCEL_MAX_ROW || m.right > EXCEL_MAX_COLUMN) throw brokenSheetError(file, sheet, `vùng gộp ô ${ref}`);
      const { bottom, right } = cutMergeToSheet(m, lastRow, lastCol);
      cells += (bottom - m.top + 1) * (right - m.left + 1);
      if (cells > MAX_EXCELJS_CELLS) throw tooManyCells(file, sheet);
      if (bottom === m.bottom && right === m.right) return whole;
      clipped = true;
      return `${open}${columnLetter(m.left)}${m.top}:${columnLetter(right)}${bottom}${close}`;
    });
    if (cells > MAX_EXCELJS_CELLS) throw tooManyCells(file, sheet);
    if (clipped) cut[path] = strToU8(out);
  }
  if (Object.keys(cut).length === 0) return bytes;
  return zipSync({ ...unzipSync(bytes), ...cut }, { level: 1 });
}

