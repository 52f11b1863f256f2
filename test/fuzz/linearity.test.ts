import type { CellValue, SheetGrid } from '../../src/core/grid';
import { consolidateForms } from '../../src/core/consolidate/consolidateForms';
import { parsePeriodCode } from '../../src/core/periods/periods';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { readRegister } from '../../src/core/register/readRegister';
import { readTracking } from '../../src/core/status/tracking';
import { DEFAULT_UNIT_DIRECTORY } from '../../src/core/units/directory';
import { computeForms } from '../../src/core/forms/computeForms';
import { sampleRegisterRows } from '../fixtures/registers';
import { seedPlanFixture } from '../fixtures/seedAppendix';
import { gridsOfBytes, unitWorkbookBytes } from '../fixtures/unitForms';
import { GOOD_SPECS } from '../fixtures/unitFormsSet';
import { junkRows } from '../bad-input/corpus';

/**
 * The readers take linear time in the rows they scan: 4× the junk rows may cost at most
 * ~8× the time (quadratic work would cost 16×). Median of three runs, a floor under the small
 * time so timer noise on a loaded machine cannot fail it; no reader is skipped.
 */

const N = 8_000;
const BOUND = 8;
const FLOOR_MS = 15;
const PERIOD = parsePeriodCode('2024-Q1')!;

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

function timeOf(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const withJunk = (g: SheetGrid, rows: number, width = 8): SheetGrid => ({ ...g, values: [...g.values, ...(junkRows(rows, width) as CellValue[][])] });

let unitGrids: SheetGrid[];
beforeAll(async () => {
  unitGrids = await gridsOfBytes(await unitWorkbookBytes(GOOD_SPECS['kiem-lam.xlsx']));
});

const plan = seedPlanFixture('word').sheets[0];
const readers: [string, (rows: number) => () => unknown][] = [
  ['readPlanTable (junk glued to the seed table)', (n) => { const g = withJunk(plan, n); return () => readPlanTable([g]); }],
  ['readPlanTable (PDF layout, junk glued)', (n) => { const g = withJunk(seedPlanFixture('pdf').sheets[0], n); return () => readPlanTable([g]); }],
  [
    'readRegister + computeForms (n dossiers)',
    (n) => {
      const g: SheetGrid = { name: 'Sổ', values: sampleRegisterRows({ count: n, seed: 9 }), merges: [] };
      return () => computeForms(readRegister(g).dossiers, PERIOD);
    },
  ],
  ['readRegister (junk below a register)', (n) => { const g = withJunk({ name: 'Sổ', values: sampleRegisterRows({ count: 50 }), merges: [] }, n, 10); return () => readRegister(g); }],
  [
    'consolidateForms (junk below the form)',
    (n) => {
      const grids = unitGrids.map((g) => withJunk(g, n, 13));
      return () => consolidateForms([{ file: 'a.xlsx', grids }], { period: PERIOD });
    },
  ],
  [
    'readTracking (junk tracking sheet)',
    (n) => {
      const p = readPlanTable([plan]).plan!;
      const g: SheetGrid = { name: 'Theo dõi thực hiện', values: [['STT', 'Kết quả', 'Đơn vị', 'Kỳ', 'Ngày hoàn thành', 'Ghi chú'], ...(junkRows(n) as CellValue[][])], merges: [] };
      return () => readTracking(g, p, DEFAULT_UNIT_DIRECTORY);
    },
  ],
];

describe('readers are linear in the rows scanned', () => {
  test.each(readers)(
    '%s: 4n rows cost at most 8× n rows',
    (_, make) => {
      const small = make(N);
      const large = make(4 * N);
      small(); // warm-up (JIT), not measured
      const tSmall = timeOf(small);
      const tLarge = timeOf(large);
      expect(tLarge / Math.max(tSmall, FLOOR_MS)).toBeLessThanOrEqual(BOUND);
    },
    60_000,
  );
});
