import { cellAt, type CellValue, type SheetGrid } from '../grid';
import { warning, type Finding } from '../findings';
import { cellText, matchKey } from '../text/normalize';
import type { PlanLayout } from './model';
import { rowSlice } from './locateTable';
import { headerLabelOf, isColumnNumbersRow } from './headerLabels';
import { MergedCells, type TableCell } from './mergedCells';
import { codeKindOf, sttKindOf, type SttKind } from './sttKind';
import { startsNewDeliverable, startsWithBullet } from './continuation';

/**
 * Stage 3 of reading a plan (SPEC §1, §11, §12 "Layouts"): what each row under the header is. One
 * pass, linear in rows; every decision is a kind with the rule that made it, so a wrong reading
 * can be traced to its row and rule. Word merges, PDF page splits and task-system exports differ
 * only in the evidence a row carries (merged cells, a repeated header above, its own cells), not
 * in code paths.
 */

/** One table row, cells read through the merge index. */
export interface RowCells {
  row: number;
  stt: TableCell;
  content: TableCell;
  result: TableCell;
  lead: TableCell;
  support: TableCell;
  timing: TableCell;
  override: TableCell | null;
  status: TableCell;
  done: TableCell;
}

/** What a row is, and the rule that says so. */
export type RowKind =
  /** No text at all, or text only in the table's other columns. */
  | { kind: 'blank' }
  /** The header again: a page break (PDF), a header under each section, a further table. */
  | { kind: 'repeated-header' }
  /** The second header row or the "(1) (2) …" row of a repeated header. */
  | { kind: 'header-tail' }
  /** A title merged across the lead column without a code (Word): no task. */
  | { kind: 'banner' }
  /** The title of a further table of the same appendix, with its header just below. */
  | { kind: 'table-title' }
  /** After blank rows, a row without STT: the text under the table; reading stops here. */
  | { kind: 'end'; blanks: number }
  | { kind: 'section'; code: string; level: 'letter' | 'section'; title: string }
  /** A numbered heading followed by rows numbered under it ("5.1" then "5.1.1"). */
  | { kind: 'group'; code: string; title: string }
  | { kind: 'task'; no: number; label: string }
  /** The task's STT written again with the same text (filled instead of merged): its next deliverable. */
  | { kind: 'task-repeat'; label: string }
  /** A task row without STT right under a heading: a task of its own, numbered by its place. */
  | { kind: 'positional-task' }
  /** After a repeated header, no task yet: the rest of the heading's title. */
  | { kind: 'heading-rest' }
  /** Text that belongs to no task. */
  | { kind: 'orphan' }
  /** A row of different work under the task (own task text with own lead, or own lead/timing/result): its own deliverable. */
  | { kind: 'further'; why: 'own-task' | 'own-cells' }
  /** Under a merged STT, Kết quả (or its units) merged over this row too: more lines of the same deliverable. */
  | { kind: 'merged-lines'; pastedParagraph: boolean }
  /** Under a merged STT, a row with its own Kết quả: the task's next deliverable. */
  | { kind: 'merged-deliverable' }
  /** The first row after a repeated header: the rest of the row the page break split. */
  | { kind: 'split-rest' }
  /** After a page break, a Kết quả that starts a new sentence: a new deliverable, the task text still continuing. */
  | { kind: 'split-new-deliverable' }
  /** No STT, no lead, timing or result of its own: its text continues the task's cells. */
  | { kind: 'continuation' }
  /** No STT, its own Kết quả (no lead or timing of its own): the task's next deliverable. */
  | { kind: 'result-deliverable' };

/** A row of the body with its kind. */
export type ClassifiedRow = RowKind & { row: number };

/** The rows of a table, classified, and the last row that belongs to it. */
export interface ClassifiedTable {
  rows: ClassifiedRow[];
  lastRow: number;
  /** Findings about rows that name no task (the tasks' own come from stage 4). */
  findings: Finding[];
  /** A row's table cells through the merges (read again on demand: 100 000 rows of cells are not kept). */
  cellsOf(row: number): RowCells;
}

const NO_CELL: TableCell = { value: null, text: '', mergedFrom: null };

/** Text of a cell the row itself holds (a cell under a merge from above holds nothing of its own). */
export function own(cell: TableCell): string {
  return cell.mergedFrom === null ? cell.text : '';
}

