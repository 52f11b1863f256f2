import { unzipSync } from 'fflate';
import { EXCEL_MAX_COLUMN, EXCEL_MAX_ROW, type CellRange, type CellValue, type SheetGrid } from '../../core/grid';
import { parseRangeRef } from './readXlsx';
import { brokenSheetError, cutMergeToSheet } from './exceljsGuard';
import { WorkbookOpenError } from './workbookOpenError';
import { TagKind, XmlScanner } from './xmlScan';

// Plain constants: a bundler's live export binding would cost a getter call per tag.
const OPEN = TagKind.Open;
const CLOSE = TagKind.Close;
const EMPTY = TagKind.Empty;

/**
 * Reads grids straight from .xlsx bytes: unzips only the workbook, relationship, shared
 * string, style and worksheet parts and scans their XML, with no workbook model. It gives the
 * same {@link SheetGrid} as exceljs + `gridOfWorksheet` (the parity tests hold it to that),
 * including exceljs' habits: a formula whose cached result is 0 or false reads as null, a
 * hyperlinked number reads as null, cells styled with the first style are never dates.
 * Where exceljs would fail or misread, it reads the file as Excel means it (`t="d"` ISO
 * dates, `date1904="true"`, cells without `r`, namespace prefixes, overlapping merges).
 */

/** Largest number of `<c>` cells read from one sheet (a sheet of 5 million cells is no report). */
export const MAX_SHEET_CELLS = 5_000_000;


/** The bytes are a zip, but not laid out as this reader expects: the caller falls back to exceljs. */
export class UnexpectedXlsxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnexpectedXlsxError';
  }
}

interface SheetEntry {
  name: string;
  path: string;
}

const DECODER = new TextDecoder();

/** Built-in number formats exceljs knows (ids without a locale-free code are not dates to it). */
const BUILTIN_FORMATS: Record<number, string> = {
  1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/**
 * Whether a number format shows a date or time: a date/time letter outside `[...]` and quotes
 * (the rule exceljs applies, so both readers agree on which numbers are dates).
 *
 * @example
 * isDateFormat('dd/mm/yyyy hh:mm') // true
 * isDateFormat('#,##0 "ngày"')     // false
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Excel serial day → the wall-clock moment encoded as UTC, exactly as exceljs computes it. */
function excelSerialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** `_xHHHH_` escapes Excel writes for control characters in shared strings. */
function unescapeX(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** The `&…;` decoding exceljs applies a second time to `t="str"` values. */
function xmlDecodeAgain(text: string): string {
  if (!text.includes('&')) return text;
  const map: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' };
  return text.replace(/&([a-z]*);/g, (c) => map[c] ?? c);
}

/** `t="d"` cells hold an ISO date or date-time: the wall clock it names, encoded as UTC. */
function isoCellDate(text: string): Date {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?/.exec(text);
  if (!m) return new Date(NaN);
  const ms = m[7] ? Math.round(Number(m[7]) * 1000) : 0;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), ms));
}

/** Column number of a cell reference's letters ("AB12" → 28), 0 when there are none. */
function columnOfRef(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) | 32;
    if (ch < 97 || ch > 122) break;
    col = col * 26 + ch - 96;
  }
  return col;
}

/** A part as text; UTF-16 parts (a byte-order mark of FF FE / FE FF) are left to exceljs. */
function partText(parts: Record<string, Uint8Array>, name: string): string | undefined {
  const data = parts[name];
  if (!data) return undefined;
  if (data.length >= 2 && (data[0] === 0xff || data[0] === 0xfe)) throw new UnexpectedXlsxError(`${name}: UTF-16`);
  return DECODER.decode(data);
}

function resolveTarget(target: string): string {
  const t = target.trim();
  if (t.startsWith('/')) return t.slice(1);
  const parts = `xl/${t}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** The part exceljs reads for a workbook relationship's target (exceljs 4: `xl/` + the target, leading `/xl/` dropped, no `..` resolved). */
function exceljsSheetPath(target: string): string {
  return `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
}

