import type { SheetSizes } from '../../core/grid';
import { highlightWritePlan } from '../../core/highlight/highlightWritePlan';
import { initWritePlan } from '../../core/init/initWritePlan';
import { planDirectoryOf } from './directory';
import type { PlanStatus } from '../../core/status/model';
import type { WritePlan } from '../../core/write/writePlan';
import type { Workbook } from '../../workbook/workbook';
import { applyForExcel } from './applyForExcel';
import type { PlanReading } from './plan';

/** The plan tab's buttons. */
export type PlanAction = 'highlight' | 'init' | 'statusSheets';

export interface PlanActionInput {
  reading: PlanReading;
  status: PlanStatus;
  /** "By unit": only this unit's rows / its own status sheet. */
  unit?: string;
  /** Issuing body printed on the status sheets, as the officer edited it (default: the plan's title block). */
  issuer?: string;
  /** The plan sheet's column widths and row heights, when the workbook knows them: rows are sized to their text. */
  sizes?: SheetSizes | null;
}

/** The write plan of an action (pure; exported for the ribbon command and tests). */
export function planActionWritePlan(action: PlanAction, input: PlanActionInput): WritePlan {
  const { reading, status, unit, issuer, sizes } = input;
  const plan = reading.plan;
  if (!plan) throw new Error('planActionWritePlan: no plan');
  switch (action) {
    case 'highlight':
      // The grid lets the add-in's columns go past anything the officer keeps right of the table.
      return highlightWritePlan(plan, status, { asOf: status.asOf, unit, statusSheets: 'none', grid: reading.grids.find((g) => g.name === plan.sheet), ...(sizes ? { sizes } : {}) });
    case 'statusSheets':
      // The grid gives the status sheets the plan's issuing body (its title block) unless the officer edited it.
      return highlightWritePlan(plan, status, {
        asOf: status.asOf,
        planSheet: false,
        statusSheets: unit ? { units: [unit] } : 'all',
        grid: reading.grids.find((g) => g.name === plan.sheet),
        ...(issuer?.trim() ? { issuer: issuer.trim() } : {}),
      });
    case 'init':
      // Another agency's plan: the units it names, written for the officer to correct (as `kstthc init`).
      return initWritePlan(plan, planDirectoryOf(reading.grids, plan).directory, { year: status.year, existingSheets: reading.grids.map((g) => g.name) });
  }
}

/** Runs an action on the workbook: builds its write plan and applies it. Resolves to the sheets written and notes on cut cells. */
export async function runPlanAction(action: PlanAction, workbook: Workbook, input: PlanActionInput): Promise<{ sheets: string[]; notes: string[] }> {
  // Files know their column widths and row heights (Excel's are not read: see Workbook.sheetSizes).
  const sizes = action === 'highlight' && input.reading.plan && workbook.sheetSizes ? await workbook.sheetSizes(input.reading.plan.sheet) : null;
  const plan = planActionWritePlan(action, { ...input, sizes });
  const notes = await applyForExcel(workbook, plan);
  return { sheets: plan.sheets.map((s) => s.sheet), notes };
}
