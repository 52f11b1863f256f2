import type { CellRange } from '../grid';
import type { PageSetup } from './writePlan';

/** Page numbers in the footer's centre section (`&C`): Excel, LibreOffice and openpyxl read it alike. */
export const PAGE_FOOTER = '&CTrang &P/&N';

/** Margins (inches) of every sheet the add-in prints. */
const MARGINS = { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
/** Sheets wider than this (Excel column-width units) print landscape. */
const PORTRAIT_MAX_WIDTH = 110;

/**
 * How every sheet the add-in writes or colours prints (issue 14): A4, landscape when the
 * printed columns are wide, one page wide, the header rows repeated on every page, page
 * numbers in the footer's centre.
 *
 * @example
 * a4PageSetup([6, 48, 16, 14, 16, 30], { titleRows: [3, 3] }).orientation // 'landscape'
 */
export function a4PageSetup(columnWidths: readonly number[], options: { titleRows?: [number, number]; printArea?: CellRange; footerNote?: string } = {}): PageSetup {
  const width = columnWidths.reduce((t, w) => t + w, 0);
  return {
    orientation: width > PORTRAIT_MAX_WIDTH ? 'landscape' : 'portrait',
    paper: 'A4',
    fitToWidth: true,
    ...(options.titleRows ? { printTitleRows: options.titleRows } : {}),
    ...(options.printArea ? { printArea: options.printArea } : {}),
    footer: options.footerNote ? `${PAGE_FOOTER} — ${options.footerNote}` : PAGE_FOOTER,
    margins: { ...MARGINS },
  };
}
