import { base64Lines, encodedWords, foldedHeader } from './mimeEncoding';

/** A mailbox: a display name and an address. */
export interface Mailbox {
  name: string;
  address: string;
}

/** What an e-mail draft holds. */
export interface EmailDraft {
  /** Omitted when unknown: the mail client puts the account that sends it. */
  from?: Mailbox;
  /** Omitted when empty: the officer fills the recipient in the client. */
  to: Mailbox[];
  subject: string;
  /** The plain-text alternative. */
  text: string;
  /** The HTML alternative (already escaped by its writer). */
  html: string;
  /** When the draft is written. */
  date: Date;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Vietnam keeps UTC+7 all year (no daylight saving), so the officers' clock is a fixed offset. */
const VIETNAM_OFFSET_MINUTES = 7 * 60;

/**
 * An RFC 5322 §3.3 date-time in Vietnam's time: "Sun, 10 Mar 2024 08:30:00 +0700".
 *
 * @example
 * rfc5322Date(new Date('2024-03-10T01:30:00Z')) // 'Sun, 10 Mar 2024 08:30:00 +0700'
 */
export function rfc5322Date(date: Date): string {
  const t = new Date(date.getTime() + VIETNAM_OFFSET_MINUTES * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${WEEKDAYS[t.getUTCDay()]}, ${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())} +0700`;
}

/** FNV-1a over the text: a stable token for the Message-ID and the MIME boundary. */
function fingerprint(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

function mailboxWords(m: Mailbox): string[] {
  return m.name ? [...encodedWords(m.name), `<${m.address}>`] : [`<${m.address}>`];
}

/** Addresses joined by commas, folded between mailboxes. */
function addressHeader(name: string, boxes: readonly Mailbox[]): string {
  const words = boxes.flatMap((m, i) => {
    const w = mailboxWords(m);
    if (i < boxes.length - 1) w[w.length - 1] += ',';
    return w;
  });
  return foldedHeader(name, words);
}

/**
 * An RFC 5322 message (CRLF lines, UTF-8) that mail clients open as an unsent draft
 * (`X-Unsent: 1`: Outlook opens it ready to send; Thunderbird too): Subject and display
 * names as RFC 2047 encoded-words, a multipart/alternative body with the plain text and the
 * HTML, each base64-encoded. The Message-ID and boundary come from the content, so the same
 * draft written twice is byte-identical.
 *
 * @example
 * emlOf({ to: [{ name: 'Chi cục Thủy sản', address: 'ccts@quangngai.gov.vn' }], subject: 'Đôn đốc', text: '…', html: '…', date: new Date() })
 * // 'Date: …\r\nTo: =?UTF-8?B?…?= <ccts@quangngai.gov.vn>\r\nSubject: =?UTF-8?B?xJDDtG4gxJHhu5Fj?=\r\n…'
 */
export function emlOf(draft: EmailDraft): string {
  const token = fingerprint([draft.subject, draft.text, draft.html, draft.date.toISOString(), ...draft.to.map((m) => m.address)].join('\u0000'));
  const domain = (draft.from?.address.split('@')[1] ?? 'kstthc.invalid').toLowerCase();
  const boundary = `=_kstthc_${token}`;
  const headers = [
    `Date: ${rfc5322Date(draft.date)}`,
    ...(draft.from ? [addressHeader('From', [draft.from])] : []),
    ...(draft.to.length > 0 ? [addressHeader('To', draft.to)] : []),
    foldedHeader('Subject', encodedWords(draft.subject)),
    `Message-ID: <kstthc.${token}@${domain}>`,
    'MIME-Version: 1.0',
    'X-Unsent: 1',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  const part = (type: string, body: string) =>
    [`--${boundary}`, `Content-Type: ${type}; charset=UTF-8`, 'Content-Transfer-Encoding: base64', '', base64Lines(body)].join('\r\n');
  return [...headers, '', part('text/plain', draft.text), part('text/html', draft.html), `--${boundary}--`, ''].join('\r\n');
}
