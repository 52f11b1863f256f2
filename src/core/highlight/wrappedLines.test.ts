import { CHARS_PER_WIDTH_UNIT, wrappedLineCount } from './wrappedLines';

describe('wrappedLineCount', () => {
  const perLine = (w: number) => Math.floor(w * CHARS_PER_WIDTH_UNIT);
  test.each([
    ['', 10, 1],
    ['Văn phòng Sở', 20, 1],
    ['Các phòng, cơ quan, đơn vị thuộc Sở có liên quan.', 22, 2],
    ['một\nhai\nba', 40, 3],
    ['- Báo cáo.\n\n- Phụ lục.', 40, 3],
  ])('%j in width %d → %d lines', (text, width, expected) => {
    expect(wrappedLineCount(text, width)).toBe(expected);
  });

  test('words never split across lines unless longer than a line', () => {
    const n = perLine(10);
    expect(wrappedLineCount(`${'a'.repeat(n)} b`, 10)).toBe(2);
    expect(wrappedLineCount('a'.repeat(n), 10)).toBe(1);
    expect(wrappedLineCount('a'.repeat(n + 1), 10)).toBe(2);
    expect(wrappedLineCount(`${'a'.repeat(2 * n + 1)} b`, 10)).toBe(3);
  });

  test('grows with the text', () => {
    const words = Array.from({ length: 60 }, (_, i) => `từ${i}`);
    let last = 0;
    for (let k = 1; k <= words.length; k++) {
      const n = wrappedLineCount(words.slice(0, k).join(' '), 20);
      expect(n).toBeGreaterThanOrEqual(last);
      last = n;
    }
    expect(last).toBeGreaterThan(5);
  });
});
