import { STATUS_SEVERITY, type StatusKey } from '../status/model';
import type { CellFormat } from '../write/writePlan';
import { STATUS_PALETTE } from './palette';
import { statusText } from '../status/labels';

/** One legend entry: the swatch is the cell itself, filled with the status colour. */
export interface LegendEntry {
  status: StatusKey;
  text: string;
  format: CellFormat;
}

/** Heading above or before the legend entries. */
export const LEGEND_TITLE = 'Chú giải';

/**
 * The legend, worst status first: symbol + label on the status fill, optionally with the count
 * ("✖ Quá hạn: 2") so the legend doubles as a summary.
 *
 * @example
 * legendEntries()[0].text // e.g. '✖ Quá hạn'
 */
export function legendEntries(counts?: Record<StatusKey, number>): LegendEntry[] {
  return STATUS_SEVERITY.map((status) => ({
    status,
    text: counts ? `${statusText(status)}: ${counts[status]}` : statusText(status),
    format: statusCellFormat(status),
  }));
}

/**
 * How a cell the add-in owns shows a status: status fill (white for "pending", so re-running
 * clears an earlier colour), its text colour, bordered.
 *
 * @example
 * statusCellFormat('done').fill // '#C6EFCE'
 */
export function statusCellFormat(status: StatusKey): CellFormat {
  const colours = STATUS_PALETTE[status];
  return { fill: colours.fill, fontColor: colours.text, border: 'thin', wrap: true, vertical: 'top' };
}
