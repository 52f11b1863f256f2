import type { IsoDate } from '../../core/calendar/isoDate';
import type { ReportPeriod } from '../../core/periods/periods';
import type { Workbook } from '../../workbook/workbook';
import type { PickedFile, WorkbookSession } from './session';

/** Sheet names used when the sample is inserted into the officer's own workbook in Excel. */
export const SAMPLE_SHEET_IN_EXCEL = 'Kế hoạch mẫu';
export const SAMPLE_REGISTER_IN_EXCEL = 'Sổ hồ sơ mẫu';

function sampleModule() {
  return import(/* webpackChunkName: "sample" */ '../../core/sample/sampleQuarter');
}

function fileWorkbookModule() {
  return import(/* webpackChunkName: "file-workbook" */ '../../workbook/file/fileWorkbook');
}

/**
 * File mode: a new in-memory workbook holding a quarter's sample as of `asOf` (the plan of that
 * year with its tracking sheet and directory, and a unit's register: "Dùng dữ liệu mẫu").
 * The sample and exceljs load on first use.
 */
export async function openSampleSession(asOf: IsoDate): Promise<{ session: WorkbookSession; sheet: string }> {
  const [{ FileWorkbook }, sample, plan] = await Promise.all([
    fileWorkbookModule(),
    sampleModule(),
    import(/* webpackChunkName: "sample" */ '../../core/sample/samplePlan'),
  ]);
  const workbook = FileWorkbook.create(plan.SAMPLE_PLAN_FILE);
  await workbook.apply(sample.sampleWorkbookWritePlan(asOf));
  const session: WorkbookSession = { mode: 'file', workbook, fileName: plan.SAMPLE_PLAN_FILE, save: () => workbook.save() };
  return { session, sheet: plan.SAMPLE_PLAN_SHEET };
}

/**
 * Excel: adds the sample plan and register as sheets of their own to the open workbook (never
 * over the officer's sheets, and no tracking sheet that would act on the officer's own plan).
 */
export async function insertSampleSheet(workbook: Workbook, asOf: IsoDate): Promise<string> {
  const sample = await sampleModule();
  await workbook.apply(sample.sampleSheetsForExcel(asOf, { plan: SAMPLE_SHEET_IN_EXCEL, register: SAMPLE_REGISTER_IN_EXCEL }));
  return SAMPLE_SHEET_IN_EXCEL;
}

/** The units' sample workbooks of the quarter an officer reports on at `asOf`, as picked files. */
export async function sampleUnitFiles(asOf: IsoDate): Promise<{ files: PickedFile[]; period: ReportPeriod }> {
  const [{ FileWorkbook }, sample] = await Promise.all([fileWorkbookModule(), sampleModule()]);
  const files: PickedFile[] = [];
  for (const unit of sample.sampleUnitWorkbooks(asOf)) {
    const book = FileWorkbook.create(unit.file);
    await book.apply(unit.plan);
    files.push({ name: unit.file, bytes: await book.save() });
  }
  return { files, period: sample.sampleConsolidationPeriod(asOf) };
}
