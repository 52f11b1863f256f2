import { EXCEL_MAX_COLUMN, EXCEL_MAX_ROW, EXCEL_MAX_ROW_HEIGHT, EXCEL_MAX_TEXT, rangeAddress, type CellRange, type CellValue } from '../core/grid';
import type { CellFormat, ChartWrite, SheetWrite, WritePlan } from '../core/write/writePlan';
import { isListSheet } from './listSources';
import { isSettingsSheet } from './settingsSheet';

/**
 * A write plan the workbook refuses to apply. This is programmer misuse (the core built a bad
 * plan), so the message is English and names the sheet and what is wrong; nothing has been
 * written when it is thrown.
 */
export class WritePlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WritePlanError';
  }
}


// The only formulas a plan may carry: sums of cell references (see FormulaCell).
const REF = String.raw`\$?[A-Z]{1,3}\$?[1-9]\d{0,6}`;
const SUM_ARG = `${REF}(?::${REF})?`;
const TERM = `(?:SUM\\(${SUM_ARG}(?:,${SUM_ARG})*\\)|${REF})`;
const SUM_FORMULA = new RegExp(`^${TERM}(?:[+-]${TERM})*$`);
/** Longest formula Excel takes. */
export const MAX_FORMULA = 8192;

/**
 * Whether a formula is one a write plan may carry: sums of cell references only.
 *
 * @example
 * isSumFormula('SUM(D10:F10)') // true
 * isSumFormula('HYPERLINK("http://x","y")') // false
 */
export function isSumFormula(formula: string): boolean {
  return typeof formula === 'string' && formula.length <= MAX_FORMULA && SUM_FORMULA.test(formula);
}

const BAD_SHEET_CHARS = /[[\]:*?/\\]/;
const COLOUR = /^#[0-9A-Fa-f]{6}$/;

/**
 * Why a sheet name is not allowed in Excel, or null when it is fine.
 *
 * @example
 * sheetNameProblem('Tiến độ') // null
 * sheetNameProblem('a/b') // 'contains one of [ ] : * ? / \\'
 */
export function sheetNameProblem(name: string): string | null {
  if (typeof name !== 'string' || name.length === 0) return 'is empty';
  if (name.length > 31) return `is longer than 31 characters (${name.length})`;
  if (BAD_SHEET_CHARS.test(name)) return 'contains one of [ ] : * ? / \\';
  if (name.startsWith("'") || name.endsWith("'")) return 'starts or ends with an apostrophe';
  if (name.toLowerCase() === 'history') return 'is reserved by Excel';
  return null;
}

/** Why a range is not on the grid, or null. */
export function rangeProblem(r: CellRange): string | null {
  const parts = [r?.top, r?.left, r?.bottom, r?.right];
  if (!parts.every((n) => Number.isInteger(n))) return 'has non-integer bounds';
  if (r.top < 1 || r.left < 1) return 'starts before A1';
  if (r.bottom < r.top || r.right < r.left) return 'is inverted';
  if (r.bottom > EXCEL_MAX_ROW || r.right > EXCEL_MAX_COLUMN) return 'goes past the last row or column of a sheet';
  return null;
}

function inside(inner: CellRange, outer: CellRange): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Why a value cannot be written to a cell, or null. */
export function valueProblem(v: CellValue): string | null {
  if (v === null || typeof v === 'boolean') return null;
  if (typeof v === 'string') return v.length > EXCEL_MAX_TEXT ? `text longer than ${EXCEL_MAX_TEXT} characters` : null;
  if (typeof v === 'number') return Number.isFinite(v) ? null : `number ${v}`;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'an invalid date' : null;
  return `a value of type ${typeof v}`;
}

/** Why a format cannot be applied, or null. */
export function formatProblem(f: CellFormat): string | null {
  if (f.fill !== undefined && f.fill !== null && !COLOUR.test(f.fill)) return `fill "${f.fill}" is not #RRGGBB`;
  if (f.fontColor !== undefined && !COLOUR.test(f.fontColor)) return `font colour "${f.fontColor}" is not #RRGGBB`;
  if (f.fontName !== undefined && !/^[\p{L}\p{N} ._-]{1,31}$/u.test(f.fontName)) return `font name "${f.fontName}"`;
  if (f.fontSize !== undefined && !(f.fontSize > 0 && f.fontSize <= 409)) return `font size ${f.fontSize}`;
  if (f.numberFormat !== undefined && (typeof f.numberFormat !== 'string' || f.numberFormat.length === 0)) return 'empty number format';
  return null;
}

