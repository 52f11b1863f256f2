import { columnLetter, EXCEL_MAX_TEXT, type CellRange, type CellValue, type SheetGrid } from '../grid';
import { warning, type Finding } from '../findings';
import { headerLabelOf, isColumnNumbersRow } from '../plan/headerLabels';
import { sttKindOf } from '../plan/sttKind';
import { matchKey, normalizeText } from '../text/normalize';
import { readTitleBlock, type DocumentHeading } from './documentHeading';
import type { WordBlock, WordDocument, WordTable } from './wordDocument';
import { wordTableGrid, type WordTableGrid } from './wordTableGrid';

/** The plan's sheet as read from a Word document, with where its table sits. */
export interface WordPlanSheet {
  /**
   * The sheet an officer would get by pasting the document's title block and appendix table
   * into Excel: the title block's lines, the appendix's own heading lines, then the table with
   * its merged cells. Read it with `readPlanTable([grid])`.
   */
  grid: SheetGrid;
  heading: DocumentHeading;
  table: {
    /** First and last grid row of the table. */
    top: number;
    bottom: number;
    columns: number;
    /** Grid column widths in twips (0 where the document gives none). */
    widths: number[];
    /** Grid rows marked in Word to repeat as the header on each page. */
    repeatedHeaderRows: number[];
  };
  /** How many Word tables were joined into the appendix (an appendix split at page breaks). */
  tablesJoined: number;
  /** What the officer should know about the choice (other plan-like tables left out). */
  findings: Finding[];
}

/** Name of the sheet the appendix is read into (and written to, in the pane). */
export const APPENDIX_SHEET = 'Phụ lục';

/** Rows of a table searched for its header (a title row or two may sit above it inside the table). */
const HEADER_SEARCH_ROWS = 6;
/** Lines before the table searched back for the appendix's own heading ("PHỤ LỤC …"). */
const APPENDIX_HEADING_LINES = 8;

interface Candidate {
  index: number;
  grid: WordTableGrid;
  /** 0-based rows: the header's first and last row (a second header row and a "(1) (2) …" row included). */
  header: [number, number] | null;
  /** The header's rows of labels (without the numbering row), as match keys: equal for a repeated header. */
  signature: string;
}

function labelsOf(line: readonly string[] | undefined): Set<string> {
  const labels = new Set<string>();
  for (const text of line ?? []) {
    if (text.length > 80) continue;
    const label = headerLabelOf(text);
    if (label) labels.add(label);
  }
  return labels;
}

/**
 * The header of a table: a row naming a task column and, in it or the row under it, a lead
 * column; its last label row, then its last row with a "(1) (2) …" row under it.
 */
function findHeader(grid: WordTableGrid): { rows: [number, number]; labelsEnd: number } | null {
  const rows = grid.values;
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, rows.length); r++) {
    const top = labelsOf(rows[r]);
    if (!top.has('content')) continue;
    const below = labelsOf(rows[r + 1]);
    const leadBelow = below.has('lead') || below.has('support') || (below.has('timingStart') && below.has('timing'));
    if (!top.has('lead') && !top.has('unitGroup') && !below.has('lead')) continue;
    const labelsEnd = leadBelow ? r + 1 : r;
    const last = rows[labelsEnd + 1] && isColumnNumbersRow(rows[labelsEnd + 1]) ? labelsEnd + 1 : labelsEnd;
    return { rows: [r, last], labelsEnd };
  }
  return null;
}

function signatureOf(grid: WordTableGrid, header: { rows: [number, number]; labelsEnd: number } | null): string {
  if (!header) return '';
  const texts: string[] = [];
  for (let r = header.rows[0]; r <= header.labelsEnd; r++) for (const t of grid.values[r]) if (t.trim() !== '') texts.push(matchKey(t));
  return texts.join('|');
}

function linesOf(block: WordBlock): string[] {
  const texts = block.kind === 'paragraph' ? [block.text] : block.rows.flatMap((row) => row.cells.map((c) => c.text));
  return texts.flatMap((t) => normalizeText(t).split('\n')).filter((l) => l !== '');
}

