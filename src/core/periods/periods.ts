import { isoDay, type IsoDate } from '../calendar/isoDate';
import { matchKey } from '../text/normalize';

/** Reporting periods of Nghị định 09/2019/NĐ-CP (SPEC §6). */
export type PeriodKind = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'H1' | 'Y';

export interface ReportPeriod {
  year: number;
  kind: PeriodKind;
  /** `2024-Q1`, `2024-H1`, `2024-Y`. */
  code: string;
  /** `Quý I/2024`, `6 tháng/2024`, `Năm 2024`. */
  label: string;
  /** First day, inclusive. */
  from: IsoDate;
  /** Last day, inclusive. */
  to: IsoDate;
  /** The day units must send their report to the Sở. */
  deadline: IsoDate;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const KINDS: PeriodKind[] = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'Y'];

function day(year: number, month: number, d: number): IsoDate {
  const v = isoDay(year, month, d);
  if (!v) throw new RangeError(`bad day ${year}-${month}-${d}`);
  return v;
}

/**
 * The period of a kind in a year, with its days and deadline.
 *
 * @example
 * reportPeriod(2024, 'Q1') // { code: '2024-Q1', label: 'Quý I/2024', from: '2023-12-15', to: '2024-03-14', deadline: '2024-03-16', … }
 */
export function reportPeriod(year: number, kind: PeriodKind): ReportPeriod {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new RangeError(`reportPeriod: bad year ${year}`);
  if (!KINDS.includes(kind)) throw new RangeError(`reportPeriod: bad kind ${String(kind)}`);
  const code = `${year}-${kind}`;
  if (kind === 'H1') {
    return { year, kind, code, label: `6 tháng/${year}`, from: day(year - 1, 12, 15), to: day(year, 6, 14), deadline: day(year, 6, 16) };
  }
  if (kind === 'Y') {
    return { year, kind, code, label: `Năm ${year}`, from: day(year - 1, 12, 15), to: day(year, 12, 14), deadline: day(year, 12, 16) };
  }
  const q = Number(kind[1]);
  const lastMonth = q * 3;
  const from = q === 1 ? day(year - 1, 12, 15) : day(year, lastMonth - 3, 15);
  return { year, kind, code, label: `Quý ${ROMAN[q - 1]}/${year}`, from, to: day(year, lastMonth, 14), deadline: day(year, lastMonth, 16) };
}

/**
 * Parses a command-line period code (`2024-Q1`, `2024-H1`, `2024-Y`, any case). Null when it is not one.
 *
 * @example
 * parsePeriodCode('2024-q2')?.label // 'Quý II/2024'
 */
export function parsePeriodCode(code: string): ReportPeriod | null {
  const m = /^\s*(\d{4})-(Q[1-4]|H1|Y)\s*$/i.exec(code);
  if (!m) return null;
  return reportPeriod(Number(m[1]), m[2].toUpperCase() as PeriodKind);
}

/**
 * Parses a Vietnamese period label as officers write it: "Quý I/2024", "quy 1 nam 2024",
 * "6 tháng/2024", "6 tháng đầu năm 2024", "Năm 2024". Null when it is not one.
 *
 * @example
 * parsePeriodLabel('Quý III/2024')?.code // '2024-Q3'
 * parsePeriodLabel('6 tháng/2024')?.code // '2024-H1'
 */
export function parsePeriodLabel(label: string): ReportPeriod | null {
  const key = matchKey(label);
  const quarter = /^quy\s+(iv|iii|ii|i|[1-4])\b\D*(\d{4})$/.exec(key);
  if (quarter) {
    const q = /^\d$/.test(quarter[1]) ? Number(quarter[1]) : ROMAN.indexOf(quarter[1].toUpperCase()) + 1;
    return reportPeriod(Number(quarter[2]), `Q${q}` as PeriodKind);
  }
  const half = /^(?:bao cao\s+)?6 thang\b\D*(\d{4})$/.exec(key);
  if (half) return reportPeriod(Number(half[1]), 'H1');
  const year = /^(?:bao cao\s+)?nam\s*(\d{4})$/.exec(key);
  if (year) return reportPeriod(Number(year[1]), 'Y');
  return parsePeriodCode(label);
}

/**
 * The quarter whose reporting days contain a day (15/12 belongs to the next year's Quý I).
 *
 * @example
 * quarterContaining('2024-03-15').code // '2024-Q2'
 * quarterContaining('2023-12-20').code // '2024-Q1'
 */
export function quarterContaining(dayIso: IsoDate): ReportPeriod {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dayIso);
  if (!m) throw new RangeError(`quarterContaining: not an ISO day: ${dayIso}`);
  const year = Number(m[1]);
  for (const kind of ['Q1', 'Q2', 'Q3', 'Q4'] as const) {
    const p = reportPeriod(year, kind);
    if (dayIso >= p.from && dayIso <= p.to) return p;
  }
  return reportPeriod(year + 1, 'Q1');
}
