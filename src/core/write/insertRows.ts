import type { CellRange } from '../grid';
import { DEFAULT_ROW_HEIGHT, pageBreakRows, pageCapacity } from './pageBreaks';
import type { ChartWrite, FormulaCell, RangeFormat, SheetWrite, ValueBlock } from './writePlan';

/**
 * Rows to put into a sheet write, with their own cells and charts. Rows are counted from the
 * block's first row (1): the block knows nothing of where it lands.
 */
export interface RowBlock {
  rows: number;
  values: ValueBlock[];
  formats: RangeFormat[];
  merges: CellRange[];
  rowHeights: { row: number; height: number }[];
  charts?: ChartWrite[];
  /** Widths of columns the sheet does not size (cells beside the table). */
  columnWidths?: { col: number; width: number }[];
  /** Block rows that must not end a printed page (a chart with its table's heading). */
  keepWithNext?: number[];
}

const moveRange = (r: CellRange, by: number): CellRange => ({ ...r, top: r.top + by, bottom: r.bottom + by });

/** A range after `count` rows are inserted before row `at`: moved down, or stretched when it spans `at`. */
function shiftRange(r: CellRange, at: number, count: number): CellRange {
  if (r.top >= at) return moveRange(r, count);
  if (r.bottom >= at) return { ...r, bottom: r.bottom + count };
  return r;
}

const shiftRow = (row: number, at: number, count: number): number => (row >= at ? row + count : row);

/** A sum formula's cell references moved with the rows (plan formulas are sums of references only). */
function shiftFormula(f: FormulaCell, at: number, count: number): FormulaCell {
  const formula = f.formula.replace(/(\$?[A-Z]{1,3}\$?)(\d+)/g, (_m, col: string, row: string) => `${col}${shiftRow(Number(row), at, count)}`);
  return { ...f, row: shiftRow(f.row, at, count), formula };
}

function shiftChart(c: ChartWrite, by: (r: CellRange) => CellRange): ChartWrite {
  return { ...c, categories: by(c.categories), anchor: by(c.anchor), series: c.series.map((s) => ({ ...s, values: by(s.values) })) };
}

/** Value blocks with rows inserted before `at`: a block spanning `at` is cut in two. */
function shiftValues(blocks: readonly ValueBlock[], at: number, count: number): ValueBlock[] {
  const out: ValueBlock[] = [];
  for (const b of blocks) {
    const last = b.row + b.values.length - 1;
    if (b.row >= at) out.push({ ...b, row: b.row + count });
    else if (last < at) out.push(b);
    else {
      out.push({ ...b, values: b.values.slice(0, at - b.row) });
      out.push({ ...b, row: at + count, values: b.values.slice(at - b.row) });
    }
  }
  return out;
}

/** The last row a sheet write prints or writes. */
function lastRowOf(sw: SheetWrite): number {
  let last = sw.pageSetup?.printArea?.bottom ?? 0;
  for (const b of sw.values) last = Math.max(last, b.row + b.values.length - 1);
  for (const h of sw.rowHeights ?? []) last = Math.max(last, h.row);
  return last;
}

/**
 * A create-mode sheet write with `block` inserted before row `at` (a chart put above a
 * table). Everything from row `at` down moves with its rows: values, formulas (their
 * references too), formats, merges, heights, print titles, print area, page breaks, drop-downs,
 * charts; ranges spanning `at` (a sheet-wide font) stretch over the block. Frozen panes are
 * dropped when the block lands inside them (a frozen chart would fill the screen). A sheet with
 * manual page breaks gets them computed again from the row heights, its `keepWithNext` rows
 * and the block's never ending a page. Block values may reach below the block's own rows (cells
 * beside the table).
 *
 * @example
 * insertRowBlock(statusSheet, 6, chartBlock(...)).pageSetup?.printTitleRows // [6 + block.rows, 6 + block.rows]
 */
