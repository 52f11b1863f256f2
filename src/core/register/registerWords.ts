import { matchKey } from '../text/normalize';
import type { Channel, DossierStatus } from './model';

/**
 * Channel words (SPEC §8), checked in order on the matchKey (no case, no diacritics): trực
 * tuyến (toàn trình, một phần, nộp trực tuyến) → (4); trực tiếp, qua bưu chính công ích, BCCI,
 * dịch vụ bưu chính → (5). A new wording is one row here plus a test row.
 */
export const CHANNEL_WORDS: readonly [RegExp, Channel][] = [
  [/\btruc tuyen\b|\btoan trinh\b|\bmot phan\b|\bonline\b|\bqua mang\b|\bdich vu cong\b|\bdvc\b|\bmuc (?:do )?[34]\b|\binternet\b/, 'online'],
  [/\btruc tiep\b|\bbuu chinh\b|\bbcci\b|\bbuu dien\b|\btai quay\b|\bmot cua\b|\boffline\b/, 'direct'],
];

/**
 * The channel a Kênh / Hình thức nộp cell names, or null when it names none
 * (trực tuyến, toàn trình, một phần, online → online; trực tiếp, bưu chính, BCCI → direct).
 *
 * @example
 * channelOf('Trực tuyến toàn trình') // 'online'
 * channelOf('Dịch vụ BCCI') // 'direct'
 * channelOf('?') // null
 */
export function channelOf(text: string): Channel | null {
  const key = matchKey(text);
  if (key === '') return null;
  for (const [re, channel] of CHANNEL_WORDS) if (re.test(key)) return channel;
  return null;
}

/**
 * Status words, the one-stop systems' own included (SPEC §8), checked in order on the matchKey:
 * mới đăng ký, không được / từ chối tiếp nhận → never received; rút → withdrawn; after Nghị
 * định 118/2025 (SPEC §14) dừng giải quyết, dừng thực hiện, thông báo dừng → the applicant
 * ended the procedure, withdrawn too, while tạm dừng stays waiting; trả lại, từ chối giải
 * quyết → returned; yêu cầu bổ sung, nghĩa vụ tài chính, dừng xử lý → waiting (12); đã xử lý
 * xong, đã trả kết quả → resolved; đang xử lý, được tiếp nhận → in progress.
 * A new wording is one row here plus a test row.
 */
export const STATUS_WORDS: readonly [RegExp, DossierStatus][] = [
  [/\bmoi dang ky\b|\bdang ky moi\b|\bkhong (?:duoc )?tiep nhan\b|\btu choi tiep nhan\b|\bchua tiep nhan\b/, 'notReceived'],
  [/\btam dung\b/, 'supplement'],
  [/\brut\b|\bdung (?:giai quyet|thuc hien)\b|\bthong bao dung\b/, 'withdrawn'],
  [/\btra lai\b|\btu choi\b|\bkhong (?:du dieu kien|giai quyet)\b/, 'returned'],
  [/\bbo sung\b|\bdung xu ly\b|\bnghia vu tai chinh\b|\bdung (?:dem|tinh) (?:thoi gian|gio)\b/, 'supplement'],
  [/\bda (?:giai quyet|xu ly|tra|co ket qua|hoan thanh)\b|\bhoan thanh\b|\bco ket qua\b|\btra ket qua\b|\bket thuc\b|\bxong\b/, 'resolved'],
  [/\bdang\b|\bcho\b|\bmoi tiep nhan\b|\bda tiep nhan\b|\btiep nhan\b|\bchua\b|\bqua han\b|\btrong han\b|\bxu ly\b/, 'pending'],
];

/**
 * What a Trạng thái cell says: trả lại, rút, chờ bổ sung, đã giải quyết, đang giải quyết…
 *
 * @example
 * statusOf('Đã trả lại hồ sơ') // 'returned'
 * statusOf('Chờ bổ sung') // 'supplement'
 * statusOf('') // 'none'
 */
export function statusOf(text: string): DossierStatus {
  const key = matchKey(text);
  if (key === '') return 'none';
  for (const [re, status] of STATUS_WORDS) if (re.test(key)) return status;
  return 'other';
}
