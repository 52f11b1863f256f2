import { warning, error, type Finding } from '../findings';
import type { CellValue, SheetGrid } from '../grid';
import { FORM_DEFINITIONS, recognizeFormTitle, type FormDefinition, type FormId } from './definitions';
import { parsePeriodLabel, reportPeriod, type PeriodKind, type ReportPeriod } from '../periods/periods';
import { cellText, matchKey } from '../text/normalize';

/** One body row of a form found on a sheet: its cells by column key (`c1` … `c13`), as the sheet holds them. */
export interface FoundRow {
  /** 1-based sheet row. */
  row: number;
  /** Lĩnh vực (II.05a: column (2); II.06a: the group heading above the procedure). */
  field: string;
  /** II.06a: the procedure (column (2) of the row); '' on II.05a. */
  procedure: string;
  cells: Record<string, CellValue>;
}

/** A form located on a sheet by its title and its "(1) … (n)" row. */
export interface FoundForm {
  definition: FormDefinition;
  sheet: string;
  titleRow: number;
  numberRow: number;
  /** Sheet column of each form column, by key (`c1` → 3 when the form starts in column C). */
  columnOf: Record<string, number>;
  /** "Đơn vị báo cáo" as written, null when the header block has none. */
  unit: string | null;
  /** "Kỳ báo cáo" text as written, null when absent. */
  periodText: string | null;
  /** The period the header names, null when it names none this reader understands. */
  period: ReportPeriod | null;
  rows: FoundRow[];
  /** The "Tổng cộng" row, null when the form has none. */
  total: { row: number; cells: Record<string, CellValue> } | null;
  /** Last sheet row that belongs to the form (total or last body row). */
  lastRow: number;
}

export interface FoundForms {
  ii05a?: FoundForm;
  ii06a?: FoundForm;
  /** Problems met while reading: several copies of a form, a title without its number row … */
  findings: Finding[];
}

const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})\.?$/i;
const DATE = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/g;
const HEADER_LOOKBACK = 10;
const NUMBER_ROW_LOOKAHEAD = 25;
/** A title row holds the title, maybe the code and the unit beside it; more cells make it a data row. */
const MAX_TITLE_ROW_CELLS = 4;

function text(v: CellValue): string {
  return typeof v === 'string' ? cellText(v) : v === null ? '' : cellText(v);
}

/** A number, or text that is one ("12", " 3 "): signature text in a count column is not. */
function looksNumeric(v: CellValue): boolean {
  return typeof v === 'number' || (typeof v === 'string' && /^\s*-?\d+([.,]\d+)?\s*$/.test(v));
}

function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/** Cheap test before the title is matched: titles name TTHC (or spell out "thủ tục hành chính"). */
function mayBeTitle(v: CellValue): v is string {
  if (typeof v !== 'string' || v.length < 20) return false;
  const low = v.toLowerCase();
  return low.includes('tthc') || low.includes('nh ch');
}

/** Number k of a column-number cell: "(7)", "7", 7, "(7)=(8)+(9)+(10)" (some templates print the rule). */
function columnNumber(v: CellValue): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 && v < 100 ? v : null;
  if (typeof v !== 'string') return null;
  const m = /^\s*\(?\s*(\d{1,2})\s*\)?\s*(?:=[\s\d()+]*)?$/.exec(v);
  return m ? Number(m[1]) : null;
}

/** The form's columns on a row holding "(1) (2) … (n)" in order, or null. */
function numberRowColumns(line: CellValue[] | undefined, def: FormDefinition): Record<string, number> | null {
  if (!line) return null;
  const n = def.columns.length;
  for (let start = 0; start < line.length; start++) {
    if (columnNumber(line[start]) !== 1) continue;
    const columnOf: Record<string, number> = { [def.columns[0].key]: start + 1 };
    let expect = 2;
    for (let c = start + 1; c < line.length && expect <= n; c++) {
      if (isBlank(line[c])) continue;
      if (columnNumber(line[c]) !== expect) break;
      columnOf[def.columns[expect - 1].key] = c + 1;
      expect++;
    }
    if (expect > n) return columnOf;
  }
  return null;
}

