import { formatViDate } from '../calendar/isoDate';
import { STATUS_LABELS } from '../status/labels';
import { emlOf } from './eml';
import type { Consolidator, Reminder, ReminderItem } from './model';
import { fillWording, REMINDER_WORDING } from './wording';

/** How many characters a mailto: URL may have: the lowest limit of the common mail clients (Outlook). */
export const MAILTO_LIMIT = 2000;

function dueText(item: ReminderItem): string {
  return item.due ? formatViDate(item.due) : REMINDER_WORDING.plan.noDue;
}

/** The table's cells of one item, in {@link REMINDER_WORDING.tableHeadings} order. */
export function itemCells(item: ReminderItem, index: number): string[] {
  return [String(index + 1), item.label, item.content, item.result, dueText(item), STATUS_LABELS[item.status].vi];
}

/**
 * The plain-text body of a reminder's e-mail: greeting, paragraphs, the numbered list of
 * deliverables, request, signature.
 *
 * @example
 * reminderPlainText(reminder) // 'Kính gửi: Chi cục Thủy sản.\n\nThực hiện Kế hoạch …'
 */
export function reminderPlainText(reminder: Reminder): string {
  const { letter } = reminder;
  // The list's words are the table's headings (wording as data).
  const [, task, , result, due, status] = REMINDER_WORDING.tableHeadings;
  const items = reminder.items.map((item, i) =>
    // Continuation lines of a multi-line cell keep the item's indent.
    [`${i + 1}. ${task} ${item.label}: ${item.content}`, `   ${result}: ${item.result}`, `   ${due}: ${dueText(item)} - ${status}: ${STATUS_LABELS[item.status].vi}`].join('\n').replace(/\n(?! {3})/g, '\n   '),
  );
  return [letter.greeting, ...letter.intro, ...(items.length > 0 ? [items.join('\n\n')] : []), ...letter.closing, `${letter.dateLine}\n${letter.signer}`].join('\n\n') + '\n';
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe inside HTML (a unit's cell may hold "<", "&" or a script tag: it shows as text).
 *
 * @example
 * escapeHtml('<b>&') // '&lt;b&gt;&amp;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

const cellStyle = 'border:1px solid #000;padding:4px;vertical-align:top';

/**
 * The HTML body of a reminder's e-mail: the same words as the plain text, the deliverables as a
 * bordered table; every text escaped.
 */
export function reminderHtml(reminder: Reminder): string {
  const { letter } = reminder;
  const para = (t: string) => `<p>${escapeHtml(t).replace(/\n/g, '<br>')}</p>`;
  const head = REMINDER_WORDING.tableHeadings.map((h) => `<th style="${cellStyle};background:#DDEBF7">${escapeHtml(h)}</th>`).join('');
  // STT, Nhiệm vụ, Hạn centred; Hạn and Trạng thái kept on one line.
  const align = ['text-align:center', 'text-align:center', '', '', 'text-align:center;white-space:nowrap', 'white-space:nowrap'];
  const rows = reminder.items.map((item, i) => `<tr>${itemCells(item, i).map((c, j) => `<td style="${cellStyle};${align[j]}">${escapeHtml(c).replace(/\n/g, '<br>')}</td>`).join('')}</tr>`);
  const table = rows.length > 0 ? `<table style="border-collapse:collapse;font-size:11pt">\n<tr>${head}</tr>\n${rows.join('\n')}\n</table>` : '';
  return [
    '<!DOCTYPE html>',
    '<html lang="vi"><head><meta charset="utf-8"><title>' + escapeHtml(letter.subject) + '</title></head>',
    '<body style="font-family:\'Times New Roman\',serif;font-size:13pt">',
    para(letter.greeting),
    ...letter.intro.map(para),
    ...(table ? [table] : []),
    ...letter.closing.map(para),
    `<p style="text-align:right"><i>${escapeHtml(letter.dateLine)}</i><br><b>${escapeHtml(letter.signer.toUpperCase())}</b></p>`,
    '</body></html>',
    '',
  ].join('\n');
}

/**
 * A `mailto:` link opening a draft to the unit, whose body is a short version of the reminder
 * (counts and as many deliverables as fit) so the whole URL stays within {@link MAILTO_LIMIT}
 * characters; the full list is in the .eml and the printed notice.
 *
 * @example
 * reminderMailto(reminder) // 'mailto:ccts%40…?subject=%C4%90%C3%B4n…&body=K%C3%ADnh…'
 */
export function reminderMailto(reminder: Reminder, options: { limit?: number } = {}): string {
  const limit = options.limit ?? MAILTO_LIMIT;
  const { letter } = reminder;
  // RFC 6068: "@" may stay literal (some clients do not decode %40); line breaks are %0D%0A.
  const to = reminder.emails.map((a) => encodeURIComponent(a).replace(/%40/g, '@')).join(',');
  const url = (body: string) => `mailto:${to}?subject=${encodeURIComponent(letter.subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
  const w = REMINDER_WORDING.plan;
  const lines = reminder.items.map((item) =>
    fillWording(w.shortItem, { label: item.label, result: shorten(item.result, 60), due: dueText(item), status: STATUS_LABELS[item.status].vi }),
  );
  const compose = (shown: number) => {
    const list = lines.slice(0, shown);
    if (shown < lines.length) list.push(fillWording(w.shortMore, { n: lines.length - shown }));
    return [letter.greeting, letter.short.intro, ...(list.length > 0 ? [list.join('\n')] : []), letter.short.closing, letter.signer].join('\n\n');
  };
  // As many deliverables as fit; at worst the greeting alone.
  for (let shown = lines.length; shown >= 0; shown--) {
    const candidate = url(compose(shown));
    if (candidate.length <= limit) return candidate;
  }
  const bare = url([letter.greeting, letter.signer].join('\n\n'));
  return bare.length <= limit ? bare : url('');
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A reminder as an e-mail draft (.eml text): to the unit's addresses, from the consolidating
 * unit, plain text and HTML alternatives.
 *
 * @example
 * reminderEml(reminder, { from: consolidatorOf(directory), date: new Date() }) // 'Date: …\r\nX-Unsent: 1\r\n…'
 */
export function reminderEml(reminder: Reminder, options: { from: Consolidator; date: Date }): string {
  const { from, date } = options;
  return emlOf({
    ...(from.email ? { from: { name: from.name, address: from.email } } : {}),
    to: reminder.emails.map((address) => ({ name: reminder.unit, address })),
    subject: reminder.letter.subject,
    text: reminderPlainText(reminder),
    html: reminderHtml(reminder),
    date,
  });
}

const FILE_NAME_MAX = 80;

/**
 * A file name for a unit's draft that keeps the Vietnamese letters (NFC) and drops what
 * Windows, macOS or a shell would refuse: "Chi cục Thủy sản.eml".
 *
 * @example
 * reminderFileName('Phòng Kế hoạch / Tài chính') // 'Phòng Kế hoạch - Tài chính.eml'
 */
export function reminderFileName(unit: string): string {
  const printable = [...unit.normalize('NFC')].map((c) => (c.charCodeAt(0) < 32 || c === '\u007f' ? ' ' : c)).join('');
  const clean = printable
    .replace(/\s*[/\\|]\s*/g, ' - ')
    .replace(/[<>:"?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, FILE_NAME_MAX)
    .trim();
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(clean);
  return `${clean && !reserved ? clean : 'don-vi'}.eml`;
}
