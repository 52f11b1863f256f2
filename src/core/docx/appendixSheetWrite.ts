import type { CellValue } from '../grid';
import type { RangeFormat, WritePlan } from '../write/writePlan';
import { APPENDIX_SHEET, type WordPlanSheet } from './wordPlanSheet';

/** Longest text an Excel cell holds. */
const MAX_CELL_TEXT = 32_767;
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
 * and each column as wide as the Word table's grid column. One sheet, created whole; nothing
 * else in the workbook is touched. Texts are written as text (never formulas). Pick `name`
 * with {@link freeSheetName} so no sheet of the officer's is replaced.
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
      if (c < width) row[c] = typeof v === 'string' && v.length > MAX_CELL_TEXT ? v.slice(0, MAX_CELL_TEXT) : v;
    });
    return row;
  });
  const tableRange = { top: table.top, left: 1, bottom: Math.max(table.bottom, table.top), right: width };
  const headerRows = table.repeatedHeaderRows.length > 0 ? table.repeatedHeaderRows : [table.top];
  const formats: RangeFormat[] = [{ range: tableRange, format: { border: 'thin', wrap: true, vertical: 'top' } }];
  for (const r of headerRows) formats.push({ range: { top: r, left: 1, bottom: r, right: width }, format: { bold: true, horizontal: 'center', vertical: 'middle' } });
  const headerTop = Math.min(...headerRows);
  const headerBottom = Math.max(...headerRows);
  return {
    sheets: [
      {
        sheet: options.name,
        mode: 'create',
        values: [{ row: 1, col: 1, values }],
        formats,
        merges: grid.merges.map((m) => ({ ...m })),
        columnWidths: table.widths.slice(0, width).map((twips, i) => ({ col: i + 1, width: excelWidthOfTwips(twips) })),
        pageSetup: { orientation: 'landscape', paper: 'A4', fitToWidth: true, printTitleRows: [headerTop, headerBottom] },
      },
    ],
    activate: options.name,
  };
}
