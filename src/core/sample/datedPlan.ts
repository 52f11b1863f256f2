import { addDays, formatViDate, type IsoDate } from '../calendar/isoDate';
import { SEED_PLAN } from './seedPlan';
import type { SeedDeliverable, SeedPlan } from './seedPlanModel';

/**
 * The sample plan moved to an as-of day: the seed appendix in that year, with a few tasks due
 * around the day so that every status shows on it whatever the day.
 */

/** The seed year, replaced by the as-of year in every text of the sample plan. */
const SEED_YEAR = String(SEED_PLAN.year);

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

/**
 * Where the sample words a cell otherwise than the seed, so that a first-time officer meets no
 * warning the sample does not mean to show: the seed's "Các cơ quan, đơn vị được giao chủ trì
 * thực hiện" (tasks 33, 34: every unit, with a warning asking to name them) and "Định kỳ theo
 * quy định" (task 36: taken as quarterly, with a warning) are written as the plan means them.
 */
export const SAMPLE_WORDING: readonly { task: number; field: keyof Omit<SeedDeliverable, 'key'>; text: string }[] = [
  { task: 33, field: 'lead', text: 'Các phòng, cơ quan, đơn vị thuộc Sở có liên quan.' },
  { task: 34, field: 'lead', text: 'Các phòng, cơ quan, đơn vị thuộc Sở có liên quan.' },
  { task: 36, field: 'timing', text: 'Hằng quý' },
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
 * The seed plan with the sample's wording ({@link SAMPLE_WORDING}); as of a day, also every
 * "2024" made the as-of year and the tasks of {@link SAMPLE_DATED_TASKS} due relative to the
 * day ("Chậm nhất ngày dd/mm/yyyy").
 *
 * @example
 * samplePlanOf('2026-11-27').tasks.find((t) => t.no === 29)?.deliverables[0].timing // 'Chậm nhất ngày 30/11/2026'
 */
export function samplePlanOf(asOf?: IsoDate): SeedPlan {
  const year = asOf ? String(yearOf(asOf)) : SEED_YEAR;
  const text = (s: string) => s.split(SEED_YEAR).join(year);
  return {
    year: Number(year),
    titles: SEED_PLAN.titles.map(text),
    sections: SEED_PLAN.sections.map((s) => ({ code: s.code, title: text(s.title) })),
    tasks: SEED_PLAN.tasks.map((t) => {
      const dated = asOf ? SAMPLE_DATED_TASKS.find((d) => d.task === t.no) : undefined;
      return {
        no: t.no,
        section: t.section,
        content: text(t.content),
        deliverables: t.deliverables.map((d) => {
          const out: SeedDeliverable = { key: d.key, result: text(d.result), lead: text(d.lead), support: text(d.support), timing: text(d.timing) };
          for (const w of SAMPLE_WORDING) if (w.task === t.no) out[w.field] = w.text;
          if (dated && asOf) out.timing = `Chậm nhất ngày ${formatViDate(datedDue(asOf, dated.daysFromAsOf))}`;
          return out;
        }),
      };
    }),
  };
}
