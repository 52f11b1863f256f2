import fc from 'fast-check';
import { consolidateForms } from '../../src/core/consolidate/consolidateForms';
import { II05A_COUNT_KEYS } from '../../src/core/forms/definitions';
import { parsePeriodCode } from '../../src/core/periods/periods';
import { matchKey } from '../../src/core/text/normalize';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { consistentRow, fieldValues, gridsOfBytes, unitWorkbookBytes, Q1_2024, type UnitFieldRow, type UnitFormsStyle } from '../fixtures/unitForms';

const Q1 = parsePeriodCode('2024-Q1')!;
const FIELDS = ['Thủy sản', 'Thú y', 'Trồng trọt', 'Lâm nghiệp', 'Thủy lợi'];
const UNITS = ['Chi cục Thủy sản', 'Chi cục Chăn nuôi và Thú y', 'Chi cục Kiểm lâm', 'Chi cục Thủy lợi'];

/** The ways a unit may spell a lĩnh vực: as is, capitals, lower case, doubled spaces, NFD. */
const spelling = fc.constantFrom(
  (s: string) => s,
  (s: string) => s.toUpperCase(),
  (s: string) => s.toLowerCase(),
  (s: string) => s.replace(' ', '  '),
  (s: string) => ` ${s.normalize('NFD')} `,
);

const style: fc.Arbitrary<UnitFormsStyle> = fc.record({
  origin: fc.record({ row: fc.integer({ min: 1, max: 12 }), col: fc.integer({ min: 1, max: 6 }) }),
  blankRowAfterHeader: fc.boolean(),
  numbersAsText: fc.boolean(),
  sumFormulas: fc.boolean(),
  legacyCodes: fc.boolean(),
  coverSheet: fc.boolean(),
  sameSheet: fc.boolean(),
  plainNumberRow: fc.boolean(),
  blankZeros: fc.boolean(),
  splitHeaderCells: fc.boolean(),
  noIi06a: fc.constant(true),
});

const small = fc.integer({ min: 0, max: 6 });
const row = fc
  .tuple(fc.integer({ min: 0, max: FIELDS.length - 1 }), spelling, small, small, small, small)
  .map(([f, spell, c4, c5, c6, extra]) => {
    const received = c4 + c5 + c6;
    const c8 = Math.min(received, extra);
    const c9 = Math.floor((received - c8) / 2);
    // Overdue pending stays 0: these units send no II.06a.
    return { key: FIELDS[f], row: consistentRow(spell(FIELDS[f]), c4, c5, c6, c8, c9, 0, 0) };
  });

const unitSet = fc.uniqueArray(
  fc.record({ unit: fc.integer({ min: 0, max: UNITS.length - 1 }), rows: fc.array(row, { minLength: 1, maxLength: 4 }), style }),
  { minLength: 1, maxLength: 3, selector: (u) => u.unit },
);

describe('consolidation, any mix of real-world filling styles', () => {
  test('department sums equal the sums of what the units typed, lĩnh vực by lĩnh vực', async () => {
    await fc.assert(
      fc.asyncProperty(unitSet, async (units) => {
        const inputs = [];
        for (const u of units) {
          const bytes = await unitWorkbookBytes({ unit: UNITS[u.unit], period: Q1_2024, ii05a: u.rows.map((r) => r.row), ii06a: [], style: u.style });
          inputs.push({ file: `${u.unit}.xlsx`, grids: await gridsOfBytes(bytes) });
        }
        const result = consolidateForms(inputs, { period: Q1 });
        expect(result.files.map((f) => [f.status, f.reason])).toEqual(units.map(() => ['accepted', undefined]));
        // The oracle: add up the typed values per canonical lĩnh vực.
        const expected = new Map<string, number[]>();
        for (const u of units) {
          for (const { key, row: r } of u.rows) {
            const sums = expected.get(key) ?? new Array<number>(14).fill(0);
            fieldValues(r as UnitFieldRow).forEach((v, k) => (sums[k] += v));
            expected.set(key, sums);
          }
        }
        const got = new Map(result.ii05a.rows.map((r) => [matchKey(r.field), II05A_COUNT_KEYS.map((k) => r[k])]));
        expect(new Set(got.keys())).toEqual(new Set([...expected.keys()].map(matchKey)));
        for (const [key, sums] of expected) expect(got.get(matchKey(key))).toEqual(sums.slice(3));
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe('duplicates of one unit and period (issue 14): the result never depends on file order', () => {
  const TT = 'Chi cục Trồng trọt và Bảo vệ thực vật';
  const first = [consistentRow('Trồng trọt', 2, 3, 1, 1, 2, 0, 0)];
  const corrected = [consistentRow('Trồng trọt', 2, 4, 1, 1, 3, 0, 0)];

  async function inputOf(file: string, spec: Parameters<typeof unitWorkbookBytes>[0]) {
    const book = await FileWorkbook.open(await unitWorkbookBytes(spec), file);
    return { file, grids: await gridsOfBytes(await unitWorkbookBytes(spec), file), modified: await book.modifiedAt() };
  }

  test.each([
    ['same figures: the original is kept, the copy is a duplicate', first, 'ChiCuc_TrongTrot_BVTV_Q1-2024.xlsx', null],
    ['different figures: the one saved last is kept (here the copy), loudly', corrected, 'ChiCuc_TrongTrot_BVTV_Q1-2024 (1).xlsx', /khác số liệu/],
  ])('%s', async (_name, copyRows, kept, conflict) => {
    const inputs = [
      await inputOf('ChiCuc_TrongTrot_BVTV_Q1-2024.xlsx', { unit: TT, period: Q1_2024, ii05a: first, ii06a: [], savedAt: new Date('2024-03-15T01:00:00Z') }),
      await inputOf('ChiCuc_TrongTrot_BVTV_Q1-2024 (1).xlsx', {
        unit: TT,
        period: Q1_2024,
        ii05a: copyRows,
        ii06a: [],
        savedAt: new Date(copyRows === first ? '2024-03-15T01:00:00Z' : '2024-03-16T03:00:00Z'),
      }),
      await inputOf('thuy-san.xlsx', { unit: 'Chi cục Thủy sản', period: Q1_2024, ii05a: [consistentRow('Thủy sản', 1, 1, 0, 1, 1, 0, 0)], ii06a: [] }),
    ];
    const expectedTotal = copyRows === first ? 6 + 2 : 7 + 2;
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(inputs, { minLength: inputs.length, maxLength: inputs.length }), async (order) => {
        const result = consolidateForms(order, { period: Q1 });
        const statuses = Object.fromEntries(result.files.map((f) => [f.file, f.status]));
        expect(statuses[kept]).toBe('accepted');
        expect(result.files.filter((f) => f.status === 'accepted').map((f) => f.file).sort()).toEqual([kept, 'thuy-san.xlsx'].sort());
        expect(result.ii05a.total.c3).toBe(expectedTotal);
        const dropped = result.files.find((f) => f.unit === TT && f.file !== kept)!;
        expect(dropped.status).toBe('rejected');
        expect(dropped.reason).toContain(`"${kept}"`);
        if (conflict) {
          expect(result.conflicts).toHaveLength(1);
          expect(result.conflicts[0]).toMatch(conflict);
          expect(result.conflicts[0]).toContain('"ChiCuc_TrongTrot_BVTV_Q1-2024.xlsx"');
          expect(result.conflicts[0]).toContain('"ChiCuc_TrongTrot_BVTV_Q1-2024 (1).xlsx"');
        } else {
          expect(result.conflicts).toEqual([]);
        }
      }),
      { numRuns: 12 },
    );
  });
});
