import type { IsoDate } from '../calendar/isoDate';
import type { PlanTask } from '../plan/model';
import type { StatusKey } from '../status/model';
import type { UnitDirectory } from '../units/directory';

/** One deliverable a unit is reminded of. */
export interface ReminderItem {
  /** The task's label as the plan shows it, with the deliverable key when the task has several ("5b"). */
  label: string;
  /** Nội dung công việc. */
  content: string;
  /** Kết quả. */
  result: string;
  /** The unit's next open due date. */
  due: IsoDate | null;
  status: StatusKey;
  /** The deliverable's first and last sheet row in the plan. */
  rows: [number, number];
}

/** The letter's parts, already worded; the text, HTML, mailto and sheet writers lay them out. */
export interface ReminderLetter {
  subject: string;
  /** "Kính gửi: Chi cục Thủy sản." */
  greeting: string;
  /** Paragraphs before the table. */
  intro: string[];
  /** Paragraphs after the table (the request and "Trân trọng./."). */
  closing: string[];
  /** Title of the printed notice and its "V/v" line. */
  title: string;
  titleSub: string;
  /** The date line ("Quảng Ngãi, ngày 10 tháng 03 năm 2024"). */
  dateLine: string;
  /** The consolidating unit that signs. */
  signer: string;
  /** The short version's sentences, for a mailto: link (whose length is limited). */
  short: { intro: string; closing: string };
}

/** A reminder to one unit: to its lead deliverables that are late or due soon, or to its missing report. */
export interface Reminder {
  kind: 'plan' | 'report';
  unit: string;
  /** Short name from the directory ('' when none). */
  shortName: string;
  /** Addresses from "Danh mục đơn vị" (none: the draft is written with no recipient, and a warning). */
  emails: string[];
  counts: { overdue: number; dueSoon: number };
  /** Plan reminders: the deliverables, overdue first then due soon, by due date. Empty for reports. */
  items: ReminderItem[];
  /** Report reminders: the period and its deadline. */
  period?: { code: string; label: string; from: IsoDate; to: IsoDate; deadline: IsoDate };
  /** Report reminders: the unit's files that were refused, with the reason. */
  rejected?: { file: string; reason: string }[];
  letter: ReminderLetter;
  /** Vietnamese warnings about this reminder (no address, an address that is not one). */
  warnings: string[];
}

/** Who signs and sends the reminders: the consolidating unit (SPEC §3, Văn phòng Sở). */
export interface Consolidator {
  name: string;
  /** Its address for the From header; '' when the directory has none. */
  email: string;
}

/**
 * The label of a task in a reminder: its id, as in the tracking sheet and the status sheets
 * ("7" in a plan whose numbers are unique, "II.1" where numbers restart per section).
 *
 * @example
 * taskLabelOf({ id: 'II.1', … }) // 'II.1'
 */
export function taskLabelOf(task: Pick<PlanTask, 'id'>): string {
  return task.id;
}

/**
 * The consolidating unit: the directory's Văn phòng (kind `van-phong`), else "Văn phòng Sở".
 *
 * @example
 * consolidatorOf(DEFAULT_UNIT_DIRECTORY) // { name: 'Văn phòng Sở', email: 'lppv-snn@quangngai.gov.vn' }
 */
export function consolidatorOf(directory: UnitDirectory): Consolidator {
  const office = directory.units.find((u) => u.kind === 'van-phong');
  return office ? { name: office.name, email: emailsOf(office.email).valid[0] ?? '' } : { name: 'Văn phòng Sở', email: '' };
}

const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/**
 * The addresses of a directory "Email" cell (several may be separated by ";", "," or spaces;
 * one pasted from a mail program as "Tên <địa chỉ>" counts by its address), split into usable
 * ones and the rest.
 *
 * @example
 * emailsOf('a@x.gov.vn; b@y') // { valid: ['a@x.gov.vn'], invalid: ['b@y'] }
 * emailsOf('Chi cục Thủy sản <ccts@quangngai.gov.vn>') // { valid: ['ccts@quangngai.gov.vn'], invalid: [] }
 */
export function emailsOf(cell: string): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const entry of cell.split(/[;,]+/)) {
    const bracketed = [...entry.matchAll(/<([^<>]*)>/g)].map((m) => m[1]);
    const rest = entry.replace(/<[^<>]*>/g, ' ').replace(/"[^"]*"/g, ' ').split(/\s+/);
    // Beside an address in brackets ("Tên <địa chỉ>"), words without "@" are its name, not addresses.
    for (const part of bracketed.length > 0 ? [...bracketed, ...rest.filter((w) => w.includes('@'))] : rest) {
      const a = part.trim().replace(/^mailto:/i, '');
      if (!a) continue;
      (ADDRESS.test(a) ? valid : invalid).push(a);
    }
  }
  return { valid, invalid };
}
