/**
 * Runs the self-test ("Tự kiểm tra") in the Excel the pane is loaded in: records the host and
 * the requirement sets, checks that the workbook has no sheet of the scratch name, runs every
 * check of {@link CHECKS} in order, then removes the scratch sheet (and its list sheet), shows
 * the sheet the officer had open again and checks that the workbook has the sheets it started
 * with — also when a check failed.
 */
import { version as addinVersion } from '../../../package.json';
import { listSheetName } from '../../workbook/listSources';
import { OfficeWorkbook, type ExcelRun } from '../../workbook/office/officeWorkbook';
import { CHECKS, type CheckContext, type SelfTestCheck } from './checks';
import { activateSheet, probeSheets, removeSheets, type SheetEntry } from './excelProbes';
import { CheckRefusal, describeFailure } from './failures';
import { readHostInfo, readRequirements, type OfficeSurface } from './hostInfo';
import type { CheckOutcome, CheckResult, SelfTestReport } from './model';
import type { PageSurface } from './pageChecks';
import { SCRATCH_SHEET } from './scratchPlans';

export interface SelfTestEnv {
  /** `Excel.run`, or the recording fake's. */
  run: ExcelRun;
  /** `Office.context`. */
  office: OfficeSurface;
  /** The pane's page; null where there is none. */
  page: PageSurface | null;
  userAgent: string | null;
  /** The checks to run (all by default; tests pick). */
  checks?: readonly SelfTestCheck[];
  /** Called before each step with the steps done, the total, and the step's label. */
  onProgress?: (done: number, total: number, label: string) => void;
}

export const PREFLIGHT_LABEL = `Sổ tính chưa có trang "${SCRATCH_SHEET}" (trang tạm của tự kiểm tra)`;
export const CLEANUP_LABEL = `Xoá trang "${SCRATCH_SHEET}", mở lại trang đang làm việc, các trang của sổ tính như lúc đầu`;

/** A run of Excel.run whose context counts its syncs (the report says how many a read took). */
function countingRun(run: ExcelRun, counter: { syncs: number }): ExcelRun {
  return (batch) =>
    run((context) => {
      const sync = context.sync.bind(context);
      context.sync = (<T>(passThrough?: T) => {
        counter.syncs += 1;
        return sync(passThrough);
      }) as typeof context.sync;
      return batch(context);
    });
}

async function timed(id: string, label: string, body: () => Promise<CheckOutcome>): Promise<CheckResult> {
  const started = Date.now();
  const outcome = await body();
  return { id, label, outcome, ms: Date.now() - started };
}

async function attempt(work: () => Promise<string | void>): Promise<CheckOutcome> {
  try {
    const note = await work();
    return { status: 'pass', note: note ?? null };
  } catch (err) {
    return { status: 'fail', failure: describeFailure(err) };
  }
}

function sameSheets(a: SheetEntry[], b: SheetEntry[]): string | null {
  const key = (s: SheetEntry) => `${s.name} (${s.visibility})`;
  const before = a.map(key);
  const after = b.map(key);
  const gone = before.filter((s) => !after.includes(s));
  const added = after.filter((s) => !before.includes(s));
  if (gone.length === 0 && added.length === 0) return null;
  return [added.length ? `còn thêm: ${added.join(', ')}` : '', gone.length ? `mất: ${gone.join(', ')}` : ''].filter(Boolean).join('; ');
}

/** Runs the self-test; never throws (every failure is a line of the report). */
export async function runSelfTest(env: SelfTestEnv): Promise<SelfTestReport> {
  const checks = env.checks ?? CHECKS;
  const counter = { syncs: 0 };
  const run = countingRun(env.run, counter);
  const book = new OfficeWorkbook({ run });
  const report: SelfTestReport = {
    startedAt: new Date().toISOString(),
    addinVersion,
    host: readHostInfo(env.office, env.userAgent),
    requirements: readRequirements(env.office),
    checks: [],
  };
  const missing = new Set(report.requirements.filter((r) => !r.supported).map((r) => r.set));
  const total = checks.length + 2;
  let done = 0;
  const step = (label: string) => env.onProgress?.(done++, total, label);

  step(PREFLIGHT_LABEL);
  const initial: { value: { sheets: SheetEntry[]; active: string } | null } = { value: null };
  const preflight = await timed('preflight', PREFLIGHT_LABEL, () =>
    attempt(async () => {
      const start = await probeSheets(run);
      initial.value = start;
      if (start.sheets.some((s) => s.name.toLowerCase() === SCRATCH_SHEET.toLowerCase())) {
        throw new CheckRefusal(`Sổ tính đã có trang "${SCRATCH_SHEET}". Hãy đổi tên hoặc xoá trang đó (nếu là trang của lần tự kiểm tra trước) rồi chạy lại.`);
      }
    }),
  );
  report.checks.push(preflight);
  const start = preflight.outcome.status === 'pass' ? initial.value : null;

  const passed = new Set<string>();
  for (const check of checks) {
    step(check.label);
    if (!start) {
      report.checks.push({ id: check.id, label: check.label, outcome: { status: 'skip', reason: 'chưa chạy vì bước kiểm tra sổ tính đầu tiên không đạt' }, ms: 0 });
      continue;
    }
    if (check.after && !passed.has(check.after)) {
      const before = checks.find((c) => c.id === check.after)?.label ?? check.after;
      report.checks.push({ id: check.id, label: check.label, outcome: { status: 'skip', reason: `chưa chạy vì bước "${before}" không đạt` }, ms: 0 });
      continue;
    }
    const context: CheckContext = { book, run, syncs: () => counter.syncs, office: env.office, page: env.page, start, userAgent: env.userAgent };
    const result = await timed(check.id, check.label, () => attempt(() => check.run(context)));
    if (result.outcome.status === 'pass') passed.add(check.id);
    else if (result.outcome.status === 'fail') {
      // A refusal where Excel says it lacks a set the check's calls need: say so on the line.
      const lacking = check.uses.filter((set) => missing.has(set));
      if (lacking.length > 0) result.outcome.failure.text += ` Excel này không có bộ API ${lacking.join(', ')}.`;
    }
    report.checks.push(result);
  }

  step(CLEANUP_LABEL);
  if (start) {
    report.checks.push(
      await timed('cleanup', CLEANUP_LABEL, () =>
        attempt(async () => {
          const removed = await removeSheets(run, [SCRATCH_SHEET, listSheetName(SCRATCH_SHEET)]);
          await activateSheet(run, start.active);
          const now = await probeSheets(run);
          const changed = sameSheets(start.sheets, now.sheets);
          if (changed) throw Object.assign(new Error(`Các trang của sổ tính khác lúc đầu: ${changed}.`), { name: 'Sổ tính đã đổi' });
          if (now.active !== start.active) throw Object.assign(new Error(`Trang đang mở là "${now.active}", không phải "${start.active}".`), { name: 'Trang đang mở' });
          return removed.length > 0 ? `đã xoá ${removed.join(', ')}` : undefined;
        }),
      ),
    );
  }
  env.onProgress?.(total, total, '');
  return report;
}
