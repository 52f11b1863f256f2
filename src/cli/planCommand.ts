import { formatViDate } from '../core/calendar/isoDate';
import type { SheetGrid } from '../core/grid';
import { describeFinding, type Finding } from '../core/findings';
import { highlightWritePlan } from '../core/highlight/highlightWritePlan';
import { countByStatus, shownStatus } from '../core/highlight/unitView';
import type { ColumnMapping, PlanTable, RoleSource } from '../core/plan/model';
import { readPlanTable, roleColumnsOf } from '../core/plan/readPlanTable';
import { ROLE_NAMES, ROLE_SOURCE_NAMES } from '../core/plan/columnRoles';
import { parseColumnMapping } from './columnsArg';
import { readPlanWithKeptMappings, savedColumnMappings } from '../workbook/columnSetting';
import { computePlanStatus, DEFAULT_WINDOW, deliverableStatusJson, statusOf } from '../core/status/computeStatus';
import { FROM_PLAN_NOTE, STATUS_LABELS } from '../core/status/labels';
import type { PlanStatus, StatusKey } from '../core/status/model';
import { STATUS_SEVERITY } from '../core/status/model';
import { statusInputsOf } from '../core/status/statusInputs';
import { matchUnitName } from '../core/units/matchUnitName';
import { readDayText } from '../core/calendar/dayText';
import { FileWorkbook } from '../workbook/file/fileWorkbook';
import { convertedCopyNote, xlsxOutputPath } from './xlsxOutput';
import { commandArgs } from './commandArgs';
import { asOfOutsidePlanYear } from './asOfYear';
import { UsageError, type CliIo } from './io';
import { fitForExcel } from './fitForExcel';
import { planJson } from './planJson';
import { withPlanYear } from '../core/plan/planYear';
import { namedUnits } from '../core/units/splitUnits';
import { taskName } from '../core/plan/taskIdentity';
import type { WordPlanSheet } from '../core/docx/wordPlanSheet';
import { appendixSheetWritePlan } from '../core/docx/appendixSheetWrite';
import { isWordDocumentName, readDocxPlanSheet } from '../workbook/docx/docxPlan';

/** The options of `kstthc plan`. */
export interface PlanArgs {
  file: string;
  sheet?: string;
  json: boolean;
  asOf?: string;
  window?: string;
  unit?: string;
  out?: string;
  year?: string;
  /** Issuing body printed on the status sheets (default: the plan's title block). */
  issuer?: string;
  /** The officer's reading of the columns (SPEC §12: `--columns`, `--header-row`). */
  mapping?: ColumnMapping;
}

/**
 * Parses `kstthc plan` arguments; a mistake is a {@link UsageError} (exit 2).
 *
 * @example
 * parsePlanArgs(['ke-hoach.xlsx', '--json']) // { file: 'ke-hoach.xlsx', json: true }
 */
export function parsePlanArgs(argv: string[]): PlanArgs {
  const parsed = commandArgs('plan', argv, {
        sheet: { type: 'string' },
        json: { type: 'boolean', default: false },
        'as-of': { type: 'string' },
        window: { type: 'string' },
        unit: { type: 'string' },
        out: { type: 'string' },
        year: { type: 'string' },
        issuer: { type: 'string' },
        columns: { type: 'string' },
        'header-row': { type: 'string' },
      });
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'Thiếu tệp kế hoạch (.xlsx hoặc .docx) cho lệnh "plan".' : 'Lệnh "plan" chỉ nhận một tệp kế hoạch.');
  }
  return {
    file: positionals[0],
    json: values.json ?? false,
    ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
    ...(values['as-of'] !== undefined ? { asOf: values['as-of'] } : {}),
    ...(values.window !== undefined ? { window: values.window } : {}),
    ...(values.unit !== undefined ? { unit: values.unit } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values.year !== undefined ? { year: values.year } : {}),
    ...(values.issuer !== undefined ? { issuer: values.issuer.replace(/\\n/g, '\n') } : {}),
    ...optionalMapping(parseColumnMapping(values.columns, values['header-row'])),
  };
}

function optionalMapping(mapping: ColumnMapping | undefined): { mapping?: ColumnMapping } {
  return mapping ? { mapping } : {};
}

/**
 * The plan read from a file, or the one Vietnamese sentence saying why there is none. From a
 * Word document, `word` is its plan sheet and `book` a new workbook to write it into.
 */
export type LoadedPlan =
  | { plan: PlanTable; findings: Finding[]; grids: SheetGrid[]; book: FileWorkbook; word?: WordPlanSheet }
  | { plan: null; reason: string };

/**
 * Reads an .xlsx file and its plan table. A file that is not a workbook throws
 * `WorkbookOpenError` (exit 1 in `main`); an empty workbook or one without a plan table
 * comes back with its reason.
 *
 * @example
 * await loadPlanFile('ke-hoach.xlsx', {}, io) // { plan: { sheet: 'Phụ lục', … }, findings: […] }
 */
