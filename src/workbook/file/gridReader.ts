import type { SheetGrid } from '../../core/grid';

/**
 * What {@link FileWorkbook} reads a file through: sheet names and one sheet's grid, with no
 * workbook model. `FastXlsx` reads .xlsx this way; `SheetJsReader` reads .xls, .ods and .xlsb.
 */
export interface GridReader {
  /** Sheet names in tab order (worksheets only). */
  sheetNames(): string[];
  /** One sheet's grid; throws `WorkbookOpenError` when the sheet is past the reading caps. */
  readSheet(name: string): SheetGrid;
}
