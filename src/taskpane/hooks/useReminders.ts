import { useCallback, useMemo, useState } from 'react';
import type { Reminder } from '../../core/remind/model';
import { downloadEml, openMailDraft, remindersOf, writeReminderSheets } from '../features/remind';
import { resultFileName } from '../features/session';
import type { PlanState } from './usePlan';
import type { WorkbookSessionState } from './useWorkbookSession';
import { useOperation } from './useOperation';
import { useStrings } from '../i18n/context';

/** What {@link useReminders} gives the "Nhắc việc" section. */
export interface RemindersState {
  /** Units to remind at the tab's as-of day (the picked unit only, when one is picked). */
  reminders: Reminder[];
  compose(reminder: Reminder): void;
  download(reminder: Reminder): void;
  /** The draft shown to copy where nothing downloads (Excel for Mac/iPad), or null. */
  draft: { unit: string; text: string } | null;
  closeDraft(): void;
  writeSheets(): Promise<void>;
}

/** State of the "Nhắc việc" section of the plan tab: the reminders and their three actions. */
export function useReminders(state: WorkbookSessionState, plan: PlanState): RemindersState {
  const strings = useStrings();
  const op = useOperation();
  const { session, markWritten } = state;
  const { reading, analysis, unit } = plan;
  const status = analysis?.status ?? null;
  const reminders = useMemo(() => (reading && status ? remindersOf(reading, status, unit || undefined) : []), [reading, status, unit]);
  const excel = session?.mode === 'excel';

  const compose = useCallback(
    (reminder: Reminder) => {
      openMailDraft(reminder, { excel });
      op.notify({ intent: reminder.warnings.length > 0 ? 'warning' : 'info', text: strings.remind.opened(reminder.unit), lines: reminder.warnings });
    },
    [excel, op, strings],
  );

  const [draft, setDraft] = useState<{ unit: string; text: string } | null>(null);
  const closeDraft = useCallback(() => setDraft(null), []);
  const download = useCallback(
    (reminder: Reminder) => {
      if (!reading) return;
      const delivery = downloadEml(reminder, reading);
      if (delivery.kind === 'copy') {
        // Excel for Mac/iPad: a download link does nothing there (office-js 2700); say why, show the text.
        setDraft({ unit: reminder.unit, text: delivery.text });
        op.notify({ intent: 'info', text: strings.remind.noDownloadHere(reminder.unit), lines: reminder.warnings });
        return;
      }
      op.notify({ intent: reminder.warnings.length > 0 ? 'warning' : 'success', text: strings.remind.downloaded(delivery.file), lines: reminder.warnings });
    },
    [op, reading, strings],
  );

  const writeSheets = useCallback(async () => {
    if (!session || reminders.length === 0) return;
    const written = await op.run(strings.busy, () => writeReminderSheets(session.workbook, reminders));
    if (!written) return;
    markWritten();
    const text = strings.remind.sheetsDone(written.sheets.length);
    const done = session.mode === 'file' ? `${text} ${strings.file.downloadReady(resultFileName(session.fileName))}` : text;
    op.notify({ intent: written.notes.length > 0 ? 'warning' : 'success', text: done, lines: written.notes });
  }, [markWritten, op, reminders, session, strings]);

  return { reminders, compose, download, draft, closeDraft, writeSheets };
}
