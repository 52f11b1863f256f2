import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { consolidateForms, type UnitFileInput } from '../../src/core/consolidate/consolidateForms';
import { consolidationWritePlan } from '../../src/core/consolidate/consolidationWritePlan';
import { highlightWritePlan } from '../../src/core/highlight/highlightWritePlan';
import { unitProgress } from '../../src/core/highlight/progressChart';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { parsePeriodCode } from '../../src/core/periods/periods';
import { computePlanStatus } from '../../src/core/status/computeStatus';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { readSeedAppendix } from '../fixtures/seedText';
import { gridsOfBytes } from '../fixtures/unitForms';
import { goodFiles } from '../fixtures/unitFormsSet';

/**
 * The printed charts (issue 27): the status sheets and the department's II.05a written in file
 * mode, rendered by LibreOffice to PDF, show their chart on the sheet's first page, above the
 * table. Needs `soffice`, `pdfinfo`, `pdftotext`, `pdftoppm`; skipped with a note outside CI when
 * they are missing. The first pages are left as PNGs in test/output/ to look at.
 */
const TOOLS = ['soffice', 'pdfinfo', 'pdftotext', 'pdftoppm'];
const missing = TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
const runs = missing.length === 0 || !!process.env.CI;
if (!runs) process.stderr.write(`\n[print] skipped: ${missing.join(', ')} not installed. With CI set this test runs and fails instead.\n`);
const OUTPUT = path.join(__dirname, '..', 'output');

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 180_000 });
  if (r.error) throw new Error(`${cmd} could not run: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** The workbook printed to PDF: its pages' text (pdftotext -layout) and the path. */
function printed(bytes: Uint8Array, name: string, dir: string): { pdf: string; pages: string[] } {
  const xlsx = path.join(dir, `${name}.xlsx`);
  writeFileSync(xlsx, bytes);
  run('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx]);
  const pdf = path.join(dir, `${name}.pdf`);
  const count = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1] ?? 0);
  const pages = Array.from({ length: count }, (_, i) => run('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-']));
  return { pdf, pages };
}

/** Dark pixels in a band of a page rendered in grey (the chart's bars, outlines and labels). */
function inkBetween(pdf: string, page: number, dir: string, from: number, to: number): number {
  const stem = path.join(dir, `ink-${page}`);
  run('pdftoppm', ['-gray', '-r', '72', '-singlefile', '-f', String(page), '-l', String(page), pdf, stem]);
  const bytes = readFileSync(`${stem}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const width = Number(header[1]);
  let ink = 0;
  for (let y = Math.round(from); y < Math.round(to); y++) for (let x = 0; x < width; x++) if (bytes[header[0].length + y * width + x] < 200) ink += 1;
  return ink;
}

/** The y (points) of the first word matching `re` on a page, from `pdftotext -bbox`. */
function wordY(pdf: string, page: number, re: RegExp): number {
  const html = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-']);
  const word = [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].find((m) => re.test(m[2]));
  if (!word) throw new Error(`no word ${re} on page ${page}`);
  return Number(word[1]);
}

function keepPng(pdf: string, page: number, name: string): void {
  mkdirSync(OUTPUT, { recursive: true });
  const stem = path.join(path.dirname(pdf), name);
  run('pdftoppm', ['-png', '-r', '80', '-singlefile', '-f', String(page), '-l', String(page), pdf, stem]);
  copyFileSync(`${stem}.png`, path.join(OUTPUT, `${name}.png`));
}

(runs ? describe : describe.skip)('printed charts (LibreOffice → PDF)', () => {
  let dir: string;
  let status: { pdf: string; pages: string[] };
  let department: { pdf: string; pages: string[] };
  let units: string[];

  beforeAll(async () => {
    expect(missing).toEqual([]);
    dir = mkdtempSync(path.join(tmpdir(), 'kstthc-charts-'));
    const grid = { name: 'Phụ lục', values: readSeedAppendix().map((l) => l.cells), merges: [] };
    const { plan } = readPlanTable([grid]);
    if (!plan) throw new Error('the seed appendix did not read');
    const st = computePlanStatus(plan, { asOf: '2024-03-10' });
    units = unitProgress(st).map((b) => b.label);
    const book = FileWorkbook.create('tien-do.xlsx');
    await book.apply(highlightWritePlan(plan, st, { asOf: '2024-03-10', planSheet: false, statusSheets: 'all' }));
    status = printed(await book.save(), 'tien-do', dir);

    const inputs: UnitFileInput[] = [];
    for (const f of await goodFiles()) inputs.push({ file: f.file, grids: await gridsOfBytes(f.bytes) });
    const out = FileWorkbook.create('tong-hop.xlsx');
    await out.apply(consolidationWritePlan(consolidateForms(inputs, { period: parsePeriodCode('2024-Q1')! })));
    department = printed(await out.save(), 'tong-hop', dir);
    keepPng(status.pdf, 1, 'chart-status-page1');
    keepPng(department.pdf, 1, 'chart-department-page1');
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('"Tiến độ", first page: title, the chart with a bar label per lead unit, then the table header and first rows', () => {
    const first = status.pages[0].normalize('NFC');
    expect(first).toContain('TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH KIỂM SOÁT TTHC NĂM 2024');
    expect(first.replace(/\s+/g, ' ')).toMatch(/Tiến độ theo đơn vị chủ trì/);
    for (const unit of units.slice(0, 5)) expect(first.replace(/\s+/g, ' ')).toContain(unit);
    expect(first).toContain('STT');
    expect(first).toMatch(/^\s*1a\s/m);
    // The chart's numbers stay off the page.
    expect(status.pages.join('\n')).not.toContain('Số liệu của biểu đồ');
  });

  test('"Tiến độ": the chart is drawn (bars and labels between the legend and the table header) above the table', () => {
    // pdftotext cuts Vietnamese words at stacked diacritics: the anchors are whole words.
    const legend = wordY(status.pdf, 1, /^Quá$/);
    const header = wordY(status.pdf, 1, /^STT$/);
    expect(header).toBeGreaterThan(legend + 150);
    expect(inkBetween(status.pdf, 1, dir, legend + 20, header - 5)).toBeGreaterThan(2000);
  });

  test("the department's II.05a, first page: the form's title, the chart by unit with on-time rates, then the table", () => {
    const first = department.pages[0].normalize('NFC').replace(/\s+/g, ' ');
    expect(first).toContain('TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC');
    expect(first).toContain('Kết quả giải quyết hồ sơ TTHC theo đơn vị');
    expect(first).toMatch(/— \d+(,\d)?%/);
    expect(first).toContain('Trước hạn');
    expect(first).toContain('(1)');
    const measure = wordY(department.pdf, 1, /^tính:$/);
    const header = wordY(department.pdf, 1, /^STT$/);
    expect(header).toBeGreaterThan(measure + 100);
    expect(inkBetween(department.pdf, 1, dir, measure + 15, header - 40)).toBeGreaterThan(2000);
  });
});
