import type { CellRange, CellValue } from '../grid';
import { wrappedLineCount } from '../highlight/wrappedLines';
import type { RowBlock } from '../write/insertRows';
import type { ChartWrite, RangeFormat } from '../write/writePlan';

/** One series of a chart block: legend text (symbol first), fill, and the symbol on its bars. */
export interface BlockSeries {
  name: string;
  fill: string;
  symbol: string;
}

/** What a chart block shows: stacked bars and the table of their numbers. */
export interface ChartBlockInput {
  title: string;
  /** Heading of the label column ("Đơn vị chủ trì"). */
  labelHeading: string;
  bars: readonly { label: string; values: readonly number[] }[];
  series: readonly BlockSeries[];
  /** Heading of the total column. */
  totalHeading: string;
  /** The sheet's column widths, left to right: the block uses them as they are. */
  columnWidths: readonly number[];
  fontName?: string;
}

/** Tallest row Excel allows (points): the chart's row never needs more. */
const MAX_CHART_HEIGHT = 409;
/** Room for the chart's title, legend and value axis (points), and each bar's share. */
const CHART_FRAME = 85;
const BAR_HEIGHT = 18;
const MIN_CHART_HEIGHT = 150;
const LINE_HEIGHT = 15;

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
  return Math.min(MAX_CHART_HEIGHT, Math.max(MIN_CHART_HEIGHT, CHART_FRAME + BAR_HEIGHT * bars));
}

/**
 * Rows to put above a table (see `insertRowBlock`): a native stacked-bar chart over the full
 * width of the sheet in a row of its own (nothing under it), then the table of its numbers —
 * label (the first two columns merged), one column per series (heading filled with the
 * series' colour, symbol first, as the legend), the total — then an empty row. The chart's
 * bars are these cells, so chart and table always agree.
 *
 * @example
 * chartBlock({ title: 'Tiến độ theo đơn vị', labelHeading: 'Đơn vị', bars, series, totalHeading: 'Tổng', columnWidths: [6, 40, 40, 22, 22, 14, 12, 26] }).rows
 * // bars.length + 3
 */
export function chartBlock(input: ChartBlockInput): RowBlock {
  const { bars, series, columnWidths } = input;
  const width = columnWidths.length;
  const valueCol = 3;
  const totalCol = valueCol + series.length;
  if (totalCol > width) throw new RangeError(`chartBlock: ${series.length} series need ${totalCol} columns, the sheet has ${width}`);
  if (bars.some((b) => b.values.length !== series.length)) throw new RangeError('chartBlock: every bar needs one value per series');
  const head = 2;
  const first = 3;
  const last = first + bars.length - 1;
  const rows = last + 1;
  const values: CellValue[][] = [[], [input.labelHeading, null, ...series.map((s) => s.name), input.totalHeading]];
  for (const b of bars) values.push([b.label, null, ...b.values, b.values.reduce((t, v) => t + v, 0)]);
  const line = (row: number, left = 1, right = totalCol): CellRange => ({ top: row, left, bottom: row, right });
  const merges: CellRange[] = [];
  for (let r = head; r <= last; r++) merges.push(line(r, 1, 2));
  const formats: RangeFormat[] = [
    { range: { top: head, left: 1, bottom: Math.max(head, last), right: totalCol }, format: { border: 'thin', vertical: 'middle', wrap: true } },
    { range: line(head), format: { bold: true, horizontal: 'center', fill: '#FFFFFF' } },
    ...series.map((s, i) => ({ range: line(head, valueCol + i, valueCol + i), format: { fill: s.fill } })),
  ];
  if (bars.length > 0) formats.push({ range: { top: first, left: valueCol, bottom: last, right: totalCol }, format: { horizontal: 'center', numberFormat: '0' } });
  if (bars.length > 0) formats.push({ range: { top: first, left: totalCol, bottom: last, right: totalCol }, format: { bold: true } });
  const labelWidth = columnWidths[0] + columnWidths[1];
  const headHeight = Math.max(...series.map((s, i) => wrappedLineCount(s.name, columnWidths[valueCol - 1 + i])), wrappedLineCount(input.totalHeading, columnWidths[totalCol - 1]), 1);
  const rowHeights = [
    { row: 1, height: chartHeight(bars.length) },
    { row: head, height: headHeight * LINE_HEIGHT + 4 },
    ...bars.map((b, i) => ({ row: first + i, height: wrappedLineCount(b.label, labelWidth) * LINE_HEIGHT + 1 })),
    { row: rows, height: 10 },
  ];
  const chart: ChartWrite = {
    type: 'barStacked',
    title: input.title,
    categories: { top: first, left: 1, bottom: Math.max(first, last), right: 1 },
    series: series.map((s, i) => ({
      name: s.name,
      values: { top: first, left: valueCol + i, bottom: Math.max(first, last), right: valueCol + i },
      fill: s.fill,
      labelFormat: symbolLabelFormat(s.symbol),
    })),
    anchor: line(1, 1, width),
    ...(input.fontName ? { fontName: input.fontName } : {}),
  };
  return {
    rows,
    values: [{ row: 1, col: 1, values }],
    formats,
    merges,
    rowHeights,
    // No bars: the table's heading alone says there is nothing to draw.
    ...(bars.length > 0 ? { charts: [chart] } : {}),
    keepWithNext: [1, head],
  };
}
