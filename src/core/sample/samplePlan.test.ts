import { readSeedAppendix } from '../../../test/fixtures/seedText';
import { readPlanTable } from '../plan/readPlanTable';
import type { CellValue, SheetGrid } from '../grid';
import { samplePlanWritePlan, SAMPLE_PLAN_SHEET } from './samplePlan';
import { SEED_APPENDIX_ROWS } from './seedAppendixRows';

/** The grid the write plan's single value block makes (what a workbook holds after applying it). */
function gridOf(sheet = SAMPLE_PLAN_SHEET): SheetGrid {
  const write = samplePlanWritePlan({ sheet }).sheets[0];
  const block = write.values[0];
  expect(block.row).toBe(1);
  expect(block.col).toBe(1);
  return { name: write.sheet, values: block.values as CellValue[][], merges: write.merges };
}

test('the shipped sample is the seed appendix as the fixtures read it (regenerate with scripts/make-sample-plan.ts)', () => {
  expect(SEED_APPENDIX_ROWS).toEqual(readSeedAppendix().map((l) => l.cells));
});

test('the sample reads as the seed plan: 12 sections, 37 tasks, 40 deliverables, year 2024', () => {
  const { plan, findings } = readPlanTable([gridOf()]);
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(plan?.sections).toHaveLength(12);
  expect(plan?.tasks).toHaveLength(37);
  expect(plan?.tasks.reduce((n, t) => n + t.deliverables.length, 0)).toBe(40);
  expect(plan?.year).toBe(2024);
});

test('inserted into Excel it gets its own sheet name and is shown', () => {
  const plan = samplePlanWritePlan({ sheet: 'Kế hoạch mẫu' });
  expect(plan.sheets.map((s) => [s.sheet, s.mode])).toEqual([['Kế hoạch mẫu', 'create']]);
  expect(plan.activate).toBe('Kế hoạch mẫu');
  expect(readPlanTable([gridOf('Kế hoạch mẫu')]).plan?.tasks).toHaveLength(37);
});
