import { comparableTasks, EXPECTED_SEED_PLAN } from '../../../test/fixtures/seedAppendix';
import { readSeedAppendix } from '../../../test/fixtures/seedText';
import { issuingBodyOf } from '../highlight/issuingBody';
import { readPlanTable } from '../plan/readPlanTable';
import type { CellValue, SheetGrid } from '../grid';
import { SAMPLE_WORDING } from './datedPlan';
import { samplePlanWritePlan, SAMPLE_ISSUER, SAMPLE_PLAN_SHEET } from './samplePlan';
import { SEED_PLAN } from './seedPlan';

/** The grid the write plan's single value block makes (what a workbook holds after applying it). */
function gridOf(sheet = SAMPLE_PLAN_SHEET): SheetGrid {
  const write = samplePlanWritePlan({ sheet }).sheets[0];
  const block = write.values[0];
  expect(block.row).toBe(1);
  expect(block.col).toBe(1);
  return { name: write.sheet, values: block.values as CellValue[][], merges: write.merges };
}

test('the shipped seed plan is the fixtures’ hand-checked model (regenerate with scripts/make-sample-plan.ts)', () => {
  expect(SEED_PLAN.tasks).toEqual(EXPECTED_SEED_PLAN.tasks.map((t) => ({ ...t, deliverables: t.deliverables.map(({ seedLines: _lines, ...d }) => d) })));
  expect(SEED_PLAN.sections).toEqual(EXPECTED_SEED_PLAN.sections.map(({ code, title }) => ({ code, title })));
  const header = readSeedAppendix().findIndex((l) => l.cells[0] === 'STT');
  expect(SEED_PLAN.titles).toHaveLength(readSeedAppendix().slice(0, header).filter((l) => l.cells.join('').trim() !== '').length);
});

test('the sample reads as the seed plan, with no warning: 12 sections, 37 tasks, 40 deliverables, year 2024', () => {
  const { plan, findings } = readPlanTable([gridOf()]);
  expect(findings).toEqual([]);
  expect(plan?.sections).toHaveLength(12);
  expect(plan?.year).toBe(2024);
  const reworded = new Set(SAMPLE_WORDING.map((w) => w.task));
  const asRead = comparableTasks(plan!.tasks.map((t) => ({ ...t, no: Number(t.no) })));
  const expected = comparableTasks(EXPECTED_SEED_PLAN.tasks);
  expect(asRead.filter((t) => !reworded.has(Number(t.no)))).toEqual(expected.filter((t) => !reworded.has(t.no as number)));
  expect(asRead.find((t) => t.no === 36)?.deliverables[0][4]).toBe('Hằng quý');
});

test('its title block names the issuing body, as a signed plan does', () => {
  const grid = gridOf();
  const { plan } = readPlanTable([grid]);
  expect(issuingBodyOf(grid, plan!.layout.headerRows[0])).toBe(SAMPLE_ISSUER.join('\n'));
});

test('rows with wrapped text are tall enough to print: task 3’s long content takes several lines', () => {
  const write = samplePlanWritePlan().sheets[0];
  const { plan } = readPlanTable([gridOf()]);
  const row = plan!.tasks.find((t) => t.no === 3)!.rows[0];
  expect(write.rowHeights?.find((h) => h.row === row)?.height).toBeGreaterThanOrEqual(5 * 15);
});

test('inserted into Excel it gets its own sheet name and is shown', () => {
  const plan = samplePlanWritePlan({ sheet: 'Kế hoạch mẫu' });
  expect(plan.sheets.map((s) => [s.sheet, s.mode])).toEqual([['Kế hoạch mẫu', 'create']]);
  expect(plan.activate).toBe('Kế hoạch mẫu');
  expect(readPlanTable([gridOf('Kế hoạch mẫu')]).plan?.tasks).toHaveLength(37);
});
