import { resolve } from 'node:path';
import { formatViDate } from '../core/calendar/isoDate';
import { describeFinding, type Finding } from '../core/findings';
import { computeForms, type FormsResult } from '../core/forms/computeForms';
import { formsWritePlan, ii05aBodyLines, ii06aBodyLines, RECEIVER_BLANK } from '../core/forms/formsWritePlan';
import { parsePeriodCode, type ReportPeriod } from '../core/periods/periods';
import { CHANNEL_LABELS, REGISTER_FIELD_LABELS, REGISTER_FIELDS, type Channel, type RegisterField } from '../core/register/model';
import { pickRegister, type PickedRegister } from '../core/register/pickRegister';
import { reportReceiverOf } from '../core/forms/reportReceiver';
import { conflictMessage, readRegister, type RegisterRead } from '../core/register/readRegister';
import { decideFormsUnit, registerUnit } from '../core/register/registerUnit';
import { DEFAULT_UNIT_DIRECTORY, readUnitDirectory, UNIT_DIRECTORY_SHEET, type UnitDirectory } from '../core/units/directory';
import { FileWorkbook } from '../workbook/file/fileWorkbook';
import { xlsxOutputPath } from './xlsxOutput';
import { commandArgs } from './commandArgs';
import { UsageError, type CliIo } from './io';
import { fitForExcel } from './fitForExcel';
import { checkTemplateArgs, writeTemplate } from './templateOutput';

/** `--map channel=E` or `--map received=5`: the register column of a field, over what the headers say. */
function parseMapping(items: readonly string[]): Partial<Record<RegisterField, number>> {
  const mapping: Partial<Record<RegisterField, number>> = {};
  for (const item of items) {
    const m = /^\s*([A-Za-z]+)\s*=\s*([A-Za-z]{1,3}|\d{1,5})\s*$/.exec(item);
    const field = REGISTER_FIELDS.find((f) => f.toLowerCase() === m?.[1].toLowerCase());
    if (!m || !field) {
      throw new UsageError(`--map "${item}" không hợp lệ: dùng TÊN=CỘT, TÊN là một trong ${REGISTER_FIELDS.join(', ')}; CỘT là chữ (E) hoặc số (5).`);
    }
    const col = /^\d+$/.test(m[2]) ? Number(m[2]) : m[2].toUpperCase().split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    if (col < 1) throw new UsageError(`--map "${item}": cột phải từ 1 trở lên.`);
    mapping[field] = col;
  }
  return mapping;
}

/** `--channel truc-tuyen|truc-tiep`: the channel of every dossier of a register without a channel column (SPEC §14). */
const CHANNEL_CHOICES: Record<string, Channel> = { 'truc-tuyen': 'online', 'truc-tiep': 'direct' };

function parseChannel(text: string | undefined): Channel | undefined {
  if (text === undefined) return undefined;
  const channel = CHANNEL_CHOICES[text.trim().toLowerCase()];
  if (!channel) throw new UsageError(`--channel "${text}" không hợp lệ: dùng --channel truc-tuyen hoặc --channel truc-tiep (trực tiếp, dịch vụ bưu chính).`);
  return channel;
}

/** The named sheet, or the sheet that reads best as a register; a sentence when there is none. */
async function chooseRegister(
  book: FileWorkbook,
  sheet: string | undefined,
  options: { mapping: Partial<Record<RegisterField, number>>; channel?: Channel },
): Promise<PickedRegister | string> {
  const names = await book.sheetNames();
  if (sheet !== undefined) {
    const name = names.find((n) => n === sheet) ?? names.find((n) => n.toLowerCase() === sheet.toLowerCase());
    if (!name) return `Không có trang tính "${sheet}" trong tệp (có: ${names.join(', ')}).`;
    return { sheet: name, read: readRegister(await book.readSheet(name), options) };
  }
  const grids = [];
  for (const name of names) grids.push(await book.readSheet(name));
  return (
    pickRegister(grids, options) ??
    'Không tìm thấy sổ theo dõi hồ sơ trong tệp: không trang tính nào có dòng tiêu đề (Mã hồ sơ, Lĩnh vực, Ngày tiếp nhận, Ngày hẹn trả…).'
  );
}