/** Most series in one Excel chart. */
export const MAX_CHART_SERIES = 255;
/** Longest chart title, series name or label format the plan may carry. */
export const MAX_CHART_TEXT = 255;

function columnProblem(r: CellRange): string | null {
  return rangeProblem(r) ?? (r.left !== r.right ? 'is not one column' : null);
}

/** A value cell the plan writes inside `r` (a chart must not hide one), or null. */
function valueUnder(sw: SheetWrite, r: CellRange): string | null {
  for (const block of sw.values ?? []) {
    if (!Array.isArray(block?.values)) continue;
    for (let i = Math.max(0, r.top - block.row); i < block.values.length && block.row + i <= r.bottom; i++) {
      const line = block.values[i];
      if (!Array.isArray(line)) continue;
      for (let c = Math.max(0, r.left - block.col); c < line.length && block.col + c <= r.right; c++) {
        const v = line[c];
        if (v !== null && v !== '') return rangeAddress({ top: block.row + i, left: block.col + c, bottom: block.row + i, right: block.col + c });
      }
    }
  }
  return null;
}

function chartProblems(sw: SheetWrite, chart: ChartWrite, where: string): string[] {
  const problems: string[] = [];
  if (chart?.type !== 'barStacked') return [`${where} type "${String(chart?.type)}"`];
  if (typeof chart.title !== 'string' || chart.title.length === 0 || chart.title.length > MAX_CHART_TEXT) problems.push(`${where} title is empty or longer than ${MAX_CHART_TEXT} characters`);
  if (chart.fontName !== undefined && !/^[\p{L}\p{N} ._-]{1,31}$/u.test(chart.fontName)) problems.push(`${where} font name "${chart.fontName}"`);
  const cat = columnProblem(chart.categories);
  if (cat) problems.push(`${where} categories ${cat}`);
  const anchor = rangeProblem(chart.anchor);
  if (anchor) problems.push(`${where} anchor ${anchor}`);
  else {
    const hidden = valueUnder(sw, chart.anchor);
    if (hidden) problems.push(`${where} would cover the value in ${hidden}`);
  }
  if (!Array.isArray(chart.series) || chart.series.length === 0 || chart.series.length > MAX_CHART_SERIES) {
    problems.push(`${where} needs 1 to ${MAX_CHART_SERIES} series`);
    return problems;
  }
  chart.series.forEach((s, j) => {
    const at = `${where} series[${j}]`;
    if (typeof s.name !== 'string' || s.name.length === 0 || s.name.length > MAX_CHART_TEXT) problems.push(`${at} name is empty or too long`);
    const p = columnProblem(s.values);
    if (p) problems.push(`${at} values ${p}`);
    else if (!cat && s.values.bottom - s.values.top !== chart.categories.bottom - chart.categories.top) problems.push(`${at} has not one value per category`);
    if (!COLOUR.test(s.fill)) problems.push(`${at} fill "${s.fill}" is not #RRGGBB`);
    if (typeof s.labelFormat !== 'string' || s.labelFormat.length === 0 || s.labelFormat.length > MAX_CHART_TEXT) problems.push(`${at} label format is empty or too long`);
  });
  return problems;
}

/** The rectangle an update may write in: its own columns over its rows. */
export function ownRectangle(sw: SheetWrite): CellRange | null {
  const own = sw.ownColumns;
  if (!own) return null;
  return { top: own.rows[0], left: own.from, bottom: own.rows[1], right: own.to };
}

