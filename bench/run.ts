/**
 * `npm run bench` — how the add-in's work grows with its input. Inputs are generated here
 * (seeded), never checked in; every time is the median of several runs.
 *
 *   npm run bench              a readable table
 *   npm run bench -- --json    only the JSON document on stdout
 *   npm run bench -- --quick   smaller sizes (a smoke run)
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { computeForms } from '../src/core/forms/computeForms';
import type { SheetGrid } from '../src/core/grid';
import { highlightWritePlan } from '../src/core/highlight/highlightWritePlan';
import { reportPeriod } from '../src/core/periods/periods';
import { readPlanTable } from '../src/core/plan/readPlanTable';
import { readRegister } from '../src/core/register/readRegister';
import { computePlanStatus } from '../src/core/status/computeStatus';
import { OfficeWorkbook } from '../src/workbook/office/officeWorkbook';
import { FakeExcel } from '../test/fakes/excelFake';
import { sampleRegisterRows } from '../test/fixtures/registers';
import { largeSeedPlanGrid } from '../test/fixtures/seedAppendix';
import { consolidateBench } from './consolidateBench';
import { legacyFormatsBench } from './legacyFormatsBench';
import { excelReadBench } from './excelReadBench';
import { docxBench } from './docxBench';
import { naiveHighlight } from './naiveHighlight';

const ROOT = path.join(__dirname, '..');
const args = new Set(process.argv.slice(2));
const JSON_ONLY = args.has('--json');
const QUICK = args.has('--quick');
const log = (text: string) => {
  if (!JSON_ONLY) process.stderr.write(`${text}\n`);
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median wall time of `fn` over `runs` runs (after one warm-up when cheap). */
async function timed<T>(runs: number, fn: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  let result = await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await fn();
    times.push(performance.now() - t0);
  }
  return { ms: Math.round(median(times) * 100) / 100, result };
}

const runsFor = (n: number) => (n >= 100_000 ? 3 : n >= 10_000 ? 5 : 9);
const round = (x: number) => Math.round(x * 100) / 100;

async function planBench() {
  const sizes = QUICK ? [40, 1_000] : [40, 1_000, 10_000, 100_000];
  const out = [];
  for (const size of sizes) {
    const grid: SheetGrid = size <= 40 ? largeSeedPlanGrid('word', 1) : largeSeedPlanGrid('word', size);
    const read = await timed(runsFor(size), () => readPlanTable([grid]));
    const plan = read.result.plan;
    if (!plan) throw new Error('bench: the generated plan was not read');
    const deliverables = plan.tasks.reduce((n, t) => n + t.deliverables.length, 0);
    const status = await timed(runsFor(size), () => computePlanStatus(plan, { asOf: '2024-03-10' }));
    out.push({ rows: grid.values.length, deliverables, readMs: read.ms, statusMs: status.ms });
    log(`plan        ${String(grid.values.length).padStart(7)} rows  read ${read.ms} ms  status ${status.ms} ms`);
  }
  return out;
}

async function highlightBench() {
  const sizes = QUICK ? [40, 1_000] : [40, 1_000, 10_000];
  const out = [];
  for (const size of sizes) {
    const grid = size <= 40 ? largeSeedPlanGrid('word', 1) : largeSeedPlanGrid('word', size);
    const fake = new FakeExcel();
    fake.seed(grid.name, grid.values.map((line) => line.map((v) => (v instanceof Date ? null : v))), { merges: grid.merges });
    const book = new OfficeWorkbook({ run: fake.run });
    fake.resetCounts();
    // The whole job as the pane runs it: read the sheet, judge, write the plan. Reading takes
    // about one sync per 5 000 rows (see excelRead); the write's syncs are counted on their own.
    const read = await book.readSheet(grid.name);
    const readSyncs = fake.syncs;
    const plan = readPlanTable([read]).plan;
    if (!plan) throw new Error('bench: the plan was not read back from the fake');
    const status = computePlanStatus(plan, { asOf: '2024-03-10' });
    await book.apply(highlightWritePlan(plan, status, { asOf: status.asOf, grid: read, statusSheets: 'none' }));
    const syncs = fake.syncs - readSyncs;
    const requestBytes = Math.max(...fake.requests.map((r) => r.bytes));
    // The printable status sheet is a separate button in the pane: measured on its own.
    fake.resetCounts();
    await book.apply(highlightWritePlan(plan, status, { asOf: status.asOf, planSheet: false, statusSheets: 'all' }));
    const printSyncs = fake.syncs;
    const printRequestBytes = Math.max(...fake.requests.map((r) => r.bytes));

    const naive = new FakeExcel();
    naive.seed(grid.name, grid.values.map((line) => line.map((v) => (v instanceof Date ? null : v))), { merges: grid.merges });
    naive.resetCounts();
    await naiveHighlight(naive.run, grid.name, status, plan.layout.lastColumn);
    out.push({ rows: grid.values.length, deliverables: status.deliverables.length, readSyncs, syncs, naiveSyncs: naive.syncs, requestBytes, printSyncs, printRequestBytes });
    log(`highlight   ${String(grid.values.length).padStart(7)} rows  read ${readSyncs} + write ${syncs} syncs (naive ${naive.syncs})  largest request ${requestBytes} B; status sheet ${printSyncs} syncs`);
  }
  return out;
}

