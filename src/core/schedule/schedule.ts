import { addDays, isIsoDate, isoDay, lastDayOfMonth, type IsoDate } from '../calendar/isoDate';
import { reportPeriod } from '../periods/periods';
import type { Schedule } from './model';
import { normalizeText, stripDiacritics } from '../text/normalize';
import { ADHOC_WORDS, FROM_OPENINGS, ONGOING_WORDS, RANGE_JOINERS, UNDATED_OPENINGS } from './timingWords';

export interface ScheduleOptions {
  /** The plan year: phrases without a year ("Quý I", "Hàng quý") fall in it. */
  year: number;
  /** First and last year of a multi-year plan ("Giai đoạn 2026 - 2030"): "Hằng năm" recurs in each. */
  span?: readonly [number, number] | null;
  /** The timing cell as an ISO day when it was a real date cell. */
  timingDate?: string | null;
  /** An officer's "Hạn điều chỉnh" (ISO day): replaces the computed due dates. */
  override?: string | null;
}

export interface ScheduleResult {
  schedule: Schedule;
  /** Vietnamese sentences (no sheet/row: the caller knows where the cell is). */
  warnings: string[];
}

/** What one phrase of a timing cell contributed. */
interface PhraseMeaning {
  due: IsoDate[];
  recurring: boolean;
  ongoing: boolean;
  adhoc: boolean;
  /** Some pattern matched (an unmatched phrase is warned about). */
  understood: boolean;
  warnings: string[];
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Units' report deadlines of the plan year (the 16th of the quarter's last month, plan section II.2.c). */
function quarterlyDeadlines(year: number): IsoDate[] {
  return (['Q1', 'Q2', 'Q3', 'Q4'] as const).map((q) => reportPeriod(year, q).deadline);
}

