import { stripDiacritics } from '../text/normalize';

/** The plan year and where it came from. */
export interface PlanYear {
  year: number | null;
  source: 'timing' | 'title' | null;
}

const YEAR_IN_TIMING = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)/g;
const YEAR_IN_TITLE = /\bnam\s+((?:19|20)\d{2})\b/i;

/**
 * The plan year (SPEC §1): the year written most often in the timing texts ("Tháng 02/2024",
 * "Trước ngày 20/02/2024"; the earliest wins a tie), else a title's "năm 2024", else null.
 *
 * @example
 * detectPlanYear(['Tháng 02/2024', 'Quý I'], []) // { year: 2024, source: 'timing' }
 * detectPlanYear(['Thường xuyên'], ['KẾ HOẠCH kiểm soát TTHC năm 2025']) // { year: 2025, source: 'title' }
 * detectPlanYear(['Thường xuyên'], []) // { year: null, source: null }
 */
export function detectPlanYear(timings: readonly string[], titles: readonly string[]): PlanYear {
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
  if (best !== null) return { year: best, source: 'timing' };
  for (const title of titles) {
    const m = YEAR_IN_TITLE.exec(stripDiacritics(title));
    if (m) return { year: Number(m[1]), source: 'title' };
  }
  return { year: null, source: null };
}
