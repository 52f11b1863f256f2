import { columnLetter } from '../core/grid';
import type { WritePlan } from '../core/write/writePlan';

/**
 * Drop-down lists longer than Excel's 255-character inline limit (or with items holding a
 * comma or a quote, which an inline list cannot carry) are kept in this very hidden sheet,
 * one list per column: row 1 holds the key `<sheet>|<n>`, the items start at row 2, and the
 * validation refers to the column's cells. Applying a plan frees the columns keyed to the
 * sheets it writes, so re-running replaces them and leaves other sheets' lists alone.
 */
export const LIST_SHEET = 'KSTTHC_DanhSach';

/** Longest inline list source (`a,b,c`, quotes included) that Excel accepts. */
export const MAX_INLINE_LIST = 255;

/** Where one validation's items come from. */
export type ListSource = { kind: 'inline'; items: string[] } | { kind: 'range'; column: number; count: number };

/** What to do to the list sheet: columns to clear, and columns to write (key + items). */
export interface ListSheetChanges {
  clear: number[];
  write: { column: number; key: string; items: string[] }[];
}

/**
 * Whether a list fits inline (`"a,b,c"`), the cheap and self-contained form.
 *
 * @example
 * fitsInline(['Có', 'Không']) // true
 * fitsInline(['a,b']) // false
 */
export function fitsInline(items: readonly string[]): boolean {
  if (items.some((s) => s.includes(',') || s.includes('"'))) return false;
  return items.join(',').length + 2 <= MAX_INLINE_LIST;
}

/**
 * Decides, for every validation of the plan, an inline list or a column of the list sheet,
 * given the keys now in row 1 of the list sheet (`existingKeys[c - 1]` for column c).
 * Lists repeated within a sheet share one column. Pure: the caller applies the changes.
 *
 * @example
 * placeLists({ sheets: [{ sheet: 'S', mode: 'create', values: [], formats: [], merges: [], columnWidths: [],
 *   validations: [{ range: { top: 2, left: 1, bottom: 9, right: 1 }, list: ['a', 'b'] }] }] }, [])
 * // { sources: [[{ kind: 'inline', items: ['a', 'b'] }]], changes: { clear: [], write: [] } }
 */
export function placeLists(plan: WritePlan, existingKeys: readonly (string | null)[]): { sources: ListSource[][]; changes: ListSheetChanges } {
  const planned = new Set(plan.sheets.map((s) => s.sheet));
  const keys = [...existingKeys];
  const clear: number[] = [];
  keys.forEach((k, i) => {
    if (k && planned.has(k.slice(0, k.lastIndexOf('|')))) {
      clear.push(i + 1);
      keys[i] = null;
    }
  });
  const write: ListSheetChanges['write'] = [];
  const takeColumn = (key: string): number => {
    let idx = keys.findIndex((k) => !k);
    if (idx < 0) idx = keys.length;
    keys[idx] = key;
    return idx + 1;
  };
  const sources = plan.sheets.map((sw) => {
    const shared = new Map<string, ListSource>();
    return (sw.validations ?? []).map((v): ListSource => {
      if (fitsInline(v.list)) return { kind: 'inline', items: [...v.list] };
      const id = JSON.stringify(v.list);
      const known = shared.get(id);
      if (known) return known;
      const key = `${sw.sheet}|${shared.size + 1}`;
      const column = takeColumn(key);
      write.push({ column, key, items: [...v.list] });
      const source: ListSource = { kind: 'range', column, count: v.list.length };
      shared.set(id, source);
      return source;
    });
  });
  return { sources, changes: { clear, write } };
}

/**
 * The absolute reference to a list-sheet column, without a leading `=`.
 *
 * @example
 * listRangeRef(3, 12) // "'KSTTHC_DanhSach'!$C$2:$C$13"
 */
export function listRangeRef(column: number, count: number): string {
  const c = columnLetter(column);
  return `'${LIST_SHEET}'!$${c}$2:$${c}$${count + 1}`;
}
