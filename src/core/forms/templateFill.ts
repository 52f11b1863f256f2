import { formatViDate } from '../calendar/isoDate';
import { warning, type Finding } from '../findings';
import { EXCEL_MAX_TEXT, type CellRange, type CellValue, type SheetGrid } from '../grid';
import type { ReportPeriod } from '../periods/periods';
import { cellText, matchKey } from '../text/normalize';
import { clippedCellMessage } from '../write/fitToExcel';
import type { FormulaCell, RangeFormat } from '../write/writePlan';
import { II05A, II06A, columnNumberLabel, type FormDefinition, type FormId } from './definitions';
import { findForms, numberRowGaps, type FoundForm } from './findForms';
import { formFormulas, type FormBodyLine } from './formFormulas';

/**
 * A change of rows on a template sheet. Changes are applied in the order given, each in the
 * row numbers the ones before it left (the plan lists the lowest form's first, so a change
 * never moves the rows a later one names).
 */
export type TemplateRowChange =
  /** New rows at `at` … `at + count - 1` (what stood there moves down), formatted as row `formatFrom` (its number after the insert). */
  | { kind: 'insert'; at: number; count: number; formatFrom: number }
  /** Rows `at` … `at + count - 1` removed (what stood below moves up). */
  | { kind: 'delete'; at: number; count: number };

/** What filling changes on one sheet of the template; cells, merges and formats in the rows as they stand after every row change. */
export interface TemplateSheetFill {
  sheet: string;
  forms: FormId[];
  rows: TemplateRowChange[];
  /** Merged areas the new rows take from the row they copy (within one form column each). */
  merges: CellRange[];
  /** Values written over the template's (text always as text); null empties a cell. */
  cells: { row: number; col: number; value: CellValue }[];
  /** Sums with their results: each line's rule columns, subtotals, the total row. Written after `cells`. */
  formulas: FormulaCell[];
  /** Bold group headings; plain lines where the copied row was bold (the total row). */
  formats: RangeFormat[];
}

/** The filling of a province's template: the sheets it changes, and what the officer should know. */
export interface TemplateFill {
  sheets: TemplateSheetFill[];
  /** A form the template lacks, several copies of one, … */
  findings: Finding[];
}

/** A template that can be filled, or the reasons it cannot (Vietnamese, naming sheet, row and column). */
export type TemplateFillOutcome = { ok: true; fill: TemplateFill } | { ok: false; reasons: string[] };

/** The lines of both forms, by column key of {@link II05A} and {@link II06A}. */
export interface TemplateContent {
  ii05a: readonly FormBodyLine[];
  ii06a: readonly FormBodyLine[];
}

/** What the header lines of the template get. */
export interface TemplateHeading {
  /** Đơn vị báo cáo. */
  unit: string;
  period: ReportPeriod;
  /** Đơn vị nhận báo cáo the officer gave: written over whatever the template says. */
  receiver?: string;
  /** Đơn vị nhận báo cáo when the officer gave none and the template leaves the line blank. */
  fallbackReceiver: string;
}

type HeaderKind = 'period' | 'unit' | 'receiver';

