import { Body1, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { formatViDate } from '../../../core/calendar/isoDate';
import { STATUS_LABELS } from '../../../core/status/labels';
import type { DeliverableLine } from '../../features/status';
import { useStrings } from '../../i18n/context';
import { useStatusStyles } from './statusStyles';
import { useRowItemStyles } from '../cardStyles';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // The status edge on the left of each item.
  edge: { borderLeftWidth: '4px' },
  task: { fontWeight: tokens.fontWeightSemibold },
  tags: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  // The unit's part, as a pill: lead filled, support outlined.
  role: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    color: tokens.colorBrandForeground1,
  },
  lead: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  due: { padding: `0 ${tokens.spacingHorizontalXS}`, borderRadius: tokens.borderRadiusSmall },
  result: {
    color: tokens.colorNeutralForeground2,
    display: '-webkit-box',
    WebkitLineClamp: '2',
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    overflowWrap: 'anywhere',
  },
  empty: { color: tokens.colorNeutralForeground3 },
  overdueEdge: { borderLeftColor: '#C50F1F' },
  dueSoonEdge: { borderLeftColor: '#BC4B09' },
});

/**
 * A list of deliverables (overdue or due soon), under its section's heading; with a unit picked
 * each line says the unit's part (chủ trì / phối hợp). A click selects the rows in the sheet.
 */
export function DeliverableList(props: {
  empty: string;
  lines: DeliverableLine[];
  /** Excel: a click selects the rows. Absent in file mode (there is no sheet to show). */
  onSelect?: (line: DeliverableLine) => void;
  disabled: boolean;
}) {
  const { empty, lines, onSelect, disabled } = props;
  const styles = useStyles();
  const rows = useRowItemStyles();
  const colours = useStatusStyles();
  const strings = useStrings();
  const edge = (line: DeliverableLine) => (line.status === 'overdue' ? styles.overdueEdge : styles.dueSoonEdge);
  const body = (line: DeliverableLine, label: string) => (
    <>
      <span className={rows.top}>
        <Body1 className={styles.task}>{label}</Body1>
        <span className={styles.tags}>
          {line.role && (
            <Caption1 className={mergeClasses(styles.role, line.role === 'lead' && styles.lead)} data-role={line.role}>
              {strings.plan.role[line.role]}
            </Caption1>
          )}
          <Caption1 className={mergeClasses(styles.due, colours[line.status])}>
            <span aria-hidden="true">{STATUS_LABELS[line.status].symbol} </span>
            {line.nextDue ? strings.plan.due(formatViDate(line.nextDue)) : strings.plan.noDue}
          </Caption1>
        </span>
      </span>
      <Caption1 className={styles.result}>{line.result}</Caption1>
    </>
  );
  return (
    <div className={styles.section}>
      {lines.length === 0 ? (
        <Body1 className={styles.empty}>{empty}</Body1>
      ) : (
        <ul className={rows.list}>
          {lines.map((line) => {
            const label = `${strings.plan.taskLabel(line.taskId, line.key)}, ${strings.plan.rows(line.rows[0], line.rows[1])}`;
            return (
              <li key={`${line.taskId}/${line.key}`}>
                {onSelect ? (
                  <button
                    type="button"
                    className={mergeClasses(rows.item, rows.clickable, styles.edge, edge(line))}
                    onClick={() => onSelect(line)}
                    disabled={disabled}
                    title={strings.plan.selectRowHint}
                  >
                    {body(line, label)}
                  </button>
                ) : (
                  <div className={mergeClasses(rows.item, styles.edge, edge(line))}>{body(line, label)}</div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
