import type { CellValue, SheetGrid } from '../grid';
import { warning, type Finding } from '../findings';
import { isoDay, isoDayOfCellDate } from '../calendar/isoDate';
import { cellText, matchKey } from '../text/normalize';
import type { Deliverable, PlanSection, PlanTask } from './model';
import type { PlanHeader } from './findHeader';
import { rowSlice } from './findHeader';
import { headerLabelOf, isColumnNumbersRow } from './headerLabels';
import { MergedCells, type TableCell } from './mergedCells';
import { sttKindOf, type SttKind } from './sttKind';
import { joinContinued, startsNewDeliverable, startsWithBullet } from './continuation';
import { taskName, withTaskIds } from './taskIdentity';

/** Sections and tasks of one sheet's table, and the last row that belongs to it. */
export interface AssembledPlan {
  sections: PlanSection[];
  tasks: PlanTask[];
  lastRow: number;
  findings: Finding[];
}

type UnitField = 'lead' | 'support' | 'timing';
const UNIT_FIELDS: UnitField[] = ['lead', 'support', 'timing'];
const FIELD_NAMES: Record<UnitField, string> = { lead: 'Chủ trì', support: 'Phối hợp', timing: 'Thời gian' };

/** One table row, cells read through the merge index. */
interface RowCells {
  row: number;
  stt: TableCell;
  content: TableCell;
  result: TableCell;
  lead: TableCell;
  support: TableCell;
  timing: TableCell;
  override: TableCell | null;
}

const NO_CELL: TableCell = { value: null, text: '', mergedFrom: null };

/** Text of a cell the row itself holds (a cell under a merge from above holds nothing of its own). */
function own(cell: TableCell): string {
  return cell.mergedFrom === null ? cell.text : '';
}

/** Text of a cell, a merged value counting for every row it covers. */
function shown(cell: TableCell): string {
  return cell.text;
}

function dateOf(value: CellValue): string | null {
  return value instanceof Date ? isoDayOfCellDate(value) : null;
}

/** Adds a line (a paragraph of a cell pasted from Word) under a text. */
function lines(above: string, more: string): string {
  if (more === '') return above;
  return above === '' ? more : `${above}\n${more}`;
}

const KEYS = 'abcdefghijklmnopqrstuvwxyz';
function keyOf(index: number): string {
  return index < KEYS.length ? KEYS[index] : `${KEYS[Math.floor(index / KEYS.length) - 1]}${KEYS[index % KEYS.length]}`;
}

/**
 * Walks the rows under the header once (linear in rows) and builds sections, tasks and
 * deliverables by the rules of SPEC §1: Word merges, PDF page breaks with repeated headers and
 * split rows, further deliverables on empty-STT rows. Everything guessed becomes a warning
 * naming the sheet row.
 *
 * @example
 * assembleTasks(grid, findPlanHeader(grid)!) // { sections: [{ code: 'I', … }], tasks: [{ no: 1, … }], … }
 */