// Header lines by the words they start with (leading dashes and bullets dropped); a new wording is a row here.
const HEADER_LINES: readonly { kind: HeaderKind; key: string }[] = [
  { kind: 'period', key: 'ky bao cao' },
  { kind: 'receiver', key: 'don vi nhan bao cao' },
  { kind: 'receiver', key: 'noi nhan bao cao' },
  { kind: 'unit', key: 'don vi bao cao' },
];
const BULLET = /^[\s\-–—•*+.]+/;
// "……", "....", "___": a blank to fill in.
const PLACEHOLDER = /^[\s.…_\-–:]*$/;
const DAYS_LINE = /^\(?\s*tu ngay\b/;
/** Cells to the right of a label searched for its value. */
const VALUE_REACH = 8;

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function isPlaceholder(v: CellValue | undefined): boolean {
  return typeof v === 'string' && v.trim() !== '' && PLACEHOLDER.test(v);
}

/** Text that says something (letters or digits beyond dots and blanks). */
function meaningful(text: string): boolean {
  return /[\p{L}\d]/u.test(text.replace(/…|\.{2,}|_{2,}/g, ''));
}

interface PlacedForm {
  def: FormDefinition;
  found: FoundForm;
  lines: readonly FormBodyLine[];
  /** Body rows the template has between the numbered row and the total (or, with no total, its blank rows). */
  slots: number;
  /** Rows the lines need more (positive) or fewer (negative) than the slots. */
  delta: number;
  /** Sheet row of the total, null when the template has none. */
  totalRow: number | null;
  /** First row of the header block this form may complete. */
  headerFrom: number;
}

function formColumns(form: FoundForm): number[] {
  return form.definition.columns.map((c) => form.columnOf[c.key]);
}

/** Blank rows under the numbered row of a form without a total row. */
function blankRowsBelow(grid: SheetGrid, form: FoundForm): number {
  const cols = formColumns(form);
  let n = 0;
  for (let r = form.numberRow + 1; r <= grid.values.length; r++) {
    const line = grid.values[r - 1] ?? [];
    if (!cols.every((c) => isBlank(line[c - 1]))) break;
    if (line.some((v) => !isBlank(v) && !isPlaceholder(v))) break;
    n++;
  }
  return n;
}

function columnName(def: FormDefinition, no: number): string {
  const column = def.columns.find((c) => c.no === no);
  return `${columnNumberLabel(no)}${column ? ` "${column.header.join(' — ')}"` : ''}`;
}

/** The value cell of a header line and how to write it; null when the row has no such line. */
interface HeaderEdit {
  row: number;
  col: number;
  /** The label as the template writes it, up to and with its colon. */
  label: string;
  /** The value as the template holds it ('' when blank). */
  current: string;
  /** Where the value goes: after the label in its own cell, or in a cell of its own. */
  inline: boolean;
  valueCol: number;
}

function headerEdit(line: readonly CellValue[], row: number, col: number): HeaderEdit {
  const raw = cellText(line[col - 1] ?? null);
  const colon = raw.indexOf(':');
  const label = colon >= 0 ? raw.slice(0, colon + 1) : `${raw.trim()}:`;
  const after = colon >= 0 ? raw.slice(colon + 1).trim() : '';
  const current = meaningful(after) ? after : '';
  if (current !== '' || after !== '') return { row, col, label, current, inline: true, valueCol: col };
  // "Đơn vị báo cáo:" | "……" or | "Chi cục …": the value has a cell of its own, and goes there.
  for (let c = col + 1; c <= Math.min(line.length, col + VALUE_REACH); c++) {
    const v = line[c - 1];
    if (isBlank(v)) continue;
    const text = cellText(v ?? null);
    return { row, col, label, current: isPlaceholder(v) ? '' : text, inline: false, valueCol: c };
  }
  return { row, col, label, current: '', inline: true, valueCol: col };
}

/** The header lines of one form's block (rows `from` … `to`), first of each kind. */
function headerLines(grid: SheetGrid, from: number, to: number): Map<HeaderKind, HeaderEdit> {
  const found = new Map<HeaderKind, HeaderEdit>();
  for (let r = from; r <= to; r++) {
    const line = grid.values[r - 1];
    if (!line) continue;
    line.forEach((v, i) => {
      if (typeof v !== 'string') return;
      const key = matchKey(v.replace(BULLET, ''));
      const kind = HEADER_LINES.find((h) => key.startsWith(h.key))?.kind;
      if (kind && !found.has(kind)) found.set(kind, headerEdit(line, r, i + 1));
    });
  }
  return found;
}

/** A "(Từ ngày … đến ngày …)" cell of its own, beside or under the period line. */
function daysCell(grid: SheetGrid, period: HeaderEdit, to: number): { row: number; col: number; parenthesis: boolean } | null {
  for (let r = period.row; r <= Math.min(period.row + 1, to); r++) {
    const line = grid.values[r - 1] ?? [];
    for (let c = r === period.row ? period.valueCol + 1 : 1; c <= line.length; c++) {
      const v = line[c - 1];
      if (typeof v !== 'string') continue;
      const key = matchKey(v.trim());
      if (DAYS_LINE.test(key)) return { row: r, col: c, parenthesis: v.trim().startsWith('(') };
    }
  }
  return null;
}

/** The cells completing "Kỳ báo cáo", "Đơn vị báo cáo" and "Đơn vị nhận báo cáo" where the template has them. */
function headerCells(grid: SheetGrid, form: PlacedForm, heading: TemplateHeading, shift: number): TemplateSheetFill['cells'] {
  const cells: TemplateSheetFill['cells'] = [];
  const to = form.found.numberRow - 1;
  const lines = headerLines(grid, form.headerFrom, to);
  const days = `Từ ngày ${formatViDate(heading.period.from)} đến ngày ${formatViDate(heading.period.to)}`;
  const put = (edit: HeaderEdit, value: string) => {
    if (edit.inline) cells.push({ row: edit.row + shift, col: edit.col, value: `${edit.label} ${value}` });
    else cells.push({ row: edit.row + shift, col: edit.valueCol, value });
  };
  const period = lines.get('period');
  if (period) {
    const own = daysCell(grid, period, to);
    if (own) {
      put(period, heading.period.label);
      cells.push({ row: own.row + shift, col: own.col, value: own.parenthesis ? `(${days})` : days });
    } else {
      put(period, `${heading.period.label} (${days})`);
    }
  }
  const unit = lines.get('unit');
  if (unit) put(unit, heading.unit);
  const receiver = lines.get('receiver');
  // The province's template may name the receiver already: kept unless the officer gave one.
  if (receiver && (heading.receiver !== undefined || receiver.current === '')) put(receiver, heading.receiver ?? heading.fallbackReceiver);
  return cells;
}

/** Merges of the copied row that stay within one form column, repeated on each new row. */
function copiedMerges(grid: SheetGrid, form: FoundForm, sourceRow: number, rows: readonly number[]): CellRange[] {
  const cols = formColumns(form);
  const own = grid.merges.filter((m) => m.top === sourceRow && m.bottom === sourceRow && cols.filter((c) => c >= m.left && c <= m.right).length <= 1);
  return rows.flatMap((r) => own.map((m) => ({ top: r, bottom: r, left: m.left, right: m.right })));
}

/**
 * Plans filling the province's own template of II.05a and II.06a (SPEC §14) from the forms'
 * lines: each form found by its title and numbered row wherever it stands (as consolidation
 * finds units' forms), the numbers under the template's own numbered columns, one row per line
 * between the numbered row and the template's total row — its blank rows reused, rows inserted
 * in the format of its first data row (of the total row, made plain, when it has none), surplus
 * blank rows removed — SUM formulas with their results in the total row, and the "Kỳ báo cáo",
 * "Đơn vị báo cáo", "Đơn vị nhận báo cáo" lines completed where the template has them. Nothing
 * else of the template is touched. A numbered row lacking a column the form needs refuses the
 * template, naming the column; a template with neither form is refused too.
 *
 * @example
 * const outcome = planTemplateFill(templateGrids, { ii05a: ii05aBodyLines(result), ii06a: ii06aBodyLines(result) }, { unit, period, fallbackReceiver });
 * if (outcome.ok) await templateBook.fillTemplate(outcome.fill);
 */
export function planTemplateFill(grids: readonly SheetGrid[], content: TemplateContent, heading: TemplateHeading): TemplateFillOutcome {
  const found = findForms(grids, [II05A, II06A], { period: heading.period });
  const findings: Finding[] = found.findings.filter((f) => f.severity === 'warning');
  const reasons: string[] = [];
  const placed: PlacedForm[] = [];
  for (const [def, form, lines] of [
    [II05A, found.ii05a, content.ii05a],
    [II06A, found.ii06a, content.ii06a],
  ] as const) {
    if (form) {
      const grid = grids.find((g) => g.name === form.sheet) as SheetGrid;
      const totalRow = form.total?.row ?? null;
      const slots = totalRow !== null ? totalRow - form.numberRow - 1 : blankRowsBelow(grid, form);
      placed.push({ def, found: form, lines, slots, delta: lines.length - slots, totalRow, headerFrom: 1 });
      continue;
    }
    const gap = numberRowGaps(grids, def)[0];
    if (gap) {
      reasons.push(
        `Biểu mẫu, trang tính '${gap.sheet}', dòng ${gap.numberRow}: dòng số thứ tự cột của biểu ${def.id} thiếu cột ${gap.missing.map((n) => columnName(def, n)).join(', ')}. ` +
          `Không điền được biểu mẫu này; hãy dùng biểu mẫu có đủ các cột (1) … (${def.columns.length}) của biểu ${def.id}.`,
      );
    }
  }
  if (reasons.length > 0) return { ok: false, reasons };
  if (placed.length === 0) {
    return {
      ok: false,
      reasons: [
        `Không tìm thấy biểu II.05a hay II.06a trong biểu mẫu: cần tiêu đề biểu ("${II05A.title}" hoặc "${II06A.title}") và dòng số thứ tự cột (1), (2), (3) … dưới tiêu đề cột.`,
      ],
    };
  }
  for (const def of [II05A, II06A]) {
    if (!placed.some((p) => p.def === def)) {
      findings.push(warning(placed[0].found.sheet, null, `Biểu mẫu không có biểu ${def.id}: chỉ điền ${placed.map((p) => `biểu ${p.def.id}`).join(' và ')}.`));
    }
  }

  const sheets: TemplateSheetFill[] = [];
  for (const grid of grids) {
    const forms = placed.filter((p) => p.found.sheet === grid.name).sort((a, b) => a.found.numberRow - b.found.numberRow);
    if (forms.length === 0) continue;
    forms.forEach((f, i) => (f.headerFrom = i === 0 ? 1 : (forms[i - 1].totalRow ?? forms[i - 1].found.numberRow + forms[i - 1].slots) + 1));
    const fill: TemplateSheetFill = { sheet: grid.name, forms: forms.map((f) => f.def.id), rows: [], merges: [], cells: [], formulas: [], formats: [] };
    // Lowest form first: its rows change before anything above it moves.
    for (const f of [...forms].reverse()) {
      const { numberRow } = f.found;
      const end = f.totalRow ?? numberRow + f.slots + 1;
      if (f.delta > 0) {
        const formatFrom = f.slots > 0 ? numberRow + 1 : f.totalRow !== null ? f.totalRow + f.delta : numberRow;
        fill.rows.push({ kind: 'insert', at: end, count: f.delta, formatFrom });
      } else if (f.delta < 0) {
        fill.rows.push({ kind: 'delete', at: numberRow + 1 + f.lines.length, count: -f.delta });
      }
    }
    let shift = 0;
    for (const f of forms) {
      const { def, found: form, lines } = f;
      const bodyTop = form.numberRow + 1 + shift;
      const totalRow = f.totalRow === null ? null : f.totalRow + shift + f.delta;
      const cols = formColumns(form);
      const [left, right] = [Math.min(...cols), Math.max(...cols)];
      fill.cells.push(...headerCells(grid, f, heading, shift));
      lines.forEach((line, i) => {
        for (const c of def.columns) fill.cells.push({ row: bodyTop + i, col: form.columnOf[c.key], value: line.cells[c.key] ?? null });
        fill.formats.push({ range: { top: bodyTop + i, left, bottom: bodyTop + i, right }, format: { bold: line.bold === true } });
      });
      if (f.delta > 0) {
        const newRows = Array.from({ length: f.delta }, (_, i) => bodyTop + f.slots + i);
        const source = f.slots > 0 ? form.numberRow + 1 : (f.totalRow ?? form.numberRow);
        fill.merges.push(...copiedMerges(grid, form, source, newRows));
        if (f.slots === 0) fill.formats.push({ range: { top: newRows[0], left, bottom: newRows[newRows.length - 1], right }, format: { bold: false, italic: false } });
      }
      if (totalRow !== null && lines.length === 0) {
        for (const c of def.columns) if (c.kind === 'count') fill.cells.push({ row: totalRow, col: form.columnOf[c.key], value: 0 });
      }
      fill.formulas.push(...formFormulas(def, lines, { bodyTop, totalRow, columnOf: form.columnOf }));
      shift += f.delta;
    }
    // Text longer than a cell holds (a reason pasted many times over) is cut, and said.
    for (const c of fill.cells) {
      if (typeof c.value !== 'string' || c.value.length <= EXCEL_MAX_TEXT) continue;
      findings.push(warning(grid.name, c.row, clippedCellMessage({ sheet: grid.name, row: c.row, col: c.col, length: c.value.length })));
      c.value = `${c.value.slice(0, EXCEL_MAX_TEXT - 1)}…`;
    }
    sheets.push(fill);
  }
  return { ok: true, fill: { sheets, findings } };
}

/** Whose forms fill the copied template: a unit's own (Báo cáo quý) or the department's (Tổng hợp). */
export type TemplateCopyOwner = 'unit' | 'department';

/**
 * Name of the add-in's copy of a template sheet in the officer's workbook: "Mẫu tỉnh II.05a
 * Quý I-2024", "Mẫu tỉnh 05a+06a Quý III-2024" for a sheet holding both forms; the
 * department's copies say "Sở" ("Mẫu tỉnh Sở II.05a Quý I-2024"), so a unit's and the
 * department's copies of one period never replace each other. Always ≤ 31 characters, no "/",
 * the period whole ("05a06a" when "05a+06a" would not leave room). Running again for the
 * period replaces the copy.
 *
 * @example
 * templateSheetName(['II.05a'], reportPeriod(2024, 'Q1')) // 'Mẫu tỉnh II.05a Quý I-2024'
 * templateSheetName(['II.05a', 'II.06a'], reportPeriod(2024, 'Q3'), { owner: 'department' }) // 'Mẫu tỉnh Sở 05a06a Quý III-2024'
 */
export function templateSheetName(forms: readonly FormId[], period: ReportPeriod, options: { owner?: TemplateCopyOwner } = {}): string {
  const prefix = options.owner === 'department' ? 'Mẫu tỉnh Sở' : 'Mẫu tỉnh';
  const label = period.label.replace(/[/\\?*[\]:]/g, '-');
  const codes = forms.map((f) => f.replace(/^II\./, ''));
  const names = forms.length === 1 ? [forms[0]] : [codes.join('+'), codes.join('')];
  const fits = names.map((which) => `${prefix} ${which} ${label}`).find((n) => n.length <= 31);
  return (fits ?? `${prefix} ${names[names.length - 1]} ${label}`).slice(0, 31);
}

/**
 * The fill with its sheets under the names they take once copied into another workbook, and
 * the copy list (template sheet → new name) to go with it.
 *
 * @example
 * const { fill: renamed, sheets } = renamedTemplateFill(fill, period);
 * await workbook.fillTemplate(renamed, { bytes, sheets });
 */
export function renamedTemplateFill(fill: TemplateFill, period: ReportPeriod, options: { owner?: TemplateCopyOwner } = {}): { fill: TemplateFill; sheets: { from: string; to: string }[] } {
  const sheets = fill.sheets.map((s) => ({ from: s.sheet, to: templateSheetName(s.forms, period, options) }));
  return { fill: { ...fill, sheets: fill.sheets.map((s, i) => ({ ...s, sheet: sheets[i].to })) }, sheets };
}
