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
 *
 * @example
 * resolveReportingUnit('CHI CỤC THỦY SẢN QUẢNG NGÃI', [{ name: 'Chi cục Thủy sản', handlesTthc: true }])?.name // 'Chi cục Thủy sản'
 */
export function resolveReportingUnit(text: string, entries: readonly DirectoryEntry[]): DirectoryEntry | null {
  const key = unitKey(text);
  if (!key) return null;
  const exact = entries.find((u) => unitKey(u.name) === key) ?? entries.find((u) => u.shortName && unitKey(u.shortName) === key);
  if (exact) return exact;
  const padded = ` ${key} `;
  let best: DirectoryEntry | null = null;
  let bestLength = 0;
  for (const u of entries) {
    const k = unitKey(u.name);
    if (k.length > bestLength && padded.includes(` ${k} `)) {
      best = u;
      bestLength = k.length;
    }
  }
  return best;
}
