import { formatViDate } from '../calendar/isoDate';
import type { PlanTable } from '../plan/model';
import type { PlanStatus, StatusKey } from '../status/model';
import { findUnit, type UnitDirectory } from '../units/directory';
import { consolidatorOf, taskLabelOf, type Reminder, type ReminderItem } from './model';
import { reminderLetter } from './letter';
import { recipientOf } from './recipient';
import { fillWording, REMINDER_WORDING } from './wording';

/** Statuses a unit is reminded of, the worse first. */
const REMINDED: readonly StatusKey[] = ['overdue', 'due-soon'];

/** Options of {@link planReminders}. */
export interface PlanReminderOptions {
  /** Only this unit (a name or short name of the directory). */
  unit?: string;
}

/**
 * "2 nhiệm vụ quá hạn và 1 nhiệm vụ sắp đến hạn", leaving out a zero count.
 *
 * @example
 * planCountsText({ overdue: 0, dueSoon: 1 }) // '1 nhiệm vụ sắp đến hạn'
 * planCountsText({ overdue: 2, dueSoon: 1 }, { window: 7 }) // '2 nhiệm vụ quá hạn và 1 nhiệm vụ sắp đến hạn (đến hạn trong 7 ngày tới)'
 */
export function planCountsText(counts: { overdue: number; dueSoon: number }, options: { window?: number } = {}): string {
  const w = REMINDER_WORDING.plan;
  const within = options.window !== undefined ? fillWording(w.dueSoonWithin, { window: options.window }) : '';
  const parts = [
    ...(counts.overdue > 0 ? [fillWording(w.overdueCount, { n: counts.overdue })] : []),
    ...(counts.dueSoon > 0 ? [fillWording(w.dueSoonCount, { n: counts.dueSoon }) + within] : []),
  ];
  return parts.join(w.countsJoin);
}

/**
 * One reminder per lead unit that has overdue or due-soon deliverables at the status's as-of
 * day (the statuses of `kstthc plan`, each unit judged on its own completions). Support units
 * are not reminded: the lead answers for the deliverable (SPEC §4). Units with most overdue
 * come first; each reminder lists overdue then due-soon deliverables by due date.
 *
 * @example
 * planReminders(plan, computePlanStatus(plan, { asOf: '2024-03-10' }), directory)[0].letter.subject
 * // 'Đôn đốc thực hiện Kế hoạch kiểm soát TTHC năm 2024 - Văn phòng Sở (5 nhiệm vụ quá hạn …)'
 */
export function planReminders(plan: PlanTable, status: PlanStatus, directory: UnitDirectory, options: PlanReminderOptions = {}): Reminder[] {
  const only = options.unit !== undefined ? (findUnit(directory, options.unit)?.name ?? options.unit) : undefined;
  const tasks = new Map(plan.tasks.map((t) => [t.id, t]));
  const byUnit = new Map<string, ReminderItem[]>();
  for (const d of status.deliverables) {
    const task = tasks.get(d.taskId);
    const deliverable = task?.deliverables.find((x) => x.key === d.key);
    if (!task || !deliverable) continue;
    for (const u of d.units) {
      if (u.role !== 'lead' || !REMINDED.includes(u.status)) continue;
      if (only !== undefined && u.unit !== only) continue;
      const label = `${taskLabelOf(task)}${task.deliverables.length > 1 ? d.key : ''}`;
      const items = byUnit.get(u.unit) ?? [];
      items.push({ label, content: task.content, result: deliverable.result, due: u.nextDue, status: u.status, rows: d.rows });
      byUnit.set(u.unit, items);
    }
  }
  const sender = consolidatorOf(directory).name;
  const reminders = [...byUnit].map(([unit, found]): Reminder => {
    const items = [...found].sort((a, b) => REMINDED.indexOf(a.status) - REMINDED.indexOf(b.status) || (a.due ?? '9').localeCompare(b.due ?? '9'));
    const counts = { overdue: items.filter((i) => i.status === 'overdue').length, dueSoon: items.filter((i) => i.status === 'due-soon').length };
    const values = { unit, sender, year: status.year, asOf: formatViDate(status.asOf), counts: planCountsText(counts), countsWithin: planCountsText(counts, { window: status.window }) };
    const recipient = recipientOf(directory, unit);
    return {
      kind: 'plan',
      unit,
      shortName: recipient.shortName,
      emails: recipient.emails,
      counts,
      items,
      letter: reminderLetter(REMINDER_WORDING.plan, values, { asOf: status.asOf, sender }),
      warnings: recipient.warnings,
    };
  });
  return reminders.sort((a, b) => b.counts.overdue - a.counts.overdue || b.counts.dueSoon - a.counts.dueSoon);
}
