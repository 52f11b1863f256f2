import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { SheetGrid } from '../../src/core/grid';
import { consolidateForms } from '../../src/core/consolidate/consolidateForms';
import { parsePeriodCode } from '../../src/core/periods/periods';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { pickRegister } from '../../src/core/register/pickRegister';
import { FileWorkbook, WorkbookOpenError } from '../../src/workbook/file/fileWorkbook';
import { buildSampleRegister } from '../fixtures/registers';
import { unitWorkbookBytes } from '../fixtures/unitForms';
import { GOOD_SPECS } from '../fixtures/unitFormsSet';

/**
 * Real workbooks with bytes flipped, cut or spliced: opening them and running every reader
 * gives a result or a `WorkbookOpenError` (its Vietnamese sentence), never another exception.
 */

const SEED = 909;
const RUNS = 150;
const PERIOD = parsePeriodCode('2024-Q1')!;

type Mutation = { kind: 'flip'; at: number[]; xor: number } | { kind: 'cut'; at: number } | { kind: 'splice'; at: number; length: number; bytes: number[] };

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.array(fraction, { minLength: 1, maxLength: 8 }), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fraction }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fraction,
    length: fc.nat(64),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 64 }),
  }),
);

/** The mutated copy; positions are fractions of the length so one arbitrary fits every file. */
function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const pos = (x: number) => Math.floor(x * bytes.length);
  if (m.kind === 'cut') return bytes.slice(0, pos(m.at));
  if (m.kind === 'flip') {
    const out = bytes.slice();
    for (const x of m.at) out[pos(x)] ^= m.xor;
    return out;
  }
  const at = pos(m.at);
  return new Uint8Array([...bytes.subarray(0, at), ...m.bytes, ...bytes.subarray(Math.min(bytes.length, at + m.length))]);
}

/** Open + every reader; returns 'read' or 'refused', rethrows anything that is not a WorkbookOpenError. */
async function openAndRead(bytes: Uint8Array): Promise<'read' | 'refused'> {
  let grids: SheetGrid[];
  try {
    const book = await FileWorkbook.open(bytes, 'tệp.xlsx');
    grids = [];
    for (const name of await book.sheetNames()) grids.push(await book.readSheet(name));
  } catch (err) {
    if (err instanceof WorkbookOpenError) {
      expect(err.message).toMatch(/tệp\.xlsx/);
      return 'refused';
    }
    throw err;
  }
  readPlanTable(grids);
  pickRegister(grids);
  consolidateForms([{ file: 'tệp.xlsx', grids }], { period: PERIOD });
  return 'read';
}

describe('mutated real workbooks: a result or a WorkbookOpenError, nothing else', () => {
  const fixtures: [string, () => Promise<Uint8Array>][] = [
    ['the seed plan (test/fixtures/ke-hoach-2024.xlsx)', async () => new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'ke-hoach-2024.xlsx')))],
    ['a dossier register', () => buildSampleRegister({ count: 30 })],
    ['a unit workbook with both forms', () => unitWorkbookBytes(GOOD_SPECS['thuy-san.xlsx'])],
  ];
  test.each(fixtures)(
    '%s',
    async (_, make) => {
      const good = await make();
      expect(await openAndRead(good)).toBe('read');
      const seen = new Set<string>();
      await fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          seen.add(await openAndRead(mutate(good, m)));
        }),
        { seed: SEED, numRuns: RUNS },
      );
      // Both outcomes occur, so the property really exercised the refusal and the reading path.
      expect([...seen].sort()).toEqual(['read', 'refused']);
    },
    60_000,
  );
});
