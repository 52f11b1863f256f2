const DAY_MS = 86_400_000;
/** Days between Excel's 1900 and 1904 date systems: serial 0 of a 1904 workbook is serial 1462 of a 1900 one. */
export const DATE_1904_OFFSET = 1462;
/** 1899-12-30: serial 0 for every day after Excel's phantom 29/02/1900. */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * The grid date (wall clock encoded as UTC) of an Excel serial number. Serial 1 is
 * 01/01/1900; Excel counts a 29/02/1900 that never was (serial 60), so earlier serials are
 * one day off the plain count and 60 itself is read as 28/02/1900.
 *
 * @example
 * excelSerialToDate(45361) // 2024-03-10T00:00:00.000Z
 * excelSerialToDate(1) // 1900-01-01T00:00:00.000Z
 */
export function excelSerialToDate(serial: number): Date {
  const shifted = serial < 61 ? serial + 1 : serial;
  const ms = Math.round((shifted * DAY_MS) / 1000) * 1000;
  const date = new Date(EPOCH_MS + ms);
  return serial >= 60 && serial < 61 ? new Date(EPOCH_MS + 60 * DAY_MS + (ms - 61 * DAY_MS)) : date;
}

/**
 * The Excel serial number of a grid date (the inverse of {@link excelSerialToDate} from 01/03/1900).
 *
 * @example
 * dateToExcelSerial(new Date(Date.UTC(2024, 2, 10))) // 45361
 */
export function dateToExcelSerial(date: Date): number {
  const days = (date.getTime() - EPOCH_MS) / DAY_MS;
  return days < 61 ? days - 1 : days;
}

/**
 * Whether a number format shows a date or time (so its numbers are serial dates). Quoted text,
 * escapes, colours and locale tags are ignored first, so `"Ngày "0` is not a date.
 *
 * @example
 * isDateNumberFormat('dd/mm/yyyy') // true
 * isDateNumberFormat('[$-42A]d mmmm yyyy') // true
 * isDateNumberFormat('#,##0') // false
 */
export function isDateNumberFormat(format: string): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, '');
  return /[dmyhs]/i.test(bare);
}
