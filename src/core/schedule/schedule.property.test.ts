import fc from 'fast-check';
import { DEFAULT_UNIT_DIRECTORY } from '../units/directory';
import { resolveUnits } from '../units/resolveUnits';
import { scheduleOf } from './schedule';

/** Bad input never crashes (DEVELOPERS: never throw on workbook data). */
const vietnamese = fc.string({ unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠàáảãạĐđ0123456789 /.-,;:()\n•–'.split('')), maxLength: 80 });

describe('never crashes on any cell text', () => {
  test('scheduleOf: due dates are real ISO days, ascending, and unknown text is always warned about', () => {
    fc.assert(
      fc.property(fc.oneof(vietnamese, fc.string({ maxLength: 60 })), (text) => {
        const r = scheduleOf(text, { year: 2024 });
        expect([...r.schedule.due].sort()).toEqual(r.schedule.due);
        for (const d of r.schedule.due) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (r.schedule.kind === 'unscheduled' && !r.schedule.adhoc && text.trim() !== '' && /[a-zA-Z0-9à-ỹĐđ]/.test(text)) {
          // Either understood as "Theo kế hoạch …" / "Sau khi …" or warned about.
          expect(r.warnings.length > 0 || /theo|sau khi/i.test(text)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('resolveUnits: every unit comes from the directory; unresolved text is always warned about', () => {
    const names = new Set(DEFAULT_UNIT_DIRECTORY.units.map((u) => u.name));
    fc.assert(
      fc.property(fc.oneof(vietnamese, fc.string({ maxLength: 60 })), (text) => {
        const r = resolveUnits(text, DEFAULT_UNIT_DIRECTORY);
        for (const u of r.units) expect(names.has(u)).toBe(true);
        expect(r.warnings.length).toBeGreaterThanOrEqual(r.unresolved.length);
      }),
      { numRuns: 500 },
    );
  });
});
