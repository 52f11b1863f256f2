import { isoDay, type IsoDate } from '../calendar/isoDate';
import { issuingBodyOf } from '../highlight/issuingBody';
import { matchKey, stripDiacritics } from '../text/normalize';

/** What the opening lines of an official document say about it (Nghị định 30/2020/NĐ-CP layout). */
export interface DocumentHeading {
  /** The issuing body, one line per level ("UBND TỈNH QUẢNG NGÃI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"). */
  issuer: string | null;
  /** The kind of document as written ("KẾ HOẠCH", "QUYẾT ĐỊNH", "PHỤ LỤC"). */
  kind: string | null;
  /** The title under the kind ("Kiểm soát thủ tục hành chính năm 2025"). */
  title: string | null;
  /** The document number without "Số:" ("123/KH-UBND"). */
  number: string | null;
  /** The date it was issued, from "Quảng Ngãi, ngày 10 tháng 01 năm 2025" (or "ngày 10/01/2025"). */
  date: IsoDate | null;
}

/** The heading and the lines of the title block, as rows for the plan's sheet. */
export interface TitleBlock {
  heading: DocumentHeading;
  /** One entry per row: a line as written, or the kind and its title joined by a line break. */
  rows: string[];
  /** How many of the given lines the block took. */
  consumed: number;
}

/**
 * Kinds of administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục III) a plan comes in,
 * and the appendix itself when the file holds only the appendix. Keys are matchKey()s.
 */
export const DOCUMENT_KINDS: readonly string[] = [
  'ke hoach', 'quyet dinh', 'thong bao', 'chuong trinh', 'chi thi', 'bao cao', 'to trinh', 'de an', 'phuong an', 'nghi quyet',
  'huong dan', 'cong dien', 'phu luc',
];

/** Lines that start the body, after the title (keys). */
const BODY_START = /^(?:can cu|thuc hien|kinh gui|de |nham |(?:[ivx]+|\d+|[a-z])[.)]\s|phan\s|chuong\s|dieu\s|\()/;
/** The first line under the kind is its title ("Thực hiện lộ trình …") unless it plainly opens the body. */
const FIRST_LINE_BODY = /^(?:can cu|kinh gui|(?:[ivx]+|\d+)[.)]\s|phan\s|chuong\s|dieu\s|\()/;
/** A council's name written on two lines: "ỦY BAN NHÂN DÂN" over "TỈNH ĐỒNG NAI" (keys). */
const COUNCIL = /^(?:uy ban nhan dan|hoi dong nhan dan)$/;
const LOCALITY = /^(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|dac khu)\s/;
/** A rule under the title ("_____", "-----"). */
const RULE = /^[\s_\-–—=.*]+$/;
/** Lines that are the national motto, beside the issuer. */
const MOTTO = /^(?:cong hoa xa hoi|doc lap\s*-)/;
/** Lines read for the title block: the first page's header never runs longer. */
const MAX_OPENING_LINES = 24;
/** Title lines under the kind. */
const MAX_TITLE_LINES = 4;

const NUMBER = /\b[Ss][ốỐ]\s*:?\s*(\d[^\s,;()]*\/[^\s,;()]+)/u;
const PLACE_DATE = /^[^,\d()]{2,40},\s*ngay\s+(\d{1,2})\s*(?:thang|[/.-])\s*(\d{1,2})\s*(?:nam|[/.-])\s*((?:19|20)\d{2})\b/;
const ATTACHED_DATE = /\bkem theo\b.*?\bngay\s+(\d{1,2})\s*(?:thang|[/.-])\s*(\d{1,2})\s*(?:nam|[/.-])\s*((?:19|20)\d{2})\b/;

