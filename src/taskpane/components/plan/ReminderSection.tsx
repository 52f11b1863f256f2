import { Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentPrintRegular, MailEditRegular } from '@fluentui/react-icons';
import type { RemindersState } from '../../hooks/useReminders';
import { useStrings } from '../../i18n/context';
import { useCardStyles } from '../cardStyles';
import { DraftToCopy } from './DraftToCopy';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  unit: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  write: { justifyContent: 'flex-start', textAlign: 'left' },
});

/**
 * "Nhắc việc", under its section's heading: the lead units to remind with their counts (as lead),
 * a mail draft, the full .eml, and printable notices.
 */
export function ReminderSection({ reminders, disabled }: { reminders: RemindersState; disabled: boolean }) {
  const styles = useStyles();
  const cards = useCardStyles();
  const strings = useStrings();
  const s = strings.remind;
  const list = reminders.reminders;
  return (
    <div className={styles.section}>
      {list.length === 0 ? (
        <Body1 className={styles.muted} data-testid="remind-none">
          {s.none}
        </Body1>
      ) : (
        <>
          <Caption1 className={styles.muted}>{s.intro(list.length)}</Caption1>
          <ul className={cards.list} data-testid="remind-list">
            {list.map((r) => (
              <li key={r.unit} className={cards.card} data-testid="remind-unit">
                <Body1 className={styles.unit}>{r.unit}</Body1>
                <Caption1 data-testid="remind-counts">
                  {s.asLead}{' '}
                  {r.counts.overdue > 0 && <span className={styles.bad}>{s.overdue(r.counts.overdue)}</span>}
                  {r.counts.overdue > 0 && r.counts.dueSoon > 0 && ' · '}
                  {r.counts.dueSoon > 0 && <span>{s.dueSoon(r.counts.dueSoon)}</span>}
                </Caption1>
                <Caption1 className={r.emails.length === 0 ? styles.warn : styles.muted} data-testid="remind-to">
                  {r.emails.length > 0 ? r.emails.join(', ') : s.noEmail}
                </Caption1>
                <div className={styles.buttons}>
                  <Button size="small" icon={<MailEditRegular />} disabled={disabled} onClick={() => reminders.compose(r)} aria-label={s.composeFor(r.unit)}>
                    {s.compose}
                  </Button>
                  <Button size="small" icon={<ArrowDownloadRegular />} disabled={disabled} onClick={() => reminders.download(r)} aria-label={s.downloadFor(r.unit)}>
                    {s.download}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
          {reminders.draft && <DraftToCopy unit={reminders.draft.unit} text={reminders.draft.text} onClose={reminders.closeDraft} />}
          <Button className={styles.write} icon={<DocumentPrintRegular />} disabled={disabled} onClick={() => void reminders.writeSheets()} data-testid="remind-sheets">
            {s.sheets}
          </Button>
        </>
      )}
    </div>
  );
}
