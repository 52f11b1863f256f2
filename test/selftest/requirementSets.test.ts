/**
 * The self-test's table of requirement sets (src/taskpane/selftest/requirementSets.ts) against
 * the calls the source makes, as the TypeScript compiler and Microsoft's office-js type
 * definitions see them: every call with a documented set is listed under that set, and every
 * listed call is made. A new Office.js call fails here until its set is in the table.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REQUIREMENT_SETS, setLabel } from '../../src/taskpane/selftest/requirementSets';
import { officeCalls, type OfficeCall } from './officeApiUsage';

jest.setTimeout(120_000);

const SELF_TEST = 'src/taskpane/selftest';

describe('requirement sets the add-in relies on', () => {
  let calls: OfficeCall[];
  beforeAll(() => {
    calls = officeCalls(['src']);
  });
  const featureCalls = () => calls.map((c) => ({ ...c, files: c.files.filter((f) => !f.startsWith(SELF_TEST)) })).filter((c) => c.files.length > 0);

  test('every call of the features with a documented set is listed under that set', () => {
    const listed = new Map<string, string>();
    for (const set of REQUIREMENT_SETS) for (const call of set.calls) listed.set(call, setLabel(set));
    const missing = featureCalls()
      .filter((c) => c.sets.length > 0 && !c.sets.includes(listed.get(c.call) ?? ''))
      .map((c) => `${c.call} (${c.sets.join(', ')}) in ${c.files.join(', ')}`);
    expect(missing).toEqual([]);
  });

  test('every listed call is made by the features, with the set it is listed under', () => {
    const made = new Map(featureCalls().map((c) => [c.call, c.sets]));
    const wrong = REQUIREMENT_SETS.flatMap((set) => set.calls.filter((call) => !(made.get(call) ?? []).includes(setLabel(set))).map((call) => `${setLabel(set)}: ${call} → ${JSON.stringify(made.get(call) ?? 'not called')}`));
    expect(wrong).toEqual([]);
  });

  test("the self-test's own calls need no set beyond those listed", () => {
    const highest = new Map<string, number>();
    for (const set of REQUIREMENT_SETS) highest.set(set.name, Math.max(highest.get(set.name) ?? 0, Number(set.version)));
    const beyond = calls
      .filter((c) => c.files.some((f) => f.startsWith(SELF_TEST)))
      .flatMap((c) => c.sets.filter((s) => { const [name, version] = s.split(' '); return !(Number(version) <= (highest.get(name) ?? -1)); }).map((s) => `${c.call}: ${s}`));
    expect(beyond).toEqual([]);
  });

  test('a set relied on by the manifest, not a call, is in the manifest', () => {
    const manifest = readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
    for (const set of REQUIREMENT_SETS.filter((s) => s.manifest)) expect(manifest).toContain(`xsi:type="${set.manifest}"`);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.13"\/>/);
    expect(REQUIREMENT_SETS.some((s) => s.name === 'ExcelApi' && s.version === '1.13')).toBe(true);
  });

  test('each set says what it disables, and is listed once', () => {
    const labels = REQUIREMENT_SETS.map(setLabel);
    expect(new Set(labels).size).toBe(labels.length);
    for (const set of REQUIREMENT_SETS) expect(set.disables.length).toBeGreaterThan(10);
  });
});
