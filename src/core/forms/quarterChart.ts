import type { Ii05aCounts } from './definitions';
import { STATUS_PALETTE } from '../highlight/palette';
import { STATUS_LABELS } from '../status/labels';

/** The parts of a quarter's bar: dossiers resolved before, on and after the due day ((8), (9), (10)), and still open ((11)). */
export type ResultPartKey = 'c8' | 'c9' | 'c10' | 'c11';

/** One part of a quarter's bar. */
export interface ResultPart {
  key: ResultPartKey;
  /** Legend text, a symbol first so it reads in black and white. */
  label: string;
  fill: string;
  symbol: string;
}

/**
 * The parts of a quarter's bar, stacked in the form's column order, coloured from the status
 * palette (before the due day as "done", on it as "ongoing", late as "overdue", still open as
 * "no due date") with the status symbols.
 */
export const RESULT_PARTS: readonly ResultPart[] = [
  { key: 'c8', label: `${STATUS_LABELS.done.symbol} Trước hạn`, fill: STATUS_PALETTE.done.fill as string, symbol: STATUS_LABELS.done.symbol },
  { key: 'c9', label: '● Đúng hạn', fill: STATUS_PALETTE.ongoing.fill as string, symbol: '●' },
  { key: 'c10', label: `${STATUS_LABELS.overdue.symbol} Quá hạn`, fill: STATUS_PALETTE.overdue.fill as string, symbol: STATUS_LABELS.overdue.symbol },
  { key: 'c11', label: `${STATUS_LABELS.pending.symbol} Đang giải quyết`, fill: STATUS_PALETTE.unscheduled.fill as string, symbol: STATUS_LABELS.pending.symbol },
];

/** One bar of a quarter's chart: a lĩnh vực (or a unit) and its counts. */
export interface ResultBar {
  /** The lĩnh vực or unit, as the table shows it. */
  name: string;
  counts: Record<ResultPartKey, number>;
  /** ((8)+(9))/(7): share of the resolved dossiers resolved in time; null when none was resolved. */
  onTimeRate: number | null;
  /** The bar's label: the name and its on-time rate ("Trồng trọt — 95%"). */
  label: string;
}

/**
 * The on-time rate as written beside a bar: a percentage with at most one decimal, Vietnamese
 * decimal comma, never rounded up to 100 % while a dossier was late; "chưa có hồ sơ giải
 * quyết" when nothing was resolved.
 *
 * @example
 * onTimeRateText(199 / 200) // '99,5%'
 * onTimeRateText(null) // 'chưa có hồ sơ đã giải quyết'
 */
export function onTimeRateText(rate: number | null): string {
  if (rate === null) return 'chưa có hồ sơ đã giải quyết';
  // Floored to a tenth: 99.96 % is not "100 %".
  const tenths = Math.floor(rate * 1000 + 1e-9);
  return `${(tenths / 10).toFixed(tenths % 10 === 0 ? 0 : 1).replace('.', ',')}%`;
}

/**
 * A quarter's bars from II.05a rows (a lĩnh vực each; for the department, a unit each): the
 * counts of columns (8), (9), (10) and (11) as the table has them, and the on-time rate
 * ((8)+(9))/(7). Rows keep their order.
 *
 * @example
 * resultBars([{ name: 'Trồng trọt', counts: row }])[0].label // 'Trồng trọt — 95%'
 */
export function resultBars(rows: readonly { name: string; counts: Ii05aCounts }[]): ResultBar[] {
  return rows.map(({ name, counts }) => {
    const onTimeRate = counts.c7 > 0 ? (counts.c8 + counts.c9) / counts.c7 : null;
    return {
      name,
      counts: { c8: counts.c8, c9: counts.c9, c10: counts.c10, c11: counts.c11 },
      onTimeRate,
      label: `${name} — ${onTimeRateText(onTimeRate)}`,
    };
  });
}
