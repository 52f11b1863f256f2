import { addDays, isIsoDate, lastDayOfMonth, type IsoDate } from '../calendar/isoDate';
import { warning, type Finding } from '../findings';
import { parsePeriodCode } from '../periods/periods';
import type { Deliverable, PlanTable, PlanTask } from '../plan/model';
import { taskName } from '../plan/taskIdentity';
import { withPlanYear } from '../plan/planYear';
import { scheduleOf } from '../schedule/schedule';
import { DEFAULT_UNIT_DIRECTORY, type UnitDirectory } from '../units/directory';
import { unitsOfRow } from '../units/resolveUnits';
import { matchKey } from '../text/normalize';
import { completionInfoOf, STATUS_SEVERITY, type CompletionInfo, type CompletionSource, type DeliverableStatus, type PlanStatus, type Schedule, type StatusKey, type UnitStatus } from './model';
import { planMarkOf, type PlanMark } from './planCompletion';
import type { TrackingEntry } from './tracking';

export interface PlanStatusOptions {
  /** The day statuses are judged on. */
  asOf: IsoDate;
  /** Days ahead that count as "due soon" (default 7). */
  window?: number;
  /** Unit directory (default: the built-in one, to be checked). */
  directory?: UnitDirectory;
  /** Completions from the tracking sheet. */
  tracking?: readonly TrackingEntry[];
  /** Plan year (default: the plan's, else the as-of year with a warning). */
  year?: number;
}

/** Default upcoming window, in days. */
export const DEFAULT_WINDOW = 7;

/** Status of a schedule for one unit, given the completions that concern it. */
export interface OccurrenceStatus {
  status: StatusKey;
  nextDue: IsoDate | null;
  /** Due dates closed by a completion. */
  closed: IsoDate[];
  /** Entries whose Kỳ matched no due date of the schedule. */
  unmatched: TrackingEntry[];
}

/** Days an entry's Kỳ covers when matched to a due date: the period, stretched to its report deadline and its last calendar day. */
function matchWindow(code: string): [IsoDate, IsoDate] | null {
  const p = parsePeriodCode(code);
  if (!p) return null;
  const lastMonth = p.kind === 'Y' ? 12 : p.kind === 'H1' ? 6 : Number(p.kind[1]) * 3;
  const calendarEnd = lastDayOfMonth(p.year, lastMonth);
  return [p.from, calendarEnd > p.deadline ? calendarEnd : p.deadline];
}

/**
 * The status of one schedule for one unit (SPEC §4). Entries with a Kỳ close the latest due
 * date inside that period (stretched to its deadline, so Quý I closes 16/03 and a "Quý I"
 * task due 31/03); entries without one close the earliest open due date, in completion
 * order. An occurrence completed early is closed.
 *
 * @example
 * occurrenceStatus({ kind: 'recurring', due: ['2024-03-16', '2024-06-16'], adhoc: false }, [{ row: 2, taskId: '19', key: 'a', unit: null, period: '2024-Q1', done: '2024-03-08', note: '' }], '2024-03-10', 7)
 * // { status: 'pending', nextDue: '2024-06-16', closed: ['2024-03-16'], unmatched: [] }
 */
export function occurrenceStatus(schedule: Schedule, entries: readonly TrackingEntry[], asOf: IsoDate, window: number): OccurrenceStatus {
  if (!isIsoDate(asOf)) throw new RangeError(`occurrenceStatus: not an ISO day: ${asOf}`);
  if (schedule.due.length === 0) {
    if (schedule.kind === 'ongoing') return { status: 'ongoing', nextDue: null, closed: [], unmatched: [] };
    // Work without a date that the officer recorded as done is done.
    return { status: entries.length > 0 ? 'done' : 'unscheduled', nextDue: null, closed: [], unmatched: [] };
  }
  const due = [...schedule.due].sort();
  const closed = new Set<IsoDate>();
  const unmatched: TrackingEntry[] = [];
  const byDay = [...entries].sort((a, b) => (a.done < b.done ? -1 : a.done > b.done ? 1 : a.row - b.row));
  for (const e of byDay.filter((x) => x.period !== null)) {
    const span = matchWindow(e.period as string);
    const inside = span ? due.filter((d) => d >= span[0] && d <= span[1]) : [];
    if (inside.length === 0) unmatched.push(e);
    else closed.add(inside[inside.length - 1]);
  }
  for (const _e of byDay.filter((x) => x.period === null)) {
    const open = due.find((d) => !closed.has(d));
    if (open) closed.add(open);
  }
  return openStatus(due, closed, asOf, window, unmatched);
}

