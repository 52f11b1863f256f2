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
  const cols = [columns.stt, columns.content, columns.result, columns.lead, columns.support, columns.timing];
  if (columns.override !== null) cols.push(columns.override);
  const cells = new MergedCells(grid, cols);
  const findings: Finding[] = [];
  const warn = (row: number, message: string) => findings.push(warning(grid.name, row, message));
  const sections: PlanSection[] = [];
  const tasks: PlanTask[] = [];
  const firstRowOfTask = new Map<string, number>();

  let section: PlanSection | null = null;
  let task: PlanTask | null = null;
  let afterBreak = false;
  let inHeader = false;
  let blankRun = 0;
  let lastRow = header.headerRows[1];

  const readRow = (row: number): RowCells => ({
    row,
    stt: cells.at(row, columns.stt),
    content: cells.at(row, columns.content),
    result: cells.at(row, columns.result),
    lead: cells.at(row, columns.lead),
    support: cells.at(row, columns.support),
    timing: cells.at(row, columns.timing),
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
        warn(
          rc.row,
          `Kết quả ${d.key}) của nhiệm vụ ${t.no} để trống ${taken.map((f) => FIELD_NAMES[f]).join(', ')}: lấy theo kết quả ${inherit.key}) phía trên (ô gộp trong bản gốc).`,
        );
      }
    }
    return d;
  };

  const addDeliverable = (t: PlanTask, rc: RowCells) => {
    const above = t.deliverables[t.deliverables.length - 1] ?? null;
    t.deliverables.push(deliverableOf(t, rc, above));
    t.rows[1] = rc.row;
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

  const startTask = (no: number, rc: RowCells): PlanTask => {
    const t: PlanTask = { no, section: section?.code ?? '', content: own(rc.content), deliverables: [], rows: [rc.row, rc.row] };
    t.deliverables.push(deliverableOf(t, rc, null));
    if (!section) warn(rc.row, `Nhiệm vụ ${no} nằm trước mục La Mã đầu tiên (I, II …): không thuộc mục nào.`);
    const key = `${t.section}/${no}`;
    const seen = firstRowOfTask.get(key);
    if (seen !== undefined) warn(rc.row, `STT ${no} lặp lại (đã có ở dòng ${seen}): đọc thành một nhiệm vụ riêng.`);
    else firstRowOfTask.set(key, rc.row);
    tasks.push(t);
    return t;
  };

  // The STT cell is tested first and only when short: matching every long Nội dung would cost.
  const isRepeatedHeader = (rc: RowCells) =>
    typeof rc.stt.value === 'string' &&
    rc.stt.value.length <= 20 &&
    headerLabelOf(rc.stt.value) === 'stt' &&
    headerLabelOf(rc.content.value) === 'content';
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
    // Blank rows then a row with no STT of its own: the text under the table (signatures, notes).
    if (blankRun >= 2 && (kind.kind === 'empty' || kind.kind === 'other')) {
      warn(r, `Sau ${blankRun} dòng trống, dòng này không có STT: coi là hết bảng kế hoạch, từ đây trở xuống không đọc.`);
      break;
    }
    blankRun = 0;
    lastRow = r;
    const wasAfterBreak = afterBreak;
    afterBreak = false;

    if (kind.kind === 'section') {
      const title = kind.title ?? (own(rc.content) || texts.find((t, i) => i > 0 && t !== '') || '');
      section = { code: kind.code, title, row: r };
      sections.push(section);
      task = null;
      continue;
    }
    if (kind.kind === 'task') {
      const content = own(rc.content);
      const current: PlanTask | null = task;
      if (current && current.no === kind.no && (content === '' || matchKey(content) === matchKey(current.content))) {
        warn(r, `STT ${kind.no} ghi lại (điền lặp thay cho ô gộp): coi là kết quả tiếp theo của nhiệm vụ ${kind.no}.`);
        addDeliverable(current, rc);
      } else {
        task = startTask(kind.no, rc);
      }
      continue;
    }
    if (kind.kind === 'other') {
      warn(r, `STT "${kind.text}" không phải số nhiệm vụ hay mã mục La Mã: đọc như dòng không có STT.`);
    }
    const current: PlanTask | null = task;
    if (!current) {
      if (section && wasAfterBreak && kind.kind !== 'merged') {
        section.title = joinContinued(section.title, own(rc.content));
        warn(r, `Không có STT, ngay sau tiêu đề lặp lại (ngắt trang): nối vào tên mục ${section.code}.`);
      } else {
        warn(r, `Có chữ nhưng không có STT và không thuộc nhiệm vụ nào: bỏ qua dòng này.`);
      }
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
          warn(r, `Chủ trì và Phối hợp gộp chung với dòng trên, Kết quả là một dòng gạch đầu dòng: coi là một dòng nữa của kết quả ${d.key}) nhiệm vụ ${current.no} (bảng dán từ Word).`);
        }
      } else {
        addDeliverable(current, rc);
      }
      if (own(rc.content) !== '') {
        current.content = joinContinued(current.content, own(rc.content));
        warn(r, `Ô Nội dung có thêm chữ dưới STT gộp: đã nối vào nội dung nhiệm vụ ${current.no}.`);
      }
      continue;
    }
    if (wasAfterBreak) {
      const d = current.deliverables[current.deliverables.length - 1];
      const result = own(rc.result);
      if (result !== '' && startsNewDeliverable(d.result, result)) {
        current.content = joinContinued(current.content, own(rc.content));
        addDeliverable(current, rc);
        warn(
          r,
          `Sau ngắt trang, Kết quả bắt đầu câu mới: coi là kết quả ${current.deliverables[current.deliverables.length - 1].key}) của nhiệm vụ ${current.no}; Nội dung vẫn nối tiếp.`,
        );
      } else {
        continueRow(current, rc);
        warn(r, `Không có STT, ngay sau tiêu đề lặp lại (ngắt trang): nối tiếp từng ô vào nhiệm vụ ${current.no}.`);
      }
      continue;
    }
    if (own(rc.result) === '') {
      continueRow(current, rc);
      warn(r, `Không có STT và không có Kết quả: nối tiếp từng ô vào nhiệm vụ ${current.no}.`);
      continue;
    }
    if (own(rc.content) !== '') {
      current.content = joinContinued(current.content, own(rc.content));
      warn(r, `Không có STT nhưng có Nội dung: đã nối vào nội dung nhiệm vụ ${current.no}.`);
    }
    addDeliverable(current, rc);
  }

  for (const t of tasks) {
    if (t.content === '') warn(t.rows[0], `Nhiệm vụ ${t.no} không có Nội dung công việc.`);
    for (const d of t.deliverables) {
      const missing = [
        d.result === '' ? 'Kết quả' : null,
        d.lead === '' ? 'Chủ trì' : null,
        d.timing === '' ? 'Thời gian thực hiện' : null,
      ].filter((x): x is string => x !== null);
      if (missing.length > 0) warn(d.rows[0], `Nhiệm vụ ${t.no}, kết quả ${d.key}): thiếu ${missing.join(', ')}.`);
    }
  }
  findings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { sections, tasks, lastRow, findings };
}
