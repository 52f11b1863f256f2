import { error, warning, type Finding } from '../findings';
import type { SheetGrid } from '../grid';
import { cellTextMemo } from './cellTexts';
import { codeDayWarning } from './codeDay';
import { columnRivalry, columnSource, conflictMessage, type ColumnConflict, type ColumnSource } from './columnSources';
import { dossierLineReader } from './dossierLine';
import { CHANNEL_LABELS, REGISTER_FIELD_LABELS, REQUIRED_REGISTER_FIELDS, type Channel, type Dossier, type RegisterField } from './model';
import { findRegisterHeader, HEADER_SEARCH_ROWS } from './registerColumns';
import { readRegisterLines, registerColumnIndex } from './registerLines';

export { conflictMessage, FEW_ROWS, type ColumnConflict, type ColumnSource } from './columnSources';

export interface RegisterReadOptions {
  /** 1-based columns the officer chose for fields the reader could not place (or placed wrongly). */
  mapping?: Partial<Record<RegisterField, number>>;
  /**
   * The channel of every dossier of a register that has no channel column, as the officer
   * chose it (SPEC §14); ignored when the register has the column.
   */
  channel?: Channel;
}

export interface RegisterRead {
  /** The readable rows, in sheet order. */
  dossiers: Dossier[];
  /** Rows left out of the counts, one error per row, with its row number and why. */
  rejected: Finding[];
  /** About the sheet as a whole: columns not found, status words not understood, … */
  findings: Finding[];
  /** 1-based column of each field placed. */
  columns: Partial<Record<RegisterField, number>>;
  /** 1-based header row, null when none was found. */
  headerRow: number | null;
  /** Which column fed each field placed, for the summary and the mapping control. */
  sources: Partial<Record<RegisterField, ColumnSource>>;
  /** Fields two equally named columns could feed, whose values differ on more than a few rows: the officer must choose. */
  conflicts: ColumnConflict[];
  /** Rows whose status says the dossier was never received (mới đăng ký, từ chối tiếp nhận…): in no column of the forms. */
  notReceived: NotReceivedRow[];
  /**
   * Where the channel of (4)/(5) comes from: the register's column, the officer's choice for a
   * register without one, or nowhere (then nothing is counted until the officer chooses).
   */
  channelFrom: 'column' | 'officer' | 'missing';
}

/** A row left out because the dossier was never received. */
export interface NotReceivedRow {
  row: number;
  code: string;
  status: string;
}

/** Why (4)/(5) cannot be counted from a register without a channel column, and what to do. */
export const NO_CHANNEL_MESSAGE =
  'Sổ không có cột kênh nộp hồ sơ (trực tuyến hay trực tiếp, dịch vụ bưu chính), nên không tách được cột (4) và (5) của biểu II.05a. ' +
  'Hãy chọn cột kênh nộp trong sổ, hoặc chọn một kênh cho mọi hồ sơ của sổ nếu tất cả nộp theo cùng một kênh.';

/** Columns whose absence leaves a piece of each dossier unknown, without stopping the count. */
const OPTIONAL_FIELDS = ['code', 'procedure', 'status', 'reason'] as const;

/**
 * Reads a unit's dossier register (sổ theo dõi hồ sơ, SPEC §8): finds the header row among the
 * first 30 rows, places the columns by their (loosely matched) names or the officer's
 * `mapping`, and reads one dossier per row. Dates are read by calendar day. Rows that cannot be
 * counted (no received date, due before received, unknown channel, …) go to `rejected` with
 * their row numbers; they are never guessed into the counts. Runs in one pass over the rows.
 *
 * @example
 * const read = readRegister(grid);
 * read.dossiers[0] // { row: 5, field: 'Trồng trọt', channel: 'online', received: '2024-01-03', … }
 * read.rejected[0]?.message // 'Hồ sơ H48-001: thiếu ngày tiếp nhận. Dòng này không được tính vào biểu.'
 */