// "1. Rà soát …": a task number and the task's text in one cell.
const NUMBERED_TEXT = /^(\d{1,3}(?:\.\d{1,2})*)[.)]\s+(\S[\s\S]{2,})$/;

/**
 * A task row whose number and text share the STT cell while the task cell is empty (a PDF
 * converter joined the two columns): the number and the text apart, as if in their columns.
 * Only a row with its own lead or timing (a numbered title over a further table has neither).
 */
function withNumberedText(rc: RowCells): RowCells | null {
  if (rc.stt.mergedFrom !== null || rc.content.mergedFrom !== null || rc.content.text !== '') return null;
  if (own(rc.lead) === '' && own(rc.timing) === '') return null;
  const m = NUMBERED_TEXT.exec(rc.stt.text);
  if (!m) return null;
  return { ...rc, stt: { value: m[1], text: m[1], mergedFrom: null }, content: { value: m[2], text: m[2], mergedFrom: null } };
}

/** Letters that follow a letter section and are also Roman numerals: "H." then "I." is the next letter. */
const NEXT_LETTER: Readonly<Record<string, string>> = { H: 'I', U: 'V', W: 'X' };

/**
 * Classifies the rows under a table's header (SPEC §1, §11, §12).
 *
 * @example
 * classifyRows(grid, { headerRows: [1, 1], columns, lastColumn: 6 }).rows.map((r) => r.kind) // ['section', 'task', 'further', …]
 */
