import { cellText, matchKey } from '../text/normalize';
import { cellAt, type SheetGrid } from '../grid';
import { REGISTER_FIELDS, type RegisterField } from './model';
import { HEADER_WORDINGS, NOT_A_FIELD, type HeaderWording } from './registerHeaderWords';

// Wordings by field, looked up once.
const WORDINGS_OF = new Map<RegisterField, HeaderWording[]>(REGISTER_FIELDS.map((f) => [f, HEADER_WORDINGS.filter((w) => w.field === f)]));
const EXCLUDED_OF = new Map<RegisterField, string[]>(REGISTER_FIELDS.map((f) => [f, NOT_A_FIELD.filter((w) => w.field === f).map((w) => w.words)]));

/** A header as words: camelCase split ("NgayTiepNhan" → "ngay tiep nhan"), no case, no diacritics, no punctuation. */
export function headerKey(text: string): string {
  return matchKey(text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** How a header names a field: its rank (1 best) and how closely (3 the whole header, 2 its start, 1 within); null when it does not. */
export interface HeaderMatch {
  rank: number;
  strength: number;
}

/**
 * How a header (a {@link headerKey}) names a field, by the ranked wordings of
 * {@link HEADER_WORDINGS}: the best rank, then the closest match. Null when no wording is in
 * it, or a wording the field must never take is ("Ngày hẹn trả mới" is not the due date).
 *
 * @example
 * headerMatch('ngay tra ket qua', 'resolved') // { rank: 3, strength: 3 }
 * headerMatch('ngay hen tra moi', 'due') // null
 */
export function headerMatch(key: string, field: RegisterField): HeaderMatch | null {
  if (key === '' || key.length > 80) return null;
  const padded = ` ${key} `;
  if ((EXCLUDED_OF.get(field) ?? []).some((w) => padded.includes(` ${w} `))) return null;
  let best: HeaderMatch | null = null;
  for (const w of WORDINGS_OF.get(field) ?? []) {
    const at = padded.indexOf(` ${w.words} `);
    if (at < 0) continue;
    const strength = key === w.words ? 3 : at === 0 ? 2 : 1;
    if (!best || w.rank < best.rank || (w.rank === best.rank && strength > best.strength)) best = { rank: w.rank, strength };
  }
  return best;
}

/** Where {@link findRegisterHeader} found the header row and the column of each field. */
export interface RegisterHeader {
  /** 1-based row of the (bottom) header row; null when none was found. */
  row: number | null;
  /** 1-based column of each field placed. */
  columns: Partial<Record<RegisterField, number>>;
  /**
   * Per field placed by its header, the other free columns whose headers name it as well
   * (same rank): SPEC does not say which wins, so the reader compares their values.
   */
  rivals: Partial<Record<RegisterField, number[]>>;
}

/** The texts naming a header cell: its own (merged down from above if so) and the text of a parent merged over it. */
function headerTexts(grid: SheetGrid, row: number, col: number): { own: string; parent: string } {
  // A header merged down from the row above keeps its text in the top cell only.
  const down = grid.merges.find((m) => m.top < row && m.bottom >= row && m.left <= col && m.right >= col);
  const own = cellText(down ? cellAt(grid, down.top, down.left) : cellAt(grid, row, col));
  // A two-row header: "Ngày" merged over "Tiếp nhận | Hẹn trả | Trả kết quả".
  const parentMerge = grid.merges.find((m) => m.top <= row - 1 && m.bottom === row - 1 && m.left <= col && m.right >= col && m.right > m.left);
  const parent = parentMerge ? cellText(cellAt(grid, parentMerge.top, parentMerge.left)) : '';
  return { own, parent };
}

/**
 * A register column's header as the officer reads it ("Ngày tiếp nhận", "Ngày — Nhận" under a
 * merged parent), on one line; '' when the header row has none.
 *
 * @example
 * registerHeaderText({ name: 'Sổ', values: [['Mã hồ sơ', 'Ngày tiếp nhận']], merges: [] }, 1, 2) // 'Ngày tiếp nhận'
 */
export function registerHeaderText(grid: SheetGrid, row: number, col: number): string {
  const { own, parent } = headerTexts(grid, row, col);
  const text = parent && own && parent !== own ? `${parent} — ${own}` : own || parent;
  return text.replace(/\s+/g, ' ').trim();
}

function labelsOfRow(grid: SheetGrid, row: number): string[][] {
  const width = Math.max(grid.values[row - 1]?.length ?? 0, grid.values[row - 2]?.length ?? 0);
  const labels: string[][] = [];
  for (let c = 1; c <= width; c++) {
    const texts = headerTexts(grid, row, c);
    const own = headerKey(texts.own);
    const parent = headerKey(texts.parent);
    labels.push(parent && own ? [own, `${parent} ${own}`] : [own]);
  }
  return labels;
}

interface Placed {
  columns: Partial<Record<RegisterField, number>>;
  rivals: Partial<Record<RegisterField, number[]>>;
}

/**
 * Places the fields on the columns: the best-ranked wording wins, then the closest match;
 * the column order only breaks ties between equally good headers (and those are rivals).
 */
function placeColumns(labels: string[][], fixed: Partial<Record<RegisterField, number>>): Placed {
  const pairs: { field: RegisterField; col: number; rank: number; strength: number }[] = [];
  labels.forEach((keys, i) => {
    for (const field of REGISTER_FIELDS) {
      let best: HeaderMatch | null = null;
      for (const k of keys) {
        const m = headerMatch(k, field);
        if (m && (!best || m.rank < best.rank || (m.rank === best.rank && m.strength > best.strength))) best = m;
      }
      if (best) pairs.push({ field, col: i + 1, ...best });
    }
  });
  pairs.sort((a, b) => a.rank - b.rank || b.strength - a.strength || a.col - b.col);
  const columns: Partial<Record<RegisterField, number>> = { ...fixed };
  const rankOf = new Map<RegisterField, number>();
  const taken = new Set(Object.values(fixed));
  for (const p of pairs) {
    if (columns[p.field] !== undefined || taken.has(p.col)) continue;
    columns[p.field] = p.col;
    rankOf.set(p.field, p.rank);
    taken.add(p.col);
  }
  const rivals: Partial<Record<RegisterField, number[]>> = {};
  for (const p of pairs) {
    if (taken.has(p.col) || rankOf.get(p.field) !== p.rank) continue;
    (rivals[p.field] ??= []).push(p.col);
  }
  return { columns, rivals };
}

/** Rows searched for the header. */
export const HEADER_SEARCH_ROWS = 30;

/**
 * Finds the register's header row among the first rows (the one naming most fields) and
 * the column of each field, chosen by the rank of its header's wording (SPEC §8), whatever the
 * column order; equally good free columns are returned as `rivals`. `mapping` (1-based
 * columns) wins over what the headers say.
 *
 * @example
 * findRegisterHeader({ name: 'Sổ', values: [['Sổ theo dõi'], ['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận']], merges: [] }).row // 2
 */
export function findRegisterHeader(grid: SheetGrid, mapping: Partial<Record<RegisterField, number>> = {}): RegisterHeader {
  const none: RegisterHeader = { row: null, columns: { ...mapping }, rivals: {} };
  let best = none;
  let bestCount = 0;
  const last = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let r = 1; r <= last; r++) {
    const placed = placeColumns(labelsOfRow(grid, r), mapping);
    const count = Object.keys(placed.columns).length - Object.keys(mapping).length;
    if (count > bestCount) {
      best = { row: r, ...placed };
      bestCount = count;
    }
  }
  // Fewer than three named columns is a title line or a note, not a header.
  return bestCount < 3 ? none : best;
}