export async function loadPlanFile(file: string, options: { sheet?: string; mapping?: ColumnMapping }, io: CliIo): Promise<LoadedPlan> {
  const bytes = await io.readFile(file);
  if (isWordDocumentName(file)) {
    // SPEC §13: the appendix table of a .docx, read as the same table pasted into Excel.
    const word = readDocxPlanSheet(bytes, file);
    const loaded = planOfGrids([word.grid], file, options);
    return loaded.plan ? { ...loaded, findings: [...word.findings, ...loaded.findings], book: FileWorkbook.create(file), word } : loaded;
  }
  const book = await FileWorkbook.open(bytes, file);
  const grids: SheetGrid[] = [];
  for (const name of await book.sheetNames()) grids.push(await book.readSheet(name));
  if (grids.every((g) => g.values.every((line) => line.every((v) => v === null || v === '')))) {
    return { plan: null, reason: `Sổ tính "${file}" trống: không có ô nào có dữ liệu.` };
  }
  // The columns the officer mapped in the pane are kept in the file (SPEC §12): used unless --columns/--header-row say otherwise.
  const kept = options.mapping ? new Map<string, ColumnMapping>() : await savedColumnMappings(book, options.sheet !== undefined ? [options.sheet] : grids.map((g) => g.name));
  const loaded = planOfGrids(grids, file, options, kept);
  return loaded.plan ? { ...loaded, book } : loaded;
}

/** The plan table of the grids read from `file`, or why there is none. */
function planOfGrids(
  grids: SheetGrid[],
  file: string,
  options: { sheet?: string; mapping?: ColumnMapping },
  kept: ReadonlyMap<string, ColumnMapping> = new Map(),
): { plan: PlanTable; findings: Finding[]; grids: SheetGrid[] } | { plan: null; reason: string } {
  const { plan, findings } =
    kept.size > 0
      ? readPlanWithKeptMappings(grids, kept, options.sheet !== undefined ? { sheet: options.sheet } : {})
      : readPlanTable(grids, { ...(options.sheet !== undefined ? { sheet: options.sheet } : {}), ...(options.mapping ? { mapping: options.mapping } : {}) });
  if (!plan) {
    const reason = findings.find((f) => f.severity === 'error')?.message ?? `Không đọc được bảng kế hoạch trong "${file}".`;
    return { plan: null, reason: `${file}: ${reason}` };
  }
  if (plan.tasks.length === 0) {
    // A header with nothing under it is not a plan to judge or colour.
    const empty = findings.find((f) => f.message.includes('chưa có nhiệm vụ nào'));
    return { plan: null, reason: `${file}: ${empty ? describeFinding(empty) : `Bảng kế hoạch ở trang tính "${plan.sheet}" chưa có nhiệm vụ nào.`}` };
  }
  return { plan, findings, grids };
}

const SHOWN_WARNINGS = 5;

/** What the Word document's title block says, on one line ("Văn bản Word: KẾ HOẠCH … số 12/KH-UBND, ngày 10/01/2025."). */
function wordHeadingLine(word: WordPlanSheet): string {
  const h = word.heading;
  const title = [h.kind, h.title].filter((t) => t).join(' ') || '(không có tiêu đề)';
  const parts = [h.number ? `số ${h.number}` : '', h.date ? `ngày ${formatViDate(h.date)}` : '', h.issuer ? `của ${h.issuer.replace(/\n/g, ' - ')}` : ''].filter((p) => p);
  return `Văn bản Word: ${title}${parts.length > 0 ? `, ${parts.join(', ')}` : ''}.\n`;
}

/**
 * The short readable summary printed without `--json`.
 *
 * @example
 * planSummary(plan) // 'Trang tính: Phụ lục\nNăm kế hoạch: 2024\n12 mục, 37 nhiệm vụ, 40 kết quả.\n…'
 */
export function planSummary(plan: PlanTable, warnings: readonly Finding[] = plan.warnings): string {
  const deliverables = plan.tasks.reduce((n, t) => n + t.deliverables.length, 0);
  const lines = [
    `Trang tính: ${plan.sheet}`,
    `Năm kế hoạch: ${plan.year ?? 'chưa xác định'}`,
    `${plan.sections.length} mục, ${plan.tasks.length} nhiệm vụ, ${deliverables} kết quả (dòng ${plan.layout.headerRows[0]}–${plan.layout.lastRow}).`,
  ];
  const columns = columnsLine(plan);
  if (columns) lines.push(columns);
  if (warnings.length === 0) {
    lines.push('Không có cảnh báo.');
  } else {
    const shown = warnings.slice(0, SHOWN_WARNINGS);
    lines.push(`${warnings.length} cảnh báo${warnings.length > shown.length ? `, ${shown.length} cảnh báo đầu` : ''}:`);
    for (const w of shown) lines.push(`  - ${describeFinding(w)}`);
    if (warnings.length > shown.length) lines.push('  … (dùng --json để xem tất cả)');
  }
  return `${lines.join('\n')}\n`;
}

