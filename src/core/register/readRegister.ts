import { formatViDate, type IsoDate } from '../calendar/isoDate';
import { error, warning, type Finding } from '../findings';
import type { CellValue, SheetGrid } from '../grid';
import { cellText, matchKey } from '../text/normalize';
import { REGISTER_FIELD_LABELS, REQUIRED_REGISTER_FIELDS, type Dossier, type RegisterField } from './model';
import { columnLetter } from '../grid';
import { findRegisterHeader, HEADER_SEARCH_ROWS, registerHeaderText } from './registerColumns';
import { readRegisterDate } from './registerDates';
import { channelOf, statusOf } from './registerWords';

export interface RegisterReadOptions {
  /** 1-based columns the officer chose for fields the reader could not place (or placed wrongly). */
  mapping?: Partial<Record<RegisterField, number>>;
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
}

/** A register column as the officer sees it. */
export interface ColumnSource {
  /** 1-based column. */
  col: number;
  /** Its letter ("F"). */
  letter: string;
  /** Its header text ('' when none). */
  header: string;
  /** True when the officer chose it (mapping), false when the header named it. */
  byOfficer: boolean;
}

/** Two columns whose headers name the same field equally well, disagreeing on `rows` rows. */
export interface ColumnConflict {
  field: RegisterField;
  /** The column used until the officer chooses. */
  chosen: ColumnSource;
  other: ColumnSource;
  /** Rows where their values differ. */
  rows: number;
  /** The first such row. */
  firstRow: number;
}

/** A row left out because the dossier was never received. */
export interface NotReceivedRow {
  row: number;
  code: string;
  status: string;
}

/** Rows on which two equally named columns may differ before the officer is asked (a typo, a late correction). */
export const FEW_ROWS = 3;

// Fields that change no figure: "Mã hồ sơ" beside a different "Số hồ sơ" is not worth asking about.
const UNCOUNTED_FIELDS: ReadonlySet<RegisterField> = new Set(['code', 'reason']);
// The fields read as days: rivals are compared by day, the others by their text.
const DATE_FIELDS: ReadonlySet<RegisterField> = new Set(['received', 'due', 'supplementDue', 'resolved']);

// Text that normalising would not change (no odd spaces, no line breaks, no combining marks).
const PLAIN = /^[\x21-\x7E]+(?: [\x21-\x7E]+)*$/;
const NUMBERED_CELL = /^\(?\d{1,2}\)?$/;
// "I. ", "2) " before a group heading; "Lĩnh vực:" in front of its name.
const ROMAN_PREFIX = /^\s*(?:[IVXLC]+|\d{1,2})\s*[.)/-]\s*/i;
const LINH_VUC = /^\s*l[ĩi]nh\s+v[ựu]c\s*[:\-–]?\s*/iu;
const FOOTER = /^(?:tong cong|tong so|cong|nguoi lap|thu truong|ghi chu)\b/;

const ENDED_BY_STATUS: Record<string, string> = { resolved: 'đã giải quyết', returned: 'trả lại', withdrawn: 'rút' };