/** Worksheet parts exceljs loads (others it leaves out of the workbook). */
const EXCELJS_SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

function oddStructure(file: string, sheet: string): WorkbookOpenError {
  return new WorkbookOpenError(
    file,
    `Tệp "${file}" có cấu trúc lạ (trang tính "${sheet}" được lưu ở vị trí mà Excel không dùng), nên có thể bị đọc sai: hãy mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi thử lại.`,
  );
}

/** Why Excel would not accept a sheet name (Excel's rule), in Vietnamese, or null. */
function sheetNameRefusal(name: string): string | null {
  if (name.trim() === '') return 'tên trống';
  if (name.length > 31) return `dài ${name.length} ký tự, Excel cho tối đa 31`;
  if (/[[\]:*?/\\]/.test(name)) return 'có ký tự [ ] : * ? / \\';
  if (name.startsWith("'") || name.endsWith("'")) return 'bắt đầu hoặc kết thúc bằng dấu nháy đơn';
  if (name.toLowerCase() === 'history') return '"History" là tên Excel dành riêng';
  return null;
}

function badSheetName(file: string, sheet: string, problem: string): WorkbookOpenError {
  return new WorkbookOpenError(
    file,
    `Tệp "${file}" có trang tính tên "${sheet}" mà Excel không cho phép (${problem}): hãy mở tệp bằng Excel, đổi tên trang tính đó rồi lưu lại.`,
  );
}

/**
 * Excel never writes a DOCTYPE; one that declares entities can make a reader invent or drop
 * text (the two readers disagree), so such a file is refused.
 */
function refuseDoctype(parts: Record<string, Uint8Array>, file: string): void {
  for (const data of Object.values(parts)) {
    // A DOCTYPE sits in the prolog, before the root element.
    const head = DECODER.decode(data.subarray(0, 4096));
    if (/<!DOCTYPE/i.test(head)) {
      throw new WorkbookOpenError(
        file,
        `Tệp "${file}" chứa khai báo DOCTYPE (định nghĩa thực thể XML), điều Excel không bao giờ ghi, nên có thể bị đọc sai: hãy mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi thử lại.`,
      );
    }
  }
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

interface Relationship {
  target: string;
  type: string;
}

function readRels(xml: string | undefined): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  if (!xml) return rels;
  const scan = new XmlScanner(xml);
  while (scan.next()) {
    if (scan.name !== 'Relationship' || scan.kind === CLOSE) continue;
    const id = scan.attr('Id');
    if (id !== undefined) rels.set(id, { target: scan.attr('Target') ?? '', type: scan.attr('Type') ?? '' });
  }
  return rels;
}

/** Shared strings as grid text; null for an `<si>` with neither text nor runs (exceljs reads `{}`). */
function readSharedStrings(xml: string | undefined): (string | null)[] {
  const out: (string | null)[] = [];
  if (!xml) return out;
  const scan = new XmlScanner(xml);
  let plain: string | undefined;
  let runs: string[] | undefined;
  let runText = '';
  let inRun = false;
  let phonetic = 0;
  while (scan.next()) {
    const { name, kind } = scan;
    if (name === 'si') {
      if (kind === EMPTY) out.push(null);
      else if (kind === OPEN) {
        plain = undefined;
        runs = undefined;
      } else out.push(plain ?? (runs ? runs.join('') : null));
    } else if (name === 'rPh') {
      if (kind === OPEN) phonetic++;
      else if (kind === CLOSE) phonetic--;
    } else if (phonetic > 0) {
      continue;
    } else if (name === 'r') {
      if (kind === OPEN) {
        inRun = true;
        runText = '';
      } else if (kind === CLOSE) {
        inRun = false;
        (runs ??= []).push(runText);
        plain = undefined;
      } else (runs ??= []).push('');
    } else if (name === 't' && kind !== CLOSE) {
      const text = unescapeX(scan.text());
      if (inRun) runText = text;
      else plain = text;
    }
  }
  return out;
}

