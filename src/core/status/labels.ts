import type { CompletionInfo, StatusKey } from './model';

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

/** Said after "Hoàn thành" when the completion was read from the plan's own status column (SPEC §12). */
export const FROM_PLAN_NOTE = 'theo bảng kế hoạch';

/**
 * The status as the sheets show it, with where a completion came from: "✔ Hoàn thành (theo bảng
 * kế hoạch)" when the plan's own status column said so, "✔ Hoàn thành quá hạn" for "Hoàn thành quá
 * hạn"; other statuses as {@link statusText}.
 *
 * @example
 * shownStatusText({ status: 'done', completedBy: 'plan' }) // '✔ Hoàn thành (theo bảng kế hoạch)'
 */
export function shownStatusText(shown: { status: StatusKey } & CompletionInfo): string {
  if (shown.status !== 'done') return statusText(shown.status);
  return `${statusText('done')}${shown.late ? ' quá hạn' : ''}${shown.completedBy === 'plan' ? ` (${FROM_PLAN_NOTE})` : ''}`;
}

/** Vietnamese names of the schedule kinds, for the same displays. */
export const SCHEDULE_KIND_LABELS: Readonly<Record<'once' | 'recurring' | 'ongoing' | 'unscheduled', string>> = {
  once: 'Một lần',
  recurring: 'Định kỳ',
  ongoing: 'Thường xuyên',
  unscheduled: 'Chưa có hạn',
};