function keyOf(line: string): string {
  return stripDiacritics(line).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The kind a line names: the whole line ("KẾ HOẠCH", "PHỤ LỤC II"), or its first words in a line all in capitals. */
function kindOf(line: string): { kind: string; rest: string } | null {
  const key = matchKey(line);
  for (const kind of DOCUMENT_KINDS) {
    if (key === kind || new RegExp(`^${kind} [ivx]+$`).test(key)) return { kind: line.trim(), rest: '' };
    if (key.startsWith(`${kind} `) && line === line.toUpperCase()) {
      const words = kind.split(' ').length;
      const parts = line.trim().split(/\s+/);
      return { kind: parts.slice(0, words).join(' '), rest: parts.slice(words).join(' ') };
    }
  }
  return null;
}

function dateOf(m: RegExpExecArray | null): IsoDate | null {
  return m ? isoDay(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/**
 * The number and date a line gives: "Số: 123/KH-UBND", "Quảng Ngãi, ngày 10 tháng 01 năm
 * 2025", or an appendix's "(Kèm theo Kế hoạch số 179/KH-UBND ngày 18/11/2025 …)".
 */
function numberAndDate(lines: readonly string[]): Pick<DocumentHeading, 'number' | 'date'> {
  let number: string | null = null;
  let date: IsoDate | null = null;
  for (const line of lines) {
    const key = keyOf(line);
    if (number === null && (/^so\s*:/.test(key) || /\bkem theo\b/.test(key))) number = NUMBER.exec(line)?.[1] ?? null;
    date ??= dateOf(PLACE_DATE.exec(key)) ?? dateOf(ATTACHED_DATE.exec(key));
  }
  return { number, date };
}

/** "ỦY BAN NHÂN DÂN" and "TỈNH ĐỒNG NAI" on two lines are one issuing body: one line, as the status sheets name it. */
function joinCouncilNames(lines: readonly string[]): { joined: string[]; ends: number[] } {
  const joined: string[] = [];
  // ends[j]: how many given lines the joined lines up to j cover.
  const ends: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const next = lines[i + 1];
    if (next !== undefined && COUNCIL.test(keyOf(lines[i])) && LOCALITY.test(`${keyOf(next)} `)) {
      joined.push(`${lines[i]} ${next}`);
      i++;
    } else {
      joined.push(lines[i]);
    }
    ends.push(i + 1);
  }
  return { joined, ends };
}

/**
 * Reads the title block of an official document from its opening lines (non-empty, in reading
 * order): the issuing body (as the status sheets name it, {@link issuingBodyOf}), "Số: …",
 * "<nơi>, ngày … tháng … năm …", then the kind ("KẾ HOẠCH") and its title. The block ends at
 * the first body line (Căn cứ …, I. …, 1. …), a rule, a table (`inTable` marks lines that
 * came from one), or after a few title lines. `extra` lines (the appendix's own heading,
 * "(Kèm theo Kế hoạch số … ngày …)") give the number and date when the opening lines do not.
 *
 * @example
 * readTitleBlock(['UBND TỈNH QUẢNG NGÃI', 'Số: 12/KH-UBND', 'Quảng Ngãi, ngày 10 tháng 01 năm 2025', 'KẾ HOẠCH', 'Kiểm soát thủ tục hành chính năm 2025', 'Căn cứ …']).heading
 * // { issuer: 'UBND TỈNH QUẢNG NGÃI', kind: 'KẾ HOẠCH', title: 'Kiểm soát thủ tục hành chính năm 2025', number: '12/KH-UBND', date: '2025-01-10' }
 */
export function readTitleBlock(lines: readonly string[], options: { extra?: readonly string[]; inTable?: readonly boolean[] } = {}): TitleBlock {
  const { joined: opening, ends } = joinCouncilNames(lines.slice(0, MAX_OPENING_LINES));
  // A title is paragraphs under the kind: a table after it (contents, recipients) ends it.
  const fromTable = (j: number) => options.inTable?.[ends[j] - 1] === true;
  const rows: string[] = [];
  let kind: string | null = null;
  let title: string | null = null;
  let end = 0;
  for (let i = 0; i < opening.length; i++) {
    const found = kindOf(opening[i]);
    if (!found) continue;
    kind = found.kind;
    const titleLines = found.rest ? [found.rest] : [];
    let j = i + 1;
    for (; j < opening.length && titleLines.length < MAX_TITLE_LINES; j++) {
      const key = keyOf(opening[j]);
      if (RULE.test(opening[j]) || fromTable(j) || (j === i + 1 ? FIRST_LINE_BODY : BODY_START).test(key) || opening[j].length > 300) break;
      titleLines.push(opening[j]);
    }
    title = titleLines.length > 0 ? titleLines.join(' ') : null;
    rows.push(...opening.slice(0, i).filter((l) => !RULE.test(l)), [found.kind, ...titleLines].join('\n'));
    end = j;
    break;
  }
  if (kind === null) {
    // No kind line: the lines up to the body are the block (an issuer, a date), if any.
    for (; end < opening.length && !BODY_START.test(keyOf(opening[end])) && opening[end].length <= 300; end++) {
      if (!RULE.test(opening[end])) rows.push(opening[end]);
    }
  }
  const block = opening.slice(0, end);
  const issuer = issuingBodyOf({ name: '', values: block.map((l) => [l]), merges: [] }, null);
  const fromBlock = numberAndDate(block.filter((l) => !MOTTO.test(keyOf(l))));
  const fromExtra = numberAndDate(options.extra ?? []);
  return {
    heading: { issuer, kind, title, number: fromBlock.number ?? fromExtra.number, date: fromBlock.date ?? fromExtra.date },
    rows,
    consumed: end === 0 ? 0 : ends[end - 1],
  };
}
