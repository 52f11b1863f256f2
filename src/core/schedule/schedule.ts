import { addDays, isIsoDate, isoDay, lastDayOfMonth, type IsoDate } from '../calendar/isoDate';
import { reportPeriod } from '../periods/periods';
import type { Schedule } from '../status/model';
import { normalizeText, stripDiacritics } from '../text/normalize';

export interface ScheduleOptions {
  /** The plan year: phrases without a year ("Quý I", "Hàng quý") fall in it. */
  year: number;
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

/** Lower case, no diacritics (đ = d), one space, so the patterns below stay readable. */
function phraseKey(text: string): string {
  return stripDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The phrases of a cell: one per line or list item ("- a - b" on one line too). HTML list
 * markup pasted from the web is dropped first.
 */
function phrasesOf(text: string): string[] {
  const plain = normalizeText(text.replace(/<\/?(?:li|ul|ol|p|br|div)\b[^>]*>/gi, '\n').replace(/<[^>]+>/g, ' '));
  return plain
    .split(/\n|;|(?:^|\s)[-–—•·+*](?=\s)/)
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

/** Reads one phrase; `key` is the phrase without diacritics, lower case. */
function meaningOf(phrase: string, year: number): PhraseMeaning {
  const m: PhraseMeaning = { due: [], recurring: false, ongoing: false, adhoc: false, understood: false, warnings: [] };
  let key = phraseKey(phrase);
  const take = (re: RegExp, on: (match: RegExpExecArray) => void): void => {
    const global = new RegExp(re.source, 'g');
    key = key.replace(global, (...args: unknown[]) => {
      const match = args.slice(0, -2) as unknown as RegExpExecArray;
      on(match);
      m.understood = true;
      return ' ';
    });
  };

  // "Đột xuất", and the misspelling "Đợt xuất" (both become "dot xuat").
  take(/\bdot xuat\b/, () => {
    m.adhoc = true;
  });
  take(/\b(?:dinh ky )?theo quy dinh\b/, () => {
    m.recurring = true;
    m.due.push(...quarterlyDeadlines(year));
    m.warnings.push(`"${phrase}": coi là báo cáo hằng quý (hạn ngày 16 tháng cuối quý), theo chế độ báo cáo của Kế hoạch.`);
  });
  take(/\b(?:hang|moi|theo|dinh ky(?: hang)?) quy\b|\b3 thang ?\/ ?(?:1 |mot )?lan\b|\bdinh ky 3 thang\b/, () => {
    m.recurring = true;
    m.due.push(...quarterlyDeadlines(year));
  });
  take(/\b6 thang ?\/ ?(?:1 |mot )?lan\b|\bdinh ky 6 thang\b|\b6 thang va cuoi nam\b/, () => {
    m.recurring = true;
    m.due.push(reportPeriod(year, 'H1').deadline, reportPeriod(year, 'Y').deadline);
  });
  take(/\b(?:hang|dinh ky hang) nam\b|\bcuoi nam\b|\bbao cao nam\b/, () => {
    m.recurring = true;
    m.due.push(reportPeriod(year, 'Y').deadline);
  });
  take(/\bthuong xuyen\b/, () => {
    m.ongoing = true;
  });
  // "Theo kế hoạch", "Theo lộ trình …": understood, no date until the officer sets one.
  take(/\btheo (?:ke hoach|lo trinh)\b.*$/, () => undefined);
  take(new RegExp(String.raw`\btruoc(?: ngay)?\s*` + DATE), (g) => {
    const day = isoDay(fullYear(g[3], year), Number(g[2]), Number(g[1]));
    if (day) m.due.push(addDays(day, -1));
    else m.warnings.push(`"${phrase}": ngày không có thật.`);
  });
  take(/\bthang (\d{1,2})(?:\s*(?:\/|-|nam)\s*(\d{4}))?(?!\d)/, (g) => {
    const month = Number(g[1]);
    if (month >= 1 && month <= 12) m.due.push(lastDayOfMonth(fullYear(g[2], year), month));
    else m.warnings.push(`"${phrase}": tháng ${g[1]} không có thật.`);
  });
  // "Quý I", "Quý II/2024", "Quý I, II năm 2024", "Quý III và IV".
  take(/\bquy ((?:iv|iii|ii|i|[1-4])(?:\s*(?:,|va)\s*(?:iv|iii|ii|i|[1-4]))*)\b(?:\s*(?:\/|-|nam)\s*(\d{4}))?/, (g) => {
    for (const n of g[1].split(/\s*(?:,|va)\s*/)) m.due.push(reportEnd(fullYear(g[2], year), ROMAN[n] ?? Number(n)));
  });
  // "Từ 01/3 đến 31/3/2024": due at the end of the range; the end's year also serves the start.
  take(new RegExp(String.raw`\btu(?: ngay)?\s*` + DATE + String.raw`\s*(?:den|-)\s*(?:ngay\s*)?` + DATE), (g) => {
    const day = isoDay(fullYear(g[6], year), Number(g[5]), Number(g[4]));
    if (day) m.due.push(day);
    else m.warnings.push(`"${phrase}": ngày không có thật.`);
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
  const key = `${options.year}\u0000${options.timingDate ?? ''}\u0000${options.override ?? ''}\u0000${timing}`;
  let found = SCHEDULES.get(key);
  if (!found) {
    found = parseSchedule(timing, options);
    if (SCHEDULES.size < 10_000) SCHEDULES.set(key, found);
  }
  return { schedule: { ...found.schedule, due: [...found.schedule.due] }, warnings: [...found.warnings] };
}

const SCHEDULES = new Map<string, ScheduleResult>();

function parseSchedule(timing: string, options: ScheduleOptions): ScheduleResult {
  const { year } = options;
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new RangeError(`scheduleOf: bad year ${year}`);
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
      const m = meaningOf(phrase, year);
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
