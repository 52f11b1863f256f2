/**
 * Characters of ordinary Vietnamese text that fit in one Excel column-width unit, for the
 * sheets the add-in sets in Times New Roman. Measured on LibreOffice renders of the seed plan
 * with Liberation Serif (metric-compatible with Times New Roman): 52–56 characters a line in
 * a 40-wide column; kept a little low (1.5 cut the last line of task 5, issue 14) so rows are
 * at worst slightly generous, never cut.
 */
export const CHARS_PER_WIDTH_UNIT = 1.3;

/**
 * How many lines a wrapped cell needs: each paragraph (line break) is wrapped word by word at
 * the column width, as Excel does; a word longer than a line is broken. `charsPerWidthUnit`
 * is the font's (default: the add-in's Times New Roman, {@link CHARS_PER_WIDTH_UNIT}).
 *
 * @example
 * wrappedLineCount('Văn phòng Sở', 20) // 1
 * wrappedLineCount('Các phòng, cơ quan, đơn vị thuộc Sở có liên quan.', 22) // 2
 */
export function wrappedLineCount(text: string, width: number, charsPerWidthUnit: number = CHARS_PER_WIDTH_UNIT): number {
  const perLine = Math.max(1, Math.floor(width * charsPerWidthUnit));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (used > 0 && used + 1 + word.length <= perLine) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) lines += 1;
      // A word longer than the line fills whole lines and leaves its rest on the last one.
      lines += Math.floor(Math.max(0, word.length - 1) / perLine);
      used = word.length - Math.floor(Math.max(0, word.length - 1) / perLine) * perLine;
    }
  }
  return Math.max(1, lines);
}
