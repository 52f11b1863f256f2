import { Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { STATUS_LABELS } from '../../../core/status/labels';
import type { StatusKey } from '../../../core/status/model';
import { useStrings } from '../../i18n/context';
import { STATUS_ORDER } from '../../features/status';
import { useStatusStyles } from './statusStyles';

const useStyles = makeStyles({
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
  label: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  count: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightBold },
});

/** Counts by status as coloured tiles (the sheet's palette, symbol included), and a note under them when given. */
export function StatusCounts({ counts, heading, note }: { counts: Record<StatusKey, number>; heading: string; note?: string }) {
  const styles = useStyles();
  const colours = useStatusStyles();
  const strings = useStrings();
  return (
    <section aria-labelledby="status-counts-heading">
      <Subtitle2 as="h2" id="status-counts-heading">
        {heading}
      </Subtitle2>
      <ul className={styles.grid} data-testid="status-counts">
        {STATUS_ORDER.map((key) => (
          <li key={key} className={mergeClasses(styles.item, colours[key])} data-status={key}>
            <Caption1 className={styles.label}>
              <span aria-hidden="true">{STATUS_LABELS[key].symbol} </span>
              {strings.status[key]}
            </Caption1>
            <span className={styles.count}>{counts[key]}</span>
          </li>
        ))}
      </ul>
      {note && <Caption1 data-testid="status-counts-note">{note}</Caption1>}
    </section>
  );
}