interface Styles {
  /** Per cellXfs index: whether numbers in that style are dates. */
  dateStyle: boolean[];
}

function readStyles(xml: string | undefined): Styles {
  const dateStyle: boolean[] = [];
  if (!xml) return { dateStyle };
  const formats = new Map<number, string>();
  const scan = new XmlScanner(xml);
  let inCellXfs = false;
  let inNumFmts = false;
  let depth = 0;
  while (scan.next()) {
    const { name, kind } = scan;
    if (name === 'numFmts') {
      inNumFmts = kind === OPEN;
    } else if (inNumFmts && name === 'numFmt' && kind !== CLOSE) {
      const id = parseInt(scan.attr('numFmtId') ?? '', 10);
      const code = scan.attr('formatCode');
      if (!Number.isNaN(id) && code !== undefined) formats.set(id, code);
    } else if (name === 'cellXfs') {
      inCellXfs = kind === OPEN;
    } else if (inCellXfs && name === 'xf') {
      if (kind === CLOSE) depth--;
      else {
        if (depth === 0) {
          const id = parseInt(scan.attr('numFmtId') ?? '', 10);
          dateStyle.push(id ? isDateFormat(formats.get(id) || BUILTIN_FORMATS[id]) : false);
        }
        if (kind === OPEN) depth++;
      }
    }
  }
  return { dateStyle };
}

/** One `<c>` as read, before it is turned into a grid value. */
interface RawCell {
  ref: string | undefined;
  type: string | undefined;
  style: number;
  value: string | undefined;
  rich: string[] | undefined;
  formula: boolean;
  formulaText: string;
  shareType: string | undefined;
  shareRef: string | undefined;
  shareIndex: string | undefined;
}

/** Present-but-empty marker is `null`; an absent cell is `undefined`. */
type Slot = CellValue | undefined;

/**
 * An .xlsx file opened for reading: sheet names at once, each sheet's grid parsed on demand.
 * Throws {@link UnexpectedXlsxError} when the parts are not where an .xlsx keeps them.
 */
export class FastXlsx {
  private sharedStrings: (string | null)[] | undefined;
  private styles: Styles | undefined;

  private constructor(
    private readonly file: string,
    private readonly parts: Record<string, Uint8Array>,
    private readonly sheets: SheetEntry[],
    private readonly date1904: boolean,
    private readonly maxCells: number,
  ) {}

