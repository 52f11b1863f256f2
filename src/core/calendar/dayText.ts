import { isoDay, lastDayOfMonth, type IsoDate } from './isoDate';

/** A day as an officer types it, read: the day, or why it is not one. */
export type DayText =
  | { ok: true; day: IsoDate }
  | { ok: false; reason: 'form' }
  | { ok: false; reason: 'nonexistent'; year: number; month: number; day: number; lastDay: number | null };

/** The ways a day is written, as data: a new one is a row here. */
const DAY_FORMS: { pattern: RegExp; parts: (m: RegExpExecArray) => [number, number, number] }[] = [
  // 2024-03-10 (ISO)
  { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 10/03/2024, 10-03-2024, 10.03.2024 (day first, as in Vietnam)
  { pattern: /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/, parts: (m) => [Number(m[3]), Number(m[2]), Number(m[1])] },
];

/**
 * Reads a day written yyyy-mm-dd or dd/mm/yyyy (also with "-" or "."); tells a day that does not
 * exist (30/02) from text that is not a day at all.
 *
 * @example
 * readDayText('10/03/2024') // { ok: true, day: '2024-03-10' }
 * readDayText('2024-02-30') // { ok: false, reason: 'nonexistent', year: 2024, month: 2, day: 30, lastDay: 29 }
 * readDayText('mai') // { ok: false, reason: 'form' }
 */
export function readDayText(text: string): DayText {
  const trimmed = text.trim();
  for (const form of DAY_FORMS) {
    const m = form.pattern.exec(trimmed);
    if (!m) continue;
    const [year, month, day] = form.parts(m);
    const iso = isoDay(year, month, day);
    if (iso) return { ok: true, day: iso };
    const lastDay = month >= 1 && month <= 12 ? Number(lastDayOfMonth(year, month).slice(8)) : null;
    return { ok: false, reason: 'nonexistent', year, month, day, lastDay };
  }
  return { ok: false, reason: 'form' };
}
