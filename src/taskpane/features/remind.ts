import type { PlanStatus } from '../../core/status/model';
import { consolidatorOf, type Reminder } from '../../core/remind/model';
import { planReminders } from '../../core/remind/planReminders';
import { reminderEml, reminderFileName, reminderMailto, reminderPlainText } from '../../core/remind/reminderText';
import { reminderSheetsWritePlan } from '../../core/remind/reminderSheet';
import { openInOfficeBrowser } from '../../workbook/office/officeHost';
import type { Workbook } from '../../workbook/workbook';
import { applyForExcel } from './applyForExcel';
import { directoryOf } from './directory';
import { downloadBlob, downloadsWork } from './download';
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

/** How the unit's full draft reached the officer: a downloaded .eml, or text to copy where nothing downloads. */
export type EmlDelivery = { kind: 'downloaded'; file: string } | { kind: 'copy'; file: string; text: string };

/**
 * The draft as text to paste into a new mail: the addresses, the subject, then the plain-text
 * letter (the .eml's own text part).
 *
 * @example
 * draftToCopy(reminder) // 'Gửi: ccts@quangngai.gov.vn\nTiêu đề: Đôn đốc …\n\nKính gửi: Chi cục Thủy sản. …'
 */
export function draftToCopy(reminder: Reminder): string {
  return `Gửi: ${reminder.emails.join(', ')}\nTiêu đề: ${reminder.letter.subject}\n\n${reminderPlainText(reminder)}`;
}

/**
 * Downloads the unit's full draft as "<unit>.eml". Where the webview downloads nothing (Excel
 * for Mac or iPad, office-js issue 2700) it gives the draft as text to copy instead.
 */
export function downloadEml(reminder: Reminder, reading: PlanReading): EmlDelivery {
  const file = reminderFileName(reminder.unit);
  if (!downloadsWork()) return { kind: 'copy', file, text: draftToCopy(reminder) };
  const eml = reminderEml(reminder, { from: consolidatorOf(directoryOf(reading.grids)), date: new Date() });
  downloadBlob(new Blob([eml], { type: 'message/rfc822' }), file);
  return { kind: 'downloaded', file };
}

/** Writes one printable "Nhắc việc - …" sheet per reminder; resolves to the sheets written and notes on cut cells. */
export async function writeReminderSheets(workbook: Workbook, reminders: readonly Reminder[]): Promise<{ sheets: string[]; notes: string[] }> {
  const plan = reminderSheetsWritePlan(reminders);
  const notes = await applyForExcel(workbook, plan);
  return { sheets: plan.sheets.map((s) => s.sheet), notes };
}