function checkSheet(sw: SheetWrite, existing: string[]): string[] {
  const problems: string[] = [];
  const nameProblem = sheetNameProblem(sw.sheet);
  if (nameProblem) return [`sheet name ${nameProblem}`];
  if (isListSheet(sw.sheet)) problems.push("the name is reserved for the add-in's list sheets");
  if (isSettingsSheet(sw.sheet)) problems.push("the name is reserved for the add-in's settings sheet");
  if (sw.mode !== 'create' && sw.mode !== 'update') problems.push(`mode "${String(sw.mode)}"`);

  let own: CellRange | null = null;
  if (sw.mode === 'update') {
    if (!existing.includes(sw.sheet)) problems.push('update of a sheet that does not exist');
    own = ownRectangle(sw);
    if (!own) problems.push('update without ownColumns');
    else {
      const p = rangeProblem(own);
      if (p) problems.push(`ownColumns ${p}`);
    }
    // Rows the officer's text needs taller (see rowsToFit) may be raised; nothing else.
    if (own && sw.rowHeights?.some((rh) => rh.row < own!.top || rh.row > own!.bottom)) problems.push('update may only change row heights over its own rows');
    if (sw.freeze) problems.push('update may not change freeze panes');
    if (sw.rowBreaks?.length) problems.push('update may not set page breaks');
    if (sw.tabColor) problems.push('update may not change the tab colour');
  } else if (sw.ownColumns) {
    problems.push('ownColumns only belongs to update mode');
  }

  for (const [i, block] of (sw.values ?? []).entries()) {
    const where = `values[${i}]`;
    if (!Number.isInteger(block.row) || !Number.isInteger(block.col) || block.row < 1 || block.col < 1) {
      problems.push(`${where} has a bad anchor (${block.row}, ${block.col})`);
      continue;
    }
    if (!Array.isArray(block.values)) {
      problems.push(`${where} has no rows`);
      continue;
    }
    const width = block.values.reduce((w, line) => Math.max(w, Array.isArray(line) ? line.length : 0), 0);
    const rect = { top: block.row, left: block.col, bottom: block.row + Math.max(block.values.length, 1) - 1, right: block.col + Math.max(width, 1) - 1 };
    const p = rangeProblem(rect);
    if (p) problems.push(`${where} ${p}`);
    if (own && !inside(rect, own)) problems.push(`${where} (${rangeAddress(rect)}) writes outside the own columns ${rangeAddress(own)}`);
    block.values.forEach((line, r) => {
      if (!Array.isArray(line)) {
        problems.push(`${where} row ${r} is not an array`);
        return;
      }
      line.forEach((v, c) => {
        const vp = valueProblem(v);
        if (vp) problems.push(`${where}[${r}][${c}] is ${vp}`);
      });
    });
  }

  for (const [i, f] of (sw.formulas ?? []).entries()) {
    const where = `formulas[${i}]`;
    const p = rangeProblem({ top: f.row, left: f.col, bottom: f.row, right: f.col });
    if (p) problems.push(`${where} ${p}`);
    else if (own && !inside({ top: f.row, left: f.col, bottom: f.row, right: f.col }, own)) problems.push(`${where} is outside the own columns`);
    if (!isSumFormula(f.formula)) problems.push(`${where} "${String(f.formula).slice(0, 40)}" is not a sum of cell references`);
    if (typeof f.result !== 'number' || !Number.isFinite(f.result)) problems.push(`${where} has no finite result`);
  }

  for (const [i, rf] of (sw.formats ?? []).entries()) {
    const p = rangeProblem(rf.range) ?? formatProblem(rf.format ?? {});
    if (p) problems.push(`formats[${i}] ${p}`);
    else if (own && !inside(rf.range, own)) {
      // Outside its own columns an update only colours the officer's rows.
      const keys = Object.keys(rf.format).filter((k) => (rf.format as Record<string, unknown>)[k] !== undefined);
      if (keys.some((k) => k !== 'fill')) problems.push(`formats[${i}] sets ${keys.join(', ')} outside the own columns (only fill is allowed there)`);
    }
  }

  const merges = sw.merges ?? [];
  merges.forEach((m, i) => {
    const p = rangeProblem(m);
    if (p) problems.push(`merges[${i}] ${p}`);
    else if (own && !inside(m, own)) problems.push(`merges[${i}] is outside the own columns`);
    for (let j = 0; j < i; j++) if (!p && !rangeProblem(merges[j]) && overlaps(m, merges[j])) problems.push(`merges[${i}] overlaps merges[${j}]`);
  });

  for (const cw of sw.columnWidths ?? []) {
    if (!Number.isInteger(cw.col) || cw.col < 1 || cw.col > EXCEL_MAX_COLUMN || !(cw.width >= 0 && cw.width <= 255)) problems.push(`column width ${cw.width} for column ${cw.col}`);
    else if (own && (cw.col < own.left || cw.col > own.right)) problems.push(`column width of column ${cw.col} outside the own columns`);
  }
  for (const rh of sw.rowHeights ?? []) {
    if (!Number.isInteger(rh.row) || rh.row < 1 || rh.row > EXCEL_MAX_ROW || !(rh.height >= 0 && rh.height <= EXCEL_MAX_ROW_HEIGHT)) problems.push(`row height ${rh.height} for row ${rh.row}`);
  }
  for (const row of sw.rowBreaks ?? []) {
    if (!Number.isInteger(row) || row < 2 || row > EXCEL_MAX_ROW) problems.push(`page break before row ${row}`);
  }
  if (sw.freeze && !(Number.isInteger(sw.freeze.rows) && Number.isInteger(sw.freeze.cols) && sw.freeze.rows >= 0 && sw.freeze.cols >= 0)) problems.push('bad freeze panes');

  const ps = sw.pageSetup;
  if (ps) {
    if (ps.paper !== 'A4') problems.push(`paper ${String(ps.paper)}`);
    if (ps.orientation !== 'landscape' && ps.orientation !== 'portrait') problems.push(`orientation ${String(ps.orientation)}`);
    if (ps.printTitleRows) {
      const [a, b] = ps.printTitleRows;
      if (!(Number.isInteger(a) && Number.isInteger(b) && a >= 1 && b >= a && b <= EXCEL_MAX_ROW)) problems.push(`print title rows ${a}:${b}`);
    }
    if (ps.printArea) {
      const p = rangeProblem(ps.printArea);
      if (p) problems.push(`print area ${p}`);
    }
    if (ps.margins && !Object.values(ps.margins).every((m) => typeof m === 'number' && m >= 0 && m < 10)) problems.push('bad margins');
    for (const text of [ps.header, ps.footer]) if (text !== undefined && text.length > 255) problems.push('header or footer longer than 255 characters');
  }

  for (const [i, v] of (sw.validations ?? []).entries()) {
    const p = rangeProblem(v.range);
    if (p) problems.push(`validations[${i}] ${p}`);
    else if (own && !inside(v.range, own)) problems.push(`validations[${i}] is outside the own columns`);
    if (!Array.isArray(v.list) || v.list.length === 0) problems.push(`validations[${i}] has an empty list`);
    else if (!v.list.every((item) => typeof item === 'string' && item.length > 0 && item.length <= 255)) problems.push(`validations[${i}] has an empty, non-text or too long item`);
  }
  if (sw.tabColor !== undefined && !COLOUR.test(sw.tabColor)) problems.push(`tab colour "${sw.tabColor}"`);
  if (sw.charts?.length) {
    if (sw.mode !== 'create') problems.push('charts only belong to create mode');
    sw.charts.forEach((chart, i) => problems.push(...chartProblems(sw, chart, `charts[${i}]`)));
  }
  return problems;
}