/** The status once some of the (sorted) due dates are closed: the next open one decides (SPEC §4). */
function openStatus(due: readonly IsoDate[], closed: ReadonlySet<IsoDate>, asOf: IsoDate, window: number, unmatched: TrackingEntry[]): OccurrenceStatus {
  const next = due.find((d) => !closed.has(d)) ?? null;
  const closedList = due.filter((d) => closed.has(d));
  if (next === null) return { status: 'done', nextDue: null, closed: closedList, unmatched };
  const status: StatusKey = next < asOf ? 'overdue' : next <= addDays(asOf, window) ? 'due-soon' : 'pending';
  return { status, nextDue: next, closed: closedList, unmatched };
}

/**
 * The status of one schedule that the plan's own cells mark as done (SPEC §12): a once, ongoing
 * or unscheduled deliverable is done; on a recurring one the mark closes every occurrence due on
 * or before its completion day, or every occurrence when the day is not known.
 *
 * @example
 * markedStatus(quarterly, { done: true, day: '2024-06-20', late: false, text: 'x', unknown: false }, '2024-06-25', 7)
 * // { status: 'pending', nextDue: '2024-09-16', closed: ['2024-03-16', '2024-06-16'], unmatched: [] }
 */
export function markedStatus(schedule: Schedule, mark: PlanMark, asOf: IsoDate, window: number): OccurrenceStatus {
  if (!isIsoDate(asOf)) throw new RangeError(`markedStatus: not an ISO day: ${asOf}`);
  if (!mark.done) throw new RangeError('markedStatus: the mark does not say done');
  const due = [...schedule.due].sort();
  const day = mark.day;
  const closed = new Set(schedule.kind === 'recurring' && day !== null ? due.filter((d) => d <= day) : due);
  return openStatus(due, closed, asOf, window, []);
}

/**
 * The worst of some statuses (overdue > due-soon > pending > unscheduled > ongoing > done).
 *
 * @example
 * worstStatus(['done', 'due-soon', 'pending']) // 'due-soon'
 */
export function worstStatus(statuses: readonly StatusKey[]): StatusKey | null {
  let worst: StatusKey | null = null;
  for (const s of statuses) if (worst === null || STATUS_SEVERITY.indexOf(s) < STATUS_SEVERITY.indexOf(worst)) worst = s;
  return worst;
}

function earliest(days: readonly (IsoDate | null)[]): IsoDate | null {
  const real = days.filter((d): d is IsoDate => d !== null).sort();
  return real[0] ?? null;
}

/** Places a warning is met at: the task as named, and the row. */
type Places = Map<string, { text: string; places: { where: string; row: number }[] }>;

function deliverableStatus(
  task: PlanTask,
  d: Deliverable,
  ctx: { year: number; span: [number, number] | null; asOf: IsoDate; window: number; directory: UnitDirectory; byTask: ReadonlyMap<string, readonly TrackingEntry[]>; sheet: string },
  warnings: Finding[],
  unmatchedRows: Set<number>,
  timingWarnings: Map<string, { where: string; row: number }[]>,
  unknownMarks: Places,
): DeliverableStatus {
  const where = `${taskName(task)}${task.deliverables.length > 1 ? ` (${d.key})` : ''}`;
  const sched = scheduleOf(d.timing, { year: ctx.year, span: ctx.span, timingDate: d.timingDate, override: d.override });
  for (const w of sched.warnings) {
    const seen = timingWarnings.get(w);
    if (seen) seen.push({ where, row: d.rows[0] });
    else timingWarnings.set(w, [{ where, row: d.rows[0] }]);
  }
  const units = unitsOfRow(d.lead, d.support, ctx.directory);
  units.warnings.forEach((w) => warnings.push(warning(ctx.sheet, d.rows[0], `${where}: ${w}`)));

  // What the plan's own status / "Ngày hoàn thành" cells say (SPEC §12); a completion day after the as-of day does not count yet.
  const mark = planMarkOf(d);
  if (mark?.unknown) {
    const seen = unknownMarks.get(matchKey(mark.text));
    if (seen) seen.places.push({ where, row: d.rows[0] });
    else unknownMarks.set(matchKey(mark.text), { text: mark.text, places: [{ where, row: d.rows[0] }] });
  }
  const planDone = mark !== null && mark.done && (mark.day === null || mark.day <= ctx.asOf) ? mark : null;
  const recorded = (ctx.byTask.get(task.id) ?? []).filter((e) => e.key === null || e.key === d.key);
  // Completions recorded after the as-of day do not count yet.
  const entries = recorded.filter((e) => e.done <= ctx.asOf);
  const concerns = (e: TrackingEntry, unit: string | null): boolean => unit === null || e.unit === null || e.unit === unit;
  // Every unit the tracking sheet says nothing of is judged alike: once per deliverable (a group names tens of units).
  let unspoken: Judged | null = null;
  const judge = (unit: string | null): Judged => {
    // The tracking sheet wins where it speaks of this unit (SPEC §12); else the plan's own mark.
    if (!recorded.some((e) => concerns(e, unit))) {
      unspoken ??= planDone
        ? judged(markedStatus(sched.schedule, planDone, ctx.asOf, ctx.window), 'plan', planDone.late)
        : judged(occurrenceStatus(sched.schedule, [], ctx.asOf, ctx.window), 'tracking', false);
      return unspoken;
    }
    const r = occurrenceStatus(
      sched.schedule,
      entries.filter((e) => concerns(e, unit)),
      ctx.asOf,
      ctx.window,
    );
    r.unmatched.forEach((e) => unmatchedRows.add(e.row));
    return judged(r, 'tracking', false);
  };

  const unitStatuses: UnitStatus[] = [
    ...units.leads.map((unit) => ({ unit, role: 'lead' as const, ...pick(judge(unit)) })),
    ...units.supports.map((unit) => ({ unit, role: 'support' as const, ...pick(judge(unit)) })),
  ];
  const leads = unitStatuses.filter((u) => u.role === 'lead');
  // No lead unit known (unresolved text): judge the deliverable as a whole.
  const whole = leads.length === 0 ? pick(judge(null)) : null;
  const status = whole ? whole.status : (worstStatus(leads.map((u) => u.status)) as StatusKey);
  const nextDue = whole ? whole.nextDue : earliest(leads.map((u) => u.nextDue));
  const completion: CompletionInfo = whole ? completionInfoOf(whole) : status === 'done' ? leadsCompletion(leads) : {};
  return {
    taskId: task.id,
    key: d.key,
    schedule: sched.schedule,
    status,
    nextDue,
    ...completion,
    units: unitStatuses,
    unresolved: units.unresolved,
    rows: d.rows,
  };
}

