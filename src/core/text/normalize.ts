import type { CellValue } from '../grid';

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
// NBSP, narrow NBSP, figure space and the other Unicode spaces fold to a plain space.
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g;

/**
 * Display text of a cell: NFC, zero-width characters removed, runs of spaces folded,
 * line breaks kept (bullets and in-cell breaks stay readable), each line trimmed.
 *
 * @example
 * normalizeText('  Văn  phòng\r\n Sở ') // 'Văn phòng\nSở'
 */
export function normalizeText(value: string): string {
  return value
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(ODD_SPACES, ' ')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && i < lines.length - 1 && lines[i - 1] !== ''))
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/**
 * Text of any cell value for display; dates become dd/mm/yyyy, empty cells ''.
 *
 * @example
 * cellText(7) // '7'
 * cellText(new Date(Date.UTC(2024, 1, 20))) // '20/02/2024'
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const d = String(value.getUTCDate()).padStart(2, '0');
    const m = String(value.getUTCMonth() + 1).padStart(2, '0');
    return `${d}/${m}/${value.getUTCFullYear()}`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return normalizeText(value);
}

/**
 * Removes Vietnamese (and other Latin) diacritics; đ/Đ become d/D.
 *
 * @example
 * stripDiacritics('Đột xuất') // 'Dot xuat'
 */
export function stripDiacritics(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * The key two labels are compared by: no case, no diacritics (đ = d), one space between
 * words, no trailing punctuation. "Văn phòng Sở." and "van phong so" have the same key.
 *
 * @example
 * matchKey('  Văn phòng  Sở. ') // 'van phong so'
 */
export function matchKey(value: string): string {
  // Labels repeat across rows and files: the same text always gives the same key.
  const known = MATCH_KEYS.get(value);
  if (known !== undefined) return known;
  if (MATCH_KEYS.size > 50_000) MATCH_KEYS.clear();
  const key = matchKeyOf(value);
  MATCH_KEYS.set(value, key);
  return key;
}

const MATCH_KEYS = new Map<string, string>();

function matchKeyOf(value: string): string {
  return stripDiacritics(normalizeText(value))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:!?…\-–—/]+$/u, '')
    .replace(/^[\s\-–—•·*+]+/u, '')
    .trim();
}
