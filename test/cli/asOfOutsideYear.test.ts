/**
 * The CLI warns, as the pane does under its date field, when the as-of day is outside the plan's
 * year (a mistyped year makes almost everything overdue or far off); statuses are still judged.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { asOfOutsidePlanYear } from '../../src/cli/asOfYear';
import { main } from '../../src/cli/main';
import { memoryIo } from '../support/memoryIo';

const PLAN = new Uint8Array(readFileSync(path.resolve(__dirname, '../../samples/ke-hoach-2026.xlsx')));

test.each([
  [{ year: 2026, span: null }, '2026-06-15', false],
  [{ year: 2026, span: null }, '2027-01-05', true],
  [{ year: 2026, span: null }, '2025-12-31', true],
  [{ year: 2026, span: [2026, 2030] as [number, number] }, '2029-03-01', false],
  [{ year: 2026, span: [2026, 2030] as [number, number] }, '2031-01-01', true],
  [{ year: null, span: null }, '2031-01-01', false],
])('plan %j as of %s: warned %s', (plan, asOf, warned) => {
  expect(asOfOutsidePlanYear(plan, asOf) !== null).toBe(warned);
});

test.each([
  ['plan', ['plan', 'ke-hoach.xlsx', '--as-of', '05/01/2027']],
  ['plan --json', ['plan', 'ke-hoach.xlsx', '--as-of', '05/01/2027', '--json']],
  ['remind', ['remind', 'ke-hoach.xlsx', '--as-of', '05/01/2027', '--json']],
])('%s as of a day of another year: a warning on stderr, the statuses still given', async (_name, argv) => {
  const io = memoryIo({ 'ke-hoach.xlsx': PLAN }, '2026-06-15');
  expect(await main(argv, io)).toBe(0);
  expect(io.err).toContain('CẢNH BÁO: Ngày đối chiếu 05/01/2027 không thuộc năm kế hoạch 2026');
  expect(io.out.length).toBeGreaterThan(0);
});

test('as of a day of the plan year: no such warning', async () => {
  const io = memoryIo({ 'ke-hoach.xlsx': PLAN }, '2026-06-15');
  expect(await main(['plan', 'ke-hoach.xlsx', '--as-of', '15/06/2026'], io)).toBe(0);
  expect(io.err).not.toContain('Ngày đối chiếu');
});
