/** Excel's longest sheet name. */
export const SHEET_NAME_MAX = 31;
/** Characters Excel refuses in a sheet name. */
const BAD_SHEET_CHARS = /[[\]:*?/\\]/g;
/** How officers shorten unit names, tried in order until the name fits. */
const SHORTER: [RegExp, string][] = [
  [/^chi cục\s+/iu, 'CC '],
  [/^trung tâm\s+/iu, 'TT '],
  [/^ban quản lý\s+/iu, 'BQL '],
  [/\s+và\s+/giu, ' & '],
];

/**
 * A valid sheet name (≤ 31 characters, no [ ] : * ? / \) for one unit's sheet, "<prefix> -
 * <short name or name>". Long names are shortened the way officers write them ("Chi cục" →
 * "CC"), then cut at a word boundary.
 *
 * @example
 * prefixedUnitSheetName('Chi cục Thủy sản', { prefix: 'Tiến độ' }) // 'Tiến độ - Chi cục Thủy sản'
 * prefixedUnitSheetName('Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản', { prefix: 'Tiến độ' }) // 'Tiến độ - CC Quản lý chất lượng'
 * prefixedUnitSheetName('Chi cục Thủy sản', { prefix: 'Nhắc việc', shortName: 'CCTS' }) // 'Nhắc việc - CCTS'
 */
export function prefixedUnitSheetName(unit: string, options: { prefix: string; shortName?: string }): string {
  const prefix = `${options.prefix} - `;
  const room = SHEET_NAME_MAX - prefix.length;
  const clean = (s: string): string => s.replace(BAD_SHEET_CHARS, ' ').replace(/\s+/g, ' ').replace(/^'+|'+$/g, '').trim();
  // An empty short name (a directory row without one) falls back to the name.
  let name = clean(options.shortName || unit);
  for (const [pattern, short] of SHORTER) {
    if (name.length <= room) break;
    name = name.replace(pattern, short);
  }
  if (name.length > room) {
    // Cut at a word boundary unless the first word alone is too long.
    const cut = name.slice(0, room);
    name = /\s/.test(name[room]) ? cut : cut.replace(/\s+\S*$/u, '') || cut;
  }
  return `${prefix}${name.trim()}`;
}
