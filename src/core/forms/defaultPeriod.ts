import type { IsoDate } from '../calendar/isoDate';
import { quarterContaining, reportPeriod, type PeriodKind, type ReportPeriod } from '../periods/periods';

/**
 * The quarter an officer most likely reports on a day: the quarter just ended while its
 * report is still due (the 15th and 16th of the last month), else the quarter under way.
 *
 * @example
 * defaultFormsPeriod('2024-03-16').code // '2024-Q1' (due today)
 * defaultFormsPeriod('2024-03-17').code // '2024-Q2'
 * defaultFormsPeriod('2024-02-01').code // '2024-Q1'
 */
export function defaultFormsPeriod(today: IsoDate): ReportPeriod {
  const current = quarterContaining(today);
  const n = Number(current.kind[1]);
  const previous = n === 1 ? reportPeriod(current.year - 1, 'Q4') : reportPeriod(current.year, `Q${n - 1}` as PeriodKind);
  return today <= previous.deadline ? previous : current;
}
