import type { SheetWrite } from '../write/writePlan';
import { insertRowBlock } from '../write/insertRows';
import { CHART_TABLE_HEADINGS, chartBlock, printedColumns, tableTop, type BlockSeries } from '../write/chartBlock';
import { RESULT_PARTS, type ResultBar } from './quarterChart';

const RESULT_SERIES: BlockSeries[] = RESULT_PARTS.map((p) => ({ name: p.label, fill: p.fill, symbol: p.symbol }));

/**
 * A II.05a sheet with the quarter's picture above the table: a stacked bar per lĩnh vực (the
 * department's report: per unit) of dossiers resolved before, on and after the due day and
 * still open, each bar labelled with its on-time rate ((8)+(9))/(7). Nothing to draw: the sheet
 * as it was.
 *
 * @example
 * withResultChart(departmentIi05aSheet(result), resultBars(units), { title, byUnit: true })
 */
export function withResultChart(sw: SheetWrite, bars: readonly ResultBar[], options: { title: string; byUnit?: boolean; fontName?: string }): SheetWrite {
  if (bars.length === 0) return sw;
  const block = chartBlock({
    title: options.title,
    labelHeading: options.byUnit ? CHART_TABLE_HEADINGS.unit : CHART_TABLE_HEADINGS.field,
    bars: bars.map((b) => ({ label: b.label, values: RESULT_PARTS.map((p) => b.counts[p.key]) })),
    series: RESULT_SERIES,
    totalHeading: CHART_TABLE_HEADINGS.resultTotal,
    printedColumns: printedColumns(sw),
    ...(options.fontName ? { fontName: options.fontName } : {}),
  });
  return insertRowBlock(sw, tableTop(sw), block);
}
