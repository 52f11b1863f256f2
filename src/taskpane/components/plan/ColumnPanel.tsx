import { lazy, Suspense, useEffect, useState } from 'react';
import { Spinner } from '@fluentui/react-components';
import { keptColumnsOf, needsColumns } from '../../hooks/useColumnsPlace';
import type { PlanState } from '../../hooks/usePlan';
import type { WorkbookSessionState } from '../../hooks/useWorkbookSession';
import { useStrings } from '../../i18n/context';
import { PlanSection } from './PlanSection';

// The panel's fields load when it first opens: most plans never need them (first-load budget).
const ColumnFields = lazy(() => import(/* webpackChunkName: "plan-columns" */ './ColumnFields').then((m) => ({ default: m.ColumnFields })));

/**
 * Open or folded, for the page's life: the panel is mounted anew when a mapping turns "no table"
 * into a plan (and on tab switches), and must stay as the officer had it.
 */
const remembered: { open: boolean | null } = { open: null };

/**
 * "Cột của bảng" (SPEC §12 "The officer corrects"): the header row and, for each role, the
 * column that fed it and how it was chosen; any change is kept in the workbook and the plan is
 * read again at once. Opens by itself when the reader guessed or found no table.
 */
export function ColumnPanel({ state, plan }: { state: WorkbookSessionState; plan: PlanState }) {
  const strings = useStrings();
  const needed = needsColumns(plan.reading);
  const [open, setOpenHere] = useState(() => remembered.open ?? needed);
  const setOpen = (value: boolean) => {
    remembered.open = value;
    setOpenHere(value);
  };
  // Opens by itself on each reading that needs it; never folds by itself (the officer may be mid-way).
  useEffect(() => {
    if (!needed) return;
    remembered.open = true;
    setOpenHere(true);
  }, [needed, plan.reading]);

  if (!plan.reading || plan.reading.grids.length === 0) return null;
  const stateText = keptColumnsOf(plan.reading) ? strings.columns.stateOfficer : needed ? strings.columns.stateGuessed : undefined;
  return (
    <PlanSection id="plan-columns" title={strings.columns.heading} count={stateText} open={open} onOpenChange={setOpen}>
      <Suspense fallback={<Spinner size="tiny" label={strings.loadingTab} />}>
        <ColumnFields state={state} plan={plan} />
      </Suspense>
    </PlanSection>
  );
}
