import { EXCEL_MAX_TEXT } from '../core/grid';

/**
 * Where a workbook file keeps the add-in's settings (file mode has no document settings): a very
 * hidden sheet, key in column A and value in column B from row 1. Excel keeps its own settings in
 * the document's add-in part instead; the sheet is only read and written by {@link FileWorkbook}.
 * Its name is reserved like the list sheets', and it is never listed among the officer's sheets.
 */
export const SETTINGS_SHEET = 'KSTTHC_CAIDAT';

/** Longest key: short enough for a cell and for Excel's document settings. */
export const MAX_SETTING_KEY = 255;
/** Longest value: one cell's text. */
export const MAX_SETTING_VALUE = EXCEL_MAX_TEXT;

/** Whether a sheet is the settings sheet (case-insensitive, as Excel names are). */
export function isSettingsSheet(name: string): boolean {
  return name.toUpperCase() === SETTINGS_SHEET;
}

/**
 * Throws on a key or value no workbook can keep: programmer misuse, never the officer's data.
 *
 * @example
 * checkSetting('kstthc.columns.Kế hoạch', '{"lead":4}') // passes
 */
export function checkSetting(key: string, value: string | null): void {
  if (key === '' || key.length > MAX_SETTING_KEY) throw new RangeError(`setting key must be 1–${MAX_SETTING_KEY} characters`);
  if (value !== null && value.length > MAX_SETTING_VALUE) throw new RangeError(`setting "${key}" is longer than ${MAX_SETTING_VALUE} characters`);
}
