import { columnLetter } from '../core/grid';
import { fitToExcel } from '../core/write/fitToExcel';
import type { WritePlan } from '../core/write/writePlan';
import type { CliIo } from './io';

/**
 * The write plan cut to what Excel holds (see `fitToExcel`), each cut cell said on stderr,
 * so a 40 000-character cell in a source file never stops the output file from being written.
 *
 * @example
 * await book.apply(fitForExcel(formsWritePlan(result, options), io));
 */
export function fitForExcel(plan: WritePlan, io: CliIo): WritePlan {
  const fitted = fitToExcel(plan);
  for (const c of fitted.clipped) {
    io.stderr(`Trang tính '${c.sheet}', ô ${columnLetter(c.col)}${c.row}: nội dung dài ${c.length} ký tự, quá 32 767 ký tự Excel chứa được trong một ô; đã cắt bớt khi ghi.\n`);
  }
  return fitted.plan;
}
