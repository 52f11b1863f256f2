import type { IsoDate } from '../calendar/isoDate';

/** What a timing text means (SPEC §2). */
export interface Schedule {
  kind: 'once' | 'recurring' | 'ongoing' | 'unscheduled';
  /** Due dates (last allowed day) in the plan year, ascending. */
  due: IsoDate[];
  /** "Đột xuất": also on request. */
  adhoc: boolean;
}
