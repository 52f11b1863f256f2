import { rangeAddress } from '../src/core/grid';
import type { PlanStatus } from '../src/core/status/model';
import { STATUS_PALETTE } from '../src/core/highlight/palette';
import { STATUS_LABELS } from '../src/core/status/labels';
import type { ExcelRun } from '../src/workbook/office/officeWorkbook';

/**
 * The highlight job written the common naive way, kept only as the benchmark's baseline:
 * load the used range, then for every deliverable colour its row, write its status and sync.
 * Our real path (`OfficeWorkbook`) must not look like this.
 */
export async function naiveHighlight(run: ExcelRun, sheetName: string, status: PlanStatus, statusColumn: number): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const used = sheet.getUsedRange();
    used.load('values');
    await context.sync();
    for (const d of status.deliverables) {
      const row = sheet.getRange(rangeAddress({ top: d.rows[0], left: 1, bottom: d.rows[1], right: statusColumn }));
      const fill = STATUS_PALETTE[d.status].fill;
      if (fill) row.format.fill.color = fill;
      const cell = sheet.getRange(rangeAddress({ top: d.rows[0], left: statusColumn + 1, bottom: d.rows[0], right: statusColumn + 1 }));
      cell.values = [[`${STATUS_LABELS[d.status].symbol} ${STATUS_LABELS[d.status].vi}`]];
      // The naive pattern this baseline measures: one round trip per row.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  });
}