/** Text after "Label:" in the same cell, or in the next filled cell to its right. */
function labelled(line: CellValue[], col: number, labelKey: string): string | null {
  const raw = text(line[col]);
  const colon = raw.indexOf(':');
  const after = colon >= 0 ? raw.slice(colon + 1).trim() : matchKey(raw) === labelKey ? '' : null;
  if (after === null) return null;
  if (after !== '') return after;
  for (let c = col + 1; c < line.length; c++) {
    const t = text(line[c]);
    if (t !== '') return t;
  }
  return '';
}

/** Unit and period text from the header block rows [from, to]. */
function readHeaderBlock(grid: SheetGrid, from: number, to: number): { unit: string | null; periodText: string | null } {
  let unit: string | null = null;
  let periodText: string | null = null;
  for (let r = from; r <= to; r++) {
    const line = grid.values[r - 1];
    if (!line) continue;
    for (let c = 0; c < line.length; c++) {
      if (typeof line[c] !== 'string') continue;
      const key = matchKey(line[c] as string);
      if (unit === null && key.startsWith('don vi bao cao')) unit = labelled(line, c, 'don vi bao cao');
      else if (periodText === null && key.startsWith('ky bao cao')) periodText = labelled(line, c, 'ky bao cao');
    }
  }
  const meaningful = (s: string | null) => (s !== null && /[\p{L}\d]/u.test(s.replace(/…|\.{2,}/g, '')) ? s : null);
  return { unit: meaningful(unit), periodText: meaningful(periodText) };
}

/**
 * The first two days ("dd/mm/yyyy") a "Kỳ báo cáo" text names, as ISO days; null when it names fewer.
 *
 * @example
 * datesOf('Quý I/2024 (Từ ngày 15/12/2023 đến ngày 14/3/2024)') // ['2023-12-15', '2024-03-14']
 */
export function datesOf(text: string): [string, string] | null {
  const days = [...text.matchAll(DATE)].map((m) => `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`);
  return days.length >= 2 ? [days[0], days[1]] : null;
}

/**
 * The period a "Kỳ báo cáo" text names: by its label ("Quý I/2024"), else by its days
 * ("Từ ngày 15/12/2023 đến ngày 14/03/2024"). Null when it names none.
 *
 * @example
 * periodOfHeader('Quý I/2024 (Từ ngày 15/12/2023 đến ngày 14/03/2024)')?.code // '2024-Q1'
 * periodOfHeader('Từ ngày 15/03/2024 đến ngày 14/06/2024')?.code // '2024-Q2'
 */
export function periodOfHeader(periodText: string): ReportPeriod | null {
  const label = periodText.split('(')[0].trim();
  const byLabel = label === '' ? null : parsePeriodLabel(label);
  if (byLabel) return byLabel;
  const days = datesOf(periodText);
  if (!days) return null;
  const year = Number(days[1].slice(0, 4));
  const kinds: PeriodKind[] = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'Y'];
  for (const kind of kinds) {
    const p = reportPeriod(year, kind);
    if (p.from === days[0] && p.to === days[1]) return p;
  }
  return null;
}

function sttText(v: CellValue): string {
  return text(v).replace(/\s+/g, '');
}

const ENDINGS = ['nguoi lap bieu', 'thu truong', 'nguoi lap', 'ky ten', 'xac nhan'];

/** Whether a row ends a form's body: signature block, a date line, another form's code. */
function isEndRow(line: CellValue[]): boolean {
  for (const v of line) {
    if (typeof v !== 'string') continue;
    const key = matchKey(v);
    if (key === '') continue;
    if (ENDINGS.some((e) => key.startsWith(e))) return true;
    if (/\bngay\b.*\bthang\b.*\bnam\b/.test(key) && key.length < 80) return true;
    if (key.startsWith('bieu so') || key.startsWith('mau so')) return true;
  }
  return false;
}

