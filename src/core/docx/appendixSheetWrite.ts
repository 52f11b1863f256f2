import { wrappedRowHeight } from '../consolidate/rowHeight';
import { EXCEL_MAX_ROW_HEIGHT, type CellRange, type CellValue } from '../grid';
import { cellText } from '../text/normalize';
import { fitToExcel } from '../write/fitToExcel';
import type { RangeFormat, WritePlan } from '../write/writePlan';
import { APPENDIX_SHEET, type WordPlanSheet } from './wordPlanSheet';

/** Width of a grid column the document gives none for (Excel characters). */
const DEFAULT_WIDTH = 14;

/**
 * A Word grid column's width in twips as an Excel column width (characters of the default
 * font: 7 px a character plus 5 px padding, 15 twips a pixel), kept between 3 and 120.
 *
 * @example
 * excelWidthOfTwips(1500) // 13.6
 * excelWidthOfTwips(0) // 14
 */
export function excelWidthOfTwips(twips: number): number {
  if (!(twips > 0)) return DEFAULT_WIDTH;
  const chars = (twips / 15 - 5) / 7;
  return Math.round(Math.min(120, Math.max(3, chars)) * 10) / 10;
}

/**
 * Heights of the table's rows so wrapped text shows whole (Excel and LibreOffice do not grow a
 * written row on their own): each row as tall as its one-row cells need; a cell merged down
 * over rows that together are too short makes its last row taller.
 */
function tableRowHeights(values: readonly CellValue[][], merges: readonly CellRange[], table: { top: number; bottom: number }, widths: readonly number[]): { row: number; height: number }[] {
  const widthOf = (left: number, right: number) => widths.slice(left - 1, right).reduce((n, w) => n + w, 0);
  const tall = merges.filter((m) => m.bottom > m.top);
  const mergeAt = new Map<string, CellRange>();
  for (const m of merges) mergeAt.set(`${m.top}:${m.left}`, m);
  const inTall = new Set<string>();
  for (const m of tall) for (let r = m.top; r <= m.bottom; r++) inTall.add(`${r}:${m.left}`);
  const heights = new Map<number, number>();
  for (let r = table.top; r <= table.bottom; r++) {
    const cells: { text: string; width: number }[] = [];
    (values[r - 1] ?? []).forEach((v, i) => {
      const c = i + 1;
      if (v === null || inTall.has(`${r}:${c}`)) return;
      const m = mergeAt.get(`${r}:${c}`);
      cells.push({ text: cellText(v), width: m ? widthOf(m.left, m.right) : (widths[c - 1] ?? DEFAULT_WIDTH) });
    });
    heights.set(r, wrappedRowHeight(cells));
  }
  for (const m of tall) {
    const need = wrappedRowHeight([{ text: cellText(values[m.top - 1]?.[m.left - 1] ?? null), width: widthOf(m.left, m.right) }]);
    let have = 0;
    for (let r = m.top; r <= m.bottom; r++) have += heights.get(r) ?? 0;
    if (need > have) heights.set(m.bottom, (heights.get(m.bottom) ?? 0) + need - have);
  }
  return [...heights].map(([row, height]) => ({ row, height: Math.min(EXCEL_MAX_ROW_HEIGHT, height) }));
}

/**
 * A sheet name not yet taken in the workbook (Excel compares names without case):
 * "Phụ lục", else "Phụ lục (2)", "Phụ lục (3)" …
 *
 * @example
 * freeSheetName(['Phụ lục', 'Tiến độ']) // 'Phụ lục (2)'
 */
export function freeSheetName(existing: readonly string[], base: string = APPENDIX_SHEET): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * Writes a Word document's plan sheet into a new sheet of the workbook (SPEC §13), so the
 * officer can go on in Excel: the title block and appendix heading lines, then the table with
 * its merged cells, thin borders, wrapped text aligned to the top, its header rows in bold,
 * each column as wide as the Word table's grid column and each row tall enough for its text. One sheet, created whole; nothing
 * else in the workbook is touched. Texts are written as text (never formulas). Pick `name`
 * with {@link freeSheetName} so no sheet of the officer's is replaced. A cell longer than Excel
 * holds is cut as {@link fitToExcel} cuts it (ending in "…"); the reader told the officer which
 * (see `wordPlanSheet`'s findings).
 *
 * @example
 * appendixSheetWritePlan(sheet, { name: freeSheetName(await workbook.sheetNames()) })
 */
export function appendixSheetWritePlan(sheet: WordPlanSheet, options: { name: string }): WritePlan {
  const { grid, table } = sheet;
  const width = Math.max(table.columns, 1);
  const values: CellValue[][] = grid.values.map((line) => {
    const row = new Array<CellValue>(width).fill(null);
    line.forEach((v, c) => {
      if (c < width) row[c] = v;
    });
    return row;
  });
  const tableRange = { top: table.top, left: 1, bottom: Math.max(table.bottom, table.top), right: width };
  const headerRows = table.repeatedHeaderRows.length > 0 ? table.repeatedHeaderRows : [table.top];
  const formats: RangeFormat[] = [{ range: tableRange, format: { border: 'thin', wrap: true, vertical: 'top' } }];
  for (const r of headerRows) formats.push({ range: { top: r, left: 1, bottom: r, right: width }, format: { bold: true, horizontal: 'center', vertical: 'middle' } });
  const widths = table.widths.slice(0, width).map(excelWidthOfTwips);
  const headerTop = Math.min(...headerRows);
  const headerBottom = Math.max(...headerRows);
  return fitToExcel({
    sheets: [
      {
        sheet: options.name,
        mode: 'create',
        values: [{ row: 1, col: 1, values }],
        formats,
        merges: grid.merges.map((m) => ({ ...m })),
        columnWidths: widths.map((w, i) => ({ col: i + 1, width: w })),
        rowHeights: tableRowHeights(values, grid.merges, table, widths),
        pageSetup: { orientation: 'landscape', paper: 'A4', fitToWidth: true, printTitleRows: [headerTop, headerBottom] },
      },
    ],
    activate: options.name,
  }).plan;
}