function dayText(day: IsoDate): string {
  return formatViDate(day);
}

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
  const findings: Finding[] = [];
  const rejected: Finding[] = [];
  const dossiers: Dossier[] = [];
  const notReceived: NotReceivedRow[] = [];
  const sourceOf = (col: number, byOfficer: boolean): ColumnSource => ({
    col,
    letter: columnLetter(col),
    header: header.row === null ? '' : registerHeaderText(grid, header.row, col),
    byOfficer,
  });
  const sources: Partial<Record<RegisterField, ColumnSource>> = {};
  for (const [f, c] of Object.entries(columns) as [RegisterField, number][]) sources[f] = sourceOf(c, mapping[f] === c);
  const outcome = (more: Partial<RegisterRead> = {}): RegisterRead => ({
    dossiers,
    rejected,
    findings,
    columns,
    headerRow: header.row,
    sources,
    conflicts: [],
    notReceived,
    ...more,
  });

  const missing = REQUIRED_REGISTER_FIELDS.filter((f) => columns[f] === undefined);
  if (header.row === null && !options.mapping) {
    findings.push(
      error(
        grid.name,
        null,
        `Không tìm thấy dòng tiêu đề của sổ theo dõi hồ sơ (Mã hồ sơ, Lĩnh vực, Ngày tiếp nhận, Ngày hẹn trả…) trong ${HEADER_SEARCH_ROWS} dòng đầu.`,
      ),
    );
    return outcome();
  }
  if (missing.length > 0) {
    findings.push(
      error(
        grid.name,
        header.row,
        `Không xác định được cột: ${missing.map((f) => REGISTER_FIELD_LABELS[f]).join(', ')}. Hãy chọn cột tương ứng trong sổ.`,
      ),
    );
    return outcome();
  }
  const missingField = (row: number | null) =>
    error(grid.name, row, `Không xác định được cột: ${REGISTER_FIELD_LABELS.field}. Hãy chọn cột tương ứng trong sổ.`);
  for (const f of ['code', 'procedure', 'status', 'reason'] as const) {
    if (columns[f] === undefined) {
      findings.push(warning(grid.name, header.row, `Không thấy cột "${REGISTER_FIELD_LABELS[f]}"; các dòng được đọc không có thông tin này.`));
    }
  }

  const col = (f: RegisterField): number => (columns[f] === undefined ? -1 : (columns[f] as number) - 1);
  const cCode = col('code');
  const cField = col('field');
  const cProc = col('procedure');
  const cChannel = col('channel');
  const cReceived = col('received');
  const cDue = col('due');
  const cResolved = col('resolved');
  const cSupplementDue = col('supplementDue');
  const cStatus = col('status');
  const cReason = col('reason');
  const used = [cCode, cField, cProc, cChannel, cReceived, cDue, cSupplementDue, cResolved, cStatus, cReason].filter((c) => c >= 0);
  // Equally named rival columns, compared row by row with the one used.
  const rivalry = (Object.entries(header.rivals) as [RegisterField, number[]][]).filter(([field]) => !UNCOUNTED_FIELDS.has(field)).flatMap(([field, cols]) =>
    cols.map((other) => ({ field, chosen: col(field), other: other - 1, rows: 0, firstRow: 0 })),
  );
  const valueKey = (field: RegisterField, v: CellValue): string => {
    if (!DATE_FIELDS.has(field)) return matchKey(textOf(v));
    const d = readRegisterDate(v);
    return d.kind === 'day' ? d.day : d.kind === 'bad' ? d.text : '';
  };
  const at = (line: CellValue[], c: number): CellValue => (c < 0 ? null : (line[c] ?? null));
  // Lĩnh vực, TTHC, channel and status words repeat thousands of times: normalise each once.
  const memo = new Map<CellValue, string>();
  const textOf = (v: CellValue): string => {
    if (v === null) return '';
    if (typeof v === 'string' && PLAIN.test(v)) return v;
    let t = memo.get(v);
    if (t === undefined) memo.set(v, (t = cellText(v)));
    return t;
  };
  const channels = new Map<string, ReturnType<typeof channelOf>>();
  const statuses = new Map<string, ReturnType<typeof statusOf>>();

  const firstRow = (header.row ?? 0) + 1;
  // Lĩnh vực or TTHC merged down over their dossiers: every row of the merge gets the value.
  const mergedDown = new Map<number, CellValue>();
  // Group heading rows: a lĩnh vực merged across the table.
  const wideMasters = new Set<number>();
  const width = 1 + Math.max(...used);
  for (const m of grid.merges) {
    if (m.top < firstRow) continue;
    if (m.right - m.left >= 2) wideMasters.add(m.top * 16384 + m.left);
    for (const c of [cField, cProc]) {
      if (c < 0 || m.left > c + 1 || m.right < c + 1 || m.bottom === m.top) continue;
      const master = grid.values[m.top - 1]?.[m.left - 1] ?? null;
      for (let r = m.top + 1; r <= m.bottom; r++) mergedDown.set(r * 16384 + c, master);
    }
  }
  const cellOf = (line: CellValue[], r: number, c: number): CellValue => {
    const v = at(line, c);
    return v === null && c >= 0 ? (mergedDown.get(r * 16384 + c) ?? null) : v;
  };
  const headingOf = (line: CellValue[], r: number): string | null => {
    let found = -1;
    for (let c = 0; c < Math.max(line.length, width); c++) {
      const v = line[c];
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
      if (found >= 0 || typeof v !== 'string') return null;
      found = c;
    }
    if (found < 0 || found === cCode || found === cReceived || found === cDue || found === cResolved) return null;
    const text = cellText(line[found]);
    const named = LINH_VUC.test(text) || ROMAN_PREFIX.test(text) || wideMasters.has(r * 16384 + found + 1);
    if (!named || !/\p{L}/u.test(text)) return null;
    const name = text.replace(ROMAN_PREFIX, '').replace(LINH_VUC, '').trim();
    return name === '' || FOOTER.test(matchKey(name)) ? null : name;
  };
  let group = '';
  let groups = 0;

  const firstRowOfCode = new Map<string, number>();
  const unknownStatus = new Map<string, { count: number; row: number }>();
  // Without a header (columns given by the officer), rows before the first dated one are titles.
  let started = header.row !== null;

  for (let r = (header.row ?? 0) + 1; r <= grid.values.length; r++) {
    const line = grid.values[r - 1] ?? [];
    let filled = 0;
    let numbered = true;
    for (const c of used) {
      const v = line[c];
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
      filled++;
      if (numbered && !(typeof v === 'string' ? NUMBERED_CELL.test(v.trim()) : typeof v === 'number' && v >= 0 && v < 100 && Number.isInteger(v))) {
        numbered = false;
      }
    }
    const received = readRegisterDate(at(line, cReceived));
    if (filled <= 1 && received.kind !== 'day') {
      const heading = headingOf(line, r);
      if (heading !== null) {
        group = heading;
        groups++;
        continue;
      }
    }
    if (filled === 0 || numbered) continue;

    const code = textOf(at(line, cCode));
    const field = textOf(cellOf(line, r, cField)) || group;
    if (received.kind !== 'day') {
      const lead = matchKey(code || field || cellText(line.find((v) => typeof v === 'string' && v.trim() !== '') ?? null));
      if (!started || FOOTER.test(lead)) continue;
    }
    started = true;
    for (const rival of rivalry) {
      if (valueKey(rival.field, at(line, rival.chosen)) === valueKey(rival.field, at(line, rival.other))) continue;
      if (rival.rows++ === 0) rival.firstRow = r;
    }

    const statusText = textOf(at(line, cStatus));
    let status = statuses.get(statusText);
    if (status === undefined) statuses.set(statusText, (status = statusOf(statusText)));
    if (status === 'notReceived') {
      notReceived.push({ row: r, code, status: statusText });
      continue;
    }

    const problems: string[] = [];
    if (received.kind === 'empty') problems.push('thiếu ngày tiếp nhận');
    else if (received.kind === 'bad') problems.push(`ngày tiếp nhận "${received.text}" không đọc được`);
    // A new appointment after the applicant supplemented the file replaces the first one (SPEC §8).
    const renewed = readRegisterDate(at(line, cSupplementDue));
    const due = renewed.kind === 'day' ? renewed : readRegisterDate(at(line, cDue));
    if (due.kind === 'empty') problems.push('thiếu ngày hẹn trả');
    else if (due.kind === 'bad') problems.push(`ngày hẹn trả "${due.text}" không đọc được`);
    const resolved = readRegisterDate(at(line, cResolved));
    if (resolved.kind === 'bad') problems.push(`ngày có kết quả "${resolved.text}" không đọc được`);
    if (received.kind === 'day' && due.kind === 'day' && due.day < received.day) {
      problems.push(`ngày hẹn trả (${dayText(due.day)}) trước ngày tiếp nhận (${dayText(received.day)})`);
    }
    if (received.kind === 'day' && resolved.kind === 'day' && resolved.day < received.day) {
      problems.push(`ngày có kết quả (${dayText(resolved.day)}) trước ngày tiếp nhận (${dayText(received.day)})`);
    }
    const channelText = textOf(at(line, cChannel));
    let channel = channels.get(channelText);
    if (channel === undefined) channels.set(channelText, (channel = channelOf(channelText)));
    if (!channel) problems.push(channelText ? `không rõ kênh nộp "${channelText}" (trực tuyến hay trực tiếp, bưu chính)` : 'thiếu kênh nộp hồ sơ');
    if (field === '') problems.push('thiếu lĩnh vực');
    if (resolved.kind === 'empty' && ENDED_BY_STATUS[status]) {
      problems.push(`trạng thái "${statusText}" nhưng không có ngày có kết quả`);
    }
    if (code !== '') {
      const first = firstRowOfCode.get(code);
      if (first !== undefined) problems.push(`trùng mã hồ sơ với dòng ${first}`);
      else firstRowOfCode.set(code, r);
    }

    if (problems.length > 0 || received.kind !== 'day' || due.kind !== 'day' || !channel) {
      const text = problems.join('; ');
      const sentence = code ? `Hồ sơ ${code}: ${text}` : text.charAt(0).toUpperCase() + text.slice(1);
      rejected.push(error(grid.name, r, `${sentence}. Dòng này không được tính vào biểu.`));
      continue;
    }
    if (status === 'other') {
      const seen = unknownStatus.get(statusText);
      if (seen) seen.count++;
      else unknownStatus.set(statusText, { count: 1, row: r });
    }
    dossiers.push({
      row: r,
      code,
      field,
      procedure: textOf(cellOf(line, r, cProc)),
      channel,
      received: received.day,
      due: due.day,
      resolved: resolved.kind === 'day' ? resolved.day : null,
      status,
      reason: textOf(at(line, cReason)),
    });
  }

  if (cField < 0 && groups === 0) {
    return outcome({ dossiers: [], rejected: [], notReceived: [], findings: [missingField(header.row)] });
  }
  for (const [text, { count, row }] of unknownStatus) {
    findings.push(
      warning(grid.name, row, `Trạng thái "${text}" (${count} hồ sơ) không rõ nghĩa; các hồ sơ này được tính theo ngày có kết quả.`),
    );
  }
  const conflicts: ColumnConflict[] = rivalry
    .filter((rival) => rival.rows > FEW_ROWS)
    .map((rival) => ({ field: rival.field, chosen: sourceOf(rival.chosen + 1, false), other: sourceOf(rival.other + 1, false), rows: rival.rows, firstRow: rival.firstRow }));
  for (const c of conflicts) findings.push(warning(grid.name, header.row, conflictMessage(c)));
  return outcome({ conflicts });
}

