import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { REGISTER_FIELD_LABELS, REGISTER_FIELDS } from '../../core/register/model';
import type { ColumnSource, RegisterRead } from '../../core/register/readRegister';
import { useStrings } from '../i18n/context';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
});

/** "F: Ngày tiếp nhận", as the mapping pickers name a column. */
function columnLabel(s: ColumnSource): string {
  return s.header ? `${s.letter}: ${s.header}` : s.letter;
}

/**
 * Which register column fed each field of the forms (SPEC §8), and, when two equally named
 * columns disagree, a question to the officer: the figures are never silently taken from one.
 */
export function RegisterSources({ read }: { read: RegisterRead }) {
  const styles = useStyles();
  const f = useStrings().forms;
  return (
    <>
      {read.conflicts.map((c) => (
        <MessageBar key={c.field} intent="warning" layout="multiline" data-testid="forms-conflict">
          <MessageBarBody>
            <MessageBarTitle>{f.conflictTitle}</MessageBarTitle>
            {f.conflict(REGISTER_FIELD_LABELS[c.field], columnLabel(c.chosen), columnLabel(c.other), c.rows)}
          </MessageBarBody>
        </MessageBar>
      ))}
      <Caption1>{f.sources}</Caption1>
      <ul className={styles.list} data-testid="forms-sources">
        {REGISTER_FIELDS.filter((field) => read.sources[field]).map((field) => {
          const s = read.sources[field] as ColumnSource;
          return <li key={field}>{f.source(REGISTER_FIELD_LABELS[field], columnLabel(s), s.byOfficer)}</li>;
        })}
      </ul>
    </>
  );
}