/** Said when no "Đơn vị nhận báo cáo" is known for the report (the line is left blank). */
const RECEIVER_UNKNOWN =
  'Chưa rõ đơn vị nhận báo cáo (sổ tính không có kế hoạch ghi cơ quan ban hành, sổ không ghi "SỞ …" ở đầu): dòng "Đơn vị nhận báo cáo" để trống để ghi tay; thêm --receiver "TÊN" để ghi sẵn.\n';

/** "Đơn vị nhận báo cáo" from the register's workbook (see reportReceiverOf); null when it does not say. */
async function receiverOfBook(book: FileWorkbook, sheet: string, headerRow: number | null): Promise<string | null> {
  const grids = [];
  for (const name of await book.sheetNames()) grids.push(await book.readSheet(name));
  return reportReceiverOf(grids, { sheet, headerRow });
}

/** The register workbook's own "Danh mục đơn vị" when it has one, else the built-in directory. */
async function directoryOf(book: FileWorkbook): Promise<UnitDirectory> {
  if (!(await book.sheetNames()).includes(UNIT_DIRECTORY_SHEET)) return DEFAULT_UNIT_DIRECTORY;
  return readUnitDirectory(await book.readSheet(UNIT_DIRECTORY_SHEET)).directory;
}

function rowsOf(findings: readonly Finding[]): { row: number | null; message: string }[] {
  return findings.map((f) => ({ row: f.row, message: f.message }));
}

/** `"columns": {"received": {"header": "Ngày tiếp nhận", "column": "F", "byOfficer": false}, …}`: which column fed each field. */
function columnsJson(read: RegisterRead): Record<string, { header: string; column: string; byOfficer: boolean }> {
  const out: Record<string, { header: string; column: string; byOfficer: boolean }> = {};
  for (const field of REGISTER_FIELDS) {
    const s = read.sources[field];
    if (s) out[field] = { header: s.header, column: s.letter, byOfficer: s.byOfficer };
  }
  return out;
}

/** "--map received=H" for each conflict: the way to settle it from the command line. */
function conflictHints(read: RegisterRead): string[] {
  return read.conflicts.map(
    (c) => `Để dùng cột ${c.other.letter} cho "${REGISTER_FIELD_LABELS[c.field]}": --map ${c.field}=${c.other.letter}; để giữ cột ${c.chosen.letter}: --map ${c.field}=${c.chosen.letter}.`,
  );
}

/**
 * The JSON document of SPEC §10 (extra keys: period code, sheet, the columns used, II.06a codes
 * and rows, never-received rows, column conflicts, warnings).
 */
export function formsJson(period: ReportPeriod, unit: string, sheet: string, read: RegisterRead, result: FormsResult): unknown {
  return {
    period: { code: period.code, label: period.label, from: period.from, to: period.to },
    unit,
    sheet,
    ii05a: { rows: result.ii05a.rows, total: result.ii05a.total },
    ii06a: {
      rows: result.ii06a.rows.map((r) => ({ field: r.field, procedure: r.procedure, count: r.count, reason: r.reason, codes: r.codes, registerRows: r.registerRows })),
    },
    columns: columnsJson(read),
    rejected: rowsOf(read.rejected),
    notReceived: read.notReceived,
    conflicts: read.conflicts.map((c) => ({ field: c.field, used: c.chosen.letter, other: c.other.letter, rows: c.rows, firstRow: c.firstRow })),
    warnings: rowsOf([...read.findings, ...result.findings]),
  };
}

function writtenLine(out: string, template: string | undefined): string {
  return template === undefined ? `Đã ghi biểu II.05a và II.06a vào "${out}".` : `Đã điền biểu mẫu "${template}" và ghi vào "${out}".`;
}

