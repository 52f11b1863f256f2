/** Points per printed line at the sheets' 11-point font, with a little air. */
const LINE = 15;

/**
 * Height (points) a row needs so wrapped text shows whole: the tallest cell's line count
 * times a line. Excel and LibreOffice do not grow a written row on their own, so the plan
 * says it. A cell of `width` Excel characters holds about that many letters per line.
 *
 * @example
 * wrappedRowHeight([{ text: 'Số hồ sơ nhận giải quyết', width: 9 }]) // 45
 */
export function wrappedRowHeight(cells: readonly { text: string; width: number }[]): number {
  let lines = 1;
  for (const { text, width } of cells) {
    const perLine = Math.max(1, Math.floor(width) - 1);
    let n = 0;
    for (const part of text.split('\n')) {
      // Whole words: a word never splits, so count line by line.
      let used = 0;
      let count = 1;
      for (const word of part.split(' ')) {
        const len = word.length;
        if (used === 0) used = len;
        else if (used + 1 + len <= perLine) used += 1 + len;
        else {
          count += 1;
          used = len;
        }
        while (used > perLine) {
          count += 1;
          used -= perLine;
        }
      }
      n += count;
    }
    lines = Math.max(lines, n);
  }
  return lines * LINE;
}