export function assembleTasks(grid: SheetGrid, header: PlanHeader): AssembledPlan {
  const { columns } = header;
  const cols = [columns.stt, columns.content, columns.result, columns.lead, columns.support, columns.timing, columns.override].filter(
    (c): c is number => c !== null,
  );
  const cells = new MergedCells(grid, cols);
  // Rows whose task text is merged across the lead column: a heading written without a code (Word layout).
  const bannerRows = new Set<number>();
  for (const m of grid.merges) if (m.top === m.bottom && m.left === columns.content && m.right >= columns.lead) bannerRows.add(m.top);
  const cellOf = (row: number, col: number | null): TableCell => (col === null ? NO_CELL : cells.at(row, col));
  const findings: Finding[] = [];
  const warn = (row: number, message: string) => findings.push(warning(grid.name, row, message));
  // Messages naming a task wait for its id, known once every task is read (SPEC §11).
  const named: { row: number; task: PlanTask; text: (name: string, lower: string) => string }[] = [];
  const warnTask = (row: number, t: PlanTask, text: (name: string, lower: string) => string) => named.push({ row, task: t, text });
  const sections: PlanSection[] = [];
  const tasks: PlanTask[] = [];
  const firstRowOfTask = new Map<string, number>();

  let letter: PlanSection | null = null;
  let section: PlanSection | null = null;
  let group: PlanSection | null = null;
  let task: PlanTask | null = null;
  let tasksInSection = 0;
  let afterBreak = false;
  let inHeader = false;
  let blankRun = 0;
  let lastRow = header.headerRows[1];

  const readRow = (row: number): RowCells => ({
    row,
    stt: cells.at(row, columns.stt),
    content: cells.at(row, columns.content),
    result: cellOf(row, columns.result),
    lead: cells.at(row, columns.lead),
    support: cellOf(row, columns.support),
    timing: cellOf(row, columns.timing),
    override: columns.override === null ? null : cells.at(row, columns.override),
  });

  const overrideOf = (rc: RowCells): string | null => {
    if (!rc.override || rc.override.value === null) return null;
    const v = rc.override.value;
    const fromDate = dateOf(v);
    if (fromDate) return fromDate;
    const text = cellText(v);
    if (text === '') return null;
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text) ?? null;
    const iso = m ? isoDay(Number(m[3]), Number(m[2]), Number(m[1])) : /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
    if (!iso) warn(rc.row, `Hạn điều chỉnh "${text}" không phải một ngày (dd/mm/yyyy): bỏ qua.`);
    return iso;
  };

  const deliverableOf = (t: PlanTask, rc: RowCells, inherit: Deliverable | null): Deliverable => {
    const d: Deliverable = {
      key: keyOf(t.deliverables.length),
      result: shown(rc.result),
      lead: shown(rc.lead),
      support: shown(rc.support),
      timing: shown(rc.timing),
      timingDate: dateOf(rc.timing.value),
      override: overrideOf(rc),
      rows: [rc.row, rc.row],
    };
    if (inherit) {
      const taken = UNIT_FIELDS.filter((f) => d[f] === '' && inherit[f] !== '');
      for (const f of taken) d[f] = inherit[f];
      if (taken.includes('timing')) d.timingDate = inherit.timingDate;
      if (taken.length > 0) {
        const fields = taken.map((f) => FIELD_NAMES[f]).join(', ');
        warnTask(rc.row, t, (_, n) => `Kết quả ${d.key}) của ${n} để trống ${fields}: lấy theo kết quả ${inherit.key}) phía trên (ô gộp trong bản gốc).`);
      }
    }
    return d;
  };

  /** A task row with text only (no result, units, timing), its work in the rows under it ("a)", "b)", "-"). */
  const isHeadingOnly = (t: PlanTask) =>
    t.deliverables.length === 1 && t.deliverables[0].override === null && t.deliverables[0].rows[0] === t.rows[0] && (['result', ...UNIT_FIELDS] as const).every((f) => t.deliverables[0][f] === '');

  const addDeliverable = (t: PlanTask, rc: RowCells) => {
    // The task's heading row is no deliverable of its own once a row of its work follows (issue 12).
    if (isHeadingOnly(t)) t.deliverables.pop();
    const above = t.deliverables[t.deliverables.length - 1] ?? null;
    t.deliverables.push(deliverableOf(t, rc, above));
    t.rows[1] = rc.row;
  };

  /** A row of different work under the task: its text on a new line of the task's, its cells its own. */
  const furtherDeliverable = (t: PlanTask, rc: RowCells) => {
    t.content = lines(t.content, own(rc.content));
    addDeliverable(t, rc);
  };

  /** The rest of a split row: each cell continues the cell above. */
  const continueRow = (t: PlanTask, rc: RowCells) => {
    const d = t.deliverables[t.deliverables.length - 1];
    t.content = joinContinued(t.content, own(rc.content));
    d.result = joinContinued(d.result, own(rc.result));
    for (const f of UNIT_FIELDS) d[f] = joinContinued(d[f], own(rc[f]));
    if (d.timingDate === null && d.timing === rc.timing.text) d.timingDate = dateOf(rc.timing.value);
    d.override ??= overrideOf(rc);
    d.rows[1] = rc.row;
    t.rows[1] = rc.row;
  };

  const startTask = (no: number, label: string, rc: RowCells): PlanTask => {
    // A task leaves its group heading once its number no longer extends the group's ("5.1" → "5.1.3").
    if (group && !label.startsWith(`${group.code}.`)) group = null;
    const t: PlanTask = {
      no,
      label,
      id: label,
      section: section?.path ?? '',
      group: group?.code ?? null,
      content: own(rc.content),
      deliverables: [],
      rows: [rc.row, rc.row],
    };
    t.deliverables.push(deliverableOf(t, rc, null));
    const key = `${t.section}/${label}`;
    const seen = firstRowOfTask.get(key);
    if (seen !== undefined) warn(rc.row, `STT ${label} lặp lại (đã có ở dòng ${seen}): đọc thành một nhiệm vụ riêng.`);
    else firstRowOfTask.set(key, rc.row);
    tasks.push(t);
    tasksInSection++;
    return t;
  };

  const startSection = (code: string, level: 'letter' | 'section', title: string, row: number) => {
    if (level === 'letter') letter = null;
    const path = letter && level !== 'letter' ? `${letter.code}.${code}` : code;
    section = { code, path, level, title, row };
    if (level === 'letter') letter = section;
    sections.push(section);
    group = null;
    task = null;
    tasksInSection = 0;
  };

  /** The next row below `row` whose STT cell holds something of its own, read as an STT. */
  const nextStt = (row: number): SttKind | null => {
    for (let r = row + 1; r <= grid.values.length; r++) {
      const stt = cells.at(r, columns.stt);
      if (stt.mergedFrom !== null || stt.text === '') continue;
      return sttKindOf(stt.value);
    }
    return null;
  };

  /** A numbered row with no lead, timing or result, followed by rows numbered under it ("5.1" then "5.1.1"). */
  const isGroupHeading = (label: string, rc: RowCells) => {
    if (own(rc.lead) !== '' || own(rc.timing) !== '' || own(rc.result) !== '' || own(rc.content) === '') return false;
    const next = nextStt(rc.row);
    return next !== null && next.kind === 'task' && next.label.startsWith(`${label}.`);
  };

  // The STT cell is tested first and only when short: matching every long Nội dung would cost.
  // A header repeated at a page break, under every section, or over a further table of the
  // same appendix (SPEC §11); its STT cell may be merged with a section numeral.
  const isShortLabel = (cell: TableCell, labels: readonly string[]) =>
    typeof cell.value === 'string' && cell.value.length <= 80 && labels.includes(headerLabelOf(cell.value) ?? '');
  const isRepeatedHeader = (rc: RowCells) =>
    isShortLabel(rc.content, ['content']) &&
    ((rc.stt.mergedFrom === null && isShortLabel(rc.stt, ['stt'])) || (rc.lead.mergedFrom === null && isShortLabel(rc.lead, ['lead', 'unitGroup'])));
  /** Whether a repeated header starts within the few rows under `row`. */
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
    isColumnNumbersRow(rowSlice(grid, rc.row, header.lastColumn));

  for (let r = header.headerRows[1] + 1; r <= grid.values.length; r++) {
    const rc = readRow(r);
    const texts = [own(rc.stt), own(rc.content), own(rc.result), own(rc.lead), own(rc.support), own(rc.timing)];
    if (texts.every((t) => t === '')) {
      blankRun++;
      continue;
    }
    if (isRepeatedHeader(rc)) {
      // A page break of the PDF layout: the next row may be the rest of a split row.
      afterBreak = section !== null || task !== null;
      inHeader = true;
      blankRun = 0;
      lastRow = r;
      continue;
    }
    if (inHeader && isHeaderTail(rc)) {
      lastRow = r;
      continue;
    }
    inHeader = false;
    const kind: SttKind | { kind: 'merged' } = rc.stt.mergedFrom !== null ? { kind: 'merged' } : sttKindOf(rc.stt.value);
    if (kind.kind === 'empty' && bannerRows.has(r) && blankRun < 2) {
      // Not a task's text: joined to the task above it would change that task.
      warn(r, `Dòng tiêu đề không có STT (gộp ngang qua cột Chủ trì): không phải nhiệm vụ, không nối vào nhiệm vụ phía trên.`);
      blankRun = 0;
      lastRow = r;
      task = null;
      continue;
    }
    // The title of a further table of the same appendix, with its own header just below: one plan (SPEC §11).
    if (isTableTitle(rc, kind, blankRun)) {
      blankRun = 0;
      lastRow = r;
      continue;
    }
    // Blank rows then a row with no STT of its own: the text under the table (signatures, notes).
    if (blankRun >= 2 && (kind.kind === 'empty' || kind.kind === 'other' || kind.kind === 'item')) {
      warn(r, `Sau ${blankRun} dòng trống, dòng này không có STT: coi là hết bảng kế hoạch, từ đây trở xuống không đọc.`);
      break;
    }
    blankRun = 0;
    lastRow = r;
    const wasAfterBreak = afterBreak;
    afterBreak = false;

    if (kind.kind === 'section') {
      const title = kind.title ?? (own(rc.content) || texts.find((t, i) => i > 0 && t !== '') || '');
      startSection(kind.code, kind.level, title, r);
      continue;
    }
    if (kind.kind === 'task') {
      const content = own(rc.content);
      const current: PlanTask | null = task;
      if (current && current.label === kind.label && (content === '' || matchKey(content) === matchKey(current.content))) {
        warnTask(r, current, (_, n) => `STT ${kind.label} ghi lại (điền lặp thay cho ô gộp): coi là kết quả tiếp theo của ${n}.`);
        addDeliverable(current, rc);
      } else if (isGroupHeading(kind.label, rc)) {
        const parent = section as PlanSection | null;
        group = { code: kind.label, path: parent ? `${parent.path}.${kind.label}` : kind.label, level: 'group', title: content, row: r };
        sections.push(group);
        task = null;
      } else {
        task = startTask(kind.no, kind.label, rc);
      }
      continue;
    }
    if (kind.kind === 'other') {
      warn(r, `STT "${kind.text}" không phải số nhiệm vụ hay mã mục La Mã: đọc như dòng không có STT.`);
    }
    const current: PlanTask | null = task;
    const ownTask = own(rc.content) !== '' && own(rc.lead) !== '';
    if (!current && (section as PlanSection | null) && kind.kind === 'empty' && !wasAfterBreak && ownTask) {
      // A task row without STT right under a heading: a task of its own, numbered by its place (SPEC §11).
      const position = tasksInSection + 1;
      task = startTask(position, String(position), rc);
      warnTask(r, task, (_, n) => `Dòng có Nội dung và Chủ trì nhưng không có STT, ngay dưới tiêu đề mục: đọc thành ${n} (theo thứ tự trong mục).`);
      continue;
    }
    if (!current) {
      const heading = (group ?? section) as PlanSection | null;
      if (heading && wasAfterBreak && kind.kind !== 'merged') {
        heading.title = joinContinued(heading.title, own(rc.content));
        warn(r, `Không có STT, ngay sau tiêu đề lặp lại (ngắt trang): nối vào tên mục ${heading.code}.`);
      } else {
        warn(r, `Có chữ nhưng không có STT và không thuộc nhiệm vụ nào: bỏ qua dòng này.`);
      }
      continue;
    }
    if (kind.kind === 'merged' && own(rc.content) !== '' && (own(rc.lead) !== '' || own(rc.result) !== '' || own(rc.timing) !== '')) {
      // The original merged STT over rows of different work: this row's own task text and its
      // own lead (or result, timing under a merged lead) make a further deliverable (SPEC §11).
      furtherDeliverable(current, rc);
      continue;
    }
    if (kind.kind === 'merged') {
      // Word layout: the STT cell is merged down across the task's deliverable rows.
      const d = current.deliverables[current.deliverables.length - 1];
      const within = (cell: TableCell) => cell.mergedFrom !== null && cell.mergedFrom >= d.rows[0];
      const result = own(rc.result);
      // Excel pastes each paragraph of a Word cell on its own row and merges the one-paragraph
      // cells down: a bullet under the same merged Chủ trì and Phối hợp is a line of the same Kết quả.
      const pastedParagraph = !within(rc.result) && within(rc.lead) && within(rc.support) && (result === '' || startsWithBullet(result));
      if (within(rc.result) || pastedParagraph) {
        // Kết quả (or its units) merged over this row too: the row adds lines to the same deliverable.
        d.result = lines(d.result, result);
        for (const f of UNIT_FIELDS) d[f] = lines(d[f], own(rc[f]));
        d.rows[1] = r;
        current.rows[1] = r;
        if (pastedParagraph) {
          warnTask(r, current, (_, n) => `Chủ trì và Phối hợp gộp chung với dòng trên, Kết quả là một dòng gạch đầu dòng: coi là một dòng nữa của kết quả ${d.key}) ${n} (bảng dán từ Word).`);
        }
      } else {
        addDeliverable(current, rc);
      }
      if (own(rc.content) !== '') {
        current.content = joinContinued(current.content, own(rc.content));
        warnTask(r, current, (_, n) => `Ô Nội dung có thêm chữ dưới STT gộp: đã nối vào nội dung ${n}.`);
      }
      continue;
    }
    if (wasAfterBreak) {
      const d = current.deliverables[current.deliverables.length - 1];
      const result = own(rc.result);
      if (result !== '' && startsNewDeliverable(d.result, result)) {
        current.content = joinContinued(current.content, own(rc.content));
        addDeliverable(current, rc);
        const key = current.deliverables[current.deliverables.length - 1].key;
        warnTask(r, current, (_, n) => `Sau ngắt trang, Kết quả bắt đầu câu mới: coi là kết quả ${key}) của ${n}; Nội dung vẫn nối tiếp.`);
      } else {
        continueRow(current, rc);
        warnTask(r, current, (_, n) => `Không có STT, ngay sau tiêu đề lặp lại (ngắt trang): nối tiếp từng ô vào ${n}.`);
      }
      continue;
    }
    if (ownTask) {
      furtherDeliverable(current, rc);
      continue;
    }
    if (own(rc.result) === '') {
      continueRow(current, rc);
      warnTask(r, current, (_, n) => `Không có STT và không có Kết quả: nối tiếp từng ô vào ${n}.`);
      continue;
    }
    if (own(rc.content) !== '') {
      current.content = joinContinued(current.content, own(rc.content));
      warnTask(r, current, (_, n) => `Không có STT nhưng có Nội dung: đã nối vào nội dung ${n}.`);
    }
    addDeliverable(current, rc);
  }

  if (columns.timing === null && tasks.length > 0) {
    warn(header.headerRows[0], 'Bảng kế hoạch không có cột Thời gian thực hiện (Thời hạn, Tiến độ …): mọi kết quả đều chưa có hạn; nhập hạn ở cột "Hạn điều chỉnh" nếu cần.');
  }
  for (const t of tasks) {
    if (t.content === '') warnTask(t.rows[0], t, (name) => `${name} không có Nội dung công việc.`);
    for (const d of t.deliverables) {
      // What status needs: who leads and when. An empty Kết quả drives nothing (the deliverable is
      // shown by its task text, SPEC §11), and a column the table lacks is not missing in each row.
      const missing = [
        d.lead === '' ? 'Chủ trì' : null,
        d.timing === '' && columns.timing !== null ? 'Thời gian thực hiện' : null,
      ].filter((x): x is string => x !== null);
      if (missing.length > 0) warnTask(d.rows[0], t, (name) => `${name}, kết quả ${d.key}): thiếu ${missing.join(', ')}.`);
    }
  }
  const identified = withTaskIds(tasks);
  const byTask = new Map(tasks.map((t, i) => [t, identified[i]]));
  for (const n of named) {
    const t = byTask.get(n.task) ?? n.task;
    findings.push(warning(grid.name, n.row, n.text(taskName(t), taskName(t, { lower: true }))));
  }
  findings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { sections, tasks: identified, lastRow, findings };
}
