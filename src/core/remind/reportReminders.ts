import { formatViDate, type IsoDate } from '../calendar/isoDate';
import type { ConsolidationResult } from '../consolidate/model';
import { unitKey, type UnitDirectory } from '../units/directory';
import { consolidatorOf, type Reminder } from './model';
import { reminderLetter } from './letter';
import { recipientOf } from './recipient';
import { fillWording, REMINDER_WORDING } from './wording';

/** Options of {@link reportReminders}. */
export interface ReportReminderOptions {
  /** The day the reminders are written (the "Đến ngày …" of the letter). */
  asOf: IsoDate;
  /** Only this unit (a directory name). */
  unit?: string;
}

/**
 * One reminder per unit that handles TTHC and has no accepted report for the period — the
 * consolidation's own `missingUnits` check (SPEC §9), so the reminders and the check sheet
 * never disagree. A unit whose file was refused is told the file and the reason.
 *
 * @example
 * reportReminders(consolidateForms(files, { period, directory }), directory, { asOf: '2024-03-20' })
 * // [{ kind: 'report', unit: 'Chi cục Kiểm lâm', period: { label: 'Quý I/2024', deadline: '2024-03-16', … }, … }]
 */
export function reportReminders(result: ConsolidationResult, directory: UnitDirectory, options: ReportReminderOptions): Reminder[] {
  const { period } = result;
  const sender = consolidatorOf(directory).name;
  const w = REMINDER_WORDING.report;
  const wanted = options.unit !== undefined ? unitKey(options.unit) : null;
  return result.missingUnits
    .filter((unit) => wanted === null || unitKey(unit) === wanted)
    .map((unit): Reminder => {
      const rejected = result.files
        .filter((f) => f.status === 'rejected' && f.unit !== null && unitKey(f.unit) === unitKey(unit))
        .map((f) => ({ file: f.file, reason: f.reason ?? '' }));
      const values = {
        unit,
        sender,
        period: period.label,
        from: formatViDate(period.from),
        to: formatViDate(period.to),
        deadline: formatViDate(period.deadline),
        asOf: formatViDate(options.asOf),
      };
      const recipient = recipientOf(directory, unit);
      return {
        kind: 'report',
        unit,
        shortName: recipient.shortName,
        emails: recipient.emails,
        counts: { overdue: options.asOf > period.deadline ? 1 : 0, dueSoon: options.asOf > period.deadline ? 0 : 1 },
        items: [],
        period: { code: period.code, label: period.label, from: period.from, to: period.to, deadline: period.deadline },
        rejected,
        letter: reminderLetter(w, values, {
          asOf: options.asOf,
          sender,
          notes: rejected.map((r) => fillWording(w.rejected, { file: r.file, reason: r.reason.replace(/\.$/, '') }) + '.'),
        }),
        warnings: recipient.warnings,
      };
    });
}
