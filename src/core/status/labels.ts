import type { StatusKey } from './model';

export interface StatusLabel {
  /** What the officer reads ("Quá hạn"). */
  vi: string;
  en: string;
  /**
   * A symbol that carries the meaning on a black-and-white print and for colour-blind readers.
   * All are in the fonts Excel ships on Windows and macOS (Segoe UI Symbol, Arial Unicode).
   */
  symbol: string;
}

/**
 * Vietnamese labels and symbols of the statuses, in one place for the sheets, the highlight
 * legend, the task pane and the CLI.
 *
 * @example
 * `${STATUS_LABELS.overdue.symbol} ${STATUS_LABELS.overdue.vi}` // '✖ Quá hạn'
 */
export const STATUS_LABELS: Readonly<Record<StatusKey, StatusLabel>> = {
  overdue: { vi: 'Quá hạn', en: 'Overdue', symbol: '✖' },
  'due-soon': { vi: 'Sắp đến hạn', en: 'Due soon', symbol: '⚠' },
  pending: { vi: 'Đang thực hiện', en: 'In progress', symbol: '◷' },
  unscheduled: { vi: 'Chưa có hạn', en: 'No due date', symbol: '–' },
  ongoing: { vi: 'Thường xuyên', en: 'Ongoing', symbol: '↻' },
  done: { vi: 'Hoàn thành', en: 'Done', symbol: '✔' },
};

/**
 * The status as the sheets show it: symbol, a space, the Vietnamese label.
 *
 * @example
 * statusText('due-soon') // '⚠ Sắp đến hạn'
 */
export function statusText(status: StatusKey): string {
  const l = STATUS_LABELS[status];
  return `${l.symbol} ${l.vi}`;
}

/** Vietnamese names of the schedule kinds, for the same displays. */
export const SCHEDULE_KIND_LABELS: Readonly<Record<'once' | 'recurring' | 'ongoing' | 'unscheduled', string>> = {
  once: 'Một lần',
  recurring: 'Định kỳ',
  ongoing: 'Thường xuyên',
  unscheduled: 'Chưa có hạn',
};
