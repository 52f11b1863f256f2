import { parseArgs } from 'node:util';
import type { SheetGrid } from '../core/grid';
import { describeFinding, type Finding } from '../core/findings';
import type { PlanTable } from '../core/plan/model';
import { readPlanTable } from '../core/plan/readPlanTable';
import { FileWorkbook } from '../workbook/file/fileWorkbook';
import { UsageError, type CliIo } from './io';
import { planJson } from './planJson';

/** The options of `kstthc plan`. */
export interface PlanArgs {
  file: string;
  sheet?: string;
  json: boolean;
  asOf?: string;
  window?: string;
  unit?: string;
  out?: string;
}

/**
 * Parses `kstthc plan` arguments; a mistake is a {@link UsageError} (exit 2).
 *
 * @example
 * parsePlanArgs(['ke-hoach.xlsx', '--json']) // { file: 'ke-hoach.xlsx', json: true }
 */
export function parsePlanArgs(argv: string[]): PlanArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        sheet: { type: 'string' },
        json: { type: 'boolean', default: false },
        'as-of': { type: 'string' },
        window: { type: 'string' },
        unit: { type: 'string' },
        out: { type: 'string' },
      },
    });
  } catch (err) {
    throw new UsageError(`Tham số của lệnh "plan" không đúng: ${(err as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'Thiếu tệp kế hoạch (.xlsx) cho lệnh "plan".' : 'Lệnh "plan" chỉ nhận một tệp kế hoạch.');
  }
  return {
    file: positionals[0],
    json: values.json ?? false,
    ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
    ...(values['as-of'] !== undefined ? { asOf: values['as-of'] } : {}),
    ...(values.window !== undefined ? { window: values.window } : {}),
    ...(values.unit !== undefined ? { unit: values.unit } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
  };
}

/** The plan read from a file, or the one Vietnamese sentence saying why there is none. */
export type LoadedPlan = { plan: PlanTable; findings: Finding[] } | { plan: null; reason: string };

/**
 * Reads an .xlsx file and its plan table. A file that is not a workbook throws
 * `WorkbookOpenError` (exit 1 in `main`); an empty workbook or one without a plan table
 * comes back with its reason.
 *
 * @example
 * await loadPlanFile('ke-hoach.xlsx', {}, io) // { plan: { sheet: 'Phụ lục', … }, findings: […] }
 */
export async function loadPlanFile(file: string, options: { sheet?: string }, io: CliIo): Promise<LoadedPlan> {
  const book = await FileWorkbook.open(await io.readFile(file), file);
  const grids: SheetGrid[] = [];
  for (const name of await book.sheetNames()) grids.push(await book.readSheet(name));
  if (grids.every((g) => g.values.every((line) => line.every((v) => v === null || v === '')))) {
    return { plan: null, reason: `Sổ tính "${file}" trống: không có ô nào có dữ liệu.` };
  }
  const { plan, findings } = readPlanTable(grids, options.sheet !== undefined ? { sheet: options.sheet } : {});
  if (!plan) {
    const reason = findings.find((f) => f.severity === 'error')?.message ?? `Không đọc được bảng kế hoạch trong "${file}".`;
    return { plan: null, reason: `${file}: ${reason}` };
  }
  return { plan, findings };
}

const SHOWN_WARNINGS = 5;

/**
 * The short readable summary printed without `--json`.
 *
 * @example
 * planSummary(plan) // 'Trang tính: Phụ lục\nNăm kế hoạch: 2024\n12 mục, 37 nhiệm vụ, 40 kết quả.\n…'
 */
export function planSummary(plan: PlanTable): string {
  const deliverables = plan.tasks.reduce((n, t) => n + t.deliverables.length, 0);
  const lines = [
    `Trang tính: ${plan.sheet}`,
    `Năm kế hoạch: ${plan.year ?? 'chưa xác định'}`,
    `${plan.sections.length} mục, ${plan.tasks.length} nhiệm vụ, ${deliverables} kết quả (dòng ${plan.layout.headerRows[0]}–${plan.layout.lastRow}).`,
  ];
  if (plan.warnings.length === 0) {
    lines.push('Không có cảnh báo.');
  } else {
    const shown = plan.warnings.slice(0, SHOWN_WARNINGS);
    lines.push(`${plan.warnings.length} cảnh báo${plan.warnings.length > shown.length ? `, ${shown.length} cảnh báo đầu` : ''}:`);
    for (const w of shown) lines.push(`  - ${describeFinding(w)}`);
    if (plan.warnings.length > shown.length) lines.push('  … (dùng --json để xem tất cả)');
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `kstthc plan <file> [--sheet NAME] [--json]`: reads the plan table and prints it (SPEC §10).
 * `--as-of`, `--window`, `--unit` and `--out` are accepted for the status features to come.
 *
 * @example
 * await runPlanCommand(['ke-hoach.xlsx', '--json'], processIo()) // 0, one JSON document on stdout
 */
export async function runPlanCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parsePlanArgs(argv);
  const loaded = await loadPlanFile(args.file, args.sheet !== undefined ? { sheet: args.sheet } : {}, io);
  if (!loaded.plan) {
    io.stderr(`${loaded.reason}\n`);
    return 1;
  }
  if (args.json) io.stdout(`${JSON.stringify(planJson(loaded.plan), null, 2)}\n`);
  else io.stdout(planSummary(loaded.plan));
  return 0;
}