export function classifyRows(grid: SheetGrid, layout: Pick<PlanLayout, 'headerRows' | 'columns' | 'lastColumn'>): ClassifiedTable {
  const { columns } = layout;
  const tableColumns = [columns.stt, columns.content, columns.result, columns.lead, columns.support, columns.timing, columns.override, columns.status ?? null, columns.done ?? null].filter(
    (c): c is number => c !== null,
  );
  const cells = new MergedCells(grid, tableColumns);
  const cellOf = (row: number, col: number | null): TableCell => (col === null ? NO_CELL : cells.at(row, col));
  // Rows whose task text is merged across the lead column: a heading written without a code (Word layout).
  // Wherever the columns stand (SPEC §12): a one-row merge over both the task text and the lead.
  const bannerRows = new Set<number>();
  const leadOrNext = columns.lead ?? columns.content + 1;
  const [spanFrom, spanTo] = [Math.min(columns.content, leadOrNext), Math.max(columns.content, leadOrNext)];
  for (const m of grid.merges) if (m.top === m.bottom && m.left <= spanFrom && m.left !== columns.stt && m.right >= spanTo) bannerRows.add(m.top);
  // Columns of the table that feed no role ("Nguồn kinh phí", "Ghi chú" …): their text alone makes a page-split rest.
  const extraColumns: number[] = [];
  for (let c = 1; c <= layout.lastColumn; c++) if (!tableColumns.includes(c)) extraColumns.push(c);

  const findings: Finding[] = [];
  const warn = (row: number, message: string) => findings.push(warning(grid.name, row, message));
  const out: ClassifiedRow[] = [];

  const readRow = (row: number): RowCells => {
    const rc: RowCells = {
      row,
      stt: cells.at(row, columns.stt),
      content: cells.at(row, columns.content),
      result: cellOf(row, columns.result),
      lead: cellOf(row, columns.lead),
      support: cellOf(row, columns.support),
      timing: cellOf(row, columns.timing),
      override: columns.override === null ? null : cells.at(row, columns.override),
      status: cellOf(row, columns.status ?? null),
      done: cellOf(row, columns.done ?? null),
    };
    return withNumberedText(rc) ?? rc;
  };

  // Reading state: only what the rules below look at.
  let letter: string | null = null;
  /** Whether the current letter section holds Roman sections, and whether the letters above did. */
  let romanUnderLetter = false;
  let lettersHadRoman = false;
  let hasSection = false;
  let group: string | null = null;
  let task: { label: string; contentKey: string } | null = null;
  /** First row of the current deliverable (Word: a cell merged from at or below it belongs to it). */
  let deliverableTop = 0;
  /** The last piece of the current deliverable's Kết quả (PDF: a capital after a "." starts a new one). */
  let resultTail = '';
  let afterBreak = false;
  let inHeader = false;
  let blankRun = 0;
  let lastRow = layout.headerRows[1];

  const startDeliverable = (rc: RowCells) => {
    deliverableTop = rc.row;
    resultTail = own(rc.result);
  };
  const extendResult = (piece: string) => {
    if (piece !== '') resultTail = piece;
  };

  /** The next row below `row` whose STT cell holds something of its own, read as an STT. */
  const nextStt = (row: number): SttKind | null => {
    for (let r = row + 1; r <= grid.values.length; r++) {
      const stt = cells.at(r, columns.stt);
      if (stt.mergedFrom !== null || stt.text === '') continue;
      return columns.sttCodes ? codeKindOf(stt.value, 0) : sttKindOf(stt.value);
    }
    return null;
  };
  // A column of task codes (a task system without STT): each code is the next task.
  let codes = 0;
  const sttOf = (value: CellValue): SttKind => {
    if (!columns.sttCodes) return sttKindOf(value);
    const kind = codeKindOf(value, codes + 1);
    if (kind.kind === 'task') codes++;
    return kind;
  };

  /**
   * A section heading written in the task column with the STT cell empty ("II. CÔNG BỐ, CÔNG KHAI
   * TTHC"): a code and a title, nothing else in the row. Never the rest of the task above.
   */
  const headingInContent = (rc: RowCells): SttKind | null => {
    if (own(rc.stt) !== '' || [rc.lead, rc.support, rc.timing, rc.result].some((c) => own(c) !== '')) return null;
    const text = own(rc.content);
    // Code, a dot (colon, bracket, dash), then the title: "A Lưới …" carrying on a task's text is no heading.
    if (text.length > 300 || !/^(?:[IVXLC]+|[A-Z])\s*[.:)-]\s*\S/.test(text)) return null;
    const kind = sttKindOf(text);
    return kind.kind === 'section' && kind.title !== null ? kind : null;
  };

  /** A numbered row with no lead, timing or result, followed by rows numbered under it ("5.1" then "5.1.1"). */
  const isGroupHeading = (label: string, rc: RowCells) => {
    if (own(rc.lead) !== '' || own(rc.timing) !== '' || own(rc.result) !== '' || own(rc.content) === '') return false;
    const next = nextStt(rc.row);
    return next !== null && next.kind === 'task' && next.label.startsWith(`${label}.`);
  };

  // The STT cell is tested first and only when short: matching every long Nội dung would cost.
  const isShortLabel = (cell: TableCell, labels: readonly string[]) =>
    typeof cell.value === 'string' && cell.value.length <= 80 && labels.includes(headerLabelOf(cell.value) ?? '');
  // The table's own header words, for a repeat of a header the reader has no label for (SPEC §12 "No header found").
  const headerKey = (col: number | null) => (col === null ? '' : matchKey(cellText(cellAt(grid, layout.headerRows[0], col))));
  const [sttHeader, contentHeader, leadHeader] = [headerKey(columns.stt), headerKey(columns.content), headerKey(columns.lead)];
  const repeatsHeader = (rc: RowCells) =>
    contentHeader !== '' &&
    // Header cells are short: a task's text is never compared.
    own(rc.content).length <= 80 &&
    matchKey(own(rc.content)) === contentHeader &&
    ((sttHeader !== '' && matchKey(own(rc.stt)) === sttHeader) || (leadHeader !== '' && matchKey(own(rc.lead)) === leadHeader));
  const isRepeatedHeader = (rc: RowCells) =>
    (isShortLabel(rc.content, ['content']) &&
      ((rc.stt.mergedFrom === null && isShortLabel(rc.stt, ['stt'])) || (rc.lead.mergedFrom === null && isShortLabel(rc.lead, ['lead', 'unitGroup'])))) ||
    repeatsHeader(rc);
  const headerWithin = (row: number, rows: number) => {
    for (let r = row + 1; r <= Math.min(row + rows, grid.values.length); r++) if (isRepeatedHeader(readRow(r))) return true;
    return false;
  };
  /**
   * A row of text only (no lead, result or timing) after a blank row, or a long title in the
   * STT column ("2. Các nhiệm vụ về chuyển đổi số …"), with a header right under it.
   */
  const isTableTitle = (rc: RowCells, kind: SttKind | { kind: 'merged' }, blanks: number) =>
    (kind.kind === 'empty' || kind.kind === 'other') &&
    (blanks > 0 || (kind.kind === 'other' && kind.text.length > 12)) &&
    own(rc.lead) === '' &&
    own(rc.result) === '' &&
    own(rc.timing) === '' &&
    headerWithin(rc.row, 3);
  const isHeaderTail = (rc: RowCells) =>
    (own(rc.stt) === '' && (headerLabelOf(rc.lead.value) === 'lead' || headerLabelOf(rc.support.value) === 'support')) ||
    isColumnNumbersRow(rowSlice(grid, rc.row, layout.lastColumn));
  const hasExtraText = (row: number) => extraColumns.some((c) => own(cells.at(row, c)) !== '');
  /** The first text of a row in the table's other columns. */
  const rowText = (row: number) => extraColumns.map((c) => own(cells.at(row, c))).find((t) => t !== '');

  const push = (kind: RowKind, rc: RowCells) => {
    const classified = kind as ClassifiedRow;
    classified.row = rc.row;
    out.push(classified);
  };

  for (let r = layout.headerRows[1] + 1; r <= grid.values.length; r++) {
    const rc = readRow(r);
    const texts = [own(rc.stt), own(rc.content), own(rc.result), own(rc.lead), own(rc.support), own(rc.timing)];
    if (texts.every((t) => t === '')) {
      // SPEC §12: the rest of a split row may hold text only in an extra column ("Nguồn kinh phí"): still the rest.
      if (afterBreak && task !== null && hasExtraText(r)) {
        afterBreak = false;
        blankRun = 0;
        lastRow = r;
        push({ kind: 'split-rest' }, rc);
        continue;
      }
      blankRun++;
      continue;
    }
    if (isRepeatedHeader(rc)) {
      // A page break of the PDF layout: the next row may be the rest of a split row.
      afterBreak = hasSection || task !== null;
      inHeader = true;
      blankRun = 0;
      lastRow = r;
      push({ kind: 'repeated-header' }, rc);
      continue;
    }
    if (inHeader && isHeaderTail(rc)) {
      lastRow = r;
      push({ kind: 'header-tail' }, rc);
      continue;
    }
    inHeader = false;
    const kind: SttKind | { kind: 'merged' } = rc.stt.mergedFrom !== null ? { kind: 'merged' } : (headingInContent(rc) ?? sttOf(rc.stt.value));
    if (kind.kind === 'empty' && bannerRows.has(r) && blankRun < 2) {
      // Not a task's text: joined to the task above it would change that task.
      warn(r, `Dòng tiêu đề không có STT (gộp ngang qua cột Chủ trì): không phải nhiệm vụ, không nối vào nhiệm vụ phía trên.`);
      blankRun = 0;
      lastRow = r;
      task = null;
      push({ kind: 'banner' }, rc);
      continue;
    }
    // The title of a further table of the same appendix, with its own header just below: one plan (SPEC §11).
    if (isTableTitle(rc, kind, blankRun)) {
      blankRun = 0;
      lastRow = r;
      push({ kind: 'table-title' }, rc);
      continue;
    }
    // Blank rows then a row with no STT of its own: the text under the table (signatures, notes).
    if (blankRun >= 2 && (kind.kind === 'empty' || kind.kind === 'other' || kind.kind === 'item')) {
      warn(r, `Sau ${blankRun} dòng trống, dòng này không có STT: coi là hết bảng kế hoạch, từ đây trở xuống không đọc.`);
      push({ kind: 'end', blanks: blankRun }, rc);
      break;
    }
    blankRun = 0;
    lastRow = r;
    const wasAfterBreak = afterBreak;
    afterBreak = false;

    if (kind.kind === 'section') {
      // The title is the row's text, in the task column or wherever a merge across the row put it.
      const title = kind.title ?? (own(rc.content) || texts.find((t, i) => i > 0 && t !== '') || rowText(r) || '');
      // SPEC §12: letter sections run on ("H." then "I." is the next letter, not Roman I under H),
      // unless the letters above held Roman sections and this one has none yet (its first, "I").
      const nextLetter = kind.level === 'section' && letter !== null && NEXT_LETTER[letter] === kind.code;
      const level = nextLetter && (romanUnderLetter || !lettersHadRoman) ? 'letter' : kind.level;
      if (level === 'letter') {
        lettersHadRoman ||= romanUnderLetter;
        romanUnderLetter = false;
        letter = kind.code;
      } else if (letter !== null) romanUnderLetter = true;
      hasSection = true;
      group = null;
      task = null;
      push({ kind: 'section', code: kind.code, level, title }, rc);
      continue;
    }
    if (kind.kind === 'task') {
      const content = own(rc.content);
      if (task && task.label === kind.label && (content === '' || matchKey(content) === task.contentKey)) {
        push({ kind: 'task-repeat', label: kind.label }, rc);
        startDeliverable(rc);
      } else if (isGroupHeading(kind.label, rc)) {
        group = kind.label;
        task = null;
        push({ kind: 'group', code: kind.label, title: content }, rc);
      } else {
        if (group && !kind.label.startsWith(`${group}.`)) group = null;
        task = { label: kind.label, contentKey: matchKey(content) };
        push({ kind: 'task', no: kind.no, label: kind.label }, rc);
        startDeliverable(rc);
      }
      continue;
    }
    if (kind.kind === 'other') {
      warn(r, `STT "${kind.text}" không phải số nhiệm vụ hay mã mục La Mã: đọc như dòng không có STT.`);
    }
    const ownTask = own(rc.content) !== '' && own(rc.lead) !== '';
    if (!task && hasSection && kind.kind === 'empty' && !wasAfterBreak && ownTask) {
      task = { label: '', contentKey: matchKey(own(rc.content)) };
      push({ kind: 'positional-task' }, rc);
      startDeliverable(rc);
      continue;
    }
    if (!task) {
      if ((hasSection || group !== null) && wasAfterBreak && kind.kind !== 'merged') {
        push({ kind: 'heading-rest' }, rc);
      } else {
        warn(r, `Có chữ nhưng không có STT và không thuộc nhiệm vụ nào: bỏ qua dòng này.`);
        push({ kind: 'orphan' }, rc);
      }
      continue;
    }
    if (kind.kind === 'merged' && own(rc.content) !== '' && (own(rc.lead) !== '' || own(rc.result) !== '' || own(rc.timing) !== '')) {
      // The original merged STT over rows of different work: this row's own task text and its
      // own lead (or result, timing under a merged lead) make a further deliverable (SPEC §11).
      push({ kind: 'further', why: 'own-task' }, rc);
      startDeliverable(rc);
      continue;
    }
    if (kind.kind === 'merged') {
      // Word layout: the STT cell is merged down across the task's deliverable rows.
      const within = (cell: TableCell) => cell.mergedFrom !== null && cell.mergedFrom >= deliverableTop;
      const result = own(rc.result);
      // Excel pastes each paragraph of a Word cell on its own row and merges the one-paragraph
      // cells down: a bullet under the same merged Chủ trì and Phối hợp is a line of the same Kết quả.
      const pastedParagraph = !within(rc.result) && within(rc.lead) && within(rc.support) && (result === '' || startsWithBullet(result));
      if (within(rc.result) || pastedParagraph) {
        push({ kind: 'merged-lines', pastedParagraph }, rc);
        extendResult(result);
      } else {
        push({ kind: 'merged-deliverable' }, rc);
        startDeliverable(rc);
      }
      continue;
    }
    if (wasAfterBreak) {
      const result = own(rc.result);
      if (result !== '' && startsNewDeliverable(resultTail, result)) {
        push({ kind: 'split-new-deliverable' }, rc);
        startDeliverable(rc);
      } else {
        push({ kind: 'split-rest' }, rc);
        extendResult(result);
      }
      continue;
    }
    if (ownTask) {
      push({ kind: 'further', why: 'own-task' }, rc);
      startDeliverable(rc);
      continue;
    }
    if (own(rc.result) !== '') {
      push({ kind: 'result-deliverable' }, rc);
      startDeliverable(rc);
      continue;
    }
    // SPEC §12: not after a page break, a row with its own lead or timing is a further deliverable,
    // never glued into the row above (a PDF without a Kết quả column splits tasks this way).
    if (own(rc.lead) !== '' || own(rc.timing) !== '') {
      push({ kind: 'further', why: 'own-cells' }, rc);
      startDeliverable(rc);
      continue;
    }
    push({ kind: 'continuation' }, rc);
  }
  return { rows: out, lastRow, findings, cellsOf: readRow };
}
