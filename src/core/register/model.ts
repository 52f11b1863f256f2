import type { IsoDate } from '../calendar/isoDate';

/** The register columns the forms need (SPEC §8). */
export type RegisterField = 'code' | 'field' | 'procedure' | 'channel' | 'received' | 'due' | 'supplementDue' | 'resolved' | 'status' | 'reason';

export const REGISTER_FIELDS: readonly RegisterField[] = ['code', 'field', 'procedure', 'channel', 'received', 'due', 'supplementDue', 'resolved', 'status', 'reason'];

/**
 * Columns without which no dossier can be counted. Lĩnh vực is needed too, but may come from
 * group heading rows ("Lĩnh vực Trồng trọt" above its dossiers) instead of a column; the
 * channel may come from the officer when the register has no column for it (SPEC §14).
 */
export const REQUIRED_REGISTER_FIELDS: readonly RegisterField[] = ['received', 'due', 'resolved'];

/** Vietnamese names of the register columns, for messages and the mapping UI. */
export const REGISTER_FIELD_LABELS: Record<RegisterField, string> = {
  code: 'Mã hồ sơ',
  field: 'Lĩnh vực',
  procedure: 'Tên TTHC',
  channel: 'Kênh/Hình thức nộp',
  received: 'Ngày tiếp nhận',
  due: 'Ngày hẹn trả',
  supplementDue: 'Ngày hẹn trả mới sau bổ sung',
  resolved: 'Ngày có kết quả',
  status: 'Trạng thái',
  reason: 'Lý do quá hạn',
};

/** `online`: trực tuyến (toàn trình, một phần); `direct`: trực tiếp or dịch vụ bưu chính. */
export type Channel = 'online' | 'direct';

/** Vietnamese names of the channels, for messages and the officer's choice. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  online: 'Trực tuyến',
  direct: 'Trực tiếp, dịch vụ bưu chính',
};

/**
 * What the Trạng thái column says, as far as the forms care:
 * `returned` (trả lại, từ chối) and `withdrawn` (rút; dừng giải quyết / thực hiện, thông báo
 * dừng after Nghị định 118/2025) end the dossier on time on their end day;
 * `supplement` (chờ bổ sung) stops the clock; `resolved`/`pending` agree with the dates;
 * `notReceived` (mới đăng ký, không được / từ chối tiếp nhận) was never received: it is in no column;
 * `other` is a word the reader did not know (dates decide); `none` an empty cell.
 */
export type DossierStatus = 'resolved' | 'pending' | 'returned' | 'withdrawn' | 'supplement' | 'notReceived' | 'other' | 'none';

/** One readable register row. Days are calendar days (times of day dropped). */
export interface Dossier {
  /** 1-based sheet row. */
  row: number;
  code: string;
  field: string;
  procedure: string;
  channel: Channel;
  received: IsoDate;
  due: IsoDate;
  /** The day the dossier ended (result, return or withdrawal); null while it is open. */
  resolved: IsoDate | null;
  status: DossierStatus;
  reason: string;
}
