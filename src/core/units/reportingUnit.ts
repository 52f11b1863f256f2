import { stripDiacritics } from '../text/normalize';
import { unitKey, type UnitDirectory } from './directory';

/** What the forms and consolidation need of a directory unit; `Unit` of the directory fits. */
export interface DirectoryEntry {
  name: string;
  shortName?: string;
  handlesTthc: boolean;
}

/** A directory given as the units module's `UnitDirectory` or as a plain list. */
export type DirectoryInput = UnitDirectory | readonly DirectoryEntry[];

/**
 * The entries of a directory, whatever its shape.
 *
 * @example
 * directoryEntries([{ name: 'Chi cục Thủy sản', handlesTthc: true }]).length // 1
 */
export function directoryEntries(directory: DirectoryInput): readonly DirectoryEntry[] {
  return 'units' in directory ? directory.units : directory;
}

/**
 * The directory unit a form's "Đơn vị báo cáo" names: the same name or short name (case,
 * diacritics, punctuation ignored), else the longest directory name contained in it as whole
 * words ("Chi cục Thủy sản tỉnh Quảng Ngãi" → Chi cục Thủy sản), else the one unit whose
 * initials it writes ("Chi cục CN&TY" → Chi cục Chăn nuôi và Thú y). Null when none fits.
 * Build it once per run: the directory's keys are computed here, not per file.
 *
 * @example
 * reportingUnitResolver([{ name: 'Chi cục Thủy sản', handlesTthc: true }])('CHI CỤC THỦY SẢN QUẢNG NGÃI')?.name // 'Chi cục Thủy sản'
 */
export function reportingUnitResolver(entries: readonly DirectoryEntry[]): (text: string) => DirectoryEntry | null {
  const keyed = entries.map((u) => ({ u, name: unitKey(u.name), short: u.shortName ? unitKey(u.shortName) : '' }));
  // Initials that name one unit only, from its name and its short name.
  const byInitials = new Map<string, DirectoryEntry | null>();
  for (const u of entries) {
    for (const key of new Set([initialsKey(u.name), u.shortName ? initialsKey(u.shortName) : ''])) {
      if (key.length < 3) continue;
      const other = byInitials.get(key);
      byInitials.set(key, other === undefined || other === u ? u : null);
    }
  }
  return (text) => {
    const key = unitKey(text);
    if (!key) return null;
    const exact = keyed.find((k) => k.name === key) ?? keyed.find((k) => k.short !== '' && k.short === key);
    if (exact) return exact.u;
    const padded = ` ${key} `;
    let best: DirectoryEntry | null = null;
    let bestLength = 0;
    for (const k of keyed) {
      if (k.name.length > bestLength && padded.includes(` ${k.name} `)) {
        best = k.u;
        bestLength = k.name.length;
      }
    }
    return best ?? byInitials.get(initialsKey(text)) ?? null;
  };
}

const VOWEL = /[aeiouy]/i;

/**
 * The letters a unit name abbreviates to, as officers abbreviate it: each word gives its
 * initial, an abbreviation (a word in capitals within mixed case, a word without vowels, or
 * every part of a name written in one piece) gives all its letters, "và" and "&" give nothing. "Chi cục Chăn nuôi và Thú y",
 * "Chi cục CN&TY" and "CCCN&TY" all give "cccnty".
 *
 * @example
 * initialsKey('Chi cục TT&BVTV') // 'ccttbvtv'
 */
export function initialsKey(text: string): string {
  const plain = stripDiacritics(text.normalize('NFC'));
  const mixedCase = plain !== plain.toUpperCase();
  // A short name written in one piece ("CCCN&TY") is abbreviations only.
  const oneWord = !/\s/.test(plain.trim());
  let key = '';
  for (const word of plain.split(/[^A-Za-z0-9]+/)) {
    if (word === '' || /^va$/i.test(word)) continue;
    const abbreviation = oneWord || (mixedCase && word.length >= 2 && word === word.toUpperCase()) || (word.length >= 2 && !VOWEL.test(word));
    key += abbreviation ? word : word[0];
  }
  return key.toLowerCase();
}

/**
 * {@link reportingUnitResolver} for a single look-up.
 *
 * @example
 * resolveReportingUnit('CHI CỤC THỦY SẢN QUẢNG NGÃI', [{ name: 'Chi cục Thủy sản', handlesTthc: true }])?.name // 'Chi cục Thủy sản'
 */
export function resolveReportingUnit(text: string, entries: readonly DirectoryEntry[]): DirectoryEntry | null {
  return reportingUnitResolver(entries)(text);
}
