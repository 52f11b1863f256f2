import { EXCEL_MAX_ROW_HEIGHT, type CellRange, type CellValue } from '../grid';
import type { RowBlock } from './insertRows';
import type { ChartWrite, RangeFormat } from './writePlan';
import type { SheetWrite } from './writePlan';

/** One series of a chart block: legend text (symbol first), fill, and the symbol on its bars. */
export interface BlockSeries {
  name: string;
  fill: string;
  symbol: string;
}

/** What a chart block shows: stacked bars, drawn from a table of their numbers. */
export interface ChartBlockInput {
  title: string;
  /** Heading of the label column ("Đơn vị chủ trì"). */
  labelHeading: string;
  bars: readonly { label: string; values: readonly number[] }[];
  series: readonly BlockSeries[];
  /** Heading of the total column. */
  totalHeading: string;
  /** How many columns the sheet prints: the chart spans them, its numbers sit right of them. */
  printedColumns: number;
  fontName?: string;
}

/** Heading over the chart's numbers beside the table. */
export const CHART_DATA_HEADING = 'Số liệu của biểu đồ (không in)';

/** Room for the chart's title, legend and value axis (points), and each bar's share. */
const CHART_FRAME = 85;
const BAR_HEIGHT = 18;
const MIN_CHART_HEIGHT = 150;
const LABEL_WIDTH = 34;
const VALUE_WIDTH = 11;

/**
 * The data-label format of a series: its symbol before the count, nothing for zero, so each
 * bar reads in black and white ("✖ 3").
 *
 * @example
 * symbolLabelFormat('✖') // '"✖ "0;;;'
 */
export function symbolLabelFormat(symbol: string): string {
  return `"${symbol.replace(/"/g, '')} "0;;;`;
}

/**
 * The height (points) of a chart of `bars` stacked bars: a frame for title, legend and axis,
 * and a band per bar, within Excel's tallest row.
 *
 * @example
 * chartHeight(1) // 150
 */
export function chartHeight(bars: number): number {
  return Math.min(EXCEL_MAX_ROW_HEIGHT, Math.max(MIN_CHART_HEIGHT, CHART_FRAME + BAR_HEIGHT * bars));
}

/**
 * One row to put above a table (see `insertRowBlock`): a native stacked-bar chart over the
 * printed width, nothing under it. Its numbers — label, one column per series (heading filled
 * with the series' colour, symbol first, as the legend), total — sit right of the printed
 * columns, from that row down, under a heading saying they do not print: Excel's charts draw
 * from cells, and the chart and its numbers always agree. The printed sheet shows the chart
 * with a count on every part.
 *
 * @example
 * chartBlock({ title: 'Tiến độ theo đơn vị', labelHeading: 'Đơn vị', bars, series, totalHeading: 'Tổng', printedColumns: 8 }).rows // 1
 */
export function chartBlock(input: ChartBlockInput): RowBlock {
  const { bars, series, printedColumns } = input;
  const labelCol = printedColumns + 2;
  const valueCol = labelCol + 1;
  const totalCol = valueCol + series.length;
  if (bars.some((b) => b.values.length !== series.length)) throw new RangeError('chartBlock: every bar needs one value per series');
  const head = 2;
  const first = 3;
  const last = first + bars.length - 1;
  const values: CellValue[][] = [
    [CHART_DATA_HEADING],
    [input.labelHeading, ...series.map((s) => s.name), input.totalHeading],
    ...bars.map((b) => [b.label, ...b.values, b.values.reduce((t, v) => t + v, 0)]),
  ];
  const line = (row: number, left = labelCol, right = totalCol): CellRange => ({ top: row, left, bottom: row, right });
  const formats: RangeFormat[] = [
    { range: line(1), format: { italic: true, vertical: 'bottom' } },
    { range: { top: head, left: labelCol, bottom: Math.max(head, last), right: totalCol }, format: { border: 'thin', vertical: 'top', wrap: true } },
    { range: line(head), format: { bold: true, horizontal: 'center' } },
    ...series.map((s, i) => ({ range: line(head, valueCol + i, valueCol + i), format: { fill: s.fill } })),
  ];
  if (bars.length > 0) formats.push({ range: { top: first, left: valueCol, bottom: last, right: totalCol }, format: { horizontal: 'center', numberFormat: '0' } });
  const chart: ChartWrite = {
    type: 'barStacked',
    title: input.title,
    categories: { top: first, left: labelCol, bottom: Math.max(first, last), right: labelCol },
    series: series.map((s, i) => ({
      name: s.name,
      values: { top: first, left: valueCol + i, bottom: Math.max(first, last), right: valueCol + i },
      fill: s.fill,
      labelFormat: symbolLabelFormat(s.symbol),
    })),
    anchor: line(1, 1, printedColumns),
    ...(input.fontName ? { fontName: input.fontName } : {}),
  };
  return {
    rows: 1,
    values: [{ row: 1, col: labelCol, values }],
    formats,
    merges: [],
    rowHeights: [{ row: 1, height: chartHeight(bars.length) }],
    columnWidths: [{ col: labelCol, width: LABEL_WIDTH }, ...series.map((_, i) => ({ col: valueCol + i, width: VALUE_WIDTH })), { col: totalCol, width: VALUE_WIDTH }],
    // No bars: the numbers' heading alone says there is nothing to draw.
    ...(bars.length > 0 ? { charts: [chart] } : {}),
    keepWithNext: [1],
  };
}

/** Headings of the tables under the charts. */
export const CHART_TABLE_HEADINGS = {
  leadUnit: 'Đơn vị chủ trì',
  role: 'Vai trò',
  field: 'Lĩnh vực — tỷ lệ giải quyết đúng hạn ((8)+(9))/(7)',
  unit: 'Đơn vị — tỷ lệ giải quyết đúng hạn ((8)+(9))/(7)',
  progressTotal: 'Tổng số',
  resultTotal: 'Tổng số (3)',
} as const;

/** The columns a sheet prints: its print area's, else every column it sizes. */
export function printedColumns(sw: SheetWrite): number {
  return sw.pageSetup?.printArea?.right ?? Math.max(1, ...sw.columnWidths.map((c) => c.col));
}

/** The row a sheet's table starts at: its first repeated print-title row (a chart goes above it). */
export function tableTop(sw: SheetWrite): number {
  const top = sw.pageSetup?.printTitleRows?.[0];
  if (top === undefined) throw new Error(`sheet "${sw.sheet}" has no print-title rows to put a chart above`);
  return top;
}
