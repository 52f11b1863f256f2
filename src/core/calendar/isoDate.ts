import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

/** A calendar day as `YYYY-MM-DD`. Compares correctly as a string. */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a string is a real calendar day in ISO form.
 *
 * @example
 * isIsoDate('2024-02-29') // true
 * isIsoDate('2023-02-29') // false
 */
export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  return isoDay(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

/**
 * The ISO day for year, month (1–12), day, or null when the day does not exist (31/02).
 *
 * @example
 * isoDay(2024, 2, 29) // '2024-02-29'
 * isoDay(2024, 2, 31) // null
 */
export function isoDay(year: number, month: number, day: number): IsoDate | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 9999) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/**
 * The calendar day of a grid date (grid dates are wall-clock time encoded as UTC).
 *
 * @example
 * isoDayOfCellDate(new Date(Date.UTC(2024, 2, 14, 16, 30))) // '2024-03-14'
 */
export function isoDayOfCellDate(date: Date): IsoDate | null {
  if (Number.isNaN(date.getTime())) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Last day of a month.
 *
 * @example
 * lastDayOfMonth(2024, 2) // '2024-02-29'
 */
export function lastDayOfMonth(year: number, month: number): IsoDate {
  if (month < 1 || month > 12) throw new RangeError(`lastDayOfMonth: bad month ${month}`);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/**
 * Adds whole days to an ISO day.
 *
 * @example
 * addDays('2024-02-28', 2) // '2024-03-01'
 */
export function addDays(day: IsoDate, days: number): IsoDate {
  if (!isIsoDate(day)) throw new RangeError(`addDays: not an ISO day: ${day}`);
  if (!Number.isInteger(days)) throw new RangeError(`addDays: not a whole number of days: ${days}`);
  // UTC arithmetic: no daylight-saving step can shift the day (and it is called per deliverable).
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Today in the officers' calendar (the process time zone; the CLI and tests pin Asia/Ho_Chi_Minh).
 *
 * @example
 * todayIso() // e.g. '2026-11-26'
 */
export function todayIso(now: Date = new Date()): IsoDate {
  return dayjs(now).format('YYYY-MM-DD');
}

/**
 * dd/mm/yyyy for display.
 *
 * @example
 * formatViDate('2024-03-16') // '16/03/2024'
 */
export function formatViDate(day: IsoDate): string {
  const m = ISO.exec(day);
  if (!m) throw new RangeError(`formatViDate: not an ISO day: ${day}`);
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/**
 * An ISO day as a grid date (UTC midnight), for writing a real date cell.
 *
 * @example
 * cellDateOf('2024-03-16').toISOString() // '2024-03-16T00:00:00.000Z'
 */
export function cellDateOf(day: IsoDate): Date {
  if (!isIsoDate(day)) throw new RangeError(`cellDateOf: not an ISO day: ${day}`);
  return new Date(`${day}T00:00:00Z`);
}