/** What the summary adds after a role's column: how it was chosen, unless by its header. */
const how = (source: string): string => (source === 'header' ? '' : ` (${ROLE_SOURCE_NAMES[source as RoleSource]})`);

/**
 * Which column fed each role (SPEC §12), one line: `Cột: STT = A "STT"; Chủ trì = D "Chủ trì"; …`.
 *
 * @example
 * columnsLine(plan) // 'Cột: STT = A "STT"; Nội dung (nhiệm vụ) = B "Nội dung công việc"; …'
 */
export function columnsLine(plan: PlanTable): string | null {
  const roles = roleColumnsOf(plan);
  const parts = Object.entries(roles).map(([role, c]) => `${ROLE_NAMES[role as keyof typeof ROLE_NAMES]} = ${c.column}${c.header ? ` "${c.header.replace(/\n/g, ' ')}"` : ''}${how(c.source)}`);
  return parts.length > 0 ? `Cột: ${parts.join('; ')}.` : null;
}

/** The --as-of day as an officer writes it (dd/mm/yyyy or yyyy-mm-dd); a wrong one is a usage error saying what is wrong. */
function asOfDay(text: string): string {
  const read = readDayText(text);
  if (read.ok) return read.day;
  if (read.reason === 'nonexistent') {
    const month = String(read.month).padStart(2, '0');
    const why = read.lastDay === null ? `không có tháng ${read.month}` : `tháng ${month}/${read.year} chỉ có ${read.lastDay} ngày`;
    throw new UsageError(`Ngày --as-of "${text}" không có thật: ${why}.`);
  }
  throw new UsageError(`Ngày --as-of "${text}" không đúng dạng: viết dd/mm/yyyy (10/03/2024) hoặc yyyy-mm-dd (2024-03-10).`);
}

/** The as-of day, window and year from the arguments; a wrong one is a usage error. */
export function statusArgs(args: Pick<PlanArgs, 'asOf' | 'window' | 'year'>, io: CliIo): { asOf: string; window: number; year?: number } {
  const asOf = args.asOf === undefined ? io.today() : asOfDay(args.asOf);
  const window = args.window === undefined ? DEFAULT_WINDOW : Number(args.window);
  if (!/^\d+$/.test(args.window ?? '0') || !Number.isInteger(window) || window > 366) {
    throw new UsageError(`Số ngày --window "${args.window}" không đúng: cần một số nguyên từ 0 đến 366.`);
  }
  if (args.year === undefined) return { asOf, window };
  const year = Number(args.year);
  if (!/^\d{4}$/.test(args.year) || year < 2000 || year > 2100) throw new UsageError(`Năm --year "${args.year}" không đúng: cần dạng 2024.`);
  return { asOf, window, year };
}

/**
 * The readable status lines printed without `--json`: counts by status and the overdue and
 * upcoming deliverables.
 */
