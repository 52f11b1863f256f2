import type { PageSetup } from './writePlan';

/** A4 in points (portrait width, height). */
const A4_POINTS = { width: 595.3, height: 841.9 };
/**
 * Excel column width (characters) → points as LibreOffice lays the columns out when it fits
 * them to the page (measured on its A4 prints: 6.3 pt a character; Excel's own 5.4 gives it a
 * smaller scale-down, so its pages hold more and the breaks stay safe there too).
 */
const widthPoints = (chars: number) => chars * 6.3;
/** Rows a sheet does not size are this tall (points). */
export const DEFAULT_ROW_HEIGHT = 15;
/** Share of the estimated page kept free, so a page never holds more than the printer puts on it. */
const SAFETY = 0.95;

/**
 * The height (in sheet points) of printable rows per page, for a page setup fitted to one page
 * wide: the page's printable height divided by the fit-to-width scale.
 *
 * @example
 * pageCapacity({ orientation: 'landscape', paper: 'A4', fitToWidth: true, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 } }, [40, 40]) // ≈ 470
 */
export function pageCapacity(setup: PageSetup, columnWidths: readonly number[]): number {
  const landscape = setup.orientation === 'landscape';
  const pageWidth = landscape ? A4_POINTS.height : A4_POINTS.width;
  const pageHeight = landscape ? A4_POINTS.width : A4_POINTS.height;
  const m = setup.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
  const usableWidth = pageWidth - (m.left + m.right) * 72;
  const usableHeight = pageHeight - (m.top + m.bottom) * 72;
  const sheetWidth = columnWidths.reduce((t, w) => t + widthPoints(w), 0);
  const scale = setup.fitToWidth && sheetWidth > usableWidth ? usableWidth / sheetWidth : 1;
  return (usableHeight / scale) * SAFETY;
}

export interface PageBreakOptions {
  /** Printable rows per page (sheet points), from {@link pageCapacity}. */
  capacity: number;
  /** Rows repeated at the top of every page after the first (their heights are taken from each page). */
  titleRows?: [number, number];
  /** Rows that must not end a page (a section heading): they move to the next page with what follows. */
  keepWithNext?: ReadonlySet<number>;
}

/**
 * Rows that start a new page (manual breaks), from the rows' heights, so that the printout
 * follows the estimate rather than the printer's own breaks: every page is filled up to
 * `capacity`, and a row marked keep-with-next never ends a page. `heights[r - 1]` is row r.
 *
 * @example
 * pageBreakRows([20, 20, 20, 20], { capacity: 45, keepWithNext: new Set([2]) }) // [2, 4]
 */
export function pageBreakRows(heights: readonly number[], options: PageBreakOptions): number[] {
  const breaks: number[] = [];
  const [titleFrom, titleTo] = options.titleRows ?? [0, -1];
  let titles = 0;
  for (let r = titleFrom; r <= titleTo; r++) titles += heights[r - 1] ?? DEFAULT_ROW_HEIGHT;
  const keep = options.keepWithNext ?? new Set<number>();
  let used = 0;
  let pageStart = 1;
  for (let row = 1; row <= heights.length; row++) {
    const h = heights[row - 1] ?? DEFAULT_ROW_HEIGHT;
    if (used + h > options.capacity && row > pageStart) {
      // Pull kept rows (and runs of them) back onto the new page.
      let start = row;
      while (start - 1 > pageStart && keep.has(start - 1)) start -= 1;
      breaks.push(start);
      pageStart = start;
      used = titles;
      for (let r = start; r < row; r++) used += heights[r - 1] ?? DEFAULT_ROW_HEIGHT;
    }
    used += h;
  }
  return breaks;
}
