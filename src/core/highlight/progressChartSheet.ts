import { formatViDate } from '../calendar/isoDate';
import type { PlanStatus } from '../status/model';
import { insertRowBlock } from '../write/insertRows';
import type { SheetWrite } from '../write/writePlan';
import { CHART_TABLE_HEADINGS, chartBlock, printedColumns, tableTop, type BlockSeries } from '../write/chartBlock';
import { PROGRESS_GROUPS, unitProgress, unitRoleProgress } from './progressChart';

const PROGRESS_SERIES: BlockSeries[] = PROGRESS_GROUPS.map((g) => ({ name: g.label, fill: g.fill, symbol: g.symbol }));

/** The chart title of a status sheet. */
function progressChartTitle(asOf: string, unit?: string): string {
  return unit
    ? `Tiến độ của ${unit} (số kết quả chủ trì, phối hợp theo trạng thái) — tính đến ngày ${formatViDate(asOf)}`
    : `Tiến độ theo đơn vị chủ trì (số kết quả theo trạng thái) — tính đến ngày ${formatViDate(asOf)}`;
}

/**
 * A status sheet with its picture above the table (progress seen before the rows): on "Tiến độ" a stacked bar per
 * lead unit ({@link unitProgress}), on a unit's sheet one bar for what it leads and one for
 * what it supports ({@link unitRoleProgress}); the table of the bars' numbers under the chart.
 * A sheet with nothing to draw is returned as it was.
 *
 * @example
 * withProgressChart(statusSheetWrite(plan, status, { asOf }), status).charts?.length // 1
 */
export function withProgressChart(sw: SheetWrite, status: PlanStatus, options: { unit?: string; fontName?: string } = {}): SheetWrite {
  const bars = options.unit === undefined ? unitProgress(status) : unitRoleProgress(status, options.unit);
  if (bars.length === 0) return sw;
  const block = chartBlock({
    title: progressChartTitle(status.asOf, options.unit),
    labelHeading: options.unit === undefined ? CHART_TABLE_HEADINGS.leadUnit : CHART_TABLE_HEADINGS.role,
    bars: bars.map((b) => ({ label: b.label, values: PROGRESS_GROUPS.map((g) => b.counts[g.key]) })),
    series: PROGRESS_SERIES,
    totalHeading: CHART_TABLE_HEADINGS.progressTotal,
    printedColumns: printedColumns(sw),
    ...(options.fontName ? { fontName: options.fontName } : {}),
  });
  return insertRowBlock(sw, tableTop(sw), block);
}
