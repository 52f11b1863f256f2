/**
 * Rejoining a row the PDF split at a page break (SPEC §1): the rest of each cell continues
 * the cell above.
 */

const BULLET = /^[-–•+*]\s/;

/**
 * Joins the rest of a split cell to its beginning: with a space, or with a line break when
 * the rest starts a new bullet. An empty side simply gives the other.
 *
 * @example
 * joinContinued('Các phòng, cơ quan, đơn vị thuộc Sở có', 'liên quan.') // 'Các phòng, cơ quan, đơn vị thuộc Sở có liên quan.'
 * joinContinued('- Tờ trình.', '- Công bố.') // '- Tờ trình.\n- Công bố.'
 * joinContinued('', 'Thường xuyên') // 'Thường xuyên'
 */
export function joinContinued(above: string, rest: string): string {
  if (above === '') return rest;
  if (rest === '') return above;
  return startsWithBullet(rest) ? `${above}\n${rest}` : `${above} ${rest}`;
}

/**
 * Whether a text starts with a bullet mark ("- ", "+ ", "• " …).
 *
 * @example
 * startsWithBullet('- Hồ sơ điện tử.') // true
 * startsWithBullet('a) Kế hoạch') // false
 */
export function startsWithBullet(text: string): boolean {
  return BULLET.test(text);
}

/**
 * Whether the Kết quả of a row after a page break starts a new deliverable rather than
 * continuing the one above: the one above ended a sentence (".") and this one begins with a
 * capital letter (seed task 30: "…của Sở." then "Các tin, bài, …").
 *
 * @example
 * startsNewDeliverable('Kế hoạch truyền thông của Sở.', 'Các tin, bài.') // true
 * startsNewDeliverable('… trên Cổng', 'Dịch vụ công Quốc gia.') // false
 * startsNewDeliverable('- Tờ trình.', '- Công bố …') // false
 */
export function startsNewDeliverable(resultAbove: string, result: string): boolean {
  return /\.\s*$/.test(resultAbove) && /^\p{Lu}/u.test(result.trimStart());
}
