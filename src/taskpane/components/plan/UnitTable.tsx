import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { UnitSummary } from '../../features/status';
import { useStrings } from '../../i18n/context';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  table: { tableLayout: 'fixed', width: '100%' },
  // Narrow count columns leave the unit names room at 320 px.
  num: {
    width: '48px',
    textAlign: 'right',
    justifyContent: 'flex-end',
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXS,
    '@media (max-width: 360px)': { width: '40px' },
  },
  unit: { overflowWrap: 'anywhere', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * Counts by unit, under its section's heading: deliverables each unit leads, and how many of those
 * are overdue / due soon (supported ones are not counted: the lead answers for them, SPEC §4).
 */
export function UnitTable({ summaries }: { summaries: UnitSummary[] }) {
  const styles = useStyles();
  const strings = useStrings();
  const c = strings.plan.unitColumns;
  return (
    <>
      <Caption1 className={styles.muted} id="unit-table-note">
        {strings.plan.byUnitNote}
      </Caption1>
      <div className={styles.wrap}>
        <Table size="extra-small" className={styles.table} aria-label={strings.plan.byUnit} aria-describedby="unit-table-note" data-testid="unit-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{c.unit}</TableHeaderCell>
              <TableHeaderCell className={styles.num}>{c.lead}</TableHeaderCell>
              <TableHeaderCell className={styles.num}>{c.overdue}</TableHeaderCell>
              <TableHeaderCell className={styles.num}>{c.dueSoon}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {summaries.map((s) => (
              <TableRow key={s.unit}>
                <TableCell className={styles.unit}>{s.unit}</TableCell>
                <TableCell className={styles.num}>{s.lead}</TableCell>
                <TableCell className={styles.num}>
                  <span className={s.overdue > 0 ? styles.bad : undefined}>{s.overdue}</span>
                </TableCell>
                <TableCell className={styles.num}>{s.dueSoon}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
