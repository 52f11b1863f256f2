import type { Finding } from '../../core/findings';
import type { SheetGrid } from '../../core/grid';
import type { ColumnMapping, PlanTable } from '../../core/plan/model';
import type { Workbook } from '../../workbook/workbook';
import { readPlanWithKeptMappings, savedColumnMappings } from '../../workbook/columnSetting';

export interface PlanReading {
  plan: PlanTable | null;
  /** The reader's findings (errors say why there is no plan; warnings what was guessed). */
  findings: Finding[];
  /** Every sheet read, so later steps (unit directory, tracking) need not read again. */
  grids: SheetGrid[];
  /** The officer's column mapping the plan was read with, and the sheet it is kept for (SPEC §12); absent when none. */
  mapping?: { sheet: string; columns: ColumnMapping };
}

/**
 * Reads the workbook's sheets and finds the plan table in them (the sheet with the most tasks,
 * or `sheet` when given). A sheet whose columns the officer mapped ("Cột của bảng", kept in the
 * workbook) is read with that mapping, and is the plan's sheet: the officer said where it is.
 */
export async function readPlan(workbook: Workbook, options: { sheet?: string } = {}): Promise<PlanReading> {
  const names = await workbook.sheetNames();
  const grids: SheetGrid[] = [];
  for (const name of names) grids.push(await workbook.readSheet(name));
  const wanted = options.sheet && names.includes(options.sheet) ? options.sheet : undefined;
  const saved = await savedColumnMappings(workbook, wanted ? [wanted] : names);
  return { ...readPlanWithKeptMappings(grids, saved, wanted ? { sheet: wanted } : {}), grids };
}

/** Number of deliverables of a plan. */
export function deliverableCount(plan: PlanTable): number {
  return plan.tasks.reduce((n, t) => n + t.deliverables.length, 0);
}