async function formsBench() {
  const sizes = QUICK ? [1_000] : [1_000, 10_000, 100_000];
  const period = reportPeriod(2024, 'Q1');
  const out = [];
  for (const dossiers of sizes) {
    const grid: SheetGrid = { name: 'Sổ theo dõi', values: sampleRegisterRows({ count: dossiers, seed: 7 }), merges: [] };
    const { ms } = await timed(runsFor(dossiers), () => computeForms(readRegister(grid).dossiers, period));
    out.push({ dossiers, ms });
    log(`forms       ${String(dossiers).padStart(7)} dossiers  ${ms} ms`);
  }
  return out;
}

/** gzip size of the files the pane loads first (script and link tags of taskpane.html) and of the rest. */
function bundleBench() {
  const dist = path.join(ROOT, 'dist');
  if (!existsSync(path.join(dist, 'taskpane.html'))) {
    log('bundle      dist/ missing: building (npm run build)…');
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: JSON_ONLY ? 'ignore' : 'inherit' });
  }
  const html = readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const initial = new Set([...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)=["']?([^"'\s>]+\.(?:js|css))/g)].map((m) => m[1].replace(/^\.?\//, '')).filter((f) => !/^https?:/.test(f)));
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(js|css)$/.test(name)) files.push(path.relative(dist, full).split(path.sep).join('/'));
    }
  };
  walk(dist);
  const gz = (f: string) => gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length;
  const initialGzipBytes = [...initial].filter((f) => files.includes(f)).reduce((n, f) => n + gz(f), 0);
  const lazyChunks = files
    .filter((f) => !initial.has(f) && !f.startsWith('commands'))
    .map((name) => ({ name, gzipBytes: gz(name) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  log(`bundle      first load ${initialGzipBytes} B gzip; ${lazyChunks.length} lazy chunks, largest ${lazyChunks[0]?.name} ${lazyChunks[0]?.gzipBytes} B`);
  return { initialGzipBytes, initialFiles: [...initial], lazyChunks };
}

/** Ratio checks of issue 8, so a reader sees at once where we stand. */
function verdicts(doc: Awaited<ReturnType<typeof collect>>) {
  const perRow = (xs: { ms: number; n: number }[]) => {
    const a = xs[xs.length - 2];
    const b = xs[xs.length - 1];
    return a && b ? round(b.ms / b.n / (a.ms / a.n)) : null;
  };
  const plan = doc.plan.map((p) => ({ ms: p.readMs + p.statusMs, n: p.rows }));
  const forms = doc.forms.map((f) => ({ ms: f.ms, n: f.dossiers }));
  const c50 = doc.consolidate[doc.consolidate.length - 1];
  return {
    highlightSyncsConstant: new Set(doc.highlight.map((h) => h.syncs)).size === 1 && doc.highlight.every((h) => h.syncs <= 4),
    highlightUnder5MB: doc.highlight.every((h) => h.requestBytes < 5 * 1024 * 1024),
    planPerRowGrowth: perRow(plan),
    formsPerRowGrowth: perRow(forms),
    consolidateVsFloor: c50 ? round(c50.ms / c50.floorMs) : null,
    bundleUnderBudget: doc.bundle.initialGzipBytes <= 450_000,
    // Issue 13: every read request under 5 MB and 512 merged areas; syncs grow at most with rows / 5 000.
    excelReadWithinLimits: doc.excelRead.every((e) => e.maxResponseBytes < 5 * 1024 * 1024 && e.maxMergedAreasPerRequest <= 512),
    excelReadSyncsPer5000Rows: Math.max(...doc.excelRead.map((e) => round(e.syncs / Math.max(1, e.rows / 5_000)))),
    // Issue 23: a 1 000-task plan read from .docx against the same plan from .xlsx (target ≤ 2).
    docxVsXlsx1000: doc.docx[0]?.ratio ?? null,
  };
}

async function collect() {
  const plan = await planBench();
  const highlight = await highlightBench();
  const forms = await formsBench();
  const consolidate = await consolidateBench({ fileCounts: QUICK ? [10] : [10, 50], runs: QUICK ? 1 : 9, log });
  const formats = await legacyFormatsBench({ sizes: QUICK ? [1_000] : [1_000, 10_000], runs: QUICK ? 3 : 5, log });
  const bundle = bundleBench();
  const excelRead = await excelReadBench({ quick: QUICK, log });
  const docx = await docxBench({ sizes: QUICK ? [1_000] : [1_000, 10_000], runs: QUICK ? 5 : 15, log });
  return { plan, highlight, forms, consolidate, formats, bundle, excelRead, docx };
}

async function main() {
  const doc = await collect();
  const checks = verdicts(doc);
  const full = { machine: { node: process.version, cpus: cpus().length }, ...doc, checks };
  if (JSON_ONLY) {
    process.stdout.write(`${JSON.stringify(full, null, 2)}\n`);
    return;
  }
  console.log('\nplan (rows → read + status)');
  console.table(doc.plan);
  console.log('highlight, Office.js path on the recording fake');
  console.table(doc.highlight);
  console.log('forms (dossiers → II.05a + II.06a)');
  console.table(doc.forms);
  console.log('consolidate (unit workbooks; floor = unzip + scan XML only)');
  console.table(doc.consolidate);
  console.log('reading a register by format (open + read every sheet)');
  console.table(doc.formats);
  console.log(`bundle: first load ${doc.bundle.initialGzipBytes} B gzip (${doc.bundle.initialFiles.join(', ')})`);
  console.table(doc.bundle.lazyChunks.slice(0, 8));
  console.log('reading a sheet in Excel (recording fake with the documented limits)');
  console.table(doc.excelRead);
  console.log('reading a plan from .docx vs .xlsx (same cells and merges; bytes → plan)');
  console.table(doc.docx);
  console.log('checks (issue 8):', checks);
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
