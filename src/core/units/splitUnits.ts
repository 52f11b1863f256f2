import { normalizeText, stripDiacritics } from '../text/normalize';
import { GROUP_HEAD_WORDS, GROUP_OPENINGS, ROLE_WORD_COMPOUNDS, ROLE_WORDS, UNIT_HEAD_WORDS } from './unitWords';

/** The units one deliverable's Chủ trì and Phối hợp cells name, as written (groups unexpanded). */
export interface NamedUnits {
  lead: string[];
  support: string[];
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LETTER = /\p{L}/u;
/** Capitalised head words, longest first so "Bộ Chỉ huy" is tried before "Bộ". */
const HEADS = [...UNIT_HEAD_WORDS].sort((a, b) => b.length - a.length);
const GROUP_START = new RegExp(String.raw`^(?:${GROUP_OPENINGS.map(escape).join('|')})\s+(?:${GROUP_HEAD_WORDS.map(escape).join('|')})(?![a-z])`);
const ROLE_WORD = new RegExp(String.raw`\s(?:${ROLE_WORDS.map(escape).join('|')})(?![a-z])`, 'g');
const COMPOUND = new RegExp(String.raw`(?<![a-z])(?:${ROLE_WORD_COMPOUNDS.map(escape).join('|')})(?![a-z])`, 'gi');

/** Where the role words after a name start (" theo dõi, tổng hợp"), skipping those inside a name's own words ("công trình"); -1 if none. */
function roleTailStart(plain: string): number {
  const inName: [number, number][] = [...plain.matchAll(COMPOUND)].map((m) => [m.index, m.index + m[0].length]);
  for (const m of plain.matchAll(ROLE_WORD)) {
    const word = m.index + 1;
    if (!inName.some(([from, to]) => word >= from && word < to)) return m.index;
  }
  return -1;
}
const LIST_MARK = /^[\s\-–—•·+*]+/u;

/** Lower case, no diacritics, one space. */
function key(text: string): string {
  return stripDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The capitalised head word a text opens with ("Sở", "Ủy ban nhân dân"), or null. */
function headOf(text: string): string | null {
  for (const head of HEADS) {
    if (text.startsWith(head) && !LETTER.test(text.charAt(head.length))) return head;
  }
  return null;
}

/**
 * Whether a text opens with a unit name's capitalised head word ("Sở …", "Hội …", "UBND …").
 *
 * @example
 * opensUnitName('Hội Nông dân tỉnh') // true
 * opensUnitName('Đăng ký đất đai') // false
 */
export function opensUnitName(text: string): boolean {
  return headOf(text) !== null;
}

/**
 * Whether a piece of a unit cell is a group phrase (SPEC §3, §11): "Các sở, ban, ngành",
 * "các đơn vị liên quan", or a head word listing kinds ("Sở, ban, ngành có liên quan").
 * A tier such as "UBND các xã, phường" names one unit and is not a group.
 *
 * @example
 * isGroupPhrase('Các sở, ban, ngành tỉnh') // true
 * isGroupPhrase('UBND các xã, phường') // false
 */
export function isGroupPhrase(piece: string): boolean {
  const k = key(piece.replace(LIST_MARK, ''));
  if (GROUP_START.test(k)) return true;
  const head = headOf(piece.replace(LIST_MARK, ''));
  return head !== null && /^\s*,/.test(piece.replace(LIST_MARK, '').slice(head.length));
}

/** A list piece that is an acronym alone ("VOV", "TTXVN", "DNVT", "TT&TT"): a unit of its own (issue 12). */
const ACRONYM_ALONE = /^\s*[A-ZĐ]{2,6}(?:&[A-ZĐ]{1,4})?\s*[.;]?\s*$/u;

/** Whether the text after a separator opens a new unit or group (so the separator splits). */
function opensUnit(chunk: string): boolean {
  const c = chunk.replace(LIST_MARK, '');
  return headOf(c) !== null || GROUP_START.test(key(c)) || ACRONYM_ALONE.test(c);
}

/** Drops list marks, lead-ins ("Phối hợp với"), trailing punctuation and, after a name, the role words. */
function cleanPiece(piece: string): string {
  let p = piece
    .replace(LIST_MARK, '')
    // "Sở Tư pháp (chủ trì)", "(cơ quan thường trực)": a role in brackets, not part of the name.
    .replace(/\s*\((?:chủ trì|phối hợp|cơ quan thường trực|thường trực|đầu mối)\)/giu, '')
    .replace(/^(?:phối hợp với|phối hợp|chủ trì|với|gồm)\s*:?\s+/iu, '')
    .replace(/[\s.,;:!…]+$/u, '')
    .trim();
  if (!isGroupPhrase(p)) {
    // Role words are lower case; a capitalised one belongs to a name ("Phòng Tổng hợp").
    const plain = stripDiacritics(p);
    const tail = roleTailStart(plain);
    if (tail > 0) p = p.slice(0, tail).replace(/[\s,;:]+$/u, '');
  }
  return p;
}

/** "Các Cục: A, B" → "Cục A", "Cục B" (a capitalised head word before a colon list). */
function expandColonList(piece: string): string[] {
  const m = /^(?:các|Các|CÁC)\s+(.+?)\s*:\s*(.+)$/su.exec(piece);
  const head = m ? headOf(m[1]) : null;
  if (!m || !head || head !== m[1].trim()) return [piece];
  return m[2]
    .split(/\s*[,;]\s*|\s+và\s+/u)
    .map((item) => item.replace(/[\s.]+$/u, '').trim())
    .filter((item) => item !== '')
    .map((item) => `${head} ${item}`);
}

/**
 * The units one Chủ trì or Phối hợp cell names, as written (SPEC §11): split at line breaks,
 * ";", "," and " và " only where the next piece opens a unit name (a capitalised head word,
 * {@link UNIT_HEAD_WORDS}) or a group ("các sở, ngành"); "(1) …; (2) …" at the numbers;
 * "Các Cục: A, B" → "Cục A", "Cục B"; list marks, trailing punctuation and the role words after
 * a name dropped. Group phrases stay whole and unexpanded.
 *
 * @example
 * splitUnitNames('Sở Văn hóa, Thể thao và Du lịch; Sở Tài chính') // ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Tài chính']
 * splitUnitNames('Bộ Xây dựng, các địa phương') // ['Bộ Xây dựng', 'các địa phương']
 */
export function splitUnitNames(cell: string): string[] {
  const plain = normalizeText(cell.replace(/<\/?(?:li|ul|ol|p|br|div)\b[^>]*>/gi, '\n').replace(/<[^>]+>/g, ' '))
    // "(1) …; (2) …" and "1. …" / "a) …" at a line start: each number opens an item.
    .replace(/(?:^|[\s;,.])\(\d{1,2}\)\s*/gu, '\n• ')
    .replace(/(?:^|\n|;)\s*(?:\d{1,2}|[a-zđ])[.)]\s+/gu, '\n• ');
  const pieces: string[] = [];
  // Separators kept so a piece that does not open a unit is joined back as written.
  const parts = plain.split(/(\n|;|,|\s+và\s+)/u);
  let current = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const sep = parts[i];
    const chunk = parts[i + 1] ?? '';
    const bullet = sep === '\n' && /^\s*[-–—•·+*]/u.test(chunk);
    if (bullet || opensUnit(chunk)) {
      pieces.push(current);
      current = chunk;
    } else {
      current += sep === '\n' ? ' ' : sep;
      current += chunk;
    }
  }
  pieces.push(current);
  const out: string[] = [];
  for (const piece of pieces) {
    const clean = cleanPiece(piece);
    if (clean === '' || !LETTER.test(clean)) continue;
    for (const name of expandColonList(clean)) if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** "A chủ trì, phối hợp (với) B", "A chủ trì; B phối hợp", "Chủ trì: A; Phối hợp: B" in one cell. */
const LEAD_WITH_SUPPORT: readonly RegExp[] = [
  /^chủ trì\s*:\s*(.+?)\s*[;\n.]\s*phối hợp\s*:\s*(.+)$/isu,
  /^(.+?)\s+chủ trì\s*[,;.]?\s*(?:và\s+)?phối hợp(?:\s+với)?\s*:?\s+(.+)$/isu,
  /^(.+?)\s+chủ trì\s*[,;.]\s*(.+?)\s+phối hợp\s*[.;]?$/isu,
];

/**
 * Lead and support units of one deliverable as the plan names them (SPEC §10, §11): each cell
 * split by {@link splitUnitNames}; in the lead cell (or an undivided "Đơn vị thực hiện" column),
 * "A chủ trì, phối hợp (với) B" makes A the lead and B support. A unit is not listed twice.
 *
 * @example
 * namedUnits('Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ', '') // { lead: ['Sở Tư pháp'], support: ['Sở Nội vụ'] }
 */
export function namedUnits(lead: string, support: string): NamedUnits {
  let leadText = normalizeText(lead);
  const supportTexts = [support];
  for (const re of LEAD_WITH_SUPPORT) {
    const m = re.exec(leadText);
    if (m) {
      leadText = m[1];
      supportTexts.unshift(m[2]);
      break;
    }
  }
  const leads = splitUnitNames(leadText);
  const leadKeys = new Set(leads.map(key));
  const supports: string[] = [];
  for (const text of supportTexts) {
    for (const name of splitUnitNames(text)) {
      if (!leadKeys.has(key(name)) && !supports.some((s) => key(s) === key(name))) supports.push(name);
    }
  }
  return { lead: leads, support: supports };
}
