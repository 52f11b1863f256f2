import type { CellRange, CellValue } from '../grid';

/**
 * What the core asks a workbook to write. Both workbook implementations (Office.js and
 * .xlsx) apply the same plan; the core decides every value, colour and page setting.
 *
 * Strings are always written as literal text: a value starting with `=`, `+`, `-` or `@`
 * never becomes a formula. Formulas travel apart, in {@link SheetWrite.formulas}, built by the
 * core from cell addresses only. Dates are grid dates (UTC-encoded wall-clock days).
 */
export interface CellFormat {
  /** Fill colour `#RRGGBB`; `null` removes the fill. */
  fill?: string | null;
  /** Font family, e.g. 'Times New Roman' for official forms. */
  fontName?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Thin borders on every edge of every cell of the range. */
  border?: 'thin';
  numberFormat?: string;
}

export interface RangeFormat {
  range: CellRange;
  format: CellFormat;
}

/** A rectangle of values whose top-left cell is (row, col), 1-based. */
export interface ValueBlock {
  row: number;
  col: number;
  values: CellValue[][];
}

/**
 * A formula the core builds itself (sums of cells of the sheet it writes), never text read
 * from a file. Only sums are allowed: `SUM(D10:F10)`, `SUM(C10,C13)`, `D10+E10`, combined
 * with `+` and `-` (checked by the workbook before writing). Written after the values, over
 * any value at that cell.
 */
export interface FormulaCell {
  row: number;
  col: number;
  /** Without the leading `=`. */
  formula: string;
  /** The value the formula computes, stored with it so a file reads right before recalculation. */
  result: number;
}

export interface PageSetup {
  orientation: 'landscape' | 'portrait';
  paper: 'A4';
  /** Fit all columns on one page width (height free). */
  fitToWidth: boolean;
  /** Rows repeated at the top of every printed page. */
  printTitleRows?: [number, number];
  printArea?: CellRange;
  /** Footer text; `&P` page number, `&N` page count. */
  footer?: string;
  header?: string;
  /** Margins in inches. */
  margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
}

export interface ListValidation {
  range: CellRange;
  /** Allowed values, shown as a drop-down. */
  list: string[];
}

/** One series of a {@link ChartWrite}: a column of numbers of the same sheet. */
export interface ChartSeriesWrite {
  /** Legend text. */
  name: string;
  /** One column of cells, as many rows as the chart's categories. */
  values: CellRange;
  /** Bar fill `#RRGGBB`. */
  fill: string;
  /**
   * Number format of the data labels on the bars: a symbol before the count (`"✖ "0;;;`, zero
   * shows nothing), so the print reads in black and white, not by colour alone.
   */
  labelFormat: string;
}

/**
 * A native chart drawn from cells the same sheet write puts in place: Excel's own chart
 * (Office.js charts API) or a DrawingML chart part in an .xlsx, so it prints and stays live.
 */
export interface ChartWrite {
  /** Horizontal bars, the series stacked, categories top to bottom in sheet order. */
  type: 'barStacked';
  title: string;
  /** One column of cells: the label of each bar. */
  categories: CellRange;
  series: ChartSeriesWrite[];
  /** The cells the chart covers, both corners included; they hold nothing it would hide. */
  anchor: CellRange;
  /** Font of the chart's text. */
  fontName?: string;
}

export interface SheetWrite {
  sheet: string;
  /**
   * `create`: the add-in's own sheet, built whole and put in place of any earlier one with
   * that name. `update`: an existing sheet (the officer's), where only `ownColumns` are
   * cleared and written, plus `formats` (row fills).
   */
  mode: 'create' | 'update';
  /** update mode: the add-in's columns (cleared, then written) for rows `rows`. */
  ownColumns?: { from: number; to: number; rows: [number, number] };
  values: ValueBlock[];
  /** Sums kept live for the officer (totals, (3) = (4)+(5)+(6) …); see {@link FormulaCell}. */
  formulas?: FormulaCell[];
  formats: RangeFormat[];
  merges: CellRange[];
  columnWidths: { col: number; width: number }[];
  rowHeights?: { row: number; height: number }[];
  freeze?: { rows: number; cols: number };
  pageSetup?: PageSetup;
  /** Manual page breaks (create mode): each row listed starts a new printed page. */
  rowBreaks?: number[];
  validations?: ListValidation[];
  /** Tab colour `#RRGGBB`. */
  tabColor?: string;
  /** Native charts (create mode), drawn after the cells are written. */
  charts?: ChartWrite[];
  /**
   * Rows that must not end a printed page (a section heading), as `rowBreaks` were computed:
   * lets rows be put in later (a chart above the table) and the breaks computed again. The
   * workbooks write nothing for it.
   */
  keepWithNext?: number[];
}

export interface WritePlan {
  sheets: SheetWrite[];
  /** Sheet to show when done. */
  activate?: string;
}
