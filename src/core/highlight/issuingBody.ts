import type { SheetGrid } from '../grid';
import { cellText, matchKey } from '../text/normalize';

/**
 * Levels of an issuing body in a title block, as data: the province's people's committee, the
 * department, a ministry or board (`reportsTo`: a level a unit reports to), a unit's own office.
 * Matched lower case WITH diacritics: without them "Sở" would be "Sổ" ("SỔ THEO DÕI HỒ SƠ").
 */
export const ISSUER_LEVELS: readonly { pattern: RegExp; reportsTo: boolean }[] = [
  { pattern: /^(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s/u, reportsTo: true },
  { pattern: /^sở\s/u, reportsTo: true },
  { pattern: /^(?:bộ|ban)\s/u, reportsTo: true },
  { pattern: /^(?:chi cục|văn phòng)\s/u, reportsTo: false },
];

/**
 * The level a title-block line names, or null.
 *
 * @example
 * issuerLevelOf('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG')?.reportsTo // true
 * issuerLevelOf('SỔ THEO DÕI HỒ SƠ') // null
 */
export function issuerLevelOf(line: string): { reportsTo: boolean } | null {
  const text = `${line.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()} `;
  return ISSUER_LEVELS.find((l) => l.pattern.test(text)) ?? null;
}
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
        if (!key || NOT_ISSUER.test(key) || !issuerLevelOf(text)) continue;
        if (!lines.includes(text)) lines.push(text);
      }
    }
  }
  return lines.length > 0 ? lines.slice(0, 3).join('\n') : null;
}
