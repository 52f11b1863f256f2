import { resolve } from 'node:path';
import { startConsolidation, type ConsolidationResult, type UnitFileInput } from '../core/consolidate/consolidateForms';
import { consolidationWritePlan } from '../core/consolidate/consolidationWritePlan';
import { DEFAULT_DEPARTMENT_RECEIVER, defaultReportingUnit, departmentTemplateContent } from '../core/consolidate/departmentForms';
import { describeFinding } from '../core/findings';
import type { SheetGrid } from '../core/grid';
import { readUnitDirectory, UNIT_DIRECTORY_SHEET, type UnitDirectory } from '../core/units/directory';
import { parsePeriodCode } from '../core/periods/periods';
import { FileWorkbook, WorkbookOpenError } from '../workbook/file/fileWorkbook';
import { xlsxOutputPath } from './xlsxOutput';
import { commandArgs } from './commandArgs';
import { UsageError, type CliIo } from './io';
import { fitForExcel } from './fitForExcel';
import { checkTemplateArgs, writeTemplate } from './templateOutput';

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'không tồn tại',
  EISDIR: 'là một thư mục',
  EACCES: 'không có quyền đọc',
  EPERM: 'không có quyền đọc',
};

/**
 * Reads one input file for consolidation. Never throws for a bad file: a file that cannot be
 * read or opened comes back with its Vietnamese reason, so the other files go on. The bytes
 * are only read, never written back.
 */
export async function readInput(file: string, io: CliIo): Promise<UnitFileInput> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (err) {
    const why = FILE_ERRORS[(err as NodeJS.ErrnoException | null)?.code ?? ''];
    if (!why) throw err;
    return { file, openError: `Tệp "${file}" ${why}.` };
  }
  try {
    const book = await FileWorkbook.open(bytes, file);
    const grids: SheetGrid[] = [];
    for (const name of await book.sheetNames()) grids.push(await book.readSheet(name));
    return { file, grids, modified: await book.modifiedAt() };
  } catch (err) {
    if (err instanceof WorkbookOpenError) return { file, openError: err.message };
    // exceljs can still choke on a zip it accepted: the file is unusable, not our run.
    return { file, openError: `Không đọc được tệp "${file}": ${(err as Error)?.message ?? String(err)}` };
  }
}

/** The --out workbook: the existing one (its own sheets get replaced, the rest kept), else a new one. */
async function openTarget(out: string, io: CliIo): Promise<FileWorkbook> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(out);
  } catch (err) {
    if ((err as NodeJS.ErrnoException | null)?.code === 'ENOENT') return FileWorkbook.create(out);
    throw err;
  }
  // Not a workbook: WorkbookOpenError (exit 1) rather than writing over someone's file.
  return FileWorkbook.open(bytes, out);
}

async function exists(file: string, io: CliIo): Promise<boolean> {
  try {
    await io.readFile(file);
    return true;
  } catch {
    return false;
  }
}

/** The unit directory of the target workbook's "Danh mục đơn vị" sheet, if it has one. */
async function directoryOf(book: FileWorkbook, io: CliIo): Promise<UnitDirectory | undefined> {
  if (!(await book.sheetNames()).includes(UNIT_DIRECTORY_SHEET)) return undefined;
  const { directory, findings } = readUnitDirectory(await book.readSheet(UNIT_DIRECTORY_SHEET));
  for (const f of findings) io.stderr(`${describeFinding(f)}\n`);
  return directory;
}

/**
 * The JSON document of SPEC §10 (extra keys: the period's days, each file's period, units per
 * lĩnh vực, II.06a notes, carry-over).
 *
 * @example
 * consolidationJson(result) // { period: { code: '2024-Q1', … }, files: [{ file, unit, status, warnings }], missingUnits, ii05a, ii06a, carryOver }
 */
export function consolidationJson(result: ConsolidationResult): unknown {
  const { period } = result;
  return {
    period: { code: period.code, label: period.label, from: period.from, to: period.to },
    files: result.files.map((f) => ({
      file: f.file,
      unit: f.unit,
      period: f.period,
      status: f.status,
      ...(f.reason !== undefined ? { reason: f.reason } : {}),
      warnings: f.warnings,
    })),
    missingUnits: result.missingUnits,
    ii05a: {
      rows: result.ii05a.rows.map(({ field, units, ...counts }) => ({ field, ...counts, units })),
      total: result.ii05a.total,
    },
    ii06a: { rows: result.ii06a.rows.map((r) => ({ unit: r.unit, field: r.field, procedure: r.procedure, count: r.count, reason: r.reason, note: r.note })) },
    carryOver: result.carryOver.map((w) => ({ unit: w.unit, field: w.field, thisQuarter: w.thisQuarter, lastQuarter: w.lastQuarter, message: w.message })),
    conflicts: result.conflicts,
  };
}

