import { isIsoDate, type IsoDate } from '../calendar/isoDate';
import type { Deliverable } from '../plan/model';
import { matchKey } from '../text/normalize';

/**
 * Words a plan's status column ("Tiến độ", "Trạng thái", "Tình trạng", "Mức độ hoàn thành" …) holds,
 * and what each says (SPEC §12 "Completion written in the plan"). Keys: lower case, no diacritics
 * (đ = d). A cell is read by its longest word at its start ("Đã hoàn thành (Báo cáo số 12/BC-…)");
 * an officer's new word is a row here plus a test row.
 */
export const PLAN_STATUS_WORDS: readonly { words: readonly string[]; done: boolean; late?: boolean }[] = [
  { words: ['da hoan thanh', 'hoan thanh', 'hoan thanh dung han', 'hoan thanh truoc han', 'da xong', 'xong', 'x', '✓', '✔', '☑', 'da xu ly', 'da xu ly xong', 'da giai quyet'], done: true },
  {
    words: ['hoan thanh qua han', 'da hoan thanh qua han', 'hoan thanh tre han', 'da hoan thanh tre han', 'hoan thanh cham', 'hoan thanh muon', 'hoan thanh sau han', 'da xu ly qua han'],
    done: true,
    late: true,
  },
  {
    words: [
      'dang thuc hien', 'chua thuc hien', 'qua han', 'chua hoan thanh', 'dang trien khai', 'chua trien khai', 'tre han', 'cham tien do',
      'dung tien do', 'dang lam', 'chua lam', 'chua', 'khong', 'khong hoan thanh', 'tam dung', 'tam hoan', 'dang xu ly', 'chua xu ly',
      // Task-tracking systems' words ("Hệ thống theo dõi nhiệm vụ").
      'trong han', 'chua den han', 'moi giao', 'da giao', 'chua bat dau', 'dang giai quyet',
    ],
    done: false,
  },
];

/** A status cell's word table, longest first, so "hoàn thành quá hạn" is tried before "hoàn thành". */
const WORDS: readonly { key: string; done: boolean; late: boolean }[] = PLAN_STATUS_WORDS.flatMap((row) => row.words.map((key) => ({ key, done: row.done, late: row.late === true }))).sort(
  (a, b) => b.key.length - a.key.length,
);

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

/** The status word a cell opens with (its key ends at a word boundary), or null. */
function wordOf(text: string): { done: boolean; late: boolean } | null {
  const key = matchKey(text);
  return WORDS.find((w) => key === w.key || (key.startsWith(w.key) && !/[a-z0-9]/.test(key.charAt(w.key.length)))) ?? null;
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
  const word = wordOf(text);
  if (!word) return { done: false, day: null, late: false, text, unknown: true };
  // "Hoàn thành 60%": the share written after the word is what is done.
  const share = /(\d{1,3}(?:[.,]\d+)?)\s*%/.exec(text);
  const done = word.done && (share === null || Number(share[1].replace(',', '.')) >= 100);
  return { done, day: done ? day : null, late: done && word.late, text, unknown: false };
}
