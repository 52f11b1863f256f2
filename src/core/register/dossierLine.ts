import { formatViDate } from '../calendar/isoDate';
import type { CellValue } from '../grid';
import type { Channel, Dossier, DossierStatus } from './model';
import { readRegisterDate } from './registerDates';
import type { RegisterColumnIndex, RegisterLine } from './registerLines';
import { channelOf, statusOf } from './registerWords';

/** What one register line is for the forms. */
export type DossierLineOutcome =
  /** A dossier counted in the forms; `statusText` as written (a status word the reader does not know is `other`). */
  | { kind: 'dossier'; dossier: Dossier; statusText: string }
  /** A dossier never received (mới đăng ký, từ chối tiếp nhận…): in no column. */
  | { kind: 'notReceived'; statusText: string }
  /** A line that cannot be counted: every reason, in one sentence for the officer. */
  | { kind: 'rejected'; message: string };

const ENDED_BY_STATUS: Partial<Record<DossierStatus, string>> = { resolved: 'đã giải quyết', returned: 'trả lại', withdrawn: 'rút' };

/**
 * Reads register lines into dossiers (SPEC §8): received, due (a new appointment after a
 * supplement replaces the first one) and result days by calendar day, channel and status by
 * their words, a code met twice refused on its second row. A line with any problem is
 * rejected with all its problems named, never guessed into the counts. A register without a
 * channel column takes the channel the officer chose for all its dossiers (`options.channel`).
 * One reader per register: it remembers the codes seen and the words already understood.
 *
 * @example
 * const read = dossierLineReader(registerColumnIndex(columns), cellTextMemo());
 * read(line) // { kind: 'dossier', dossier: { row: 5, field: 'Trồng trọt', channel: 'online', … }, statusText: 'Đã trả kết quả' }
 */
export function dossierLineReader(
  cols: RegisterColumnIndex,
  textOf: (v: CellValue) => string,
  options: { channel?: Channel } = {},
): (line: RegisterLine) => DossierLineOutcome {
  const chosen = cols.channel < 0 ? (options.channel ?? null) : null;
  const channels = new Map<string, ReturnType<typeof channelOf>>();
  const statuses = new Map<string, DossierStatus>();
  const firstRowOfCode = new Map<string, number>();
  const at = (line: readonly CellValue[], c: number): CellValue => (c < 0 ? null : (line[c] ?? null));

  return ({ row, cells, received, code, field, procedure }) => {
    const statusText = textOf(at(cells, cols.status));
    let status = statuses.get(statusText);
    if (status === undefined) statuses.set(statusText, (status = statusOf(statusText)));
    if (status === 'notReceived') return { kind: 'notReceived', statusText };

    const problems: string[] = [];
    if (received.kind === 'empty') problems.push('thiếu ngày tiếp nhận');
    else if (received.kind === 'bad') problems.push(`ngày tiếp nhận "${received.text}" không đọc được`);
    // A new appointment after the applicant supplemented the file replaces the first one (SPEC §8).
    const renewed = readRegisterDate(at(cells, cols.supplementDue));
    const due = renewed.kind === 'day' ? renewed : readRegisterDate(at(cells, cols.due));
    if (due.kind === 'empty') problems.push('thiếu ngày hẹn trả');
    else if (due.kind === 'bad') problems.push(`ngày hẹn trả "${due.text}" không đọc được`);
    const resolved = readRegisterDate(at(cells, cols.resolved));
    if (resolved.kind === 'bad') problems.push(`ngày có kết quả "${resolved.text}" không đọc được`);
    if (received.kind === 'day' && due.kind === 'day' && due.day < received.day) {
      problems.push(`ngày hẹn trả (${formatViDate(due.day)}) trước ngày tiếp nhận (${formatViDate(received.day)})`);
    }
    if (received.kind === 'day' && resolved.kind === 'day' && resolved.day < received.day) {
      problems.push(`ngày có kết quả (${formatViDate(resolved.day)}) trước ngày tiếp nhận (${formatViDate(received.day)})`);
    }
    const channelText = textOf(at(cells, cols.channel));
    let channel = chosen ?? channels.get(channelText);
    if (channel === undefined) channels.set(channelText, (channel = channelOf(channelText)));
    if (!channel) problems.push(channelText ? `không rõ kênh nộp "${channelText}" (trực tuyến hay trực tiếp, bưu chính)` : 'thiếu kênh nộp hồ sơ');
    if (field === '') problems.push('thiếu lĩnh vực');
    if (resolved.kind === 'empty' && ENDED_BY_STATUS[status]) {
      problems.push(`trạng thái "${statusText}" nhưng không có ngày có kết quả`);
    }
    if (code !== '') {
      const first = firstRowOfCode.get(code);
      if (first !== undefined) problems.push(`trùng mã hồ sơ với dòng ${first}`);
      else firstRowOfCode.set(code, row);
    }

    if (problems.length > 0 || received.kind !== 'day' || due.kind !== 'day' || !channel) {
      const text = problems.join('; ');
      const sentence = code ? `Hồ sơ ${code}: ${text}` : text.charAt(0).toUpperCase() + text.slice(1);
      return { kind: 'rejected', message: `${sentence}. Dòng này không được tính vào biểu.` };
    }
    return {
      kind: 'dossier',
      statusText,
      dossier: {
        row,
        code,
        field,
        procedure,
        channel,
        received: received.day,
        due: due.day,
        resolved: resolved.kind === 'day' ? resolved.day : null,
        status,
        reason: textOf(at(cells, cols.reason)),
      },
    };
  };
}
