import type { PlanStatus } from '../../core/status/model';
import { consolidatorOf, type Reminder } from '../../core/remind/model';
import { planReminders } from '../../core/remind/planReminders';
import { reminderEml, reminderFileName, reminderMailto } from '../../core/remind/reminderText';
import { reminderSheetsWritePlan } from '../../core/remind/reminderSheet';
import { openInOfficeBrowser } from '../../workbook/office/officeHost';
import type { Workbook } from '../../workbook/workbook';
import { applyForExcel } from './applyForExcel';
import { directoryOf } from './directory';
import { downloadBlob } from './download';
import type { PlanReading } from './plan';

/**
 * The reminders of the plan tab: one per lead unit with overdue or due-soon deliverables at
 * the tab's as-of day (only the picked unit's, when one is picked).
 */
export function remindersOf(reading: PlanReading, status: PlanStatus, unit?: string): Reminder[] {
  if (!reading.plan) return [];
  return planReminders(reading.plan, status, directoryOf(reading.grids), unit ? { unit } : {});
}

/**
 * Opens a mail draft to the unit through a mailto: link. In desktop Excel the pane's own web
 * view cannot hand a mailto: link to the mail program, so Office opens it where it supports
 * that; in Excel on the web and in a browser a new window does.
 */
export function openMailDraft(reminder: Reminder, options: { excel: boolean }): void {
  const url = reminderMailto(reminder);
  if (options.excel && openInOfficeBrowser(url)) return;
  window.open(url, '_blank', 'noopener');
}

/** Downloads the unit's full draft as "<unit>.eml"; resolves to the file name. */
export function downloadEml(reminder: Reminder, reading: PlanReading): string {
  const name = reminderFileName(reminder.unit);
  const eml = reminderEml(reminder, { from: consolidatorOf(directoryOf(reading.grids)), date: new Date() });
  downloadBlob(new Blob([eml], { type: 'message/rfc822' }), name);
  return name;
}

/** Writes one printable "Nhắc việc - …" sheet per reminder; resolves to the sheets written and notes on cut cells. */
export async function writeReminderSheets(workbook: Workbook, reminders: readonly Reminder[]): Promise<{ sheets: string[]; notes: string[] }> {
  const plan = reminderSheetsWritePlan(reminders);
  const notes = await applyForExcel(workbook, plan);
  return { sheets: plan.sheets.map((s) => s.sheet), notes };
}