export function insertRowBlock(sw: SheetWrite, at: number, block: RowBlock): SheetWrite {
  if (sw.mode !== 'create') throw new Error(`insertRowBlock: sheet "${sw.sheet}" is not a create write`);
  if (!Number.isInteger(at) || at < 1 || !Number.isInteger(block.rows) || block.rows < 1) throw new RangeError(`insertRowBlock: bad position ${at} or size ${block.rows}`);
  const n = block.rows;
  for (const m of sw.merges) {
    if (m.top < at && m.bottom >= at) throw new Error(`insertRowBlock: sheet "${sw.sheet}" has a merge across row ${at}`);
  }
  const shift = (r: CellRange) => shiftRange(r, at, n);
  const place = (r: CellRange) => moveRange(r, at - 1);
  const lastRow = lastRowOf(sw) + n;

  const rowHeights = [
    ...(sw.rowHeights ?? []).map((h) => ({ ...h, row: shiftRow(h.row, at, n) })),
    ...block.rowHeights.map((h) => ({ ...h, row: h.row + at - 1 })),
  ];
  const heights = Array.from({ length: lastRow }, () => DEFAULT_ROW_HEIGHT);
  for (const h of rowHeights) if (h.row <= lastRow) heights[h.row - 1] = h.height;

  // Pages again from the row heights, when the sheet had breaks of its own: the rows kept with
  // the next one (section headings, the block's chart) still never end a page.
  let rowBreaks: number[] = [];
  const setup = sw.pageSetup;
  if (setup && sw.rowBreaks?.length) {
    const widths: number[] = [];
    for (const { col, width } of sw.columnWidths) widths[col - 1] = width;
    const titles = setup.printTitleRows;
    const keep = new Set([...(sw.keepWithNext ?? []).map((r) => shiftRow(r, at, n)), ...(block.keepWithNext ?? []).map((r) => r + at - 1)]);
    rowBreaks = pageBreakRows(heights, {
      capacity: pageCapacity(setup, Array.from(widths, (w) => w ?? 8.43)),
      ...(titles ? { titleRows: [shiftRow(titles[0], at, n), shiftRow(titles[1], at, n)] as [number, number] } : {}),
      keepWithNext: keep,
    });
  }

  const freeze = sw.freeze && sw.freeze.rows >= at ? undefined : sw.freeze;
  const { freeze: _dropped, ...rest } = sw;
  void _dropped;
  const out: SheetWrite = {
    ...rest,
    values: [...shiftValues(sw.values, at, n), ...block.values.map((b) => ({ ...b, row: b.row + at - 1 }))],
    formats: [...sw.formats.map((f) => ({ ...f, range: shift(f.range) })), ...block.formats.map((f) => ({ ...f, range: place(f.range) }))],
    merges: [...sw.merges.map(shift), ...block.merges.map(place)],
    columnWidths: [...sw.columnWidths, ...(block.columnWidths ?? []).filter((c) => !sw.columnWidths.some((w) => w.col === c.col))],
    rowHeights,
    ...(freeze ? { freeze } : {}),
  };
  if (sw.formulas) out.formulas = sw.formulas.map((f) => shiftFormula(f, at, n));
  if (sw.validations) out.validations = sw.validations.map((v) => ({ ...v, range: shift(v.range) }));
  if (setup) {
    out.pageSetup = {
      ...setup,
      ...(setup.printTitleRows ? { printTitleRows: [shiftRow(setup.printTitleRows[0], at, n), shiftRow(setup.printTitleRows[1], at, n)] as [number, number] } : {}),
      // The block prints with the area it is put into, even at its top edge.
      ...(setup.printArea ? { printArea: at <= setup.printArea.bottom ? { ...setup.printArea, top: Math.min(setup.printArea.top, at), bottom: setup.printArea.bottom + n } : setup.printArea } : {}),
    };
  }
  if (rowBreaks.length > 0) out.rowBreaks = rowBreaks;
  else delete out.rowBreaks;
  if (sw.keepWithNext || block.keepWithNext) out.keepWithNext = [...new Set([...(sw.keepWithNext ?? []).map((r) => shiftRow(r, at, n)), ...(block.keepWithNext ?? []).map((r) => r + at - 1)])].sort((a, b) => a - b);
  const charts = [...(sw.charts ?? []).map((c) => shiftChart(c, shift)), ...(block.charts ?? []).map((c) => shiftChart(c, place))];
  if (charts.length > 0) out.charts = charts;
  return out;
}
