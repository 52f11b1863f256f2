import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../src/cli/main';
import { reportPeriod } from '../../src/core/periods/periods';
import { consolidateFiles, consolidationWorkbook } from '../../src/taskpane/features/consolidate';
import { previewForms, readAllSheets, writeForms } from '../../src/taskpane/features/forms';
import { fillDepartmentTemplate, fillProvinceTemplate } from '../../src/taskpane/features/provinceTemplate';
import { openFileSession, type WorkbookSession } from '../../src/taskpane/features/session';
import { provinceTemplate } from '../fixtures/provinceTemplates';
import { buildRegisterXlsx } from '../fixtures/registers';
import { unitWorkbookBytes } from '../fixtures/unitForms';
import { GOOD_SPECS } from '../fixtures/unitFormsSet';
import { hasSoffice, savedByLibreOffice } from '../support/libreOfficeCsv';
import { memoryIo } from '../support/memoryIo';
import { xlsxSchemaCheck } from '../support/ooxmlSchemas';
import { QUARTER_REGISTER } from './quarterFixture';

/**
 * SPEC §14: the built-in forms and a filled province template are valid against the ECMA-376
 * schemas — every part a schema is stored for (workbook, worksheets, styles, shared strings,
 * theme, drawings, charts, relationships, content types), from the CLI and the pane's file mode,
 * for the unit's forms and the department's.
 */
const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const sample = (name: string) => new Uint8Array(readFileSync(path.join(SAMPLES, name)));
const sampleUnits = () => Object.fromEntries(readdirSync(path.join(SAMPLES, 'don-vi')).sort().map((f) => [f, sample(path.join('don-vi', f))]));
const UNIT = 'Chi cục Chăn nuôi và Thú y';
const PACKAGE = ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml', 'xl/sharedStrings.xml'];

/** The .xlsx is schema-valid, and the check did cover the package, every worksheet and `also`. */
async function expectValid(xlsx: Uint8Array, also: string[] = []): Promise<void> {
  const check = await xlsxSchemaCheck(xlsx);
  expect(check.errors).toEqual({});
  const sheets = [...strFromU8(unzipSync(xlsx)['xl/workbook.xml']).matchAll(/<sheet /g)].length;
  expect(sheets).toBeGreaterThan(0);
  const worksheets = Array.from({ length: sheets }, (_, i) => `xl/worksheets/sheet${i + 1}.xml`);
  expect(check.checked).toEqual(expect.arrayContaining([...PACKAGE, ...worksheets, ...also]));
  expect(check.unchecked.filter((p) => !p.startsWith('docProps/'))).toEqual([]);
}

async function cli(args: string[], files: Record<string, Uint8Array>, out: string): Promise<Uint8Array> {
  const io = memoryIo(files);
  expect(await main([...args, '--out', out], io)).toBe(0);
  return io.files.get(out)!;
}

async function formsSession(register: Uint8Array, period = reportPeriod(2026, 'Q2')): Promise<{ session: Extract<WorkbookSession, { mode: 'file' }>; preview: NonNullable<ReturnType<typeof previewForms>> }> {
  const session = await openFileSession({ name: 'so.xlsx', bytes: register });
  if (session.mode !== 'file') throw new Error('not a file session');
  const preview = previewForms(await readAllSheets(session.workbook), { period });
  if (!preview) throw new Error('no register');
  return { session, preview };
}

describe('the built-in forms', () => {
  test('kstthc forms --out', async () => {
    await expectValid(await cli(['forms', 'so.xlsx', '--period', '2024-Q1', '--unit', UNIT], { 'so.xlsx': await buildRegisterXlsx(QUARTER_REGISTER) }, 'bieu.xlsx'));
  }, 60_000);

  test('kstthc forms --out on the sample register', async () => {
    await expectValid(await cli(['forms', 'so.xlsx', '--period', '2026-Q2'], { 'so.xlsx': sample('so-ho-so-thuy-san.xlsx') }, 'bieu.xlsx'));
  }, 60_000);

  test("the pane's file mode: both forms written into the officer's register file", async () => {
    const { session, preview } = await formsSession(sample('so-ho-so-thuy-san.xlsx'));
    await writeForms(session.workbook, preview, 'Chi cục Thủy sản');
    await expectValid(await session.save());
  }, 60_000);
});

