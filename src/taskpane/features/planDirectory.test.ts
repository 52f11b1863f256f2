import { readFileSync } from 'node:fs';
import path from 'node:path';
import { computePlanStatus } from '../../core/status/computeStatus';
import { readUnitDirectory, UNIT_DIRECTORY_SHEET } from '../../core/units/directory';
import { FileWorkbook } from '../../workbook/file/fileWorkbook';
import { buildSeedPlanWorkbook } from '../../../test/fixtures/seedAppendix';
import { saveIssuer } from './issuerSetting';
import { readPlan } from './plan';
import { runPlanAction } from './planActions';
import { planStatusOf } from './status';

// The pane's plan tab (SPEC §11): which directory is in use, writing the learned one, and the year box.
const realPlan = (name: string) => FileWorkbook.open(new Uint8Array(readFileSync(path.join(__dirname, '../../../test/fixtures/real-plans', `${name}.xlsx`))), `${name}.xlsx`);

describe('the pane with another agency\'s plan', () => {
  test('the directory learned from the plan is in use, without the built-in note; "init" writes it for the officer', async () => {
    const book = await realPlan('hcm-2820-2025-word');
    const reading = await readPlan(book);
    const analysis = planStatusOf(reading, { asOf: '2025-12-20', window: 7 });
    expect(analysis.directory?.source).toBe('plan');
    expect(analysis.findings.filter((f) => f.sheet === UNIT_DIRECTORY_SHEET || /đơn vị/.test(f.message))).toEqual([]);

    const written = await runPlanAction('init', book, { reading, status: analysis.status! });
    expect(written.sheets).toContain(UNIT_DIRECTORY_SHEET);
    const dir = readUnitDirectory(await book.readSheet(UNIT_DIRECTORY_SHEET)).directory;
    expect(dir.units.map((u) => u.name)).toEqual(analysis.directory!.units.map((u) => u.name));

    // Read again: the sheet is now the directory in use.
    const again = planStatusOf(await readPlan(book), { asOf: '2025-12-20', window: 7 });
    expect(again.directory?.source).toBe('sheet');
  });

  test('the year box wins over the plan year and moves yearly due dates', async () => {
    const reading = await readPlan(await realPlan('hcm-2820-2025-word'));
    const yearly = (year?: number) => {
      const s = planStatusOf(reading, { asOf: '2025-12-20', window: 7, ...(year !== undefined ? { year } : {}) }).status!;
      const task = reading.plan!.tasks.find((t) => t.deliverables.some((d) => d.timing === 'Hằng năm.'))!;
      return [s.year, s.deliverables.find((d) => d.taskId === task.id)!.schedule.due];
    };
    expect(yearly()).toEqual([2026, ['2026-12-16']]);
    expect(yearly(2025)).toEqual([2025, ['2025-12-16']]);
  });
});

test('the seed keeps the built-in directory and its "to be checked" note', async () => {
  const reading = await readPlan(await FileWorkbook.open(await buildSeedPlanWorkbook('word'), 'k.xlsx'));
  const analysis = planStatusOf(reading, { asOf: '2024-03-10', window: 7 });
  expect(analysis.directory?.source).toBe('default');
  expect(analysis.findings).toContainEqual(expect.objectContaining({ sheet: UNIT_DIRECTORY_SHEET, message: expect.stringMatching(/cần kiểm tra/) }));
  expect(analysis.status).toEqual(computePlanStatus(reading.plan!, { asOf: '2024-03-10', window: 7 }));
});

test('the issuer kept for the plan sheet comes back with the plan; one kept for another sheet does not', async () => {
  const book = await FileWorkbook.open(await buildSeedPlanWorkbook('word'), 'k.xlsx');
  const first = await readPlan(book);
  expect(first.issuer).toBeUndefined();
  await saveIssuer(book, 'Không phải kế hoạch', 'UBND HUYỆN A');
  expect((await readPlan(book)).issuer).toBeUndefined();
  await saveIssuer(book, first.plan!.sheet, 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
  expect((await readPlan(book)).issuer).toBe('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
});
