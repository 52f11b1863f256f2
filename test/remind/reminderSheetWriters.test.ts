import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { planReminders } from '../../src/core/remind/planReminders';
import { reminderSheetsWritePlan } from '../../src/core/remind/reminderSheet';
import { computePlanStatus } from '../../src/core/status/computeStatus';
import { DEFAULT_UNIT_DIRECTORY } from '../../src/core/units/directory';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { OfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { FakeExcel } from '../fakes/excelFake';
import { readSeedAppendix } from '../fixtures/seedText';

/** The notices go through both workbooks (the .xlsx writer and Excel's API) to the same cells, in few requests. */
test('every unit notice written by FileWorkbook and by OfficeWorkbook reads back the same, portrait A4 in Excel, syncs independent of the unit count', async () => {
  const { plan } = readPlanTable([{ name: 'Phụ lục', values: readSeedAppendix().map((l) => l.cells), merges: [] }]);
  if (!plan) throw new Error('the seed appendix did not read');
  const reminders = planReminders(plan, computePlanStatus(plan, { asOf: '2024-03-10' }), DEFAULT_UNIT_DIRECTORY);
  const written = reminderSheetsWritePlan(reminders);

  const file = FileWorkbook.create('nhac-viec.xlsx');
  await file.apply(written);
  const reopened = await FileWorkbook.open(await file.save(), 'nhac-viec.xlsx');

  const syncsFor = async (n: number) => {
    const fake = new FakeExcel();
    fake.seed('Sheet1', [[null]]);
    const office = new OfficeWorkbook({ run: fake.run });
    await office.apply(reminderSheetsWritePlan(reminders.slice(0, n)));
    return { fake, office, syncs: fake.syncs };
  };
  const { fake, office, syncs } = await syncsFor(reminders.length);
  // One request for every notice: as many syncs for nine units as for one.
  expect(reminders.length).toBeGreaterThan(5);
  expect(syncs).toBe((await syncsFor(1)).syncs);
  for (const s of written.sheets) {
    expect(await office.readSheet(s.sheet)).toEqual(await reopened.readSheet(s.sheet));
    expect(fake.sheet(s.sheet).page.orientation).toBe('Portrait');
  }
  expect(fake.activeSheet).toBe(written.sheets[0].sheet);
});
