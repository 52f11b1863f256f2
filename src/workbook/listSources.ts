import { columnLetter } from '../core/grid';
import type { SheetWrite } from '../core/write/writePlan';

/**
 * Drop-down lists longer than Excel's 255-character inline limit (or with an item holding a
 * comma or a quote, which an inline list cannot carry) are kept in a very hidden sheet that
 * belongs to the sheet carrying the drop-downs: `KSTTHC_DS_<hash of the sheet name>`, one list
 * per column, A1 naming the owner sheet, items from row 2. Applying a plan rebuilds (or
 * removes) that sheet whole, so re-running replaces the lists and no other sheet's lists are
 * touched, and a workbook never needs to be read first to find free columns.
 */
export const LIST_SHEET_PREFIX = 'KSTTHC_DS_';

/** Longest inline list source (`"a,b,c"`, quotes included) that Excel accepts. */
export const MAX_INLINE_LIST = 255;

/** Where one validation's items come from. */
export type ListSource = { kind: 'inline'; items: string[] } | { kind: 'range'; column: number; count: number };

/** The list sheet of one written sheet: null when every list fits inline. */
export interface ListSheetContent {
  name: string;
  /** Row 1 is the owner sheet's name; each column holds one list from row 2. */
  columns: string[][];
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
 * The list sheet name of a sheet (case-insensitive, as Excel names are): a 32-bit FNV-1a hash
 * of the lower-cased name in hex.
 *
 * @example
 * listSheetName('Kế hoạch') // 'KSTTHC_DS_' followed by 8 hex digits
 */
export function listSheetName(sheet: string): string {
  let h = 0x811c9dc5;
  for (const ch of sheet.toLowerCase()) {
    h ^= ch.codePointAt(0) as number;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${LIST_SHEET_PREFIX}${h.toString(16).padStart(8, '0').toUpperCase()}`;
}

/** Whether a sheet is one of the add-in's list sheets. */
export function isListSheet(name: string): boolean {
  return name.toUpperCase().startsWith(LIST_SHEET_PREFIX);
}

/**
 * Decides, for each validation of a sheet write, an inline list or a column of the sheet's
 * list sheet. Identical long lists share one column. Pure.
 *
 * @example
 * placeLists({ sheet: 'S', mode: 'create', values: [], formats: [], merges: [], columnWidths: [],
 *   validations: [{ range: { top: 2, left: 1, bottom: 9, right: 1 }, list: ['a', 'b'] }] })
 * // { sources: [{ kind: 'inline', items: ['a', 'b'] }], listSheet: null }
 */
export function placeLists(sw: SheetWrite): { sources: ListSource[]; listSheet: ListSheetContent | null } {
  const columns: string[][] = [];
  const shared = new Map<string, ListSource>();
  const sources = (sw.validations ?? []).map((v): ListSource => {
    if (fitsInline(v.list)) return { kind: 'inline', items: [...v.list] };
    const id = JSON.stringify(v.list);
    const known = shared.get(id);
    if (known) return known;
    columns.push([...v.list]);
    const source: ListSource = { kind: 'range', column: columns.length, count: v.list.length };
    shared.set(id, source);
    return source;
  });
  return { sources, listSheet: columns.length > 0 ? { name: listSheetName(sw.sheet), columns } : null };
}

/**
 * The absolute reference to a list column, without a leading `=`.
 *
 * @example
 * listRangeRef('KSTTHC_DS_0A1B2C3D', 3, 12) // "'KSTTHC_DS_0A1B2C3D'!$C$2:$C$13"
 */
export function listRangeRef(listSheet: string, column: number, count: number): string {
  const c = columnLetter(column);
  return `'${listSheet}'!$${c}$2:$${c}$${count + 1}`;
}
