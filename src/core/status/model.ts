import type { IsoDate } from '../calendar/isoDate';
import type { Finding } from '../findings';
import type { Schedule } from '../schedule/schedule';

export type { Schedule } from '../schedule/schedule';

/** Status keys, worst first (SPEC §4). */
export type StatusKey = 'overdue' | 'due-soon' | 'pending' | 'unscheduled' | 'ongoing' | 'done';

/** Order used for the roll-up: a lower index is worse. */
export const STATUS_SEVERITY: readonly StatusKey[] = ['overdue', 'due-soon', 'pending', 'unscheduled', 'ongoing', 'done'];

export interface UnitStatus {
  unit: string;
  role: 'lead' | 'support';
  status: StatusKey;
  nextDue: IsoDate | null;
}

export interface DeliverableStatus {
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
