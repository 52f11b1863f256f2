import type { IsoDate } from '../calendar/isoDate';
import type { Finding } from '../findings';
import type { Schedule } from '../schedule/model';

// The schedule belongs to its own room (read by the plan reader too); status re-exports it.
export type { Schedule };

/** Status keys, worst first (SPEC §4). */
export type StatusKey = 'overdue' | 'due-soon' | 'pending' | 'unscheduled' | 'ongoing' | 'done';

/** Order used for the roll-up: a lower index is worse. */
export const STATUS_SEVERITY: readonly StatusKey[] = ['overdue', 'due-soon', 'pending', 'unscheduled', 'ongoing', 'done'];

/** Where a completion came from (SPEC §12): the plan's own status / "Ngày hoàn thành" cells, or the tracking sheet (§4). */
export type CompletionSource = 'plan' | 'tracking';

/** Where a done status's completion came from, and whether the plan says it was late; both absent unless done. */
export interface CompletionInfo {
  completedBy?: CompletionSource;
  /** "Hoàn thành quá hạn" in the plan's status cell: done, late. */
  late?: boolean;
}

/**
 * Just the completion fields of a status, present only when set (for JSON and views).
 *
 * @example
 * completionInfoOf({ completedBy: 'plan', late: false }) // { completedBy: 'plan' }
 */
export function completionInfoOf(s: CompletionInfo): CompletionInfo {
  return { ...(s.completedBy ? { completedBy: s.completedBy } : {}), ...(s.late ? { late: true } : {}) };
}

export interface UnitStatus extends CompletionInfo {
  unit: string;
  role: 'lead' | 'support';
  status: StatusKey;
  nextDue: IsoDate | null;
}

export interface DeliverableStatus extends CompletionInfo {
  /** Id of the task (SPEC §11: "II.1", or "7" where numbers are unique). */
  taskId: string;
  /** Deliverable key ("a", "b" …). */
  key: string;
  schedule: Schedule;
  /** Worst over the lead units. */
  status: StatusKey;
  nextDue: IsoDate | null;
  units: UnitStatus[];
  /** Chủ trì / Phối hợp text that named no known unit, kept for display. */
  unresolved: string[];
  /** First and last sheet row, as in the plan. */
  rows: [number, number];
}

export interface PlanStatus {
  asOf: IsoDate;
  window: number;
  year: number;
  deliverables: DeliverableStatus[];
  warnings: Finding[];
}
