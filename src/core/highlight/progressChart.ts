import { STATUS_PALETTE, SHEET_WHITE } from './palette';
import { STATUS_LABELS } from '../status/labels';
import type { PlanStatus, StatusKey } from '../status/model';
import { unitPartFinder } from './unitView';

/** The five parts of a progress bar: the calm statuses (ongoing, no due date) share one. */
export type ProgressGroupKey = 'overdue' | 'due-soon' | 'pending' | 'done' | 'calm';

/** One part of a progress bar: its statuses, legend text (symbol first), colour and label format. */
export interface ProgressGroup {
  key: ProgressGroupKey;
  statuses: readonly StatusKey[];
  /** Legend text, the status symbol first so it reads in black and white ("✖ Quá hạn"). */
  label: string;
  /** Bar fill from the status palette (white where the palette leaves a status unfilled). */
  fill: string;
  /** Symbol printed before each count on the bar. */
  symbol: string;
}

function group(key: ProgressGroupKey, statuses: StatusKey[], vi?: string): ProgressGroup {
  const first = statuses[0];
  const symbol = STATUS_LABELS[first].symbol;
  return { key, statuses, label: `${symbol} ${vi ?? STATUS_LABELS[first].vi}`, fill: STATUS_PALETTE[first].fill ?? SHEET_WHITE, symbol };
}

/**
 * The parts of a progress bar, in the order they are stacked (as the officers name them):
 * Quá hạn, Sắp đến hạn, Đang thực hiện, Hoàn thành, Thường xuyên / chưa có hạn.
 */
export const PROGRESS_GROUPS: readonly ProgressGroup[] = [
  group('overdue', ['overdue']),
  group('due-soon', ['due-soon']),
  group('pending', ['pending']),
  group('done', ['done']),
  group('calm', ['ongoing', 'unscheduled'], `${STATUS_LABELS.ongoing.vi} / ${STATUS_LABELS.unscheduled.vi.toLowerCase()}`),
];

const GROUP_OF: Readonly<Record<StatusKey, ProgressGroupKey>> = Object.fromEntries(
  PROGRESS_GROUPS.flatMap((g) => g.statuses.map((s) => [s, g.key])),
) as Record<StatusKey, ProgressGroupKey>;

/** One bar: a label and its count per part. */
export interface ProgressBar {
  label: string;
  counts: Record<ProgressGroupKey, number>;
  total: number;
}

function emptyCounts(): Record<ProgressGroupKey, number> {
  return { overdue: 0, 'due-soon': 0, pending: 0, done: 0, calm: 0 };
}

/**
 * Progress by lead unit: for each unit that leads at least one deliverable, its led
 * deliverables counted by the unit's own status (the by-unit table's "Chủ trì", "Quá hạn",
 * "Sắp đến hạn" are the same counts). Worst first, as that table: most overdue, then most due
 * soon, then most led; ties keep the order units are first named.
 *
 * @example
 * unitProgress(status)[0] // { label: 'Văn phòng Sở', counts: { overdue: 2, 'due-soon': 1, … }, total: 20 }
 */
export function unitProgress(status: PlanStatus): ProgressBar[] {
  const byUnit = new Map<string, ProgressBar>();
  for (const d of status.deliverables) {
    for (const u of d.units) {
      if (u.role !== 'lead') continue;
      let bar = byUnit.get(u.unit);
      if (!bar) byUnit.set(u.unit, (bar = { label: u.unit, counts: emptyCounts(), total: 0 }));
      bar.counts[GROUP_OF[u.status]] += 1;
      bar.total += 1;
    }
  }
  return [...byUnit.values()].sort((a, b) => b.counts.overdue - a.counts.overdue || b.counts['due-soon'] - a.counts['due-soon'] || b.total - a.total);
}

/** Bar labels of a unit's own chart. */
const ROLE_BAR_LABELS = { lead: 'Chủ trì', support: 'Phối hợp' } as const;

/**
 * One unit's progress, a bar for the deliverables it leads and one for those it supports, by its
 * own status (together: the counts of its status sheet's legend). A role it has no part in has
 * no bar.
 *
 * @example
 * unitRoleProgress(status, 'Chi cục Thủy sản').map((b) => b.label) // ['Chủ trì', 'Phối hợp']
 */
export function unitRoleProgress(status: PlanStatus, unit: string): ProgressBar[] {
  const partOf = unitPartFinder(unit);
  const bars = {
    lead: { label: ROLE_BAR_LABELS.lead, counts: emptyCounts(), total: 0 },
    support: { label: ROLE_BAR_LABELS.support, counts: emptyCounts(), total: 0 },
  };
  for (const d of status.deliverables) {
    const part = partOf(d);
    if (!part) continue;
    const bar = bars[part.role];
    bar.counts[GROUP_OF[part.status]] += 1;
    bar.total += 1;
  }
  return [bars.lead, bars.support].filter((b) => b.total > 0);
}
