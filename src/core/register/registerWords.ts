import { matchKey } from '../text/normalize';
import type { Channel, DossierStatus } from './model';

// Checked in order on the matchKey (no case, no diacritics).
const ONLINE = /\btruc tuyen\b|\btoan trinh\b|\bmot phan\b|\bonline\b|\bqua mang\b|\bdich vu cong\b|\bdvc\b|\bmuc (?:do )?[34]\b|\binternet\b/;
const DIRECT = /\btruc tiep\b|\bbuu chinh\b|\bbcci\b|\bbuu dien\b|\btai quay\b|\bmot cua\b|\boffline\b/;

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
  if (ONLINE.test(key)) return 'online';
  if (DIRECT.test(key)) return 'direct';
  return null;
}

const STATUS_WORDS: [RegExp, DossierStatus][] = [
  [/\brut\b/, 'withdrawn'],
  [/\btra lai\b|\btu choi\b|\bkhong (?:du dieu kien|giai quyet|tiep nhan)\b/, 'returned'],
  [/\bbo sung\b|\btam dung\b|\bdung (?:dem|tinh) (?:thoi gian|gio)\b/, 'supplement'],
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