/** The non-empty lines of the blocks, and for each whether it came from a table. */
function linesOfBlocks(blocks: readonly WordBlock[]): { lines: string[]; inTable: boolean[] } {
  const lines: string[] = [];
  const inTable: boolean[] = [];
  for (const block of blocks) {
    for (const line of linesOf(block)) {
      lines.push(line);
      inTable.push(block.kind === 'table');
    }
  }
  return { lines, inTable };
}

/**
 * A cell's value as Excel's paste gives it: empty is null; a plain whole number (an STT "7")
 * is a number; anything else stays text (dates and years too: "2026", "31/12/2025" are read
 * as the plan's timing texts, never turned into date serials).
 */
function cellValueOf(text: string): CellValue {
  if (text === '') return null;
  return /^[1-9]\d{0,2}$/.test(text) ? Number(text) : text;
}

const isBlank = (block: WordBlock) => block.kind === 'paragraph' && block.text.trim() === '';

/** Rows of the table whose cell in one of its first three columns is a task number ("1", "2." …), in the best such column. */
function numberedRows(grid: WordTableGrid): number {
  let most = 0;
  for (let c = 0; c < Math.min(3, grid.columnCount); c++) {
    let n = 0;
    for (const line of grid.values) if (sttKindOf(line[c] ?? '').kind === 'task') n++;
    most = Math.max(most, n);
  }
  return most;
}

/**
 * The appendix's tables: of the tables whose header names a task column and a lead column
 * (§13), those with the same header as the first, plus tables without a header that follow
 * one of them across nothing but empty paragraphs and have as many columns (a table split at
 * a page break). When tables with different headers qualify, the group with the most rows
 * wins. Letterhead, recipients, signature and contents tables never qualify. Where no table's
 * header is known, the longest table with a column of task numbers is the appendix.
 */
function appendixTables(blocks: readonly WordBlock[]): { members: Candidate[]; others: number } | null {
  const candidates: Candidate[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== 'table') return;
    const grid = wordTableGrid(block as WordTable);
    const header = findHeader(grid);
    candidates.push({ index, grid, header: header?.rows ?? null, signature: signatureOf(grid, header) });
  });
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (!c.header) continue;
    const group = groups.get(c.signature) ?? [];
    group.push(c);
    groups.set(c.signature, group);
  }
  const rowsOf = (group: Candidate[]) => group.reduce((n, c) => n + c.grid.values.length, 0);
  let best: Candidate[] | null = null;
  for (const group of groups.values()) if (!best || rowsOf(group) > rowsOf(best)) best = group;
  if (!best) {
    // No header the reader knows (SPEC §12 "No header found"): the longest table with a column of
    // task numbers; the plan reader then reads it by its shape, as the same table pasted into Excel.
    const numbered = candidates.filter((c) => c.grid.columnCount >= 3 && numberedRows(c.grid) >= 3);
    if (numbered.length === 0) return null;
    best = [numbered.reduce((a, b) => (b.grid.values.length > a.grid.values.length ? b : a))];
  }
  const chosen = best;

  // Header-less tables right after a member (only empty paragraphs between) continue it.
  const members: Candidate[] = [];
  const byIndex = new Map(candidates.map((c) => [c.index, c]));
  for (const first of chosen) {
    if (members.includes(first)) continue;
    members.push(first);
    let last = first;
    for (let i = first.index + 1; i < blocks.length; i++) {
      if (isBlank(blocks[i])) continue;
      const next = byIndex.get(i);
      if (!next || next.header || next.grid.columnCount !== last.grid.columnCount) break;
      members.push(next);
      last = next;
    }
  }
  members.sort((a, b) => a.index - b.index);
  return { members, others: groups.size - 1 };
}

/**
 * The lines of the appendix's own heading: back from the table to the last "PHỤ LỤC …" line
 * (at most a few lines), never into the title block.
 */
function appendixHeading(lines: readonly string[], from: number): string[] {
  const start = Math.max(from, lines.length - APPENDIX_HEADING_LINES);
  for (let i = lines.length - 1; i >= start; i--) {
    if (/^phu luc\b/.test(matchKey(lines[i]))) return lines.slice(i);
  }
  return [];
}

