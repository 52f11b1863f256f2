import type { IsoDate } from '../calendar/isoDate';
import { findUnit, type UnitDirectory } from '../units/directory';
import { emailsOf } from './model';
import { fillWording, REMINDER_WORDING } from './wording';

/** A reminded unit as the directory knows it: short name, usable addresses, and what is wrong with them. */
export interface Recipient {
  shortName: string;
  emails: string[];
  warnings: string[];
}

/**
 * The recipient of a reminder to `unit`: its "Danh mục đơn vị" addresses. No address, or one
 * that is not an address, is a warning; the draft is still written.
 *
 * @example
 * recipientOf(DEFAULT_UNIT_DIRECTORY, 'Chi cục Thủy sản') // { shortName: 'CCTS', emails: [], warnings: ['Đơn vị "Chi cục Thủy sản" chưa có địa chỉ email …'] }
 */
export function recipientOf(directory: UnitDirectory, unit: string): Recipient {
  const entry = findUnit(directory, unit);
  const { valid, invalid } = emailsOf(entry?.email ?? '');
  const name = entry?.name ?? unit;
  const warnings = invalid.map((email) => fillWording(REMINDER_WORDING.badEmail, { email, unit: name }));
  if (valid.length === 0) warnings.push(fillWording(REMINDER_WORDING.noEmail, { unit: name }));
  return { shortName: entry?.shortName ?? '', emails: valid, warnings };
}

/**
 * The date line of a letter written on `day`.
 *
 * @example
 * dateLineOf('2024-03-10') // 'Quảng Ngãi, ngày 10 tháng 03 năm 2024'
 */
export function dateLineOf(day: IsoDate): string {
  const [year, month, d] = day.split('-');
  return fillWording(REMINDER_WORDING.dateLine, { place: REMINDER_WORDING.place, day: d, month, year });
}
