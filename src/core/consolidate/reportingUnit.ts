import { unitKey, type UnitDirectory } from '../units/directory';

/** What consolidation needs of a directory unit; `Unit` of the units module fits. */
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
 * words ("Chi cục Thủy sản tỉnh Quảng Ngãi" → Chi cục Thủy sản). Null when none fits.
 * Build it once per run: the directory's keys are computed here, not per file.
 *
 * @example
 * reportingUnitResolver([{ name: 'Chi cục Thủy sản', handlesTthc: true }])('CHI CỤC THỦY SẢN QUẢNG NGÃI')?.name // 'Chi cục Thủy sản'
 */
export function reportingUnitResolver(entries: readonly DirectoryEntry[]): (text: string) => DirectoryEntry | null {
  const keyed = entries.map((u) => ({ u, name: unitKey(u.name), short: u.shortName ? unitKey(u.shortName) : '' }));
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
    return best;
  };
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
