import { Body1, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Ii05aCounts } from '../../core/forms/definitions';
import { useStrings } from '../i18n/context';
import { useCardStyles } from './cardStyles';

const useStyles = makeStyles({
  total: { backgroundColor: tokens.colorNeutralBackground3 },
  field: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  line: { color: tokens.colorNeutralForeground2 },
  bad: { color: tokens.colorPaletteRedForeground1 },
});

/** II.05a figures, one card per lĩnh vực (the 13 columns do not fit a pane), plus the total. */
export function Ii05aFigures({ rows, total, testId }: { rows: ({ field: string } & Ii05aCounts)[]; total: Ii05aCounts; testId: string }) {
  const styles = useStyles();
  const cards = useCardStyles();
  const strings = useStrings();
  const f = strings.forms;
  const card = (field: string, c: Ii05aCounts, key: string, isTotal = false) => (
    <li key={key} className={mergeClasses(cards.card, isTotal && styles.total)}>
      <Body1 className={styles.field}>{field}</Body1>
      <Caption1 className={styles.line}>{f.received(c.c3, c.c4, c.c5, c.c6)}</Caption1>
      <Caption1 className={styles.line}>{f.resolved(c.c7, c.c8, c.c9, c.c10)}</Caption1>
      <Caption1 className={c.c13 > 0 ? styles.bad : styles.line}>{f.open(c.c11, c.c12, c.c13)}</Caption1>
    </li>
  );
  return (
    <ul className={cards.list} data-testid={testId}>
      {rows.map((r, i) => card(r.field, r, `${i}`))}
      {card(f.total, total, 'total', true)}
    </ul>
  );
}
