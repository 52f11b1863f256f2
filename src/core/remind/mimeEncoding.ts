/**
 * The MIME encodings an e-mail draft needs (RFC 2045 base64, RFC 2047 encoded-words, RFC 5322
 * folding), in plain TypeScript so the same code runs in the task pane and in `kstthc`.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Base64 of bytes (RFC 4648), one line.
 *
 * @example
 * base64(new TextEncoder().encode('Sở')) // 'U+G7nw=='
 */
export function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}

/** A body part's base64, in lines of 76 characters (RFC 2045 §6.8). */
export function base64Lines(text: string): string {
  return (base64(new TextEncoder().encode(text)).match(/.{1,76}/g) ?? ['']).join('\r\n');
}

/**
 * Longest UTF-8 payload of one encoded-word: `=?UTF-8?B?` + base64 of 39 bytes (52 chars) +
 * `?=` is 64 characters — within RFC 2047's 75, and "Subject: " plus one word stays within the
 * 76 characters RFC 2047 §2 allows a header line holding an encoded-word.
 */
const WORD_BYTES = 39;

/** RFC 2047 §2: a header line that holds an encoded-word is at most 76 characters (RFC 5322 says 78 for any). */
const HEADER_LINE_MAX = 76;

/**
 * Text as RFC 2047 encoded-words (`=?UTF-8?B?…?=`), each ≤ 64 characters, split between whole
 * characters (never inside a UTF-8 sequence, as RFC 2047 §5 requires). Plain ASCII text
 * without specials is returned as it is.
 *
 * @example
 * encodedWords('Sở') // ['=?UTF-8?B?U+G7nw==?=']
 */
export function encodedWords(text: string): string[] {
  if (/^[\x20-\x7e]*$/.test(text) && !/=\?|[()<>@,;:\\".[\]]/.test(text)) return text.split(' ').filter((w) => w !== '');
  const encoder = new TextEncoder();
  const chunks: number[][] = [];
  let chunk: number[] = [];
  for (const ch of text) {
    const bytes = encoder.encode(ch);
    if (chunk.length + bytes.length > WORD_BYTES) {
      chunks.push(chunk);
      chunk = [];
    }
    chunk.push(...bytes);
  }
  if (chunk.length > 0 || chunks.length === 0) chunks.push(chunk);
  return chunks.map((c) => `=?UTF-8?B?${base64(Uint8Array.from(c))}?=`);
}

/**
 * A header field folded at the spaces between its words so no line passes 76 characters
 * (RFC 2047 §2 for lines with encoded-words, within RFC 5322 §2.1.1's 78), continuation lines
 * starting with a space.
 *
 * @example
 * foldedHeader('Subject', encodedWords(longVietnameseText)) // 'Subject: =?UTF-8?B?…?=\r\n =?UTF-8?B?…?='
 */
export function foldedHeader(name: string, words: readonly string[]): string {
  const lines: string[] = [];
  let line = `${name}:`;
  for (const word of words) {
    if (line.length + 1 + word.length > HEADER_LINE_MAX && line !== `${name}:`) {
      lines.push(line);
      line = ` ${word}`;
    } else {
      line += ` ${word}`;
    }
  }
  lines.push(line);
  return lines.join('\r\n');
}