describe("the province's template filled", () => {
  test('samples/bieu-mau-tinh.xlsx as it ships', async () => {
    await expectValid(sample('bieu-mau-tinh.xlsx'));
  }, 60_000);

  test.each(['A', 'B', 'C'] as const)('template %s by kstthc forms --template', async (name) => {
    const files = { 'so.xlsx': await buildRegisterXlsx(QUARTER_REGISTER), 'mau.xlsx': await provinceTemplate(name) };
    await expectValid(await cli(['forms', 'so.xlsx', '--period', '2024-Q1', '--unit', UNIT, '--template', 'mau.xlsx'], files, 'da-dien.xlsx'));
  }, 60_000);

  test('samples/bieu-mau-tinh.xlsx by kstthc forms --template, for the sample register', async () => {
    const files = { 'so.xlsx': sample('so-ho-so-thuy-san.xlsx'), 'mau.xlsx': sample('bieu-mau-tinh.xlsx') };
    await expectValid(await cli(['forms', 'so.xlsx', '--period', '2026-Q2', '--template', 'mau.xlsx'], files, 'da-dien.xlsx'));
  }, 60_000);

  test("the pane's file mode: the template's form sheets copied into the register file and filled", async () => {
    const { session, preview } = await formsSession(sample('so-ho-so-thuy-san.xlsx'));
    const done = await fillProvinceTemplate(session.workbook, preview, 'Chi cục Thủy sản', { name: 'bieu-mau-tinh.xlsx', bytes: sample('bieu-mau-tinh.xlsx') });
    expect(done.ok).toBe(true);
    await expectValid(await session.save());
  }, 60_000);

  const soffice = hasSoffice() || !!process.env.CI;
  (soffice ? test : test.skip)('a template saved by another producer (LibreOffice) is filled into valid parts', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kstthc-schema-'));
    try {
      const files = { 'so.xlsx': await buildRegisterXlsx(QUARTER_REGISTER), 'mau.xlsx': savedByLibreOffice(await provinceTemplate('A'), dir) };
      await expectValid(await cli(['forms', 'so.xlsx', '--period', '2024-Q1', '--unit', UNIT, '--template', 'mau.xlsx'], files, 'da-dien.xlsx'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe("the department's forms", () => {
  test('kstthc consolidate --out, with its chart', async () => {
    await expectValid(await cli(['consolidate', ...Object.keys(sampleUnits()), '--period', '2026-Q2'], sampleUnits(), 'tong-hop.xlsx'), ['xl/drawings/drawing1.xml', 'xl/charts/chart1.xml', 'xl/drawings/_rels/drawing1.xml.rels']);
  }, 60_000);

  test('kstthc consolidate --template samples/bieu-mau-tinh.xlsx', async () => {
    const units = sampleUnits();
    await expectValid(await cli(['consolidate', ...Object.keys(units), '--period', '2026-Q2', '--template', 'mau.xlsx'], { ...units, 'mau.xlsx': sample('bieu-mau-tinh.xlsx') }, 'tong-hop.xlsx'));
  }, 60_000);

  test('kstthc consolidate --template with template B (both forms on one sheet)', async () => {
    const units: Record<string, Uint8Array> = {};
    for (const [name, spec] of Object.entries(GOOD_SPECS)) units[name] = await unitWorkbookBytes(spec);
    await expectValid(await cli(['consolidate', ...Object.keys(units), '--period', '2024-Q1', '--template', 'mau.xlsx'], { ...units, 'mau.xlsx': await provinceTemplate('B') }, 'tong-hop.xlsx'));
  }, 60_000);

  test("the pane's file mode: the department's workbook", async () => {
    const units = Object.entries(sampleUnits()).map(([name, bytes]) => ({ name, bytes }));
    // Without an onFile listener, as a caller that only wants the result calls it.
    const result = await consolidateFiles(units, { period: reportPeriod(2026, 'Q2') });
    expect(result.files.map((f) => f.status)).toEqual(['accepted', 'accepted', 'rejected', 'accepted', 'accepted']);
    await expectValid((await consolidationWorkbook(result)).bytes, ['xl/charts/chart1.xml']);
  }, 60_000);

  test("the pane's file mode: the department's forms in samples/bieu-mau-tinh.xlsx, downloaded", async () => {
    const units = Object.entries(sampleUnits()).map(([name, bytes]) => ({ name, bytes }));
    const result = await consolidateFiles(units, { period: reportPeriod(2026, 'Q2') });
    const done = await fillDepartmentTemplate(null, result, { name: 'bieu-mau-tinh.xlsx', bytes: sample('bieu-mau-tinh.xlsx') });
    if (!done.ok || !('download' in done)) throw new Error('not filled');
    await expectValid(done.download.bytes);
  }, 60_000);
});