export function readRegister(grid: SheetGrid, options: RegisterReadOptions = {}): RegisterRead {
  const mapping = options.mapping ?? {};
  const header = findRegisterHeader(grid, mapping);
  const columns = header.columns;
  const sources: Partial<Record<RegisterField, ColumnSource>> = {};
  for (const [f, c] of Object.entries(columns) as [RegisterField, number][]) sources[f] = columnSource(grid, header.row, c, mapping[f] === c);
  const channelFrom = columns.channel !== undefined ? 'column' : options.channel !== undefined ? 'officer' : 'missing';
  const read: RegisterRead = { dossiers: [], rejected: [], findings: [], columns, headerRow: header.row, sources, conflicts: [], notReceived: [], channelFrom };

  if (header.row === null && !options.mapping) {
    const message = `Không tìm thấy dòng tiêu đề của sổ theo dõi hồ sơ (Mã hồ sơ, Lĩnh vực, Ngày tiếp nhận, Ngày hẹn trả…) trong ${HEADER_SEARCH_ROWS} dòng đầu.`;
    return { ...read, findings: [error(grid.name, null, message)] };
  }
  const missing = REQUIRED_REGISTER_FIELDS.filter((f) => columns[f] === undefined);
  const blocking: Finding[] = [];
  if (missing.length > 0) {
    const message = `Không xác định được cột: ${missing.map((f) => REGISTER_FIELD_LABELS[f]).join(', ')}. Hãy chọn cột tương ứng trong sổ.`;
    blocking.push(error(grid.name, header.row, message));
  }
  // (4)/(5) are never guessed: without a channel column the officer chooses, or nothing is counted.
  if (channelFrom === 'missing') blocking.push(error(grid.name, header.row, NO_CHANNEL_MESSAGE));
  if (blocking.length > 0) return { ...read, findings: blocking };
  if (channelFrom === 'officer') {
    const chosen = CHANNEL_LABELS[options.channel as Channel].toLowerCase();
    read.findings.push(warning(grid.name, header.row, `Sổ không có cột kênh nộp: mọi hồ sơ được tính là nộp ${chosen}, theo lựa chọn của cán bộ.`));
  }
  for (const f of OPTIONAL_FIELDS) {
    if (columns[f] === undefined) {
      read.findings.push(warning(grid.name, header.row, `Không thấy cột "${REGISTER_FIELD_LABELS[f]}"; các dòng được đọc không có thông tin này.`));
    }
  }

  const cols = registerColumnIndex(columns);
  const textOf = cellTextMemo();
  const rivalry = columnRivalry(grid, header.row, columns, header.rivals, textOf);
  const readLine = dossierLineReader(cols, textOf, { channel: options.channel });
  const unknownStatus = new Map<string, { count: number; row: number }>();
  const { groups } = readRegisterLines(grid, header.row, cols, textOf, (line) => {
    rivalry.compare(line.cells, line.row);
    const outcome = readLine(line);
    if (outcome.kind === 'notReceived') {
      read.notReceived.push({ row: line.row, code: line.code, status: outcome.statusText });
    } else if (outcome.kind === 'rejected') {
      read.rejected.push(error(grid.name, line.row, outcome.message));
    } else {
      if (outcome.dossier.status === 'other') {
        const seen = unknownStatus.get(outcome.statusText);
        if (seen) seen.count++;
        else unknownStatus.set(outcome.statusText, { count: 1, row: line.row });
      }
      read.dossiers.push(outcome.dossier);
    }
  });

  if (cols.field < 0 && groups === 0) {
    const message = `Không xác định được cột: ${REGISTER_FIELD_LABELS.field}. Hãy chọn cột tương ứng trong sổ.`;
    return { ...read, dossiers: [], rejected: [], notReceived: [], findings: [error(grid.name, header.row, message)] };
  }
  for (const [text, { count, row }] of unknownStatus) {
    read.findings.push(warning(grid.name, row, `Trạng thái "${text}" (${count} hồ sơ) không rõ nghĩa; các hồ sơ này được tính theo ngày có kết quả.`));
  }
  const codeDays = codeDayWarning(grid.name, read.dossiers);
  if (codeDays) read.findings.push(codeDays);
  read.conflicts = rivalry.conflicts();
  for (const c of read.conflicts) read.findings.push(warning(grid.name, header.row, conflictMessage(c)));
  return read;
}
