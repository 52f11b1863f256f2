/** Whether text has both upper- and lower-case letters ("Trồng trọt", "Chi cục TT&BVTV"). */
export function isMixedCase(text: string): boolean {
  return text !== text.toUpperCase() && text !== text.toLowerCase();
}

const WORDS = /^[\p{L}\p{M}\s,.&()\-–/]+$/u;

/**
 * A name as a form prints it: a capital initial, and an ALL-CAPS or all-lower-case spelling
 * in sentence case ("TRỒNG TRỌT", "thú y" → "Trồng trọt", "Thú y"). A mixed-case spelling is
 * the writer's own and keeps its capitals ("Quản lý chất lượng NLTS"); text that is not only
 * words (digits, `=`, `@` …) is left as written.
 *
 * @example
 * displayCase('thú y') // 'Thú y'
 * displayCase('TRỒNG TRỌT') // 'Trồng trọt'
 */
export function displayCase(text: string): string {
  // Only words are re-cased: codes, numbers and formula-like text stay exactly as written.
  if (!WORDS.test(text)) return text;
  const base = isMixedCase(text) ? text : text.toLowerCase();
  const at = base.search(/\p{L}/u);
  return at < 0 ? base : base.slice(0, at) + base[at].toUpperCase() + base.slice(at + 1);
}

/**
 * The better of two spellings of one name: a mixed-case one beats ALL CAPS or all lower case,
 * otherwise the one seen first stays.
 *
 * @example
 * betterSpelling('THÚ Y', 'Thú y') // 'Thú y'
 */
export function betterSpelling(current: string, candidate: string): string {
  return !isMixedCase(current) && isMixedCase(candidate) ? candidate : current;
}
