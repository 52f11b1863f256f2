import type { SheetGrid } from '../grid';
import { cellText, matchKey } from '../text/normalize';

/**
 * Lines that name an issuing body in a plan's title block, as data: the province's people's
 * committee and the department ("UBND TỈNH QUẢNG NGÃI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG").
 * Matched on the line's key (lower case, no diacritics).
 */
export const ISSUER_LINES: readonly RegExp[] = [/^(?:ubnd|uy ban nhan dan)\s/, /^so\s/, /^(?:bo|ban|chi cuc|van phong)\s/];
/** Lines of the title block that are not the issuer though they may sit beside it. */
const NOT_ISSUER = /^(?:cong hoa|doc lap|so\s*:|so\s+\d)/;

/** Rows searched for the title block when the table's header row is unknown. */
const TITLE_ROWS = 12;

/**
 * The issuing body a plan's title block names (top left of an official document), one line
 * per level ("UBND TỈNH QUẢNG NGÃI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"); null when the sheet has
 * no such lines above its table. Only rows above `headerRow` are read.
 *
 * @example
 * issuingBodyOf({ name: 'KH', merges: [], values: [['UBND TỈNH QUẢNG NGÃI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG']] }, 5)
 * // 'UBND TỈNH QUẢNG NGÃI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'
 */
export function issuingBodyOf(grid: SheetGrid, headerRow: number | null): string | null {
  const last = Math.min(grid.values.length, headerRow === null ? TITLE_ROWS : headerRow - 1);
  const lines: string[] = [];
  for (let r = 0; r < last; r++) {
    for (const value of grid.values[r] ?? []) {
      for (const line of cellText(value ?? null).split('\n')) {
        const text = line.trim();
        const key = matchKey(text);
        if (!key || NOT_ISSUER.test(key) || !ISSUER_LINES.some((p) => p.test(`${key} `))) continue;
        if (!lines.includes(text)) lines.push(text);
      }
    }
  }
  return lines.length > 0 ? lines.slice(0, 3).join('\n') : null;
}