/** An occurrence status with where its completions came from. */
type Judged = OccurrenceStatus & { by: CompletionSource; late: boolean };

/** Adds the source to a fresh occurrence status (no copy: statuses are made per call). */
function judged(r: OccurrenceStatus, by: CompletionSource, late: boolean): Judged {
  const out = r as Judged;
  out.by = by;
  out.late = late;
  return out;
}

/** A done deliverable's source: the plan when every lead unit's completion came from it, else the tracking sheet; late when any lead's was. */
function leadsCompletion(leads: readonly UnitStatus[]): CompletionInfo {
  const by: CompletionSource = leads.every((u) => u.completedBy === 'plan') ? 'plan' : 'tracking';
  return { completedBy: by, ...(leads.some((u) => u.late) ? { late: true } : {}) };
}

/** One warning per status word the plan's status column holds that says neither done nor not done. */
function unknownMarkWarnings(marks: Places, sheet: string): Finding[] {
  return [...marks.values()].map(({ text, places }) => {
    const at = places.length === 1 ? `${places[0].where}` : `${places.length} chỗ: ${places.map((p) => `${p.where} (dòng ${p.row})`).join(', ')}`;
    return warning(sheet, places[0].row, `Cột trạng thái ghi "${text}" (${at}): không rõ đã hoàn thành hay chưa, coi là chưa hoàn thành. Ghi "Đã hoàn thành", "x" hoặc "100%" khi đã xong.`);
  });
}

/**
 * One warning per distinct timing problem (issue 12): a phrase not understood in many tasks is
 * one line naming them all with their rows, at the first row, instead of a line per task.
 */
function groupedTimingWarnings(byMessage: ReadonlyMap<string, readonly { where: string; row: number }[]>, sheet: string): Finding[] {
  return [...byMessage].map(([message, places]) =>
    places.length === 1
      ? warning(sheet, places[0].row, `${places[0].where}: ${message}`)
      : warning(sheet, places[0].row, `${message} Gặp ở ${places.length} chỗ: ${places.map((p) => `${p.where} (dòng ${p.row})`).join(', ')}.`),
  );
}

function pick(r: Judged): { status: StatusKey; nextDue: IsoDate | null } & CompletionInfo {
  if (r.status !== 'done') return { status: r.status, nextDue: r.nextDue };
  return r.late ? { status: r.status, nextDue: r.nextDue, completedBy: r.by, late: true } : { status: r.status, nextDue: r.nextDue, completedBy: r.by };
}

/**
 * The status of every deliverable of a plan at an as-of date (SPEC §4): its schedule, the
 * status and next due date of each lead unit (and of each support unit, shown but not rolled
 * up), and the roll-up — the worst over the lead units; nextDue is the earliest open due date
 * of a lead unit. Timing and unit texts that could not be understood are warnings.
 *
 * @example
 * const s = computePlanStatus(plan, { asOf: '2024-03-10' });
 * s.deliverables.find((d) => d.taskId === '7')?.status // 'overdue'
 */
