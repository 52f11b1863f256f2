import { stripDiacritics } from '../text/normalize';

/** The plan year, the span of a multi-year plan, and where they came from. */
export interface PlanYear {
  year: number | null;
  /** First and last year of a plan "GIAI ĐOẠN 2026 - 2030"; null for a one-year plan. */
  span: [number, number] | null;
  source: 'title' | 'timing' | 'issued' | null;
  /** The plan's own date ("dd/mm/yyyy") the year was taken from, when source is 'issued'. */
  issuedOn?: string;
}

const YEAR_IN_TIMING = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)/g;

/**
 * Title text that names years which are not the plan's (lower case, no diacritics): the dates
 * of the documents it cites ("ngày 02 tháng 01 năm 2025", "ngày 19/11/2025", a blank "ngày / /2025"),
 * and document numbers ("số 06/2025/NĐ-CP").
 */
const NOT_THE_PLAN_YEAR: readonly RegExp[] = [
  /\bngay\s+[\d\s/.-]*(?:thang\s+\d{1,2}\s+)?(?:nam\s+)?\d{4}\b/g,
  /\bthang\s+\d{1,2}\s+nam\s+\d{4}\b/g,
  /\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b/g,
  /\b\d+\s*\/\s*\d{4}\s*\/\s*[a-z]/g,
];
/** A horizon "đến năm 2030", "tầm nhìn đến năm 2045": where the plan looks, not its year (after spans are read). */
const HORIZON = /\b(?:(?:tam nhin|dinh huong)\s+)?(?:den|toi)\s+nam\s+\d{4}\b/g;
/** "GIAI ĐOẠN 2026 - 2030", "năm 2026 - 2030", "từ năm 2026 đến năm 2030". */
const SPAN_IN_TITLE = /(?:\bgiai doan\s+|\bnam\s+|\btu nam\s+)?\b((?:19|20)\d{2})\s*(?:[-–—]|\bden\b)\s*(?:nam\s+)?((?:19|20)\d{2})\b/;
const YEAR_IN_TITLE = /\bnam\s+((?:19|20)\d{2})\b/;

/** The title's own year or span, with cited dates and horizons left out. */
function titleYear(titles: readonly string[]): Pick<PlanYear, 'year' | 'span'> | null {
  for (const title of titles) {
    let key = stripDiacritics(title).toLowerCase().replace(/\s+/g, ' ');
    for (const re of NOT_THE_PLAN_YEAR) key = key.replace(re, ' ');
    const span = SPAN_IN_TITLE.exec(key);
    if (span && Number(span[2]) > Number(span[1])) return { year: Number(span[1]), span: [Number(span[1]), Number(span[2])] };
    const year = YEAR_IN_TITLE.exec(key.replace(HORIZON, ' '));
    if (year) return { year: Number(year[1]), span: null };
  }
  return null;
}

/**
 * The appendix's or plan's own date line: "(Kèm theo Kế hoạch số 05/KH-UBND ngày 10/01/2026 …)"
 * or "Quảng Ngãi, ngày 24 tháng 11 năm 2025" (a place, then the date); not a cited document's date.
 */
const OWN_DATE_LINE = /^(?:\(?\s*(?:ban hanh\s+)?kem theo\b|[^,()\d]{2,40},\s*ngay\b)/;
const DATE_IN_LINE = /\bngay\s+(\d{1,2})\s*(?:[/.-]|thang)\s*(\d{1,2})\s*(?:[/.-]|nam)\s*((?:19|20)\d{2})\b/;
/** The plan year read from the plan's own date, with that date; null when no line gives one. */
function issuedYear(titles: readonly string[]): { year: number; issuedOn: string } | null {
  for (const title of titles) {
    const key = stripDiacritics(title).toLowerCase().replace(/\s+/g, ' ').trim();
    if (!OWN_DATE_LINE.test(key)) continue;
    const m = DATE_IN_LINE.exec(key);
    if (!m) continue;
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    return { year, issuedOn: `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}` };
  }
  return null;
}

/**
 * The plan year and span (SPEC §11): the title's own year or span ("KẾ HOẠCH … NĂM 2025",
 * "GIAI ĐOẠN 2026 - 2030": its first year), not the dates of documents it cites nor a horizon
 * "ĐẾN NĂM 2030"; else the year written most often in the timing texts (the earlier wins a
 * tie); else the year of the plan's own date line ("Kèm theo Kế hoạch … ngày 10/01/2026"),
 * which the caller warns about; else null (the officer must give it). `--year` and the pane's year box override it
 * through {@link withPlanYear}.
 *
 * @example
 * detectPlanYear(['Tháng 02/2024', 'Quý I'], []) // { year: 2024, span: null, source: 'timing' }
 * detectPlanYear(['2026 - 2030'], ['DANH MỤC … GIAI ĐOẠN 2026-2030']) // { year: 2026, span: [2026, 2030], source: 'title' }
 * detectPlanYear(['Thường xuyên'], []) // { year: null, span: null, source: null }
 */
export function detectPlanYear(timings: readonly string[], titles: readonly string[]): PlanYear {
  const fromTitle = titleYear(titles);
  if (fromTitle) return { ...fromTitle, source: 'title' };
  const counts = new Map<number, number>();
  for (const timing of timings) {
    for (const m of timing.matchAll(YEAR_IN_TIMING)) {
      const y = Number(m[1]);
      counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [y, n] of counts) {
    const bestCount = best === null ? 0 : (counts.get(best) ?? 0);
    if (n > bestCount || (n === bestCount && best !== null && y < best)) best = y;
  }
  if (best !== null) return { year: best, span: null, source: 'timing' };
  // Last resort before asking (issue 12): the plan's own date, said in a warning by the caller.
  const issued = issuedYear(titles);
  return issued ? { year: issued.year, span: null, source: 'issued', issuedOn: issued.issuedOn } : { year: null, span: null, source: null };
}

/**
 * The plan with the year an officer gave (`--year`, the pane's year box), which always wins over
 * the one read. The span stays when the year lies in it; a year outside it makes a one-year plan.
 *
 * @example
 * withPlanYear({ ...plan, year: 2026, span: [2026, 2030] }, 2025) // { …, year: 2025, span: null }
 */
export function withPlanYear<T extends { year: number | null; span?: [number, number] | null }>(plan: T, year: number | undefined): T {
  if (year === undefined || year === plan.year) return plan;
  const span = plan.span && year >= plan.span[0] && year <= plan.span[1] ? plan.span : null;
  return { ...plan, year, span };
}

/**
 * The plan's years when an as-of day lies outside them (its span, else its year), else null: the
 * pane and `kstthc` then say so, since a mistyped year makes almost everything overdue or far off.
 * Null too when the plan has no year.
 *
 * @example
 * yearsMissing({ year: 2026, span: [2026, 2030] }, '2027-03-01') // null
 * yearsMissing({ year: 2026, span: null }, '2027-01-05') // [2026, 2026]
 */
export function yearsMissing(plan: { year: number | null; span?: [number, number] | null }, asOf: string): [number, number] | null {
  if (plan.year === null) return null;
  const year = Number(asOf.slice(0, 4));
  const [from, to] = plan.span ?? [plan.year, plan.year];
  return year >= from && year <= to ? null : [from, to];
}
