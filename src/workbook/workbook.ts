import type { TemplateFill } from '../core/forms/templateFill';
import type { CellRange, SheetGrid, SheetSizes } from '../core/grid';
import type { WritePlan } from '../core/write/writePlan';

/** Sheets of a province's template to bring into a workbook before filling them: the template file, and each sheet's name once copied. */
export interface TemplateSheets {
  bytes: Uint8Array;
  sheets: { from: string; to: string }[];
}

/**
 * Largest template copied in: in Excel its base64 text (4/3 of the bytes) must stay inside one
 * request under Excel on the web's 5 MB payload limit. The pane refuses a larger file before
 * asking the workbook.
 */
export const MAX_TEMPLATE_BYTES = 3 * 1024 * 1024;

/**
 * What the features need from a workbook, whatever holds it: Excel through Office.js, or an
 * .xlsx file through exceljs. Reads return plain grids for the core; writes take the core's
 * write plan.
 */
export interface Workbook {
  /** Sheet names in tab order. */
  sheetNames(): Promise<string[]>;
  /** Values and merged areas of one sheet, anchored at A1. */
  readSheet(name: string): Promise<SheetGrid>;
  /**
   * Applies a write plan; validates it whole before the first write. Resolves to Vietnamese
   * notes on settings the workbook did not take (Excel ignoring "fit to one page wide"), for
   * the officer; usually none.
   */
  apply(plan: WritePlan): Promise<string[]>;
  /**
   * Fills a province's template (SPEC §14): first copies `copy.sheets` of the template in (in
   * place of earlier sheets of those names) when given, then applies the fill, whose sheet
   * names are the names here. Validates the fill before the first write.
   */
  fillTemplate(fill: TemplateFill, copy?: TemplateSheets): Promise<void>;
  /**
   * When the workbook was last saved, by its own record (docProps/core.xml `dcterms:modified`),
   * as an ISO time; null when unknown (a new workbook, or Excel, which does not expose it).
   */
  modifiedAt(): Promise<string | null>;
  /**
   * Column widths and row heights of a sheet, for sizing printed rows; null when unknown. Files
   * know them; in Excel they are not read (Excel sizes rows to wrapped text itself, outside
   * merged cells), so the method may be absent.
   */
  sheetSizes?(name: string): Promise<SheetSizes | null>;
  /** Shows a range to the officer (selects it in Excel; nothing for files). */
  select(sheet: string, range: CellRange): Promise<void>;
  /**
   * One of the add-in's own settings kept with the workbook (the officer's column mapping, the
   * issuer typed for the status sheets …): Excel's document settings (ExcelApi 1.4, saved with
   * the file when the officer saves it); for a file, a very hidden sheet of the add-in
   * ({@link SETTINGS_SHEET}). Null when not set.
   */
  getSetting(key: string): Promise<string | null>;
  /**
   * Several settings at once, in the order of `keys` (null for one not set): in Excel one sync
   * for all of them, so reading a setting per sheet does not cost a sync per sheet.
   */
  getSettings(keys: readonly string[]): Promise<(string | null)[]>;
  /** Sets (or, with null, removes) one setting; the rest of the workbook is not touched. */
  setSetting(key: string, value: string | null): Promise<void>;
}

export { SETTINGS_SHEET } from './settingsSheet';