export function computePlanStatus(plan: PlanTable, options: PlanStatusOptions): PlanStatus {
  const { asOf } = options;
  if (!isIsoDate(asOf)) throw new RangeError(`computePlanStatus: not an ISO day: ${asOf}`);
  const window = options.window ?? DEFAULT_WINDOW;
  if (!Number.isInteger(window) || window < 0) throw new RangeError(`computePlanStatus: bad window ${window}`);
  const warnings: Finding[] = [];
  let year = options.year ?? plan.year;
  if (year === null || year === undefined) {
    year = Number(asOf.slice(0, 4));
    warnings.push(warning(plan.sheet, null, `Không rõ năm của kế hoạch: tính hạn theo năm ${year} (năm của ngày xem tiến độ).`));
  }
  const tracking = options.tracking ?? [];
  // Indexed once, so years of tracking rows cost nothing per deliverable.
  const byTask = new Map<string, TrackingEntry[]>();
  for (const e of tracking) {
    const list = byTask.get(e.taskId);
    if (list) list.push(e);
    else byTask.set(e.taskId, [e]);
  }
  // The officer's year keeps the plan's span only when it lies in it (withPlanYear).
  const span = withPlanYear(plan, options.year).span ?? null;
  const ctx = { year, span, asOf, window, directory: options.directory ?? DEFAULT_UNIT_DIRECTORY, byTask, sheet: plan.sheet };
  const unmatchedRows = new Set<number>();
  const timingWarnings = new Map<string, { where: string; row: number }[]>();
  const unknownMarks: Places = new Map();
  const deliverables = plan.tasks.flatMap((task) => task.deliverables.map((d) => deliverableStatus(task, d, ctx, warnings, unmatchedRows, timingWarnings, unknownMarks)));
  warnings.push(...groupedTimingWarnings(timingWarnings, plan.sheet));
  warnings.push(...unknownMarkWarnings(unknownMarks, plan.sheet));
  for (const e of tracking) {
    if (unmatchedRows.has(e.row)) {
      const p = parsePeriodCode(e.period ?? '');
      const task = plan.tasks.find((t) => t.id === e.taskId);
      const name = task ? taskName(task, { lower: true }) : `nhiệm vụ ${e.taskId}`;
      warnings.push(warning('Theo dõi thực hiện', e.row, `Kỳ "${p?.label ?? e.period}" không ứng với hạn nào của ${name}${e.key ?? ''}: dòng này không thay đổi trạng thái.`));
    }
  }
  return { asOf, window, year, deliverables, warnings };
}

/** The per-deliverable fields of `kstthc plan --json` (SPEC §10). */
export interface DeliverableStatusJson extends CompletionInfo {
  schedule: { kind: Schedule['kind']; due: IsoDate[]; adhoc: boolean };
  status: StatusKey;
  nextDue: IsoDate | null;
  /** `completedBy` ("plan" | "tracking", SPEC §12) and `late` only on a done status. */
  units: ({ unit: string; role: 'lead' | 'support'; status: StatusKey; nextDue: IsoDate | null } & CompletionInfo)[];
}

/**
 * Exactly the SPEC §10 JSON fields of one deliverable's status, for `kstthc plan --json`.
 *
 * @example
 * deliverableStatusJson(s.deliverables[0]) // { schedule: { kind: 'once', due: ['2024-02-29'], adhoc: false }, status: 'overdue', nextDue: '2024-02-29', units: [...] }
 */
export function deliverableStatusJson(s: DeliverableStatus): DeliverableStatusJson {
  return {
    schedule: { kind: s.schedule.kind, due: [...s.schedule.due], adhoc: s.schedule.adhoc },
    status: s.status,
    nextDue: s.nextDue,
    ...completionInfoOf(s),
    units: s.units.map((u) => ({ unit: u.unit, role: u.role, status: u.status, nextDue: u.nextDue, ...completionInfoOf(u) })),
  };
}

/**
 * The status of one deliverable in a plan status, by task id and key (never by bare number:
 * numbers restart in every section).
 *
 * @example
 * statusOf(s, 'II.1', 'a')?.status // 'overdue'
 */
export function statusOf(status: PlanStatus, taskId: string, key: string): DeliverableStatus | undefined {
  // Callers ask once per deliverable: an index built once keeps a large plan linear.
  let index = STATUS_INDEX.get(status);
  if (!index) {
    index = new Map();
    for (const d of status.deliverables) {
      const k = `${d.taskId}\u0000${d.key}`;
      if (!index.has(k)) index.set(k, d);
    }
    STATUS_INDEX.set(status, index);
  }
  return index.get(`${taskId}\u0000${key}`);
}

const STATUS_INDEX = new WeakMap<PlanStatus, Map<string, DeliverableStatus>>();