function columnName(c: ColumnSource): string {
  return c.header ? `cột ${c.letter} "${c.header}"` : `cột ${c.letter}`;
}

/**
 * The warning for two columns that could both feed a field and disagree: names both and says how to choose.
 *
 * @example
 * conflictMessage({ field: 'received', chosen: { letter: 'F', header: 'Ngày tiếp nhận', … }, other: { letter: 'H', header: 'Thời gian tiếp nhận', … }, rows: 12, firstRow: 7 })
 * // 'Cột F "Ngày tiếp nhận" và cột H "Thời gian tiếp nhận" đều có thể là Ngày tiếp nhận nhưng khác nhau ở 12 dòng (đầu tiên dòng 7); …'
 */
export function conflictMessage(c: ColumnConflict): string {
  const name = columnName(c.chosen);
  return (
    `${name.charAt(0).toUpperCase()}${name.slice(1)} và ${columnName(c.other)} đều có thể là ${REGISTER_FIELD_LABELS[c.field]} ` +
    `nhưng khác nhau ở ${c.rows} dòng (đầu tiên dòng ${c.firstRow}); số liệu đang tính theo cột ${c.chosen.letter}. ` +
    `Hãy chọn cột đúng cho "${REGISTER_FIELD_LABELS[c.field]}".`
  );
}
