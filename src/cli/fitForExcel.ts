import { clippedCellMessage, fitToExcel } from '../core/write/fitToExcel';
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
    io.stderr(`${clippedCellMessage(c)}
`);
  }
  return fitted.plan;
}
