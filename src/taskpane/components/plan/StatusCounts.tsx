import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { STATUS_LABELS } from '../../../core/status/labels';
import type { StatusKey } from '../../../core/status/model';
import { useStrings } from '../../i18n/context';
import { STATUS_ORDER } from '../../features/status';
import { useStatusStyles } from './statusStyles';

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    minHeight: '32px',
  },
  label: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, display: 'flex', flexDirection: 'column' },
  count: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightBold },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * Counts by status as coloured tiles (the sheet's palette, symbol included), under a line that
 * says what is counted (`scope`) and over a note when given. With `led` (a unit picked) each tile
 * also says how many of them the unit leads: the reminders and the unit table count those only.
 */
export function StatusCounts(props: { counts: Record<StatusKey, number>; led?: Record<StatusKey, number>; scope: string; note?: string }) {
  const { counts, led, scope, note } = props;
  const styles = useStyles();
  const colours = useStatusStyles();
  const strings = useStrings();
  return (
    <div className={styles.wrap}>
      <Caption1 className={styles.muted} data-testid="status-counts-scope">
        {scope}
      </Caption1>
      <ul className={styles.grid} data-testid="status-counts">
        {STATUS_ORDER.map((key) => (
          <li key={key} className={mergeClasses(styles.item, colours[key])} data-status={key}>
            <Caption1 className={styles.label}>
              <span>
                <span aria-hidden="true">{STATUS_LABELS[key].symbol} </span>
                {strings.status[key]}
              </span>
              {led && <span data-testid="status-led">{strings.plan.ledOf(led[key])}</span>}
            </Caption1>
            <span className={styles.count}>{counts[key]}</span>
          </li>
        ))}
      </ul>
      {note && <Caption1 data-testid="status-counts-note">{note}</Caption1>}
    </div>
  );
}
