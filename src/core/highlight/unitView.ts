import { matchKey } from '../text/normalize';
import { STATUS_SEVERITY, type DeliverableStatus, type PlanStatus, type StatusKey, type UnitStatus } from '../status/model';

/**
 * A unit's part in a deliverable (as lead, else as support), matched loosely by name
 * ("chi cuc thuy san" finds "Chi cục Thủy sản"); null when the unit has no part in it.
 *
 * @example
 * unitPart(deliverable, 'Văn phòng Sở') // { unit: 'Văn phòng Sở', role: 'lead', … } or null
 */
export function unitPart(deliverable: DeliverableStatus, unit: string): UnitStatus | null {
  const key = matchKey(unit);
  const mine = deliverable.units.filter((u) => matchKey(u.unit) === key);
  return mine.find((u) => u.role === 'lead') ?? mine[0] ?? null;
}

/**
 * The status to show for a deliverable: its overall status, or the unit's own status in the
 * "by unit" view (null when the unit has no part in it).
 *
 * @example
 * shownStatus(deliverable) // deliverable.status
 */
export function shownStatus(deliverable: DeliverableStatus, unit?: string): { status: StatusKey; nextDue: string | null } | null {
  if (unit === undefined) return { status: deliverable.status, nextDue: deliverable.nextDue };
  const part = unitPart(deliverable, unit);
  return part ? { status: part.status, nextDue: part.nextDue } : null;
}

/** Deliverables per status, and how many there are in all. */
export interface StatusCounts {
  total: number;
  byStatus: Record<StatusKey, number>;
}

/**
 * Counts deliverables by their status; with `unit`, only the deliverables the unit leads or
 * supports, by the unit's own status.
 *
 * @example
 * countByStatus(status, { unit: 'Văn phòng Sở' }) // { total: 31, byStatus: { overdue: 2, … } }
 */
export function countByStatus(status: PlanStatus, options: { unit?: string } = {}): StatusCounts {
  const byStatus = Object.fromEntries(STATUS_SEVERITY.map((k) => [k, 0])) as Record<StatusKey, number>;
  let total = 0;
  for (const d of status.deliverables) {
    const shown = shownStatus(d, options.unit);
    if (!shown) continue;
    byStatus[shown.status] += 1;
    total += 1;
  }
  return { total, byStatus };
}
