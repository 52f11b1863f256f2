import fc from 'fast-check';
import type { CellValue, SheetGrid } from '../../src/core/grid';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { EXPECTED_SEED_PLAN, comparableTasks, seedPlanFixture, type SeedLayout } from '../fixtures/seedAppendix';

/** The same cell text as an officer's file may hold it: NFD, doubled or odd spaces, stray edges. */
function noisy(value: CellValue, noise: number): CellValue {
  if (typeof value !== 'string') return value;
  let text = value;
  if (noise & 1) text = text.normalize('NFD');
  if (noise & 2) text = text.replace(/ /g, '  ');
  if (noise & 4) text = `\u00A0${text} `;
  if (noise & 8) text = text.replace(/ /, '\u200B ');
  return text;
}

describe.each(['pdf', 'word'] as SeedLayout[])('%s layout with noisy text', (layout) => {
  const fixture = seedPlanFixture(layout);
  const grid = fixture.sheets[0];
  test('reads the same plan whatever the whitespace and Unicode form of each cell', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 50, maxLength: 50 }), (noises) => {
        let i = 0;
        const values = grid.values.map((line) => line.map((v) => noisy(v, noises[i++ % noises.length])));
        const shaken: SheetGrid = { ...grid, values };
        const { plan } = readPlanTable([shaken]);
        expect(comparableTasks(plan!.tasks)).toEqual(comparableTasks(EXPECTED_SEED_PLAN.tasks));
        expect(plan!.tasks.flatMap((t) => t.deliverables.map((d) => d.rows))).toEqual(
          EXPECTED_SEED_PLAN.tasks.flatMap((t) => t.deliverables.map((d) => fixture.deliverableRows.get(`${t.no}${d.key}`))),
        );
      }),
      { numRuns: 25 },
    );
  });
});