export function statusSummary(plan: PlanTable, status: PlanStatus, unit?: string): string {
  const counts = countByStatus(status, unit !== undefined ? { unit } : {});
  const lines = [`Tính đến ngày ${formatViDate(status.asOf)}${unit ? `, đơn vị ${unit}` : ''} (sắp đến hạn: trong ${status.window} ngày):`];
  for (const key of STATUS_SEVERITY) {
    const n = counts.byStatus[key];
    const fromPlan = key === 'done' && counts.doneFromPlan > 0 ? ` (${counts.doneFromPlan} ${FROM_PLAN_NOTE})` : '';
    if (n > 0) lines.push(`  ${STATUS_LABELS[key].symbol} ${STATUS_LABELS[key].vi}: ${n}${fromPlan}`);
  }
  const listed: StatusKey[] = ['overdue', 'due-soon'];
  const tasksById = new Map(plan.tasks.map((t) => [t.id, t]));
  for (const key of listed) {
    const items = status.deliverables.flatMap((d) => {
      const shown = shownStatus(d, unit);
      return shown && shown.status === key ? [{ d, shown }] : [];
    });
    if (items.length === 0) continue;
    lines.push(`${STATUS_LABELS[key].vi}:`);
    for (const { d, shown } of items) {
      const task = tasksById.get(d.taskId);
      const many = (task?.deliverables.length ?? 1) > 1;
      const due = shown.nextDue ? ` — hạn ${formatViDate(shown.nextDue)}` : '';
      lines.push(`  - ${task ? taskName(task) : `Nhiệm vụ ${d.taskId}`}${many ? d.key : ''} (dòng ${d.rows[0]})${due}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `kstthc plan <file> [--sheet NAME] [--as-of D] [--window N] [--unit NAME] [--json] [--out F]`:
 * reads the plan table, judges every deliverable and unit as of a day, prints the result
 * (SPEC §10) and, with `--out`, writes a copy of the workbook with the status columns, row
 * colours and printable status sheets. The source file is never written.
 *
 * @example
 * await runPlanCommand(['ke-hoach.xlsx', '--as-of', '2024-03-10', '--json'], processIo()) // 0
 */
export async function runPlanCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = parsePlanArgs(argv);
  const args = parsed.out === undefined ? parsed : { ...parsed, out: xlsxOutputPath(parsed.out, io) };
  const when = statusArgs(args, io);
  if (args.out !== undefined && args.out === args.file) {
    throw new UsageError('Tệp --out phải khác tệp kế hoạch: kstthc không ghi đè tệp gốc.');
  }
  const loaded = await loadPlanFile(args.file, { ...(args.sheet !== undefined ? { sheet: args.sheet } : {}), ...optionalMapping(args.mapping) }, io);
  if (!loaded.plan) {
    io.stderr(`${loaded.reason}\n`);
    return 1;
  }
  const { grids, book, word } = loaded;
  // --year always wins over the year read from the plan (SPEC §11).
  const plan = withPlanYear(loaded.plan, when.year);
  const outside = asOfOutsidePlanYear(plan, when.asOf);
  if (outside) io.stderr(`CẢNH BÁO: ${outside}\n`);
  const inputs = statusInputsOf(grids, plan);
  let unit: string | undefined;
  if (args.unit !== undefined) {
    const match = matchUnitName(inputs.directory, args.unit);
    if (match.kind === 'ambiguous') {
      const names = match.candidates.map((u) => u.name).join('; ');
      throw new UsageError(`"${args.unit}" có trong tên của ${match.candidates.length} đơn vị: ${names}. Gõ thêm chữ để chỉ một đơn vị.`);
    }
    if (match.kind === 'none') {
      const names = inputs.directory.units.map((u) => u.name).join('; ');
      throw new UsageError(`Không có đơn vị "${args.unit}" trong danh mục đơn vị. Các đơn vị: ${names}.`);
    }
    unit = match.unit.name;
  }
  const status = computePlanStatus(plan, {
    asOf: when.asOf,
    window: when.window,
    directory: inputs.directory,
    tracking: inputs.tracking,
    ...(when.year !== undefined ? { year: when.year } : {}),
  });
  const warnings = [...(word?.findings ?? []), ...inputs.findings, ...status.warnings];

  if (args.out !== undefined) {
    const shortNames = Object.fromEntries(inputs.directory.units.filter((u) => u.shortName).map((u) => [u.name, u.shortName as string]));
    const grid = grids.find((g) => g.name === plan.sheet);
    // From a Word document the result is a new workbook: its table first, then the status columns on it.
    if (word) await book.apply(appendixSheetWritePlan(word, { name: word.grid.name }));
    const sizes = await book.sheetSizes(plan.sheet);
    await book.apply(fitForExcel(highlightWritePlan(plan, status, { asOf: status.asOf, shortNames, ...(unit ? { unit } : {}), ...(grid ? { grid } : {}), ...(sizes ? { sizes } : {}), ...(args.issuer ? { issuer: args.issuer } : {}) }), io));
    await io.writeFile(args.out, await book.save());
    if (book.format !== 'xlsx') io.stderr(convertedCopyNote(args.file, book.format, args.out));
  }

  if (args.json) {
    const doc = planJson(plan, {
      asOf: status.asOf,
      warnings,
      deliverable: (t, d) => {
        const s = statusOf(status, t.id, d.key);
        const named = namedUnits(d.lead, d.support);
        return { leadUnits: named.lead, supportUnits: named.support, ...(s ? deliverableStatusJson(s) : {}) };
      },
    });
    const directory = { source: inputs.directory.source, units: inputs.directory.units.length, line: inputs.directoryLine };
    const document = word ? { document: { ...word.heading, tables: word.tablesJoined } } : {};
    io.stdout(`${JSON.stringify(unit ? { ...doc, directory, ...document, unit } : { ...doc, directory, ...document }, null, 2)}\n`);
  } else {
    if (word) io.stdout(wordHeadingLine(word));
    io.stdout(planSummary(plan, [...plan.warnings, ...warnings]));
    io.stdout(statusSummary(plan, status, unit));
    io.stdout(`${inputs.directoryLine}\n`);
    if (args.out !== undefined) io.stdout(`Đã ghi tệp ${args.out} (cột trạng thái, tô màu và trang in tiến độ).\n`);
  }
  return 0;
}
