import { join } from 'node:path';
import { formatViDate } from '../core/calendar/isoDate';
import { startConsolidation } from '../core/consolidate/consolidateForms';
import { describeFinding } from '../core/findings';
import type { SheetGrid } from '../core/grid';
import { parsePeriodCode } from '../core/periods/periods';
import { consolidatorOf, type Consolidator, type Reminder } from '../core/remind/model';
import { planReminders } from '../core/remind/planReminders';
import { reminderEml, reminderFileName } from '../core/remind/reminderText';
import { reportReminders } from '../core/remind/reportReminders';
import { STATUS_LABELS } from '../core/status/labels';
import { computePlanStatus } from '../core/status/computeStatus';
import { statusInputsOf } from '../core/status/statusInputs';
import { matchKey } from '../core/text/normalize';
import { DEFAULT_UNIT_DIRECTORY, findUnit, readUnitDirectory, UNIT_DIRECTORY_SHEET, type UnitDirectory } from '../core/units/directory';
import { FileWorkbook } from '../workbook/file/fileWorkbook';
import { commandArgs } from './commandArgs';
import { readInput } from './consolidateCommand';
import { UsageError, type CliIo } from './io';
import { asOfOutsidePlanYear } from './asOfYear';
import { withPlanYear } from '../core/plan/planYear';
import { loadPlanFile, statusArgs } from './planCommand';

/** The options of `kstthc remind`. */
interface RemindArgs {
  plan: string;
  reports: string[] | null;
  period?: string;
  sheet?: string;
  asOf?: string;
  window?: string;
  year?: string;
  unit?: string;
  out?: string;
  json: boolean;
}