function summary(period: ReportPeriod, unit: string, sheet: string, read: RegisterRead, result: FormsResult): string {
  const lines: string[] = [
    `Biểu II.05a và II.06a ${period.label} (từ ${formatViDate(period.from)} đến ${formatViDate(period.to)}) — ${unit}`,
    `Sổ: trang tính "${sheet}", ${read.dossiers.length} hồ sơ đọc được, ${read.rejected.length} dòng bị loại.`,
    'Cột đã dùng:',
  ];
  for (const field of REGISTER_FIELDS) {
    const s = read.sources[field];
    if (s) lines.push(`  ${REGISTER_FIELD_LABELS[field]}: cột ${s.letter}${s.header ? ` "${s.header}"` : ''}${s.byOfficer ? ' (theo --map)' : ''}`);
    else if (field === 'channel' && read.channelFrom === 'officer' && read.dossiers[0]) {
      lines.push(`  ${REGISTER_FIELD_LABELS[field]}: sổ không có cột; mọi hồ sơ tính là ${CHANNEL_LABELS[read.dossiers[0].channel].toLowerCase()} (theo --channel)`);
    }
  }
  lines.push('', 'II.05a — tình hình, kết quả giải quyết TTHC:');
  const line = (name: string, r: FormsResult['ii05a']['total']) =>
    `  ${name}: nhận ${r.c3} (trực tuyến ${r.c4}, trực tiếp/bưu chính ${r.c5}, kỳ trước chuyển qua ${r.c6}); ` +
    `đã giải quyết ${r.c7} (trước hạn ${r.c8}, đúng hạn ${r.c9}, quá hạn ${r.c10}); ` +
    `đang giải quyết ${r.c11} (trong hạn ${r.c12}, quá hạn ${r.c13})`;
  for (const r of result.ii05a.rows) lines.push(line(r.field, r));
  lines.push(line('Tổng cộng', result.ii05a.total), '', 'II.06a — hồ sơ quá hạn đang giải quyết:');
  if (result.ii06a.rows.length === 0) lines.push('  Không có.');
  for (const r of result.ii06a.rows) lines.push(`  ${r.field} — ${r.procedure || '(không ghi tên TTHC)'}: ${r.count} hồ sơ; nguyên nhân: ${r.reason}`);
  if (read.rejected.length > 0) {
    lines.push('', 'Dòng không được tính:');
    for (const f of read.rejected) lines.push(`  ${describeFinding(f)}`);
  }
  if (read.notReceived.length > 0) {
    lines.push('', 'Hồ sơ chưa được tiếp nhận (không tính vào cột nào):');
    for (const n of read.notReceived) lines.push(`  Dòng ${n.row}${n.code ? `, hồ sơ ${n.code}` : ''}: ${n.status}`);
  }
  const warnings = [...read.findings, ...result.findings];
  if (warnings.length > 0) {
    lines.push('', 'Cảnh báo:');
    for (const f of warnings) lines.push(`  ${describeFinding(f)}`);
    for (const hint of conflictHints(read)) lines.push(`  ${hint}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `kstthc forms <register.xlsx> --period 2024-Q1 [--unit "TÊN"] [--add-unit] [--sheet TÊN]
 * [--map TRƯỜNG=CỘT…] [--channel KÊNH] [--receiver TÊN] [--template biểu-mẫu.xlsx] [--json] [--out biểu.xlsx]`:
 * computes biểu II.05a and II.06a for the period from the unit's dossier register, prints them
 * (JSON of SPEC §10 with `--json`), and with `--out` writes both forms into a new workbook —
 * the province's own template filled with `--template` (the register and template are only read).
 * The unit is the register's own (title or header block) unless `--unit` names it; a `--unit`
 * that contradicts the register, or a unit not in the directory without `--add-unit`, is
 * refused. Exit 0 (rejected rows and warnings included), 1 when no register could be read or
 * the unit is refused, 2 on a usage error.
 *
 * @example
 * await runFormsCommand(['so.xlsx', '--period', '2024-Q1', '--unit', 'Chi cục Thủy lợi', '--json'], io) // 0
 */
export async function runFormsCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = commandArgs('forms', argv, {
        period: { type: 'string' },
        unit: { type: 'string' },
        'add-unit': { type: 'boolean', default: false },
        sheet: { type: 'string' },
        map: { type: 'string', multiple: true },
        channel: { type: 'string' },
        receiver: { type: 'string' },
        place: { type: 'string' },
        template: { type: 'string' },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
      });
  const { positionals } = parsed;
  const values = parsed.values.out === undefined ? parsed.values : { ...parsed.values, out: xlsxOutputPath(parsed.values.out, io) };
  if (positionals.length === 0) throw new UsageError('Thiếu tệp sổ theo dõi hồ sơ (.xlsx).');
  if (positionals.length > 1) throw new UsageError(`Chỉ nhận một tệp sổ theo dõi hồ sơ (nhận được ${positionals.length}).`);
  if (!values.period) throw new UsageError('Thiếu --period (ví dụ --period 2024-Q1).');
  const period = parsePeriodCode(values.period);
  if (!period) throw new UsageError(`Kỳ "${values.period}" không hợp lệ: dùng dạng 2024-Q1, 2024-H1 hoặc 2024-Y.`);
  const mapping = parseMapping(values.map ?? []);
  const channel = parseChannel(values.channel);
  const [file] = positionals;
  if (values.out !== undefined && resolve(values.out) === resolve(file)) {
    throw new UsageError(`--out "${values.out}" là tệp sổ theo dõi: sổ chỉ được đọc, không bao giờ bị ghi đè.`);
  }
  checkTemplateArgs(values.template, values.out, [file]);

  const book = await FileWorkbook.open(await io.readFile(file), file);
  const choice = await chooseRegister(book, values.sheet, channel === undefined ? { mapping } : { mapping, channel });
  if (typeof choice === 'string') {
    io.stderr(`${choice}\n`);
    return 1;
  }
  const { sheet, read } = choice;
  const blocking = read.findings.filter((f) => f.severity === 'error');
  if (blocking.length > 0) {
    for (const f of blocking) io.stderr(`${describeFinding(f)}\n`);
    if (read.findings.some((f) => f.message.startsWith('Không xác định được cột'))) {
      io.stderr(`Có thể chỉ cột bằng --map, ví dụ --map received=E (các tên: ${REGISTER_FIELDS.join(', ')}).\n`);
    }
    if (read.channelFrom === 'missing') {
      io.stderr('Chỉ cột kênh nộp bằng --map channel=CỘT, hoặc chọn kênh cho mọi hồ sơ của sổ: --channel truc-tuyen hoặc --channel truc-tiep.\n');
    }
    return 1;
  }
  if (channel !== undefined && read.channelFrom === 'column') {
    io.stderr(`Sổ có cột kênh nộp (cột ${read.sources.channel?.letter ?? ''}): kênh của từng hồ sơ theo cột này, --channel không dùng.\n`);
  }

  const directory = await directoryOf(book);
  const decision = decideFormsUnit(registerUnit(await book.readSheet(sheet), read.headerRow, directory.units), directory.units, {
    chosen: values.unit,
    allowNew: values['add-unit'],
  });
  if (!decision.ok) {
    if (decision.reason === 'missing') throw new UsageError('Thiếu --unit "TÊN ĐƠN VỊ" (đơn vị báo cáo): sổ không ghi tên đơn vị.');
    io.stderr(`${decision.message}${decision.reason === 'not-in-directory' ? ' (Thêm --add-unit để dùng đơn vị mới.)' : ''}\n`);
    return 1;
  }
  const unit = decision.unit;
  if (!decision.inDirectory) io.stderr(`Đơn vị "${unit}" không có trong Danh mục đơn vị: dùng theo --add-unit.\n`);
  const result = computeForms(read.dossiers, period, { sheet });
  const receiver = values.out !== undefined ? (values.receiver ?? (await receiverOfBook(book, sheet, read.headerRow))) : null;
  if (values.out !== undefined && receiver === null) io.stderr(RECEIVER_UNKNOWN);
  if (values.template !== undefined && values.out !== undefined) {
    // The template's own receiver line is left as written when no receiver is known.
    const heading = { unit, period, ...(receiver !== null ? { receiver } : {}), fallbackReceiver: RECEIVER_BLANK };
    const written = await writeTemplate(values.template, values.out, { ii05a: ii05aBodyLines(result), ii06a: ii06aBodyLines(result) }, heading, io);
    if (!written) return 1;
  } else if (values.out !== undefined) {
    const out = FileWorkbook.create(values.out);
    await out.apply(fitForExcel(formsWritePlan(result, { unit, period, place: values.place, ...(receiver !== null ? { receiver } : {}) }), io));
    await io.writeFile(values.out, await out.save());
  }
  if (values.json) {
    io.stdout(`${JSON.stringify(formsJson(period, unit, sheet, read, result), null, 2)}\n`);
    // Figures that depend on an unsettled column choice are never printed silently.
    for (const c of read.conflicts) io.stderr(`${describeFinding({ sheet, row: null, severity: 'warning', message: conflictMessage(c) })}\n`);
    for (const hint of conflictHints(read)) io.stderr(`${hint}\n`);
    if (values.out !== undefined) io.stderr(`${writtenLine(values.out, values.template)}\n`);
  } else {
    io.stdout(summary(period, unit, sheet, read, result));
    if (values.out !== undefined) io.stdout(`\n${writtenLine(values.out, values.template)}\n`);
  }
  return 0;
}
