import { readDayText } from '../../core/calendar/dayText';
import { formatViDate, isoDay, type IsoDate } from '../../core/calendar/isoDate';

/**
 * The day an officer typed in a date field (dd/mm/yyyy, d/m/yyyy, with "/", "-" or "."; or
 * yyyy-mm-dd), or null when the text is not a day. Day first always, whatever the browser's locale.
 *
 * @example
 * typedDay('12/06/2026') // '2026-06-12'
 * typedDay('31/02/2026') // null
 */
export function typedDay(text: string): IsoDate | null {
  const read = readDayText(text);
  return read.ok ? read.day : null;
}

/**
 * Whether typed text is a whole day already (dd/mm/yyyy or yyyy-mm-dd, every digit there), so the
 * pane can take it while the officer types: shorter forms ("1/3/2024") wait for Enter or leaving
 * the field, since "1/3/2024" may still become "1/3/20245" or "11/3/2024".
 *
 * @example
 * isWholeDayText('10/03/2024') // true
 * isWholeDayText('1/03/2024') // false
 */
export function isWholeDayText(text: string): boolean {
  return /^\d{2}[/.-]\d{2}[/.-]\d{4}$|^\d{4}-\d{2}-\d{2}$/.test(text.trim()) && typedDay(text) !== null;
}

/** The calendar's Date (local midnight) of a day: the date picker works in the browser's own zone. */
export function pickerDateOf(day: IsoDate): Date {
  return new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

/** The day of a calendar Date (its local date), or null for an invalid Date. */
export function dayOfPickerDate(date: Date): IsoDate | null {
  return Number.isNaN(date.getTime()) ? null : isoDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** dd/mm/yyyy of a calendar Date, '' for none. */
export function pickerDateText(date: Date | undefined): string {
  const day = date ? dayOfPickerDate(date) : null;
  return day ? formatViDate(day) : '';
}
