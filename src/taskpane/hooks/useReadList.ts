import { useCallback, useEffect, useMemo, useState } from 'react';
import { pageOf, readTasksOf, selectTask, type ReadTask } from '../features/readTasks';
import type { PlanState } from './usePlan';
import type { WorkbookSessionState } from './useWorkbookSession';
import { useOperation } from './useOperation';
import { useStrings } from '../i18n/context';

export interface ReadListState {
  /** The tasks of the page shown. */
  tasks: ReadTask[];
  page: number;
  pages: number;
  setPage(page: number): void;
  /** Tasks with warnings beside them. */
  warned: number;
  /** Tasks listed under the filter. */
  listed: number;
  onlyWarned: boolean;
  setOnlyWarned(only: boolean): void;
  /** Excel: selects the task's rows in the sheet; absent for a file (no sheet to show). */
  select?: (task: ReadTask) => Promise<void>;
}

/** State of "What was read" (SPEC §12): the tasks as read, paged, with the warnings-only filter. */
export function useReadList(state: WorkbookSessionState, plan: PlanState): ReadListState {
  const strings = useStrings();
  const op = useOperation();
  const { session } = state;
  const table = plan.reading?.plan ?? null;
  const [onlyWarned, setOnly] = useState(false);
  const [page, setPage] = useState(1);

  const all = useMemo(
    () => (table ? readTasksOf(table, plan.analysis?.status ?? null, [...(plan.reading?.findings ?? []), ...(plan.analysis?.findings ?? [])]) : []),
    [plan.analysis, plan.reading, table],
  );
  const warned = useMemo(() => all.filter((t) => t.warnings.length > 0), [all]);
  // A new reading (another mapping, another workbook) starts at its first page.
  useEffect(() => setPage(1), [table]);

  const setOnlyWarned = useCallback((only: boolean) => {
    setOnly(only);
    setPage(1);
  }, []);
  const shown = pageOf(onlyWarned ? warned : all, page);

  const select = useCallback(
    async (task: ReadTask) => {
      if (!session || !table) return;
      await op.run(strings.busy, () => selectTask(session.workbook, table, task));
    },
    [op, session, strings, table],
  );

  return {
    tasks: shown.items,
    page: shown.page,
    pages: shown.pages,
    setPage,
    warned: warned.length,
    listed: onlyWarned ? warned.length : all.length,
    onlyWarned,
    setOnlyWarned,
    ...(session?.mode === 'excel' ? { select } : {}),
  };
}