  /**
   * Unzips the parts a reader needs and reads the workbook's sheet list.
   *
   * @example
   * const xlsx = FastXlsx.open(bytes, 'don-vi.xlsx');
   * const grid = xlsx.readSheet(xlsx.sheetNames()[0]);
   */
  static open(bytes: Uint8Array, file: string, options: { maxCells?: number } = {}): FastXlsx {
    let parts: Record<string, Uint8Array>;
    try {
      parts = unzipSync(bytes, {
        filter: (f) =>
          f.name === 'xl/workbook.xml' ||
          f.name === 'xl/_rels/workbook.xml.rels' ||
          f.name === 'xl/sharedStrings.xml' ||
          f.name === 'xl/styles.xml' ||
          f.name.startsWith('xl/worksheets/'),
      });
    } catch (err) {
      throw new UnexpectedXlsxError(`unzip: ${err instanceof Error ? err.message : String(err)}`);
    }
    const text = (name: string) => partText(parts, name);
    refuseDoctype(parts, file);
    const workbookXml = text('xl/workbook.xml');
    if (!workbookXml) throw new UnexpectedXlsxError('no xl/workbook.xml');
    const rels = readRels(text('xl/_rels/workbook.xml.rels'));
    const sheets: SheetEntry[] = [];
    let date1904 = false;
    try {
      const scan = new XmlScanner(workbookXml);
      while (scan.next()) {
        if (scan.kind === CLOSE) continue;
        if (scan.name === 'workbookPr') {
          const flag = scan.attr('date1904');
          date1904 = flag === '1' || flag === 'true';
        } else if (scan.name === 'sheet') {
          const name = scan.attr('name');
          const rel = rels.get(scan.attr('id') ?? '');
          // Chart sheets and sheets whose part is missing have no grid (exceljs leaves them out too).
          if (name === undefined || !rel || !/\/worksheet$/.test(rel.type)) continue;
          const path = resolveTarget(rel.target);
          if (!parts[path]) continue;
          // Where exceljs would read another sheet, another name or nothing: refuse rather than guess.
          if (exceljsSheetPath(rel.target) !== path || !EXCELJS_SHEET_PART.test(path)) throw oddStructure(file, name);
          const problem = sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()) ? 'trùng tên với một trang tính khác' : sheetNameRefusal(name);
          if (problem) throw badSheetName(file, name, problem);
          sheets.push({ name, path });
        }
      }
    } catch (err) {
      if (err instanceof WorkbookOpenError) throw err;
      throw new UnexpectedXlsxError(`workbook.xml: ${err instanceof Error ? err.message : String(err)}`);
    }
    return new FastXlsx(file, parts, sheets, date1904, options.maxCells ?? MAX_SHEET_CELLS);
  }

  /** Every worksheet's name in tab order (hidden ones included). */
  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** The sheet's grid; throws `Error` for an unknown name, {@link WorkbookOpenError} past the cell cap. */
  readSheet(name: string): SheetGrid {
    const entry = this.sheets.find((s) => s.name === name);
    if (!entry) throw new Error(`readSheet: no sheet named "${name}"`);
    try {
      return this.parseSheet(entry);
    } catch (err) {
      if (err instanceof WorkbookOpenError) throw err;
      throw new UnexpectedXlsxError(`${entry.path}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private text(path: string): string | undefined {
    return partText(this.parts, path);
  }

  private parseSheet(entry: SheetEntry): SheetGrid {
    this.sharedStrings ??= readSharedStrings(this.text('xl/sharedStrings.xml'));
    this.styles ??= readStyles(this.text('xl/styles.xml'));
    const xml = this.text(entry.path) ?? '';

    // Merges and hyperlinks follow sheetData in the file but decide how its cells read.
    const dataEnd = xml.lastIndexOf('sheetData');
    const tailFrom = dataEnd < 0 ? 0 : xml.indexOf('>', dataEnd) + 1;
    const merges: CellRange[] = [];
    const linkIds = new Map<string, string>();
    const tail = new XmlScanner(xml, tailFrom);
    while (tail.next()) {
      if (tail.kind === CLOSE) continue;
      if (tail.name === 'mergeCell') {
        const range = parseRangeRef(tail.attr('ref') ?? '');
        if (range) {
          // Excel has no such cells; exceljs would read something else: refuse rather than guess.
          if (range.bottom > EXCEL_MAX_ROW || range.right > EXCEL_MAX_COLUMN) throw brokenSheetError(this.file, entry.name, `vùng gộp ô ${tail.attr('ref')}`);
          merges.push(range);
        }
      } else if (tail.name === 'hyperlink') {
        const ref = tail.attr('ref');
        const id = tail.attr('id');
        if (ref !== undefined && id !== undefined) linkIds.set(ref, id);
      }
    }
    let linked: Set<string> | undefined;
    if (linkIds.size > 0) {
      const rels = readRels(this.text(relsPathOf(entry.path)));
      linked = new Set([...linkIds].filter(([, id]) => rels.get(id)?.target).map(([ref]) => ref));
    }

    const rows: Slot[][] = [];
    let lastRow = 0;
    const sharedMasters = new Map<string, string>();
    const scan = new XmlScanner(xml, 0, dataEnd < 0 ? 0 : tailFrom);
    let rowNumber = 0;
    let prevCol = 0;
    // The sheet's last row and column as exceljsGuard counts them (any row, any cell with r).
    let sheetLastRow = 0;
    let sheetLastCol = 0;
    let cells = 0;
    let line: Slot[] | undefined;
    let cell: RawCell | undefined;
    let inIs = false;
    let inRun = false;

    const finish = (c: RawCell) => {
      const col = c.ref !== undefined ? columnOfRef(c.ref) : prevCol + 1;
      if (c.ref !== undefined && col > sheetLastCol) sheetLastCol = col;
      const hyperlink = linked !== undefined && c.ref !== undefined && linked.has(c.ref);
      // exceljs drops an unstyled cell with no value; a styled one is kept but empty.
      const empty = !c.formula && c.value === undefined && !c.rich && !hyperlink;
      if (empty && !c.style) return;
      if (col < 1 || col > EXCEL_MAX_COLUMN) throw brokenSheetError(this.file, entry.name, `ô ${c.ref ?? `cột ${col}`}`);
      prevCol = col;
      if (empty) return;
      const slot = this.cellSlot(c, hyperlink, sharedMasters);
      if (!line) line = rows[rowNumber - 1] = [];
      line[col - 1] = slot;
      lastRow = rowNumber;
    };

    while (scan.next()) {
      const { name, kind } = scan;
      if (cell) {
        if (name === 'c' && kind === CLOSE) {
          finish(cell);
          cell = undefined;
          inIs = false;
        } else if (name === 'v' && kind === OPEN) {
          cell.value = (cell.value ?? '') + scan.text();
        } else if (name === 'f' && kind !== CLOSE) {
          cell.shareType = scan.attr('t');
          cell.shareRef = scan.attr('ref');
          cell.shareIndex = scan.attr('si');
          cell.formulaText += scan.text();
          cell.formula = cell.formulaText !== '' || !!cell.shareType;
        } else if (name === 'is') {
          inIs = kind === OPEN;
        } else if (inIs && name === 'r') {
          if (kind === OPEN) {
            inRun = true;
            (cell.rich ??= []).push('');
          } else if (kind === CLOSE) inRun = false;
          else (cell.rich ??= []).push('');
        } else if (inIs && name === 't' && kind === OPEN) {
          const text = scan.text();
          if (inRun && cell.rich) cell.rich[cell.rich.length - 1] = unescapeX(text);
          else if (!cell.rich) cell.value = (cell.value ?? '') + text;
        }
        continue;
      }
      if (name === 'c' && kind !== CLOSE) {
        if (++cells > this.maxCells) throw this.tooLarge(entry);
        if (!line && rowNumber === 0) throw new Error('cell outside a row');
        const s = scan.attr('s');
        const c: RawCell = {
          ref: scan.attr('r'),
          type: scan.attr('t'),
          style: s === undefined ? 0 : parseInt(s, 10),
          value: undefined,
          rich: undefined,
          formula: false,
          formulaText: '',
          shareType: undefined,
          shareRef: undefined,
          shareIndex: undefined,
        };
        if (kind === EMPTY) finish(c);
        else cell = c;
      } else if (name === 'row' && kind !== CLOSE) {
        const r = scan.attr('r');
        rowNumber = r === undefined ? rowNumber + 1 : parseInt(r, 10);
        if (!(rowNumber >= 1 && rowNumber <= EXCEL_MAX_ROW)) throw brokenSheetError(this.file, entry.name, `dòng số ${r ?? rowNumber}`);
        if (rowNumber > sheetLastRow) sheetLastRow = rowNumber;
        prevCol = 0;
        line = rows[rowNumber - 1];
      } else if (name === 'row') {
        line = undefined;
      }
    }

    // Merged cells other than the master read as empty; a merge spanning rows keeps them in the grid.
    // Rows visited count against the cell cap, so stacked sheet-high merges cannot stall the reader.
    let visited = cells;
    // Cut as exceljs gets them (see cutMergeToSheet): a whole-column merge is not a million rows.
    for (let i = 0; i < merges.length; i++) merges[i] = cutMergeToSheet(merges[i], sheetLastRow, sheetLastCol);
    for (const m of merges) {
      if (m.bottom > m.top || m.right > m.left) lastRow = Math.max(lastRow, m.bottom);
      const last = Math.min(m.bottom, rows.length);
      visited += Math.max(0, last - m.top + 1);
      if (visited > this.maxCells) throw this.tooLarge(entry);
      for (let r = m.top; r <= last; r++) {
        const row = rows[r - 1];
        if (!row) continue;
        const to = Math.min(m.right, row.length);
        for (let c = m.left; c <= to; c++) if (r > m.top || c > m.left) row[c - 1] = undefined;
      }
    }
    merges.sort((a, b) => a.top - b.top || a.left - b.left);

    const values: CellValue[][] = new Array(lastRow);
    for (let r = 0; r < lastRow; r++) {
      const row = rows[r];
      if (!row) {
        values[r] = [];
        continue;
      }
      let length = row.length;
      while (length > 0 && row[length - 1] === undefined) length--;
      const out: CellValue[] = new Array(length);
      for (let c = 0; c < length; c++) out[c] = row[c] ?? null;
      values[r] = out;
    }
    return { name: entry.name, values, merges };
  }

  private tooLarge(entry: SheetEntry): WorkbookOpenError {
    return new WorkbookOpenError(this.file, `Trang tính "${entry.name}" của tệp "${this.file}" có hơn ${this.maxCells.toLocaleString('vi-VN')} ô: quá lớn để đọc. Hãy xoá các dòng, cột thừa (nhấn Ctrl+End để tìm ô cuối) rồi lưu lại.`);
  }

  /** A cell's grid value, null when present but empty, undefined when exceljs drops the cell. */
  private cellSlot(c: RawCell, hyperlink: boolean, sharedMasters: Map<string, string>): CellValue {
    const isDate = c.style ? (this.styles as Styles).dateStyle[c.style] === true : false;
    if (c.formula) {
      let result: CellValue | { error: string } | undefined;
      if (c.value) {
        if (c.type === 'str') result = xmlDecodeAgain(c.value);
        else if (c.type === 'b') result = parseInt(c.value, 10) !== 0;
        else if (c.type === 'e') result = { error: c.value };
        else result = parseFloat(c.value);
        if (isDate) result = excelSerialToDate(Number(result), this.date1904);
      }
      let hasFormula = c.formulaText !== '';
      if (c.shareType === 'shared') {
        if (c.shareRef) {
          if (c.shareIndex !== undefined && c.ref !== undefined) sharedMasters.set(c.shareIndex, c.ref);
        } else {
          hasFormula ||= c.shareIndex !== undefined && !!sharedMasters.get(c.shareIndex);
        }
      }
      if (hyperlink) return linkText(result);
      // exceljs keeps only a truthy cached result: 0, false and NaN read as no result.
      if (!hasFormula || !result) return null;
      return typeof result === 'object' && !(result instanceof Date) ? result.error : result;
    }
    let value: CellValue | { error: string } | undefined;
    if (c.rich) value = c.rich.join('');
    else if (c.value !== undefined) {
      switch (c.type) {
        case 's': {
          const text = (this.sharedStrings as (string | null)[])[parseInt(c.value, 10)];
          if (text === undefined) throw new Error(`shared string ${c.value} missing`);
          value = text;
          break;
        }
        case 'str':
          value = xmlDecodeAgain(c.value);
          break;
        case 'inlineStr':
          value = c.value;
          break;
        case 'b':
          value = parseInt(c.value, 10) !== 0;
          break;
        case 'e':
          value = { error: c.value };
          break;
        case 'd':
          value = isoCellDate(c.value);
          break;
        default: {
          const n = parseFloat(c.value);
          value = isDate ? excelSerialToDate(n, this.date1904) : n;
        }
      }
    } else {
      return null; // a hyperlink on an empty cell
    }
    if (hyperlink) return linkText(value);
    return value !== null && typeof value === 'object' && !(value instanceof Date) ? value.error : value;
  }
}

/** exceljs reads a hyperlinked cell through its text: strings, dates and errors show, numbers and booleans do not. */
function linkText(value: CellValue | { error: string } | undefined): CellValue {
  if (typeof value === 'string' || value instanceof Date) return value;
  if (value && typeof value === 'object') return value.error;
  return null;
}
