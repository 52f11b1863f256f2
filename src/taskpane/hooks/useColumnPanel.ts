import { useCallback, useEffect, useMemo, useState } from 'react';
import { saveColumnMapping } from '../../workbook/columnSetting';
import { columnsViewOf, mappingAfter, type ColumnChange, type ColumnsView } from '../features/columnsView';
import type { PlanState } from './usePlan';
import type { WorkbookSessionState } from './useWorkbookSession';
import { useOperation } from './useOperation';
import { useStrings } from '../i18n/context';

export interface ColumnPanelState {
  /** What the panel shows; null before the workbook is read or when it has no sheet. */
  view: ColumnsView | null;
  /** The workbook's sheets (to start from when no plan was read). */
  sheets: string[];
  /** Starts from another sheet (only while no plan is read: a read plan's sheet is the plan's). */
  chooseSheet(sheet: string): void;
  /** Keeps the officer's change in the workbook and reads the plan again. */
  change(change: ColumnChange): Promise<void>;
  /** Forgets the kept mapping: the reader chooses by the headers again. */
  reset(): Promise<void>;
}

/** The first sheet with anything in it (where an officer starts when no plan was found). */
function firstFilled(reading: NonNullable<PlanState['reading']>): string | null {
  return reading.grids.find((g) => g.values.some((line) => line.some((v) => v !== null && v !== '')))?.name ?? reading.grids[0]?.name ?? null;
}

/**
 * State of "Cột của bảng" (SPEC §12 "The officer corrects"): the roles the reader found, the
 * officer's changes kept in the workbook for the sheet (then the whole tab reads again).
 */
export function useColumnPanel(state: WorkbookSessionState, plan: PlanState): ColumnPanelState {
  const strings = useStrings();
  const op = useOperation();
  const { session, markWritten } = state;
  const reading = plan.reading;
  const [chosenSheet, setChosenSheet] = useState<string | null>(null);
  // Another workbook: start from its own plan (or first sheet) again.
  useEffect(() => setChosenSheet(null), [session]);

  const view = useMemo<ColumnsView | null>(() => {
    if (!reading) return null;
    const table = reading.plan;
    const sheet = table?.sheet ?? chosenSheet ?? reading.mapping?.sheet ?? firstFilled(reading);
    const grid = reading.grids.find((g) => g.name === sheet);
    if (!grid) return null;
    const saved = reading.mapping?.sheet === sheet ? reading.mapping.columns : null;
    return columnsViewOf(grid, table, saved);
  }, [chosenSheet, reading]);

  const keep = useCallback(
    async (work: (v: ColumnsView) => ReturnType<typeof mappingAfter> | null) => {
      if (!session || !view) return;
      const done = await op.run(strings.columns.saving, async () => {
        await saveColumnMapping(session.workbook, view.sheet, work(view));
        return true;
      });
      // The workbook changed (its settings): the tab reads again; a file has a result to download.
      if (done) markWritten();
    },
    [markWritten, op, session, strings, view],
  );

  const change = useCallback((c: ColumnChange) => keep((v) => mappingAfter(v, c)), [keep]);
  const reset = useCallback(() => keep(() => null), [keep]);

  return {
    view,
    sheets: reading?.grids.map((g) => g.name) ?? [],
    chooseSheet: setChosenSheet,
    change,
    reset,
  };
}

