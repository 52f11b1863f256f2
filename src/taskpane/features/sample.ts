import type { Workbook } from '../../workbook/workbook';
import type { WorkbookSession } from './session';

/** Sheet name used when the sample is inserted into the officer's own workbook in Excel. */
export const SAMPLE_SHEET_IN_EXCEL = 'Kế hoạch mẫu';

/**
 * File mode: a new in-memory workbook holding the seed plan's appendix ("Dùng dữ liệu mẫu").
 * The sample and exceljs load on first use.
 */
export async function openSampleSession(): Promise<{ session: WorkbookSession; sheet: string }> {
  const [{ FileWorkbook }, sample] = await Promise.all([
    import(/* webpackChunkName: "file-workbook" */ '../../workbook/file/fileWorkbook'),
    import(/* webpackChunkName: "sample" */ '../../core/sample/samplePlan'),
  ]);
  const workbook = FileWorkbook.create(sample.SAMPLE_PLAN_FILE);
  await workbook.apply(sample.samplePlanWritePlan());
  const session: WorkbookSession = { mode: 'file', workbook, fileName: sample.SAMPLE_PLAN_FILE, save: () => workbook.save() };
  return { session, sheet: sample.SAMPLE_PLAN_SHEET };
}

/** Excel: adds the sample plan as its own sheet of the open workbook (never over the officer's sheets). */
export async function insertSampleSheet(workbook: Workbook): Promise<string> {
  const sample = await import(/* webpackChunkName: "sample" */ '../../core/sample/samplePlan');
  await workbook.apply(sample.samplePlanWritePlan({ sheet: SAMPLE_SHEET_IN_EXCEL }));
  return SAMPLE_SHEET_IN_EXCEL;
}
