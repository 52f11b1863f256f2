import { isIsoDate, type IsoDate } from '../calendar/isoDate';
import type { Deliverable } from '../plan/model';
import { statusWordOf } from '../plan/statusWords';


/** What the plan's own cells say of one deliverable's work. */
export interface PlanMark {
  /** The cells say the work is done. */
  done: boolean;
  /** The completion day ("Ngày hoàn thành"); null when done on a day not known (or not done). */
  day: IsoDate | null;
  /** "Hoàn thành quá hạn": done, late. */
  late: boolean;
  /** The status cell as written ('' when empty). */
  text: string;
  /** The status cell holds a word the table does not know: read as not done (and warned about once per word). */
  unknown: boolean;
}

/** "100%", "85 %", "85,5", 100, and a percent cell's fraction (0.85, 1): the share done, else null. */
function percentOf(text: string): number | null {
  const m = /^(\d{1,3}(?:[.,]\d+)?)\s*(%)?$/.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1].replace(',', '.'));
  // A percent-formatted cell reaches us as its value (1 for 100 %, 0.85 for 85 %).
  return m[2] === undefined && n <= 1 ? n * 100 : n;
}

/**
 * What a deliverable's status and "Ngày hoàn thành" cells say (SPEC §12): done for "Đã hoàn
 * thành", "Hoàn thành", "Xong", "x", "✓", "100%", 100; done late for "Hoàn thành quá hạn"; not
 * done for "Đang thực hiện", "Chưa thực hiện", "Quá hạn", "Chưa hoàn thành" and a share below 100;
 * an unknown word is not done, flagged `unknown`. The day is the done-day cell's; a done-day with
 * an empty status cell is done on that day. Null when the plan says nothing (no such columns, or
 * both cells empty).
 *
 * @example
 * planMarkOf({ statusText: 'Đã hoàn thành', doneDay: '2025-03-10' }) // { done: true, day: '2025-03-10', late: false, text: 'Đã hoàn thành', unknown: false }
 * planMarkOf({ statusText: '85%' })?.done // false
 * planMarkOf({ statusText: '', doneDay: '2025-03-10' })?.done // true
 */
export function planMarkOf(deliverable: Pick<Deliverable, 'statusText' | 'doneDay'>): PlanMark | null {
  const text = (deliverable.statusText ?? '').trim();
  const day = deliverable.doneDay && isIsoDate(deliverable.doneDay) ? deliverable.doneDay : null;
  if (text === '') return day ? { done: true, day, late: false, text, unknown: false } : null;
  const percent = percentOf(text);
  if (percent !== null) return { done: percent >= 100, day: percent >= 100 ? day : null, late: false, text, unknown: false };
  const word = statusWordOf(text);
  if (!word) return { done: false, day: null, late: false, text, unknown: true };
  // "Hoàn thành 60%": the share written after the word is what is done.
  const share = /(\d{1,3}(?:[.,]\d+)?)\s*%/.exec(text);
  const done = word.done && (share === null || Number(share[1].replace(',', '.')) >= 100);
  return { done, day: done ? day : null, late: done && word.late, text, unknown: false };
}
