import { matchKey } from '../text/normalize';

/**
 * What stands between a lĩnh vực and a TTHC name when a unit writes both in II.06a's single
 * "Lĩnh vực, tên TTHC" column ("Trồng trọt - Công nhận cây đầu dòng"), as data.
 */
export const FIELD_PROCEDURE_SEPARATORS: readonly string[] = [' - ', ' – ', ' — ', ': ', ' / '];

/**
 * Splits "Field - Procedure" when the part before a separator is one of the unit's own lĩnh
 * vực (from its II.05a, compared by {@link matchKey}); the field comes back as the II.05a
 * spells it. Null when no known field leads the text (a TTHC name may itself hold a dash).
 *
 * @example
 * splitFieldProcedure('TRỒNG TRỌT - Công nhận cây đầu dòng', ['Trồng trọt']) // { field: 'Trồng trọt', procedure: 'Công nhận cây đầu dòng' }
 */
export function splitFieldProcedure(text: string, knownFields: readonly string[]): { field: string; procedure: string } | null {
  const byKey = new Map(knownFields.map((f) => [matchKey(f), f]));
  for (const separator of FIELD_PROCEDURE_SEPARATORS) {
    let at = text.indexOf(separator);
    while (at > 0) {
      const field = byKey.get(matchKey(text.slice(0, at)));
      const procedure = text.slice(at + separator.length).trim();
      if (field !== undefined && procedure !== '') return { field, procedure };
      at = text.indexOf(separator, at + 1);
    }
  }
  return null;
}
