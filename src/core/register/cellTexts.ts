import type { CellValue } from '../grid';
import { cellText } from '../text/normalize';

// Text that normalising would not change (no odd spaces, no line breaks, no combining marks).
const PLAIN = /^[\x21-\x7E]+(?: [\x21-\x7E]+)*$/;

/**
 * {@link cellText} remembered per value: lĩnh vực, TTHC, channel and status words repeat
 * thousands of times in a register, so each is normalised once. One memo per register read.
 *
 * @example
 * const textOf = cellTextMemo();
 * textOf('  Trồng   trọt ') // 'Trồng trọt'
 */
export function cellTextMemo(): (v: CellValue) => string {
  const memo = new Map<CellValue, string>();
  return (v) => {
    if (v === null) return '';
    if (typeof v === 'string' && PLAIN.test(v)) return v;
    let t = memo.get(v);
    if (t === undefined) memo.set(v, (t = cellText(v)));
    return t;
  };
}