/**
 * Checks a whole write plan against the sheets the workbook has, before anything is written.
 * Throws {@link WritePlanError} listing every problem: bad sheet names, ranges off the grid,
 * values that are not cell values, formulas that are not sums of cell references, charts that are
 * not one-column series of the sheet or would cover a written value, an update of a missing sheet, an update writing outside
 * its own columns (outside them it may only set fills), overlapping merges, empty lists.
 *
 * @example
 * validateWritePlan({ sheets: [{ sheet: 'a/b', mode: 'create', values: [], formats: [], merges: [], columnWidths: [] }] }, [])
 * // throws WritePlanError: sheet "a/b": sheet name contains one of [ ] : * ? / \
 */
export function validateWritePlan(plan: WritePlan, existingSheets: readonly string[]): void {
  if (!plan || !Array.isArray(plan.sheets)) throw new WritePlanError('write plan has no sheets array');
  const existing = [...existingSheets];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const sw of plan.sheets) {
    const key = String(sw?.sheet).toLowerCase();
    if (seen.has(key)) problems.push(`sheet "${sw.sheet}": appears twice in the plan`);
    seen.add(key);
    for (const p of checkSheet(sw, existing)) problems.push(`sheet "${sw.sheet}": ${p}`);
  }
  if (plan.activate !== undefined) {
    const known = [...existing, ...plan.sheets.map((s) => s.sheet)].map((s) => s.toLowerCase());
    if (!known.includes(plan.activate.toLowerCase())) problems.push(`activate names an unknown sheet "${plan.activate}"`);
  }
  if (problems.length > 0) throw new WritePlanError(`Invalid write plan: ${problems.join('; ')}`);
}
