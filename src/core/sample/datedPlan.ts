import { addDays, formatViDate, type IsoDate } from '../calendar/isoDate';

import { SEED_APPENDIX_ROWS } from './seedAppendixRows';

/**
 * The sample plan moved to an as-of day: the seed appendix in that year, with a few tasks due
 * around the day so that every status shows on it whatever the day.
 */

/** The seed year, replaced by the as-of year in every text of the sample plan. */
const SEED_YEAR = '2024';
const TIMING_COL = 5;

/**
 * Tasks whose timing is rewritten to a day relative to the as-of day, so that overdue,
 * due-soon, pending and done appear whatever the day (the seed's own phrases give ongoing and
 * unscheduled). `doneBefore`: a completion that many days before the due day is recorded.
 */
export const SAMPLE_DATED_TASKS: readonly { task: number; daysFromAsOf: number; doneBefore?: number }[] = [
  { task: 7, daysFromAsOf: -15, doneBefore: 2 },
  { task: 10, daysFromAsOf: -10 },
  { task: 29, daysFromAsOf: 3 },
  { task: 8, daysFromAsOf: 45 },
];

/** Year of an ISO day. */
export function yearOf(day: IsoDate): number {
  return Number(day.slice(0, 4));
}

/** A day kept inside the plan year (the sample plan speaks of that year only). */
function inYear(day: IsoDate, year: number): IsoDate {
  if (day < `${year}-01-01`) return `${year}-01-01`;
  if (day > `${year}-12-31`) return `${year}-12-31`;
  return day;
}

/** Due day of a dated task of {@link SAMPLE_DATED_TASKS} for an as-of day. */
export function datedDue(asOf: IsoDate, daysFromAsOf: number): IsoDate {
  return inYear(addDays(asOf, daysFromAsOf), yearOf(asOf));
}

/**
 * The seed appendix as of a day: every "2024" becomes the as-of year, and the tasks of
 * {@link SAMPLE_DATED_TASKS} are due relative to the day ("Chậm nhất ngày dd/mm/yyyy").
 *
 * @example
 * samplePlanRows('2026-11-27').find((r) => r[0] === '29')?.[5] // 'Chậm nhất ngày 30/11/2026'
 */
export function samplePlanRows(asOf: IsoDate): string[][] {
  const year = String(yearOf(asOf));
  return SEED_APPENDIX_ROWS.map((cells) => {
    const line = cells.map((c) => c.split(SEED_YEAR).join(year));
    const dated = SAMPLE_DATED_TASKS.find((t) => String(t.task) === line[0]);
    if (dated) line[TIMING_COL] = `Chậm nhất ngày ${formatViDate(datedDue(asOf, dated.daysFromAsOf))}`;
    return line;
  });
}