/** What a label cell says about its row: the form's total, a subtotal inside the body, or neither. */
function sumLabelKind(v: CellValue): 'total' | 'subtotal' | null {
  // Cheap guard first: such a label starts with T or C ("Tổng cộng", "Cộng").
  if (typeof v !== 'string' || !/^[\s\-–.]*[tc]/i.test(v)) return null;
  const key = matchKey(v);
  if (key.startsWith('tong cong') || key === 'tong so' || key === 'cong' || key === 'tong') return 'total';
  // "Cộng lĩnh vực I", with its diacritic: "Công …" (a lĩnh vực such as "Công nghiệp") is not one.
  return /^[\s\-–.]*cộng\s/iu.test(v.normalize('NFC')) ? 'subtotal' : null;
}

interface BodyLine {
  row: number;
  stt: string;
  label: string;
  cells: Record<string, CellValue>;
}

/** Reads the body from the row after the number row to the total / signature / next title. */
function readBody(grid: SheetGrid, def: FormDefinition, columnOf: Record<string, number>, numberRow: number, stopAt: number) {
  const lines: BodyLine[] = [];
  const subtotals: number[] = [];
  let total: FoundForm['total'] = null;
  let lastRow = numberRow;
  const labelKey = def.columns.find((c) => c.kind === 'text')?.key ?? 'c2';
  const sttKey = def.columns.find((c) => c.kind === 'stt')?.key ?? 'c1';
  for (let r = numberRow + 1; r <= Math.min(stopAt, grid.values.length); r++) {
    const line = grid.values[r - 1] ?? [];
    const cells: Record<string, CellValue> = {};
    let filled = false;
    for (const col of def.columns) {
      const v = line[columnOf[col.key] - 1];
      cells[col.key] = v === undefined ? null : v;
      if (!isBlank(cells[col.key])) filled = true;
    }
    const kind = sumLabelKind(cells[labelKey]) ?? sumLabelKind(cells[sttKey]);
    if (kind === 'total') {
      total = { row: r, cells };
      lastRow = r;
      break;
    }
    if (kind === 'subtotal') {
      subtotals.push(r);
      continue;
    }
    // Only a line without counts can be the signature block (keeps matchKey off the data rows).
    const counted = def.columns.some((c) => c.kind === 'count' && looksNumeric(cells[c.key]));
    if (!counted && isEndRow(line)) break;
    if (!filled) continue;
    lines.push({ row: r, stt: sttText(cells[sttKey]), label: text(cells[labelKey]), cells });
    lastRow = r;
  }
  return { lines, total, lastRow, subtotals };
}

/**
 * Turns body lines into rows. A line numbered with a Roman numeral is a group heading: when
 * lines follow it before the next heading, it is their lĩnh vực (its own counts are a
 * subtotal, not added again); alone, it is a row of its own.
 */
function rowsOfBody(lines: BodyLine[], def: FormDefinition): FoundRow[] {
  const rows: FoundRow[] = [];
  const perProcedure = def.id === 'II.06a';
  let group: string | null = null;
  const isHeading = (line: BodyLine) =>
    (line.stt !== '' && ROMAN.test(line.stt) && /[IVX]/i.test(line.stt)) ||
    // II.06a: a lĩnh vực line with neither count nor reason, whatever its number.
    (perProcedure && line.label !== '' && def.columns.every((c) => c.kind !== 'count' || isBlank(line.cells[c.key])) && isBlank(line.cells.c4 ?? null));
  lines.forEach((line, i) => {
    const heading = isHeading(line);
    if (heading) {
      const next = lines[i + 1];
      const hasChildren = next !== undefined && !isHeading(next);
      if (hasChildren) {
        group = line.label;
        return;
      }
      group = null;
      rows.push({ row: line.row, field: line.label, procedure: '', cells: line.cells });
      return;
    }
    if (perProcedure) rows.push({ row: line.row, field: group ?? '', procedure: line.label, cells: line.cells });
    else rows.push({ row: line.row, field: line.label, procedure: '', cells: line.cells });
  });
  return rows;
}

