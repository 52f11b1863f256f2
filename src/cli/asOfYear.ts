import { formatViDate, type IsoDate } from '../core/calendar/isoDate';
import { yearsMissing } from '../core/plan/planYear';

/**
 * The warning `kstthc plan` and `kstthc remind` give, as the pane does under its date field, when
 * the as-of day lies outside the plan's year (or its span of years): statuses are still judged
 * on that day, but a mistyped year would make almost everything look overdue or far off.
 * Null when the day is in the plan's years, or the plan has no year.
 *
 * @example
 * asOfOutsidePlanYear({ year: 2026, span: null }, '2027-01-05') // 'Ngày đối chiếu 05/01/2027 không thuộc năm kế hoạch 2026: …'
 */
export function asOfOutsidePlanYear(plan: { year: number | null; span?: [number, number] | null }, asOf: IsoDate): string | null {
  const missing = yearsMissing(plan, asOf);
  if (!missing) return null;
  const [from, to] = missing;
  const years = from === to ? `năm kế hoạch ${from}` : `các năm của kế hoạch (${from}–${to})`;
  return `Ngày đối chiếu ${formatViDate(asOf)} không thuộc ${years}: trạng thái vẫn tính theo ngày này; nếu gõ nhầm năm, hãy sửa --as-of (hoặc --year nếu năm kế hoạch đọc sai).`;
}
