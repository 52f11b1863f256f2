import { findUnit, unitKey, type Unit, type UnitDirectory } from './directory';

/** The result of matching what an officer typed against the directory. */
export type UnitNameMatch = { kind: 'found'; unit: Unit } | { kind: 'ambiguous'; candidates: Unit[] } | { kind: 'none' };

/** Words that say what kind of unit a name is, not which one ("Chi cục Thủy sản" is "Thủy sản"). */
const KIND_WORDS = ['chi cuc', 'phong', 'trung tam', 'van phong', 'thanh tra', 'ban'];

function withoutKindWords(key: string): string {
  const kind = KIND_WORDS.find((w) => key.startsWith(`${w} `));
  return kind ? key.slice(kind.length + 1) : key;
}

/**
 * A unit of the directory from its full name, short name, or a part of its name, ignoring case
 * and diacritics. The name without its kind words wins over a part ("thuy san" is Chi cục Thủy
 * sản, though "Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản" also holds the words); a part
 * that several names hold is ambiguous, with the candidates.
 *
 * @example
 * matchUnitName(DEFAULT_UNIT_DIRECTORY, 'thuy san') // { kind: 'found', unit: { name: 'Chi cục Thủy sản', … } }
 * matchUnitName(DEFAULT_UNIT_DIRECTORY, 'chi cuc').kind // 'ambiguous'
 */
export function matchUnitName(directory: UnitDirectory, text: string): UnitNameMatch {
  const exact = findUnit(directory, text);
  if (exact) return { kind: 'found', unit: exact };
  const key = unitKey(text);
  if (!key) return { kind: 'none' };
  const byName = directory.units.filter((u) => withoutKindWords(unitKey(u.name)) === key);
  if (byName.length === 1) return { kind: 'found', unit: byName[0] };
  const holding = directory.units.filter((u) => ` ${unitKey(u.name)} `.includes(` ${key} `));
  if (holding.length === 1) return { kind: 'found', unit: holding[0] };
  return holding.length > 1 ? { kind: 'ambiguous', candidates: holding } : { kind: 'none' };
}