interface TitleHit {
  def: FormDefinition;
  row: number;
}

/** The text cells of a row joined, for a title typed across two rows. */
function rowText(line: CellValue[] | undefined): string {
  if (!line) return '';
  return line.filter((v): v is string => typeof v === 'string' && v.trim() !== '').join(' ');
}

function titleHits(grid: SheetGrid, defs: readonly FormDefinition[]): TitleHit[] {
  const hits: TitleHit[] = [];
  const wanted = (def: FormDefinition | null) => (def ? (defs.find((d) => d.id === def.id) ?? null) : null);
  grid.values.forEach((line, i) => {
    if (!line || hits.some((h) => h.row === i)) return;
    // A title stands (nearly) alone on its row; a data row of a register is never one.
    let filled = 0;
    for (const v of line) if (v !== null && v !== '' && ++filled > MAX_TITLE_ROW_CELLS) return;
    let candidate = false;
    for (const v of line) {
      if (!mayBeTitle(v)) continue;
      candidate = true;
      const def = wanted(recognizeFormTitle(v));
      if (def) {
        hits.push({ def, row: i + 1 });
        return;
      }
    }
    if (!candidate) return;
    // A title typed across two rows: try it with the row above, then with the row below.
    const above = i > 0 && !hits.some((h) => h.row === i) ? wanted(recognizeFormTitle(`${rowText(grid.values[i - 1])} ${rowText(line)}`)) : null;
    if (above) {
      hits.push({ def: above, row: i });
      return;
    }
    const below = wanted(recognizeFormTitle(`${rowText(line)} ${rowText(grid.values[i + 1])}`));
    if (below) hits.push({ def: below, row: i + 1 });
  });
  return hits;
}

/**
 * Finds biểu II.05a and II.06a in a workbook's sheets, by title and numbered column row,
 * whatever the offsets, blank rows, cover sheets and merged headers; legacy 06a/07a codes
 * are recognised by title. Reads the header block (unit, period) and the body until the
 * "Tổng cộng" row or the signature block. Cells stay as the sheet holds them (the column
 * rules read numbers typed as text and blanks as zero). When a form appears more than once,
 * the copy for `options.period` is preferred, else the first, with a warning.
 *
 * @example
 * const { ii05a, ii06a, findings } = findForms(grids);
 * ii05a?.rows[0].field // 'Trồng trọt'
 */