function parseRemindArgs(argv: string[]): RemindArgs {
  const { values, positionals } = commandArgs('remind', argv, {
    reports: { type: 'boolean', default: false },
    period: { type: 'string' },
    sheet: { type: 'string' },
    'as-of': { type: 'string' },
    window: { type: 'string' },
    year: { type: 'string' },
    unit: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const [plan, ...rest] = positionals;
  if (!plan) throw new UsageError('Thiếu tệp kế hoạch (.xlsx) cho lệnh "remind".');
  if (values.reports) {
    if (rest.length === 0) throw new UsageError('Thiếu tệp báo cáo của các đơn vị sau --reports (ví dụ: kstthc remind ke-hoach.xlsx --reports don-vi/*.xlsx --period 2024-Q1).');
    if (!values.period) throw new UsageError('Thiếu --period cho --reports (ví dụ --period 2024-Q1).');
  } else {
    if (rest.length > 0) throw new UsageError('Lệnh "remind" chỉ nhận một tệp kế hoạch; nhắc gửi báo cáo thì thêm --reports trước các tệp của đơn vị.');
    if (values.period !== undefined) throw new UsageError('--period chỉ dùng cùng --reports.');
  }
  if (!values.json && values.out === undefined) throw new UsageError('Cần --out THƯ-MỤC (nơi ghi thư nháp .eml) hoặc --json.');
  return {
    plan,
    reports: values.reports ? rest : null,
    json: values.json ?? false,
    ...(values.period !== undefined ? { period: values.period } : {}),
    ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
    ...(values['as-of'] !== undefined ? { asOf: values['as-of'] } : {}),
    ...(values.window !== undefined ? { window: values.window } : {}),
    ...(values.year !== undefined ? { year: values.year } : {}),
    ...(values.unit !== undefined ? { unit: values.unit } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
  };
}

/** The directory a unit name must be found in, else a usage error listing the units. */
function checkedUnit(directory: UnitDirectory, unit: string | undefined): string | undefined {
  if (unit === undefined) return undefined;
  const found = findUnit(directory, unit);
  if (!found) throw new UsageError(`Không có đơn vị "${unit}" trong danh mục đơn vị. Các đơn vị: ${directory.units.map((u) => u.name).join('; ')}.`);
  return found.name;
}

/** Where the addresses come from when the workbook has no directory of its own. */
const NO_DIRECTORY = (file: string) =>
  `Tệp "${file}" không có trang "${UNIT_DIRECTORY_SHEET}": dùng danh mục đơn vị mặc định (cần kiểm tra), chưa có email của các đơn vị. Tạo trang này bằng "kstthc init" và điền cột Email.\n`;

/** The unit directory of a workbook that has no plan table to read (report reminders). */
async function directoryOfFile(file: string, io: CliIo): Promise<UnitDirectory> {
  const book = await FileWorkbook.open(await io.readFile(file), file);
  const name = (await book.sheetNames()).find((n) => matchKey(n) === matchKey(UNIT_DIRECTORY_SHEET));
  if (!name) {
    io.stderr(NO_DIRECTORY(file));
    return DEFAULT_UNIT_DIRECTORY;
  }
  const grid: SheetGrid = await book.readSheet(name);
  const { directory, findings } = readUnitDirectory(grid);
  for (const f of findings) io.stderr(`${describeFinding(f)}\n`);
  return directory;
}

/** The `--json` document: the reminders as data, with the file each draft was written to. */
function remindJson(reminders: readonly Reminder[], context: { kind: 'plan' | 'report'; asOf: string; window?: number; sender: Consolidator; files: Map<Reminder, string> }): unknown {
  return {
    kind: context.kind,
    asOf: context.asOf,
    ...(context.window !== undefined ? { window: context.window } : {}),
    sender: context.sender,
    reminders: reminders.map((r) => ({
      unit: r.unit,
      shortName: r.shortName,
      emails: r.emails,
      ...(context.files.has(r) ? { file: context.files.get(r) } : {}),
      subject: r.letter.subject,
      counts: r.counts,
      items: r.items.map((i) => ({ task: i.label, content: i.content, result: i.result, due: i.due, status: i.status, rows: i.rows })),
      ...(r.period ? { period: r.period } : {}),
      ...(r.rejected ? { rejected: r.rejected } : {}),
      warnings: r.warnings,
    })),
  };
}

/** Creates the drafts' folder; false, said in Vietnamese, when a file stands where it should be. */
async function madeOutDir(out: string, io: CliIo): Promise<boolean> {
  try {
    await io.makeDir?.(out);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException | null)?.code;
    if (code !== 'EEXIST' && code !== 'ENOTDIR') throw err;
    io.stderr(`Không tạo được thư mục "${out}" vì đã có một tệp trùng tên trên đường dẫn này: chọn --out là một thư mục (ví dụ --out thu-nhac).\n`);
    return false;
  }
}

function summaryLine(r: Reminder): string {
  if (r.kind === 'report') return `  - ${r.unit}: chưa gửi báo cáo ${r.period?.label ?? ''}${r.rejected && r.rejected.length > 0 ? ` (tệp bị từ chối: ${r.rejected.map((x) => x.file).join(', ')})` : ''}`;
  const parts = [
    ...(r.counts.overdue > 0 ? [`${r.counts.overdue} ${STATUS_LABELS.overdue.vi.toLowerCase()}`] : []),
    ...(r.counts.dueSoon > 0 ? [`${r.counts.dueSoon} ${STATUS_LABELS['due-soon'].vi.toLowerCase()}`] : []),
  ];
  return `  - ${r.unit}: ${parts.join(', ')}`;
}

/**
 * `kstthc remind <plan.xlsx> [--as-of D] [--window N] [--unit U] [--sheet S] [--year Y] (--out DIR | --json)`:
 * one e-mail draft (DIR/<unit>.eml) per lead unit with overdue or due-soon deliverables, the
 * statuses of `kstthc plan`. With `--reports <unit files…> --period P`: one draft per unit
 * handling TTHC that has no accepted report for the period (the consolidation's check).
 * Exit 0 (also when nobody is late, with a message), 1 when the input cannot be used, 2 on a usage error.
 *
 * @example
 * await runRemindCommand(['ke-hoach.xlsx', '--as-of', '2024-03-10', '--out', 'thu-nhac'], processIo()) // 0
 */
export async function runRemindCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseRemindArgs(argv);
  const when = statusArgs(args, io);
  let reminders: Reminder[];
  let directory: UnitDirectory;
  let kind: 'plan' | 'report';
  let nobody: string;
  if (args.reports) {
    kind = 'report';
    const period = parsePeriodCode(args.period ?? '');
    if (!period) throw new UsageError(`Kỳ "${args.period}" không hợp lệ: dùng dạng 2024-Q1, 2024-H1 hoặc 2024-Y.`);
    directory = await directoryOfFile(args.plan, io);
    const unit = checkedUnit(directory, args.unit);
    const run = startConsolidation({ period, directory });
    for (const file of args.reports) {
      const outcome = run.add(await readInput(file, io));
      if (outcome.status === 'rejected') io.stderr(`Tệp "${file}" không được nhận: ${outcome.reason ?? ''}\n`);
    }
    reminders = reportReminders(run.result(), directory, { asOf: when.asOf, ...(unit ? { unit } : {}) });
    nobody = `Mọi đơn vị giải quyết TTHC${unit ? ` (${unit})` : ''} đã gửi báo cáo ${period.label} được nhận: không cần nhắc.\n`;
  } else {
    kind = 'plan';
    const loaded = await loadPlanFile(args.plan, args.sheet !== undefined ? { sheet: args.sheet } : {}, io);
    if (!loaded.plan) {
      io.stderr(`${loaded.reason}\n`);
      return 1;
    }
    const inputs = statusInputsOf(loaded.grids, loaded.plan);
    const outside = asOfOutsidePlanYear(withPlanYear(loaded.plan, when.year), when.asOf);
    if (outside) io.stderr(`CẢNH BÁO: ${outside}\n`);
    directory = inputs.directory;
    for (const f of inputs.findings) io.stderr(`${describeFinding(f)}\n`);
    if (inputs.sheets.directory === null) io.stderr(NO_DIRECTORY(args.plan));
    const unit = checkedUnit(directory, args.unit);
    const status = computePlanStatus(loaded.plan, {
      asOf: when.asOf,
      window: when.window,
      directory,
      tracking: inputs.tracking,
      ...(when.year !== undefined ? { year: when.year } : {}),
    });
    reminders = planReminders(loaded.plan, status, directory, unit ? { unit } : {});
    nobody = `Tính đến ngày ${formatViDate(when.asOf)}${unit ? `, ${unit}` : ''} không có nhiệm vụ nào quá hạn hoặc sắp đến hạn (trong ${when.window} ngày): không cần nhắc việc.\n`;
  }

  const sender = consolidatorOf(directory);
  const files = new Map<Reminder, string>();
  if (args.out !== undefined && reminders.length > 0) {
    if (!(await madeOutDir(args.out, io))) return 1;
    const date = new Date();
    const used = new Set<string>();
    for (const r of reminders) {
      let name = reminderFileName(r.unit);
      // Two units whose names clean to one file name keep both drafts.
      for (let n = 2; used.has(name.toLowerCase()); n++) name = reminderFileName(`${r.unit} (${n})`);
      used.add(name.toLowerCase());
      const path = join(args.out, name);
      await io.writeFile(path, new TextEncoder().encode(reminderEml(r, { from: sender, date })));
      files.set(r, path);
    }
  }
  for (const r of reminders) for (const w of r.warnings) io.stderr(`${w}\n`);
  if (reminders.length === 0) io.stderr(nobody);

  if (args.json) {
    io.stdout(`${JSON.stringify(remindJson(reminders, { kind, asOf: when.asOf, ...(kind === 'plan' ? { window: when.window } : {}), sender, files }), null, 2)}\n`);
  } else if (reminders.length > 0) {
    const lines = [`${reminders.length} đơn vị cần nhắc (tính đến ngày ${formatViDate(when.asOf)}):`, ...reminders.map(summaryLine)];
    if (args.out !== undefined) lines.push(`Đã ghi ${reminders.length} thư nháp (.eml) vào thư mục "${args.out}": mở bằng Outlook hoặc Thunderbird, kiểm tra rồi gửi.`);
    io.stdout(`${lines.join('\n')}\n`);
  }
  return 0;
}