function tooLongCellMessage(col: number, length: number): string {
  return `Ô ${columnLetter(col)} dài ${length} ký tự, quá 32 767 ký tự Excel chứa được trong một ô: khi ghi bảng vào trang tính, nội dung ô được cắt bớt (kết thúc bằng "…"). Nếu cần đủ nội dung, hãy rút gọn ô này trong văn bản Word.`;
}

/**
 * Reads a Word document's plan (SPEC §13) into the sheet a paste into Excel gives: picks the
 * appendix table (the one whose header names a task column and a lead column; tables before
 * it — letterhead, recipients and signature block, contents — are left out), joins an
 * appendix split into several tables (each repeating its header, or a header-less table right
 * after), and puts above it the document's title block (issuing body, number, date, kind and
 * title: where the plan reader looks for the title, the year and the issuer) and the
 * appendix's own heading. Null when no table names a task column and a lead column.
 *
 * @example
 * const sheet = wordPlanSheet(document);
 * readPlanTable([sheet.grid]).plan?.tasks.length
 */
export function wordPlanSheet(doc: WordDocument, options: { sheetName?: string } = {}): WordPlanSheet | null {
  const found = appendixTables(doc.blocks);
  if (!found) return null;
  const { members, others } = found;
  const name = options.sheetName ?? APPENDIX_SHEET;

  const { lines: before, inTable } = linesOfBlocks(doc.blocks.slice(0, members[0].index));
  const block = readTitleBlock(before, { extra: before.slice(-APPENDIX_HEADING_LINES), inTable });
  // A file holding only the appendix: its "(Kèm theo …)" lines under the title belong to the heading too.
  const appendixOnly = /^phu luc\b/.test(matchKey(block.heading.kind ?? ''));
  const appendixLines = appendixOnly ? before.slice(block.consumed, block.consumed + APPENDIX_HEADING_LINES) : appendixHeading(before, block.consumed);

  const values: CellValue[][] = [];
  for (const row of block.rows) values.push([row]);
  if (appendixLines.length > 0) {
    if (values.length > 0) values.push([]);
    for (const line of appendixLines) values.push([line]);
  }
  if (values.length > 0) values.push([]);

  const top = values.length + 1;
  const merges: CellRange[] = [];
  const repeatedHeaderRows: number[] = [];
  const columns = Math.max(...members.map((m) => m.grid.columnCount));
  members.forEach((member, k) => {
    // A later table's own header (and anything above it inside the table) repeats the first's: left out.
    const skip = k > 0 && member.header ? member.header[1] + 1 : 0;
    const offset = values.length - skip;
    member.grid.values.slice(skip).forEach((line, i) => {
      values.push(line.map(cellValueOf));
      if (member.grid.headerRows[skip + i] && k === 0) repeatedHeaderRows.push(values.length);
    });
    for (const m of member.grid.merges) {
      if (m.top <= skip) continue;
      merges.push({ top: m.top + offset, left: m.left, bottom: m.bottom + offset, right: m.right });
    }
  });
  const first = members[0].grid;
  const widths = Array.from({ length: columns }, (_, c) => first.widths[c] ?? 0);

  const findings: Finding[] = [];
  if (others > 0) {
    findings.push(
      warning(name, null, `Văn bản Word còn ${others} bảng khác có cột nhiệm vụ và cột chủ trì (tiêu đề khác bảng đang đọc): đã đọc bảng có nhiều dòng nhất. Nếu cần bảng khác, hãy chép bảng đó sang Excel.`),
    );
  }
  // Said here, where the officer first sees the plan: writing the sheet cuts such a cell (as fitToExcel does).
  values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (typeof v === 'string' && v.length > EXCEL_MAX_TEXT) findings.push(warning(name, r + 1, tooLongCellMessage(c + 1, v.length)));
    }),
  );
  return {
    grid: { name, values, merges },
    heading: block.heading,
    table: { top, bottom: values.length, columns, widths, repeatedHeaderRows },
    tablesJoined: members.length,
    findings,
  };
}