export function findForms(
  grids: readonly SheetGrid[],
  definitions: readonly FormDefinition[] = FORM_DEFINITIONS,
  options: { period?: ReportPeriod } = {},
): FoundForms {
  const findings: Finding[] = [];
  const found = new Map<FormId, FoundForm[]>();
  const orphanTitles = new Map<FormId, { sheet: string; row: number }>();
  for (const grid of grids) {
    const hits = titleHits(grid, definitions);
    let boundary = 1;
    hits.forEach((hit, i) => {
      const nextTitle = hits[i + 1]?.row ?? Number.MAX_SAFE_INTEGER;
      let numberRow = 0;
      let columnOf: Record<string, number> | null = null;
      const lookTo = Math.min(hit.row + NUMBER_ROW_LOOKAHEAD, nextTitle - 1, grid.values.length);
      for (let r = hit.row + 1; r <= lookTo && !columnOf; r++) {
        columnOf = numberRowColumns(grid.values[r - 1], hit.def);
        if (columnOf) numberRow = r;
      }
      if (!columnOf) {
        if (!orphanTitles.has(hit.def.id)) orphanTitles.set(hit.def.id, { sheet: grid.name, row: hit.row });
        return;
      }
      const header = readHeaderBlock(grid, Math.max(boundary, hit.row - HEADER_LOOKBACK), numberRow - 1);
      const body = readBody(grid, hit.def, columnOf, numberRow, nextTitle - 1);
      boundary = body.lastRow + 1;
      const form: FoundForm = {
        definition: hit.def,
        sheet: grid.name,
        titleRow: hit.row,
        numberRow,
        columnOf,
        unit: header.unit,
        periodText: header.periodText,
        period: header.periodText ? periodOfHeader(header.periodText) : null,
        rows: rowsOfBody(body.lines, hit.def),
        total: body.total,
        lastRow: body.lastRow,
      };
      for (const r of body.subtotals) findings.push(warning(grid.name, r, `Dòng cộng phụ trong biểu ${hit.def.id}: không cộng vào để khỏi tính hai lần.`));
      found.set(hit.def.id, [...(found.get(hit.def.id) ?? []), form]);
    });
  }
  const result: FoundForms = { findings };
  for (const def of definitions) {
    const copies = found.get(def.id) ?? [];
    if (copies.length === 0) {
      const orphan = orphanTitles.get(def.id);
      if (orphan) {
        findings.push(
          error(orphan.sheet, orphan.row, `Có tiêu đề biểu ${def.id} nhưng không thấy dòng số thứ tự cột (1) … (${def.columns.length}) bên dưới.`),
        );
      }
      continue;
    }
    const chosen = (options.period && copies.find((f) => f.period?.code === options.period?.code)) || copies[0];
    if (copies.length > 1) {
      const where = copies.map((f) => `'${f.sheet}' dòng ${f.titleRow}`).join(', ');
      findings.push(warning(chosen.sheet, chosen.titleRow, `Có ${copies.length} biểu ${def.id} (${where}); dùng biểu ở trang tính '${chosen.sheet}', dòng ${chosen.titleRow}.`));
    }
    if (def.id === 'II.05a') result.ii05a = chosen;
    else result.ii06a = chosen;
  }
  return result;
}

/** A form's title whose "(1) … (n)" row below lacks some of the form's columns. */
export interface NumberRowGap {
  sheet: string;
  titleRow: number;
  /** The row that comes nearest to the numbered row. */
  numberRow: number;
  /** The column numbers that row lacks, ascending. */
  missing: number[];
}

/**
 * Where a form's title stands above a numbered row that lacks some of its columns ("(1) …
 * (11)" where the form needs (13)): the row holding "(1)" and most of the numbers after it in
 * order, and the numbers it lacks. A form found whole ({@link findForms}) gives none.
 *
 * @example
 * numberRowGaps([grid], II05A) // [{ sheet: 'Biểu', titleRow: 2, numberRow: 8, missing: [12, 13] }]
 */
export function numberRowGaps(grids: readonly SheetGrid[], def: FormDefinition): NumberRowGap[] {
  const gaps: NumberRowGap[] = [];
  for (const grid of grids) {
    const hits = titleHits(grid, [def]);
    hits.forEach((hit, i) => {
      const lookTo = Math.min(hit.row + NUMBER_ROW_LOOKAHEAD, (hits[i + 1]?.row ?? Number.MAX_SAFE_INTEGER) - 1, grid.values.length);
      let best: { row: number; numbers: number[] } | null = null;
      for (let r = hit.row + 1; r <= lookTo; r++) {
        const line = grid.values[r - 1];
        if (!line) continue;
        if (numberRowColumns(line, def)) return;
        const start = line.findIndex((v) => columnNumber(v) === 1);
        if (start < 0) continue;
        const numbers = [1];
        for (let c = start + 1; c < line.length; c++) {
          const n = columnNumber(line[c]);
          if (n !== null && n > numbers[numbers.length - 1] && n <= def.columns.length) numbers.push(n);
        }
        if (numbers.length >= 3 && (!best || numbers.length > best.numbers.length)) best = { row: r, numbers };
      }
      if (!best) return;
      const found = new Set(best.numbers);
      gaps.push({ sheet: grid.name, titleRow: hit.row, numberRow: best.row, missing: def.columns.map((c) => c.no).filter((n) => !found.has(n)) });
    });
  }
  return gaps;
}