function summary(result: ConsolidationResult): string {
  const lines: string[] = [`Tổng hợp ${result.period.label} (${result.files.length} tệp):`];
  for (const f of result.files) {
    if (f.status === 'accepted') lines.push(`  ✔ ${f.file} — ${f.unit ?? ''}`);
    else lines.push(`  ✘ ${f.file} — bị từ chối: ${f.reason ?? ''}`);
    for (const w of f.warnings) lines.push(`      ! ${w}`);
  }
  lines.push(`Đơn vị giải quyết TTHC chưa có báo cáo được nhận: ${result.missingUnits.length === 0 ? 'không có' : result.missingUnits.join('; ')}`);
  const t = result.ii05a.total;
  lines.push(`Toàn Sở: nhận ${t.c3} hồ sơ, đã giải quyết ${t.c7} (quá hạn ${t.c10}), đang giải quyết ${t.c11} (quá hạn ${t.c13}); ${result.ii05a.rows.length} lĩnh vực.`);
  for (const w of result.carryOver) lines.push(`  ! ${w.message}`);
  return `${lines.join('\n')}\n`;
}

/**
 * `kstthc consolidate <unit.xlsx>... --period 2024-Q1 [--previous FILE…] [--template biểu-mẫu.xlsx] [--json] [--out department.xlsx]`:
 * checks every unit file, sums the department's II.05a and II.06a, lists the TTHC units that
 * sent nothing; `--template` writes the department's forms into the province's own template. Exit 0 when the run completed with at least one file accepted (rejections are
 * reported), 1 when no input could be used, 2 on a usage error.
 *
 * @example
 * await runConsolidateCommand(['a.xlsx', 'b.xlsx', '--period', '2024-Q1', '--json'], io) // 0
 */
export async function runConsolidateCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = commandArgs('consolidate', argv, {
        period: { type: 'string' },
        previous: { type: 'string', multiple: true },
        template: { type: 'string' },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
      });
  const { positionals } = parsed;
  const values = parsed.values.out === undefined ? parsed.values : { ...parsed.values, out: xlsxOutputPath(parsed.values.out, io) };
  if (positionals.length === 0) throw new UsageError('Thiếu tệp báo cáo của các đơn vị (.xlsx).');
  if (!values.period) throw new UsageError('Thiếu --period (ví dụ --period 2024-Q1).');
  const period = parsePeriodCode(values.period);
  if (!period) throw new UsageError(`Kỳ "${values.period}" không hợp lệ: dùng dạng 2024-Q1, 2024-H1 hoặc 2024-Y.`);
  const previousFiles = values.previous ?? [];
  if (values.out !== undefined) {
    const out = resolve(values.out);
    if ([...positionals, ...previousFiles].some((f) => resolve(f) === out)) {
      throw new UsageError(`--out "${values.out}" là một tệp nguồn: tệp của đơn vị chỉ được đọc, không bao giờ bị ghi đè.`);
    }
  }

  checkTemplateArgs(values.template, values.out, [...positionals, ...previousFiles]);
  if (values.template !== undefined && values.out !== undefined && (await exists(values.out, io))) {
    throw new UsageError(`--out "${values.out}" đã có: với --template, biểu mẫu đã điền được ghi vào một tệp mới (không ghi đè sổ tính đang có).`);
  }

  // --out may be the department's workbook of earlier runs: its other sheets stay, its
  // "Danh mục đơn vị" (when it has one) says which units handle TTHC.
  const target = values.out === undefined || values.template !== undefined ? null : await openTarget(values.out, io);
  const directory = target ? await directoryOf(target, io) : undefined;

  const previous: UnitFileInput[] = [];
  for (const file of previousFiles) previous.push(await readInput(file, io));
  // One file at a time: its sheets are dropped once checked, so 50 files never sit in memory together.
  const run = startConsolidation({ period, ...(previous.length > 0 ? { previous } : {}), ...(directory ? { directory } : {}) });
  for (const file of positionals) run.add(await readInput(file, io));
  const result = run.result();
  const accepted = result.files.filter((f) => f.status === 'accepted').length;

  if (target && values.out !== undefined && accepted > 0) {
    await target.apply(fitForExcel(consolidationWritePlan(result), io));
    await io.writeFile(values.out, await target.save());
  }
  let filled = false;
  if (values.template !== undefined && values.out !== undefined && accepted > 0) {
    const heading = { unit: defaultReportingUnit(period), period, fallbackReceiver: DEFAULT_DEPARTMENT_RECEIVER };
    filled = await writeTemplate(values.template, values.out, departmentTemplateContent(result), heading, io);
  }

  if (values.json) io.stdout(`${JSON.stringify(consolidationJson(result), null, 2)}\n`);
  else io.stdout(summary(result));
  // Two differing files of one unit: the officer must hear it even with --json on stdout.
  for (const c of result.conflicts) io.stderr(`CẢNH BÁO: ${c}\n`);
  if (accepted === 0) {
    io.stderr('Không có tệp nào dùng được: chưa tổng hợp được báo cáo.\n');
    return 1;
  }
  if (target) io.stderr(`Đã ghi "${values.out}".\n`);
  if (values.template !== undefined) {
    if (!filled) return 1;
    io.stderr(`Đã điền biểu mẫu "${values.template}" và ghi vào "${values.out}".\n`);
  }
  return 0;
}
