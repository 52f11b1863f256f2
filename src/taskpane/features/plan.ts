import type { Finding } from '../../core/findings';
import type { SheetGrid } from '../../core/grid';
import type { PlanTable } from '../../core/plan/model';
import { readPlanTable } from '../../core/plan/readPlanTable';
import type { Workbook } from '../../workbook/workbook';

export interface PlanReading {
  plan: PlanTable | null;
  /** The reader's findings (errors say why there is no plan; warnings what was guessed). */
  findings: Finding[];
  /** Every sheet read, so later steps (unit directory, tracking) need not read again. */
  grids: SheetGrid[];
}

/**
 * Reads the workbook's sheets and finds the plan table in them (the sheet with the most tasks,
 * or `sheet` when given).
 */
export async function readPlan(workbook: Workbook, options: { sheet?: string } = {}): Promise<PlanReading> {
  const names = await workbook.sheetNames();
  const grids: SheetGrid[] = [];
  for (const name of names) grids.push(await workbook.readSheet(name));
  const wanted = options.sheet && names.includes(options.sheet) ? options.sheet : undefined;
  const { plan, findings } = readPlanTable(grids, wanted ? { sheet: wanted } : {});
  return { plan, findings, grids };
}

/** Number of deliverables of a plan. */
export function deliverableCount(plan: PlanTable): number {
  return plan.tasks.reduce((n, t) => n + t.deliverables.length, 0);
}
