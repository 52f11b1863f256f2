/**
 * Ribbon commands. "Mở Kiểm soát TTHC" is the manifest's ShowTaskpane action; this page holds
 * the ExecuteFunction commands, which run without the pane.
 */
import { todayIso } from '../core/calendar/isoDate';
import { openExcelSession } from '../taskpane/features/excelSession';
import { readPlan } from '../taskpane/features/plan';
import { planStatusOf } from '../taskpane/features/status';
import { runPlanAction } from '../taskpane/features/planActions';

/**
 * Re-applies the status highlighting of the plan sheet as of today (default window), with the
 * same feature function the pane's "Tô màu theo trạng thái" button uses.
 */
export async function reapplyHighlight(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const session = await openExcelSession();
    const reading = await readPlan(session.workbook);
    const { status } = planStatusOf(reading, { asOf: todayIso(), window: 7 });
    // Without a plan table or statuses there is nothing to colour; the pane explains why.
    if (reading.plan && status) await runPlanAction('highlight', session.workbook, { reading, status });
  } catch {
    // A ribbon command has no place to show a message: the pane shows the same error when opened.
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate('reapplyHighlight', reapplyHighlight);
});
