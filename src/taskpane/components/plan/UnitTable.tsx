import { Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
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
});

/** Counts by unit: deliverables led and supported, overdue and due soon among those led. */
export function UnitTable({ summaries }: { summaries: UnitSummary[] }) {
  const styles = useStyles();
  const strings = useStrings();
  const c = strings.plan.unitColumns;
  return (
    <section aria-labelledby="unit-table-heading">
      <Subtitle2 as="h2" id="unit-table-heading">
        {strings.plan.byUnit}
      </Subtitle2>
      <div className={styles.wrap}>
        <Table size="extra-small" className={styles.table} aria-labelledby="unit-table-heading" data-testid="unit-table">
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
    </section>
  );
}