/** Lower case, no diacritics, one space, so the patterns below stay readable. */
function phraseKey(text: string): string {
  return stripDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A dash that joins two ends of a range ("2025 - 2035", "Quý I – Quý III") rather than opening a list item. */
const RANGE_DASH_AHEAD = /^\s*(?:\d|(?:n[aă]m|qu[yýí]|th[aá]ng|ng[aà]y)(?=\s|$))/iu;
/** "Quý III - IV/2026": a quarter, a dash, a bare Roman quarter. */
const QUARTER_BEFORE = /qu[yi]\s+(?:iv|iii|ii|i|[1-4])\s*$/i;
const ROMAN_QUARTER_AHEAD = /^\s*(?:iv|iii|ii|i)(?![a-z])/i;

function isRangeDash(before: string, ahead: string): boolean {
  return RANGE_DASH_AHEAD.test(ahead) || (QUARTER_BEFORE.test(before) && ROMAN_QUARTER_AHEAD.test(ahead));
}

/**
 * The phrases of a cell: one per line or list item ("- a - b" on one line too). HTML list
 * markup pasted from the web is dropped first. A dash followed by a year, quarter, month or
 * day joins a range and does not cut it.
 */
function phrasesOf(text: string): string[] {
  const plain = normalizeText(text.replace(/<\/?(?:li|ul|ol|p|br|div)\b[^>]*>/gi, '\n').replace(/<[^>]+>/g, ' '));
  return plain
    .split(/\n|;/)
    .flatMap((line) => {
      const pieces: string[] = [];
      let from = 0;
      for (const m of line.matchAll(/(?:^|\s)[-–—•·+*](?=\s)/g)) {
        const at = m.index ?? 0;
        const mark = m[0].trim();
        if (at > 0 && /[-–—]/.test(mark) && isRangeDash(stripDiacritics(line.slice(0, at)), stripDiacritics(line.slice(at + m[0].length)))) continue;
        pieces.push(line.slice(from, at));
        from = at + m[0].length;
      }
      pieces.push(line.slice(from));
      return pieces;
    })
    .map((p) => p.replace(/^[\s\-–—•·+*]+/, '').replace(/[\s.,;:!…]+$/u, '').trim())
    .filter((p) => p !== '');
}

function fullYear(text: string | undefined, planYear: number): number {
  if (!text) return planYear;
  const y = Number(text);
  return text.length === 2 ? 2000 + y : y;
}

const DATE = String.raw`(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?!\d)`;
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;

/** A point in time a range or "trước"/"từ" can name: a year, a quarter, a month or a day (key text). */
const QUARTER_TERM = String.raw`qu[yi]\s+(?:iv|iii|ii|i|[1-4])(?![a-z])(?:\s*(?:\/|-|nam)\s*\d{4})?`;
const MONTH_TERM = String.raw`thang\s+\d{1,2}(?:\s*(?:\/|-|nam)\s*\d{4})?(?!\d)`;
// "6/2025", "01/2026": a month of a year (ministry appendices' usual deadline), never part of a day "30/6/2025".
const MONTH_YEAR_TERM = String.raw`(?<![\d/.]|qu[yi]\s{0,3})\d{1,2}\s*\/\s*\d{4}(?![\d/])`;
const DAY_TERM = String.raw`(?:ngay\s*)?\d{1,2}\s*[/.]\s*\d{1,2}(?:\s*[/.]\s*(?:\d{4}|\d{2}))?(?![\d/])`;
const YEAR_TERM = String.raw`(?:nam\s+)?\d{4}(?![\d/])`;
const TERM = `(?:${QUARTER_TERM}|${MONTH_TERM}|${MONTH_YEAR_TERM}|${DAY_TERM}|${YEAR_TERM})`;
const joiners = (words: readonly string[]): string => words.map((w) => (/^[a-z ]+$/.test(w) ? `\\b${w}\\b` : w)).join('|');
const openings = (words: readonly string[]): string => words.map((w) => w.replace(/ /g, '\\s+')).join('|');

/** First and last day a term covers; `year` is the year written in it, if any. */
interface TermBounds {
  start: IsoDate;
  end: IsoDate;
  year: number | null;
}

/** The days a year, quarter, month or day term covers, in `year` when it names none; null when no such day exists. */
function termBounds(term: string, year: number): TermBounds | null {
  const t = term.trim();
  let m = /^(?:nam\s+)?(\d{4})$/.exec(t);
  if (m) {
    const y = Number(m[1]);
    return { start: `${y}-01-01` as IsoDate, end: `${y}-12-31` as IsoDate, year: y };
  }
  m = /^qu[yi]\s+(iv|iii|ii|i|[1-4])(?:\s*(?:\/|-|nam)\s*(\d{4}))?$/.exec(t);
  if (m) {
    const q = ROMAN[m[1]] ?? Number(m[1]);
    const y = fullYear(m[2], year);
    const start = isoDay(y, q * 3 - 2, 1);
    return start ? { start, end: reportEnd(y, q), year: m[2] ? y : null } : null;
  }
  m = /^thang\s+(\d{1,2})(?:\s*(?:\/|-|nam)\s*(\d{4}))?$/.exec(t);
  if (m) {
    const y = fullYear(m[2], year);
    const start = isoDay(y, Number(m[1]), 1);
    return start ? { start, end: lastDayOfMonth(y, Number(m[1])), year: m[2] ? y : null } : null;
  }
  m = /^(\d{1,2})\s*\/\s*(\d{4})$/.exec(t);
  if (m) {
    const y = Number(m[2]);
    const start = isoDay(y, Number(m[1]), 1);
    return start ? { start, end: lastDayOfMonth(y, Number(m[1])), year: y } : null;
  }
  m = /^(?:ngay\s*)?(\d{1,2})\s*[/.]\s*(\d{1,2})(?:\s*[/.]\s*(\d{4}|\d{2}))?$/.exec(t);
  if (m) {
    const y = fullYear(m[3], year);
    const day = isoDay(y, Number(m[2]), Number(m[1]));
    return day ? { start: day, end: day, year: m[3] ? y : null } : null;
  }
  return null;
}

/** The last day of a range "A - B" / "Từ A đến B": B's end, in A's year (or the next) when B names none. */
function rangeEnd(a: string, b: string, year: number): IsoDate | null {
  const from = termBounds(a, year);
  const to = termBounds(b, from?.year ?? year);
  if (!to) return null;
  if (from && to.year === null && to.end < from.end) return termBounds(b, (from.year ?? year) + 1)?.end ?? null;
  return to.end;
}

/** Reads one phrase; `key` is the phrase without diacritics, lower case. */
function meaningOf(phrase: string, year: number, years: readonly number[]): PhraseMeaning {
  const m: PhraseMeaning = { due: [], recurring: false, ongoing: false, adhoc: false, understood: false, warnings: [] };
  // A date in words, "ngày 15 tháng 3 năm 2026", read as "15/3/2026" so every date pattern below sees it.
  let key = phraseKey(phrase).replace(/(?<![\d/])(\d{1,2}) thang (\d{1,2})(?: nam (\d{4}))?(?![\d/])/g, (_m, d: string, mo: string, y?: string) => `${d}/${mo}${y ? `/${y}` : ''}`);
  /** Consumes every match of `re`; `on` returning false declines one (it stays for later patterns). */
  const take = (re: RegExp, on: (match: RegExpExecArray) => boolean | void): void => {
    const global = new RegExp(re.source, 'g');
    key = key.replace(global, (...args: unknown[]) => {
      const match = args.slice(0, -2) as unknown as RegExpExecArray;
      if (on(match) === false) return match[0];
      m.understood = true;
      return ' ';
    });
  };
  const noDay = (text: string): void => {
    m.warnings.push(`"${phrase}": ngày ${text.trim()} không có thật.`);
  };

  // "Đột xuất", "Khi có phát sinh", "Theo yêu cầu" …: the adhoc flag, no date of their own.
  take(new RegExp(String.raw`\b(?:${openings(ADHOC_WORDS)})\b`), () => {
    m.adhoc = true;
  });
  // "Theo kế hoạch", "Theo lộ trình …", "Sau khi …": understood, no date until the officer sets one.
  take(new RegExp(String.raw`\b(?:${openings(UNDATED_OPENINGS)})\b.*$`), () => undefined);
  take(/\b(?:dinh ky )?theo quy dinh\b/, () => {
    m.recurring = true;
    m.due.push(...quarterlyDeadlines(year));
    m.warnings.push(`"${phrase}": coi là báo cáo hằng quý (hạn ngày 16 tháng cuối quý), theo chế độ báo cáo của Kế hoạch.`);
  });
  // "Trước ngày 15/12 hằng năm", "Định kỳ hàng năm (trước ngày 15/11)": the day before, in every year of the plan
  // (the written day replaces the default yearly report date).
  const yearlyBefore = (day: string): void => {
    m.recurring = true;
    for (const y of years) {
      const b = termBounds(day, y);
      if (b) m.due.push(addDays(b.start, -1));
      else return noDay(day);
    }
  };
  // "Trước 15/6 và 15/12 hằng năm": each day of the list.
  take(new RegExp(String.raw`\btruoc(?: ngay)?\s*(\d{1,2}\s*[/.]\s*\d{1,2}(?:\s*(?:,|va)\s*(?:ngay\s*)?\d{1,2}\s*[/.]\s*\d{1,2})*)(?![\d/.])\s+(?:cua\s+)?(?:hang|moi) nam\b`), (g) => {
    for (const day of g[1].match(/\d{1,2}\s*[/.]\s*\d{1,2}/g) ?? []) yearlyBefore(day);
  });
  take(new RegExp(String.raw`\b(?:dinh ky\s+)?(?:hang|moi) nam\s*[(,:]?\s*truoc(?: ngay)?\s*(\d{1,2}\s*[/.]\s*\d{1,2})(?![\d/.])\s*\)?`), (g) => yearlyBefore(g[1]));
  // "Trước ngày 20 hằng tháng": the 19th of every month of the plan year.
  take(/\btruoc(?: ngay)?\s*(\d{1,2})\s+(?:cua\s+)?(?:hang|moi) thang\b/, (g) => {
    m.recurring = true;
    for (let month = 1; month <= 12; month++) {
      const day = isoDay(year, month, Number(g[1]));
      if (!day) return noDay(`${g[1]}/${month}`);
      m.due.push(addDays(day, -1));
    }
  });
  // "Hàng quý (trước ngày 15 tháng cuối quý)": the 14th of each quarter's last month.
  take(/\b(?:dinh ky\s+)?(?:hang|moi) qu[yi]\s*[(,:]?\s*truoc(?: ngay)?\s*(\d{1,2})\s+(?:cua\s+)?thang cuoi (?:moi\s+)?qu[yi]\s*\)?/, (g) => {
    m.recurring = true;
    for (const month of [3, 6, 9, 12]) {
      const day = isoDay(year, month, Number(g[1]));
      if (!day) return noDay(`${g[1]}/${month}`);
      m.due.push(addDays(day, -1));
    }
  });
  // "2025 và những năm tiếp theo": a yearly duty from that year (the yearly report date of each plan year from it on).
  take(/\b(?:nam\s+)?((?:19|20|21)\d{2})\s+va\s+(?:nhung|cac)\s+nam\s+(?:tiep theo|sau)\b/, (g) => {
    m.recurring = true;
    const from = Number(g[1]);
    const own = years.filter((y) => y >= from);
    for (const y of own.length > 0 ? own : [from]) m.due.push(reportPeriod(y, 'Y').deadline);
  });
  // "Đầu năm 2026", "Giữa năm 2026": read as the end of Quý I / of June, said in a warning so the officer can correct it.
  take(/(?<!\bthang\s)\b(dau|giua) nam\s+((?:19|20|21)\d{2})(?!\d)/, (g) => {
    const due = lastDayOfMonth(Number(g[2]), g[1] === 'dau' ? 3 : 6);
    m.due.push(due);
    m.warnings.push(`"${phrase}": coi là hạn ${due.slice(8)}/${due.slice(5, 7)}/${due.slice(0, 4)}; nếu khác, nhập hạn điều chỉnh.`);
  });
  // "Tháng 12 hằng năm", "Quý IV hằng năm", "ngày 15/12 hằng năm": that point in every year of the plan.
  take(new RegExp(String.raw`((?:qu[yi]\s+(?:iv|iii|ii|i|[1-4])|thang\s+\d{1,2}|(?:ngay\s*)?\d{1,2}\s*[/.]\s*\d{1,2}))\s+(?:cua\s+)?(?:hang|moi) nam\b`), (g) => {
    m.recurring = true;
    for (const y of years) {
      const b = termBounds(g[1], y);
      if (b) m.due.push(b.end);
      else return noDay(g[1]);
    }
  });
  // "6 tháng đầu năm (2025)" / "6 tháng cuối năm": once, the half's last day.
  take(/\b(?:06|6) thang (dau|cuoi) nam\b(?:\s*\(?\s*(\d{4})\s*\)?)?/, (g) => {
    m.due.push(g[1] === 'dau' ? lastDayOfMonth(fullYear(g[2], year), 6) : lastDayOfMonth(fullYear(g[2], year), 12));
  });
  // "Cuối năm 2025": by the end of that year (without a year, "Cuối năm" is the yearly report below).
  take(/\bcuoi nam\s+(\d{4})(?!\d)/, (g) => {
    m.due.push(lastDayOfMonth(Number(g[1]), 12));
  });
  take(/\b(?:hang|moi|theo|dinh ky(?: hang)?) qu[yi]\b|\b0?3 thang ?\/ ?(?:1 |mot )?lan\b|\bdinh ky 0?3 thang\b/, () => {
    m.recurring = true;
    m.due.push(...quarterlyDeadlines(year));
  });
  take(/\b0?6 thang ?\/ ?(?:1 |mot )?lan\b|\bdinh ky 0?6 thang\b|\b0?6 thang(?: va cuoi nam|, nam\b)/, () => {
    m.recurring = true;
    m.due.push(reportPeriod(year, 'H1').deadline, reportPeriod(year, 'Y').deadline);
  });
  // "Hằng năm" recurs in each year of a multi-year plan.
  take(/\b(?:hang|dinh ky hang) nam\b|\bcuoi nam\b|\bbao cao nam\b/, () => {
    m.recurring = true;
    for (const y of years) m.due.push(reportPeriod(y, 'Y').deadline);
  });
  // "Hằng tháng": the last day of every month of the plan year.
  take(/\b(?:hang|moi|dinh ky hang) thang\b/, () => {
    m.recurring = true;
    for (let month = 1; month <= 12; month++) m.due.push(lastDayOfMonth(year, month));
  });
  take(new RegExp(String.raw`\b(?:${openings(ONGOING_WORDS)})\b`), () => {
    m.ongoing = true;
  });
  // "Quý III - IV/2026": a range of quarters whose second end omits "Quý"; due at the end of the second.
  take(/\bqu[yi] (iv|iii|ii|i|[1-4])\s*(?:-|–|den)\s*(iv|iii|ii|i|[1-4])\b(?:\s*(?:\/|-|nam)\s*(\d{4}))?/, (g) => {
    m.due.push(reportEnd(fullYear(g[3], year), ROMAN[g[2]] ?? Number(g[2])));
  });
  // "Trước 15/6 và 15/12 hằng năm": "trước" stands for every day of the list.
  take(new RegExp(String.raw`\btruoc(?: ngay)?\s*${DATE}(?:\s*(?:,|va)\s*(?:ngay\s*)?${DATE.replace(/\((?!\?)/g, '(?:')})+`), (g) => {
    for (const d of g[0].matchAll(new RegExp(DATE, 'g'))) {
      const day = isoDay(fullYear(d[3], year), Number(d[2]), Number(d[1]));
      if (day) m.due.push(addDays(day, -1));
      else m.warnings.push(`"${phrase}": ngày không có thật.`);
    }
  });
  // A range "2025 - 2035", "Quý IV/2025- Quý II/2026", "Từ 01/3 đến 31/3/2024", "Giai đoạn 2026-2030": due at the end of B.
  take(
    new RegExp(String.raw`(?:\b(?:giai doan|tu)\s+)?(?<![\d/])(${TERM})\s*(?:${joiners(RANGE_JOINERS)})\s*(?:(?:nam|ngay)\s+)?(${TERM})`),
    (g) => {
      const bIsYear = /^(?:nam\s+)?\d{4}$/.test(g[2].trim());
      // "Quý I - 2025" is a quarter of 2025, not a range.
      if (bIsYear && !/^(?:nam\s+)?\d{4}$/.test(g[1].trim())) return false;
      const end = rangeEnd(g[1], g[2], year);
      if (end) m.due.push(end);
      else noDay(g[0]);
    },
  );
  // "Trong năm", "Cả năm" with no year of their own: by the end of the plan year.
  take(/\b(?:trong|ca) nam\b(?!\s*\d)/, () => {
    m.due.push(lastDayOfMonth(year, 12));
  });
  // "Triển khai từ năm 2026": a start with no end, the work goes on.
  take(new RegExp(String.raw`\b(?:${openings(FROM_OPENINGS)})\s+(${TERM})`), () => {
    m.ongoing = true;
  });
  take(new RegExp(String.raw`\btruoc(?: ngay)?\s*` + DATE), (g) => {
    const day = isoDay(fullYear(g[3], year), Number(g[2]), Number(g[1]));
    if (day) m.due.push(addDays(day, -1));
    else m.warnings.push(`"${phrase}": ngày không có thật.`);
  });
  // "Hoàn thành trước năm 2027", "trước Quý III": the day before that year, quarter or month starts.
  take(new RegExp(String.raw`\btruoc\s+(${QUARTER_TERM}|${MONTH_TERM}|${MONTH_YEAR_TERM}|${YEAR_TERM})`), (g) => {
    const b = termBounds(g[1].replace(/\s+/g, ' ').replace(/\s*\/\s*/, '/'), year);
    if (b) m.due.push(addDays(b.start, -1));
    else noDay(g[1]);
  });
  // "6/2025", "Hoàn thành 12/2025": the last day of that month.
  take(new RegExp(String.raw`(?:\b(?:thang|han|den)\s+)?(${MONTH_YEAR_TERM})`), (g) => {
    const b = termBounds(g[1].replace(/\s+/g, ''), year);
    if (b) m.due.push(b.end);
    else m.warnings.push(`"${phrase}": tháng ${g[1].trim()} không có thật.`);
  });
  take(/\bthang (\d{1,2})(?:\s*(?:\/|-|nam)\s*(\d{4}))?(?!\d)/, (g) => {
    const month = Number(g[1]);
    if (month >= 1 && month <= 12) m.due.push(lastDayOfMonth(fullYear(g[2], year), month));
    else m.warnings.push(`"${phrase}": tháng ${g[1]} không có thật.`);
  });
  // "Quý I", "Quý II/2024", "Quí IV-2025", "Quý I, II năm 2024", "Quý III và IV".
  take(/\bqu[yi] ((?:iv|iii|ii|i|[1-4])(?:\s*(?:,|va)\s*(?:iv|iii|ii|i|[1-4]))*)\b(?:\s*(?:\/|-|nam)\s*(\d{4}))?/, (g) => {
    for (const n of g[1].split(/\s*(?:,|va)\s*/)) m.due.push(reportEnd(fullYear(g[2], year), ROMAN[n] ?? Number(n)));
  });
  take(ISO_DATE, (g) => {
    const day = isoDay(Number(g[1]), Number(g[2]), Number(g[3]));
    if (day) m.due.push(day);
    else m.warnings.push(`"${phrase}": ngày không có thật.`);
  });
  take(new RegExp(String.raw`(?:\b(?:cham nhat|han|den)\b\s*)?(?:\bngay\b\s*)?` + DATE), (g) => {
    const day = isoDay(fullYear(g[3], year), Number(g[2]), Number(g[1]));
    if (day) m.due.push(day);
    else m.warnings.push(`"${phrase}": ngày ${g[0].trim()} không có thật.`);
  });
  // "Năm 2026", "2026", "Trong năm 2026": by the end of that year.
  take(/(?:\b(?:trong )?nam\s+)?(?<![\d/.-])((?:19|20|21)\d{2})(?![\d/.])/, (g) => {
    m.due.push(lastDayOfMonth(Number(g[1]), 12));
  });
  return m;
}

/** Last calendar day of quarter q ("Quý I" = by 31/03). */
function reportEnd(year: number, q: number): IsoDate {
  return lastDayOfMonth(year, q * 3);
}

/**
 * The schedule a "Thời gian thực hiện" cell means (SPEC §2): kind, due dates (last allowed
 * days, ascending) and the `adhoc` flag. Several phrases in one cell are combined; a phrase
 * that matches nothing makes a warning quoting it, and a cell understood not at all is
 * `unscheduled`. An override date replaces the computed due dates.
 *
 * @example
 * scheduleOf('Trước ngày 20/02/2024.', { year: 2024 }).schedule // { kind: 'once', due: ['2024-02-19'], adhoc: false }
 * scheduleOf('- Định kỳ 3 tháng/lần\n- Đột xuất', { year: 2024 }).schedule.due // ['2024-03-16', '2024-06-16', '2024-09-16', '2024-12-16']
 */
export function scheduleOf(timing: string, options: ScheduleOptions): ScheduleResult {
  // A plan repeats a handful of timing texts: parse each once per year, hand out copies.
  const key = `${options.year}\u0000${options.span?.join('-') ?? ''}\u0000${options.timingDate ?? ''}\u0000${options.override ?? ''}\u0000${timing}`;
  let found = SCHEDULES.get(key);
  if (!found) {
    found = parseSchedule(timing, options);
    if (SCHEDULES.size < 10_000) SCHEDULES.set(key, found);
  }
  return { schedule: { ...found.schedule, due: [...found.schedule.due] }, warnings: [...found.warnings] };
}

const SCHEDULES = new Map<string, ScheduleResult>();

/**
 * Whether a text reads as a timing cell: it has a phrase and every phrase is one SPEC §2/§11 knows
 * (the plan reader weighs columns by it, SPEC §12). No year is needed to tell.
 *
 * @example
 * readsAsSchedule('- Định kỳ 3 tháng/lần\n- Đột xuất') // true
 * readsAsSchedule('Xây dựng dự thảo') // false
 */
export function readsAsSchedule(text: string): boolean {
  const phrases = phrasesOf(text);
  if (phrases.length === 0 || phrases.length > 20) return false;
  return phrases.every((p) => p.length <= 300 && meaningOf(p, 2000, [2000]).understood);
}

function parseSchedule(timing: string, options: ScheduleOptions): ScheduleResult {
  const { year } = options;
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new RangeError(`scheduleOf: bad year ${year}`);
  const years = yearsOf(year, options.span ?? null);
  const warnings: string[] = [];
  const due = new Set<IsoDate>();
  let recurring = false;
  let ongoing = false;
  let adhoc = false;

  const timingDate = options.timingDate ? isoOfLooseDate(options.timingDate) : null;
  if (timingDate) {
    due.add(timingDate);
  } else {
    for (const phrase of phrasesOf(timing)) {
      const m = meaningOf(phrase, year, years);
      m.due.forEach((d) => due.add(d));
      recurring ||= m.recurring;
      ongoing ||= m.ongoing;
      adhoc ||= m.adhoc;
      warnings.push(...m.warnings);
      if (!m.understood) warnings.push(`Không hiểu thời gian thực hiện "${phrase}": chưa có hạn, cần nhập hạn điều chỉnh.`);
    }
  }

  if (options.override) {
    const override = isoOfLooseDate(options.override);
    if (override) return { schedule: { kind: 'once', due: [override], adhoc }, warnings };
    warnings.push(`Hạn điều chỉnh "${options.override}" không phải ngày hợp lệ: dùng thời gian thực hiện.`);
  }

  const sorted = [...due].sort();
  if (sorted.length > 0) return { schedule: { kind: recurring || sorted.length > 1 ? 'recurring' : 'once', due: sorted, adhoc }, warnings };
  return { schedule: { kind: ongoing ? 'ongoing' : 'unscheduled', due: [], adhoc }, warnings };
}

/** The years a recurring yearly phrase falls in: each year of the span, else the plan year alone. */
function yearsOf(year: number, span: readonly [number, number] | null): number[] {
  if (!span || span[1] < span[0] || span[1] - span[0] > 50) return [year];
  return Array.from({ length: span[1] - span[0] + 1 }, (_, i) => span[0] + i);
}

/** An ISO day from `YYYY-MM-DD` or `dd/mm/yyyy`; null when it is neither. */
function isoOfLooseDate(text: string): IsoDate | null {
  const t = text.trim();
  if (isIsoDate(t)) return t;
  const iso = /^(\d{4})-(\d{2})-(\d{2})T/.exec(t);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  return vi ? isoDay(Number(vi[3]), Number(vi[2]), Number(vi[1])) : null;
}

/**
 * The plan year: the year most often written in the timing texts, else "năm 2024" in the
 * title, else null (the caller must ask for it).
 *
 * @example
 * planYearOf(['Tháng 02/2024', 'Quý I'], 'Kế hoạch … năm 2024') // 2024
 * planYearOf(['Thường xuyên'], null) // null
 */
export function planYearOf(timings: readonly string[], title: string | null = null): number | null {
  const counts = new Map<number, number>();
  for (const t of timings) {
    for (const m of t.matchAll(/(?<!\d)(20\d{2})(?!\d)/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > (counts.get(best) ?? 0) || (n === counts.get(best) && y < best)) best = y;
  if (best !== null) return best;
  const fromTitle = title ? /\bnam (\d{4})\b/.exec(phraseKey(title)) : null;
  return fromTitle ? Number(fromTitle[1]) : null;
}
