import { matchKey } from '../text/normalize';
import { completionInfoOf, STATUS_SEVERITY, type CompletionInfo, type DeliverableStatus, type PlanStatus, type StatusKey, type UnitStatus } from '../status/model';

/** The status a view shows for a deliverable (with where a completion came from, when done). */
export interface ShownStatus extends CompletionInfo {
  status: StatusKey;
  nextDue: string | null;
}

/**
 * Finds a unit's part in deliverables (as lead, else as support), matching names loosely
 * ("chi cuc thuy san" finds "Chi cục Thủy sản"). Made once per unit: it remembers which
 * names match, so thousands of deliverables cost one comparison per distinct name.
 *
 * @example
 * const partOf = unitPartFinder('Văn phòng Sở');
 * partOf(deliverable) // { unit: 'Văn phòng Sở', role: 'lead', … } or null
 */
export function unitPartFinder(unit: string): (deliverable: DeliverableStatus) => UnitStatus | null {
  const key = matchKey(unit);
  const matches = new Map<string, boolean>();
  return (deliverable) => {
    let support: UnitStatus | null = null;
    for (const u of deliverable.units) {
      let same = matches.get(u.unit);
      if (same === undefined) {
        same = matchKey(u.unit) === key;
        matches.set(u.unit, same);
      }
      if (!same) continue;
      if (u.role === 'lead') return u;
      support ??= u;
    }
    return support;
  };
}

/**
 * A unit's part in one deliverable (see {@link unitPartFinder}, for many).
 *
 * @example
 * unitPart(deliverable, 'Văn phòng Sở')?.role // 'lead', 'support' or undefined
 */
export function unitPart(deliverable: DeliverableStatus, unit: string): UnitStatus | null {
  return unitPartFinder(unit)(deliverable);
}

/**
 * What a view shows for each deliverable: its overall status, or in the "by unit" view the
 * unit's own status (null when the unit has no part in it).
 *
 * @example
 * statusView()(deliverable) // { status: deliverable.status, nextDue: deliverable.nextDue }
 */
export function statusView(unit?: string): (deliverable: DeliverableStatus) => ShownStatus | null {
  if (unit === undefined) return (d) => ({ status: d.status, nextDue: d.nextDue, ...completionInfoOf(d) });
  const partOf = unitPartFinder(unit);
  return (d) => {
    const part = partOf(d);
    return part ? { status: part.status, nextDue: part.nextDue, ...completionInfoOf(part) } : null;
  };
}

/**
 * The status to show for one deliverable (see {@link statusView}, for many).
 *
 * @example
 * shownStatus(deliverable) // { status: deliverable.status, nextDue: deliverable.nextDue }
 */
export function shownStatus(deliverable: DeliverableStatus, unit?: string): ShownStatus | null {
  return statusView(unit)(deliverable);
}

/** Deliverables per status, and how many there are in all. */
export interface StatusCounts {
  total: number;
  byStatus: Record<StatusKey, number>;
  /** Of the done ones, those whose completion was read from the plan's own status column (SPEC §12). */
  doneFromPlan: number;
}

/**
 * Counts deliverables by their status; with `unit`, only the deliverables the unit leads or
 * supports, by the unit's own status.
 *
 * @example
 * countByStatus(status, { unit: 'Văn phòng Sở' }) // { total: 31, byStatus: { overdue: 2, … }, doneFromPlan: 0 }
 */
export function countByStatus(status: PlanStatus, options: { unit?: string } = {}): StatusCounts {
  const byStatus = Object.fromEntries(STATUS_SEVERITY.map((k) => [k, 0])) as Record<StatusKey, number>;
  let total = 0;
  let doneFromPlan = 0;
  const show = statusView(options.unit);
  for (const d of status.deliverables) {
    const shown = show(d);
    if (!shown) continue;
    byStatus[shown.status] += 1;
    total += 1;
    if (shown.status === 'done' && shown.completedBy === 'plan') doneFromPlan += 1;
  }
  return { total, byStatus, doneFromPlan };
}

/** One unit's deliverables per status (its own status), apart as lead and as support. */
export interface RoleCounts {
  lead: Record<StatusKey, number>;
  support: Record<StatusKey, number>;
}

/**
 * Counts a unit's deliverables by its own status, as lead and as support apart (a unit named as
 * both counts as lead, as in {@link unitPartFinder}); lead + support is {@link countByStatus}
 * for the unit. The pane says both, since reminders and the unit table count the lead's only.
 *
 * @example
 * countByRole(status, 'Chi cục Thủy sản') // { lead: { overdue: 1, … }, support: { overdue: 3, … } }
 */
export function countByRole(status: PlanStatus, unit: string): RoleCounts {
  const zero = () => Object.fromEntries(STATUS_SEVERITY.map((k) => [k, 0])) as Record<StatusKey, number>;
  const counts: RoleCounts = { lead: zero(), support: zero() };
  const partOf = unitPartFinder(unit);
  for (const d of status.deliverables) {
    const part = partOf(d);
    if (part) counts[part.role][part.status] += 1;
  }
  return counts;
}
