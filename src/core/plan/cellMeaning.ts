import type { CellValue } from '../grid';
import { readDayText } from '../calendar/dayText';
import { readsAsSchedule } from '../schedule/schedule';
import { matchKey } from '../text/normalize';
import { GROUP_HEAD_WORDS, GROUP_OPENINGS, UNIT_HEAD_WORDS } from '../units/unitWords';
import { PERSON_OPENINGS, SURNAMES } from './cellMeaningWords';
import { statusWordOf } from './statusWords';

/**
 * What one cell of a plan table holds, judged by its text alone (SPEC §12 "Columns by meaning"):
 * the evidence the reader weighs when several columns could fill one role, or when no header names
 * them. Each test is cheap and data-driven (the word lists are in `cellMeaningWords.ts` and
 * `units/unitWords.ts`).
 */

const LIST_MARK = /^(?:[-–•+*]\s*|\(?\d{1,2}[.)]\s+)/u;

/** The first line of a cell without a list mark ("- Sở Tài chính" → "Sở Tài chính"). */
function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.trim().replace(LIST_MARK, '');
}

// Word lists as sets of their keys, looked up by a cell's first one to four words (one lookup per
// length instead of a scan of every word: the reader tests hundreds of cells per column).
const UNIT_HEADS = new Set(UNIT_HEAD_WORDS.map((w) => matchKey(w)));
const GROUP_HEADS = new Set(GROUP_HEAD_WORDS);
const PERSON_HEADS = new Set(PERSON_OPENINGS);
const MAX_HEAD_WORDS = 4;

/** Whether the text's first 1 … 4 words (split at spaces; "," or ":" after a word ends it) are in the set. */
function opensWith(text: string, heads: ReadonlySet<string>, trail: RegExp): boolean {
  const words = text.split(' ', MAX_HEAD_WORDS);
  let prefix = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const bare = word.replace(trail, '');
    if (heads.has(prefix + bare)) return true;
    if (bare !== word) return false;
    prefix += `${word} `;
  }
  return false;
}

/**
 * Whether a cell names a person or a post rather than a unit: an honorific or a title ("Ông …",
 * "Phó Chánh Văn phòng Nguyễn Văn A", "LĐVP") or a bare personal name ("Nguyễn Thị Hoa").
 *
 * @example
 * namesPerson('Phó Chánh Văn phòng Nguyễn Văn A') // true
 * namesPerson('Văn phòng Sở') // false
 * namesPerson('Chi cục Thủy sản') // false ("Chi" is not "Chị")
 */
export function namesPerson(text: string): boolean {
  const line = firstLine(text);
  if (line === '') return false;
  // Honorifics and titles are compared with their diacritics: "Chị" is a person, "Chi cục" a unit.
  const lower = line.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  if (opensWith(lower, PERSON_HEADS, /[:.]$/)) return true;
  return isPersonalName(line);
}

/** "Nguyễn Văn An", "Trần Thị B": two to five capitalised words, the first a common surname. */
function isPersonalName(line: string): boolean {
  const words = line.replace(/[,;.]+$/u, '').split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!SURNAMES.has(words[0])) return false;
  return words.every((w) => /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(w) || /^\p{Lu}\.?$/u.test(w));
}

/**
 * Whether a cell names a unit or a group of units: its first line starts with a unit's head word
 * ("Sở", "Phòng", "Chi cục", "UBND" …) or a group phrase ("Các sở, ngành", "Các phòng, đơn vị …").
 * A person's title ("Chánh Văn phòng …") is no unit.
 *
 * @example
 * namesUnit('Văn phòng Sở theo dõi, tổng hợp') // true
 * namesUnit('- Các Chi cục') // true
 * namesUnit('Ông Nguyễn Văn A') // false
 */
export function namesUnit(text: string): boolean {
  const line = firstLine(text);
  if (line === '' || namesPerson(line)) return false;
  const key = matchKey(line);
  if (opensWith(key, UNIT_HEADS, /,$/)) return true;
  for (const opening of GROUP_OPENINGS) {
    if (key.startsWith(`${opening} `) && opensWith(key.slice(opening.length + 1), GROUP_HEADS, /,$/)) return true;
  }
  return false;
}

/**
 * Whether a cell reads as a schedule: a date cell, or a text whose every phrase is a timing phrase
 * of SPEC §2/§11 ("Quý II/2026", "Thường xuyên", "30/6/2026", "Hằng năm").
 *
 * @example
 * readsAsTiming('Quý II/2026') // true
 * readsAsTiming('Xây dựng dự thảo, lấy ý kiến các sở') // false
 */
export function readsAsTiming(value: CellValue): boolean {
  if (value instanceof Date) return true;
  if (typeof value !== 'string') return false;
  // A plan repeats its timing texts: each is parsed once.
  let known = TIMINGS.get(value);
  if (known === undefined) {
    known = readsAsSchedule(value);
    if (TIMINGS.size > 20_000) TIMINGS.clear();
    TIMINGS.set(value, known);
  }
  return known;
}

const TIMINGS = new Map<string, boolean>();

/** Whether a cell is a day: a date cell or "dd/mm/yyyy" text. */
export function isDateCell(value: CellValue): boolean {
  if (value instanceof Date) return true;
  return typeof value === 'string' && value.length <= 24 && readDayText(value).ok;
}

/**
 * Whether a cell says how far the work is (SPEC §12 "Completion written in the plan"): a status
 * word ("Đã hoàn thành", "Đang thực hiện", "x"), a percentage, or a number from 0 to 100.
 *
 * @example
 * readsAsStatus('Đã hoàn thành') // true
 * readsAsStatus('85%') // true
 * readsAsStatus('Quý I/2026') // false
 */
export function readsAsStatus(value: CellValue): boolean {
  if (typeof value === 'number') return value >= 0 && value <= 100;
  if (typeof value !== 'string') return false;
  const key = matchKey(value);
  if (key === '') return false;
  if (/^\d{1,3}(?:[.,]\d+)?\s*%$/.test(key)) return true;
  return statusWordOf(value) !== null;
}
