import { useEffect, useState } from 'react';
import type { ColumnMapping } from '../../core/plan/model';
import type { PlanState } from './usePlan';
import type { WorkbookSessionState } from './useWorkbookSession';

/** Whether a reading needs the officer to look at the columns: the reader guessed, or found no table. */
export function needsColumns(reading: PlanState['reading']): boolean {
  return reading !== null && (reading.plan === null || (reading.plan.reading?.guessed ?? false));
}

/**
 * Where "Cột của bảng" sits in the tab: first (under the summary, before anything built on the
 * reading) once a reading of this workbook needed it, so the officer checks the columns before the
 * rest and the panel does not move while they correct it; else with the other information, below
 * the actions.
 */
export function useColumnsPlace(state: WorkbookSessionState, plan: PlanState): 'first' | 'later' {
  const [first, setFirst] = useState(false);
  const needed = needsColumns(plan.reading);
  useEffect(() => setFirst(false), [state.session]);
  useEffect(() => {
    if (needed) setFirst(true);
  }, [needed, plan.reading]);
  return first ? 'first' : 'later';
}

/** The mapping the officer kept for the sheet shown ("Cột của bảng (đã chọn)"), else null. */
export function keptColumnsOf(reading: PlanState['reading']): ColumnMapping | null {
  const kept = reading?.mapping;
  if (!kept) return null;
  return reading.plan === null || kept.sheet === reading.plan.sheet ? kept.columns : null;
}
