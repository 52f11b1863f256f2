import { clippedCellMessage, fitToExcel } from '../../core/write/fitToExcel';
import type { WritePlan } from '../../core/write/writePlan';
import type { Workbook } from '../../workbook/workbook';

/**
 * Applies a write plan cut to what Excel holds (a 40 000-character cell from a source file
 * must not stop the write) and resolves to one Vietnamese note per cut cell, then the
 * workbook's own notes (a print setting Excel did not take), for the pane to show.
 *
 * @example
 * const notes = await applyForExcel(workbook, formsWritePlan(result, options)); // [] usually
 */
export async function applyForExcel(workbook: Workbook, plan: WritePlan): Promise<string[]> {
  const fitted = fitToExcel(plan);
  const notes = fitted.plan.sheets.length > 0 ? await workbook.apply(fitted.plan) : [];
  return [...fitted.clipped.map(clippedCellMessage), ...notes];
}
