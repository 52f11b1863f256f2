import { formatViDate } from '../calendar/isoDate';
import type { PlanStatus } from '../status/model';
import { insertRowBlock } from '../write/insertRows';
import type { SheetWrite } from '../write/writePlan';
import { chartBlock, type BlockSeries } from './chartBlock';
import { PROGRESS_GROUPS, unitProgress, unitRoleProgress } from './progressChart';
import { RESULT_PARTS, type ResultBar } from './quarterChart';

/** Headings of the tables under the charts. */
export const CHART_TABLE_HEADINGS = {
  leadUnit: 'Đơn vị chủ trì',
  role: 'Vai trò',
  field: 'Lĩnh vực — tỷ lệ giải quyết đúng hạn ((8)+(9))/(7)',
  unit: 'Đơn vị — tỷ lệ giải quyết đúng hạn ((8)+(9))/(7)',
  progressTotal: 'Tổng số',
  resultTotal: 'Tổng số (3)',
} as const;

const PROGRESS_SERIES: BlockSeries[] = PROGRESS_GROUPS.map((g) => ({ name: g.label, fill: g.fill, symbol: g.symbol }));
const RESULT_SERIES: BlockSeries[] = RESULT_PARTS.map((p) => ({ name: p.label, fill: p.fill, symbol: p.symbol }));

/** The columns a sheet prints: its print area's, else every column it sizes. */
function printedColumns(sw: SheetWrite): number {
  return sw.pageSetup?.printArea?.right ?? Math.max(1, ...sw.columnWidths.map((c) => c.col));
}

/** The row a sheet's table starts at: its first repeated print-title row. */
function tableTop(sw: SheetWrite): number {
  const top = sw.pageSetup?.printTitleRows?.[0];
  if (top === undefined) throw new Error(`sheet "${sw.sheet}" has no print-title rows to put a chart above`);
  return top;
}

/** The chart title of a status sheet. */
export function progressChartTitle(asOf: string, unit?: string): string {
  return unit
    ? `Tiến độ của ${unit} (số kết quả chủ trì, phối hợp theo trạng thái) — tính đến ngày ${formatViDate(asOf)}`
    : `Tiến độ theo đơn vị chủ trì (số kết quả theo trạng thái) — tính đến ngày ${formatViDate(asOf)}`;
}

/**
 * A status sheet with its picture above the table (issue 27): on "Tiến độ" a stacked bar per
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
