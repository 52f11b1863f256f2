import type { CellValue } from '../grid';
import { warning, type Finding } from '../findings';
import { isoDayOfCellDate } from '../calendar/isoDate';
import { readDayText } from '../calendar/dayText';
import { cellText } from '../text/normalize';
import type { Deliverable, PlanLayout, PlanSection, PlanTask } from './model';
import type { TableCell } from './mergedCells';
import { joinContinued } from './continuation';
import { labelledUnitsOf } from './labelledUnits';
import { taskName, withTaskIds } from './taskIdentity';
import { own, type ClassifiedRow, type ClassifiedTable, type RowCells } from './rowKinds';

/**
 * Stage 4 of reading a plan (SPEC §1, §11): sections, tasks and deliverables from the classified
 * rows. Each kind of row has one way of adding to the plan; the decisions were made in stage 3.
 */

/** Sections and tasks of one table. */
export interface BuiltTasks {
  sections: PlanSection[];
  tasks: PlanTask[];
  findings: Finding[];
}

type UnitField = 'lead' | 'support' | 'timing';
const UNIT_FIELDS: UnitField[] = ['lead', 'support', 'timing'];
const FIELD_NAMES: Record<UnitField, string> = { lead: 'Chủ trì', support: 'Phối hợp', timing: 'Thời gian' };

/** Text of a cell, a merged value counting for every row it covers. */
function shown(cell: TableCell): string {
  return cell.text;
}

function dateOf(value: CellValue): string | null {
  return value instanceof Date ? isoDayOfCellDate(value) : null;
}

/** An ISO day from a date cell, or a day written as text ("dd/mm/yyyy", "yyyy-mm-dd"); null otherwise. */
function dayOf(value: CellValue): string | null {
  const read = readDayText(cellText(value));
  return dateOf(value) ?? (read.ok ? read.day : null);
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
 * Builds sections, tasks and deliverables from classified rows (linear in rows). Warnings that
 * name a task wait for its id, known once every task is read (SPEC §11).
 *
 * @example
 * buildTasks('Phụ lục', classifyRows(grid, layout).rows, layout.columns).tasks[0].id // '1'
 */
export function buildTasks(sheet: string, table: Pick<ClassifiedTable, 'rows' | 'cellsOf'>, columns: PlanLayout['columns'], options: { headerRow?: number } = {}): BuiltTasks {
  const { rows, cellsOf } = table;
  const findings: Finding[] = [];
  const warn = (row: number, message: string) => findings.push(warning(sheet, row, message));
  const named: { row: number; task: PlanTask; text: (name: string, lower: string) => string }[] = [];
  const warnTask = (row: number, t: PlanTask, text: (name: string, lower: string) => string) => named.push({ row, task: t, text });
  const sections: PlanSection[] = [];
  const tasks: PlanTask[] = [];
  const firstRowOfTask = new Map<string, number>();
  const withStatus = columns.status !== undefined && columns.status !== null;
  const withDone = columns.done !== undefined && columns.done !== null;

  let letter: PlanSection | null = null;
  let section: PlanSection | null = null;
  let group: PlanSection | null = null;
  let task: PlanTask | null = null;
  let tasksInSection = 0;

  const overrideOf = (rc: RowCells): string | null => {
    if (!rc.override || rc.override.value === null) return null;
    const text = cellText(rc.override.value);
    if (text === '') return null;
    const iso = dayOf(rc.override.value);
    if (!iso) warn(rc.row, `Hạn điều chỉnh "${text}" không phải một ngày (dd/mm/yyyy): bỏ qua.`);
    return iso;
  };

  const deliverableOf = (t: PlanTask, rc: RowCells, inherit: Deliverable | null, why: string | null = null): Deliverable => {
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
    // SPEC §12: what the plan says was done, only when the table has those columns.
    if (withStatus) d.statusText = shown(rc.status);
    if (withDone) d.doneDay = dayOf(rc.done.value);
    if (inherit) {
      const taken = UNIT_FIELDS.filter((f) => d[f] === '' && inherit[f] !== '');
      for (const f of taken) d[f] = inherit[f];
      if (taken.includes('timing')) d.timingDate = inherit.timingDate;
      const fields = taken.map((f) => FIELD_NAMES[f]).join(', ');
      if (why !== null) {
        // One sentence for the row: why it is a deliverable of its own, and what it took from above.
        const more = taken.length > 0 ? `; ${fields} lấy theo kết quả ${inherit.key}) phía trên` : '';
        warnTask(rc.row, t, (_, n) => `${why}: coi là kết quả ${d.key}) của ${n}, không nối vào dòng trên${more}.`);
      } else if (taken.length > 0) {
        warnTask(rc.row, t, (_, n) => `Kết quả ${d.key}) của ${n} để trống ${fields}: lấy theo kết quả ${inherit.key}) phía trên (ô gộp trong bản gốc).`);
      }
    }
    return d;
  };

  /** A task row with text only (no result, units, timing), its work in the rows under it ("a)", "b)", "-"). */
  const isHeadingOnly = (t: PlanTask) =>
    t.deliverables.length === 1 &&
    t.deliverables[0].override === null &&
    t.deliverables[0].rows[0] === t.rows[0] &&
    (['result', ...UNIT_FIELDS] as const).every((f) => t.deliverables[0][f] === '');

  const addDeliverable = (t: PlanTask, rc: RowCells, why: string | null = null) => {
    // The task's heading row is no deliverable of its own once a row of its work follows (issue 12).
    if (isHeadingOnly(t)) t.deliverables.pop();
    const above = t.deliverables[t.deliverables.length - 1] ?? null;
    t.deliverables.push(deliverableOf(t, rc, above, above ? why : null));
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
    if (withStatus && !d.statusText) d.statusText = own(rc.status);
    if (withDone && !d.doneDay) d.doneDay = dayOf(rc.done.value);
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

  for (const row of rows) {
    const rc = cellsOf(row.row);
    const r = row.row;
    switch (row.kind) {
      case 'section': {
        if (row.level === 'letter') letter = null;
        const above = letter as PlanSection | null;
        const path: string = above && row.level !== 'letter' ? `${above.code}.${row.code}` : row.code;
        section = { code: row.code, path, level: row.level, title: row.title, row: r };
        if (row.level === 'letter') letter = section;
        sections.push(section);
        group = null;
        task = null;
        tasksInSection = 0;
        break;
      }
      case 'group': {
        const parent = section as PlanSection | null;
        group = { code: row.code, path: parent ? `${parent.path}.${row.code}` : row.code, level: 'group', title: row.title, row: r };
        sections.push(group);
        task = null;
        break;
      }
      case 'banner':
        task = null;
        break;
      case 'task':
        task = startTask(row.no, row.label, rc);
        break;
      case 'positional-task': {
        const position = tasksInSection + 1;
        const t = startTask(position, String(position), rc);
        task = t;
        warnTask(r, t, (_, n) => `Dòng có Nội dung và Chủ trì nhưng không có STT, ngay dưới tiêu đề mục: đọc thành ${n} (theo thứ tự trong mục).`);
        break;
      }
      case 'heading-rest': {
        const heading = (group ?? section) as PlanSection | null;
        if (heading) {
          heading.title = joinContinued(heading.title, own(rc.content));
          warn(r, `Không có STT, ngay sau tiêu đề lặp lại (ngắt trang): nối vào tên mục ${heading.code}.`);
        }
        break;
      }
      default:
        if (task) addToTask(task, row, rc);
    }
  }

  function addToTask(current: PlanTask, row: ClassifiedRow, rc: RowCells): void {
    const r = row.row;
    switch (row.kind) {
      case 'task-repeat':
        warnTask(r, current, (_, n) => `STT ${row.label} ghi lại (điền lặp thay cho ô gộp): coi là kết quả tiếp theo của ${n}.`);
        addDeliverable(current, rc);
        break;
      case 'further':
        // A row of different work under the task: its text on a new line of the task's, its cells its own.
        current.content = lines(current.content, own(rc.content));
        addDeliverable(current, rc, row.why === 'own-cells' ? 'Không có STT nhưng có Chủ trì hoặc Thời gian riêng' : null);
        break;
      case 'merged-lines': {
        const d = current.deliverables[current.deliverables.length - 1];
        d.result = lines(d.result, own(rc.result));
        for (const f of UNIT_FIELDS) d[f] = lines(d[f], own(rc[f]));
        if (withStatus && !d.statusText) d.statusText = own(rc.status);
        if (withDone && !d.doneDay) d.doneDay = dayOf(rc.done.value);
        d.rows[1] = r;
        current.rows[1] = r;
        if (row.pastedParagraph) {
          warnTask(r, current, (_, n) => `Chủ trì và Phối hợp gộp chung với dòng trên, Kết quả là một dòng gạch đầu dòng: coi là một dòng nữa của kết quả ${d.key}) ${n} (bảng dán từ Word).`);
        }
        mergedContent(current, row, rc);
        break;
      }
      case 'merged-deliverable':
        addDeliverable(current, rc);
        mergedContent(current, row, rc);
        break;
      case 'split-rest':
        continueRow(current, rc);
        warnTask(r, current, (_, n) => `Không có STT, ngay sau tiêu đề lặp lại (ngắt trang): nối tiếp từng ô vào ${n}.`);
        break;
      case 'split-new-deliverable': {
        current.content = joinContinued(current.content, own(rc.content));
        addDeliverable(current, rc);
        const key = current.deliverables[current.deliverables.length - 1].key;
        warnTask(r, current, (_, n) => `Sau ngắt trang, Kết quả bắt đầu câu mới: coi là kết quả ${key}) của ${n}; Nội dung vẫn nối tiếp.`);
        break;
      }
      case 'continuation':
        continueRow(current, rc);
        warnTask(r, current, (_, n) => `Không có STT và không có Kết quả: nối tiếp từng ô vào ${n}.`);
        break;
      case 'result-deliverable':
        if (own(rc.content) !== '') {
          current.content = joinContinued(current.content, own(rc.content));
          warnTask(r, current, (_, n) => `Không có STT nhưng có Nội dung: đã nối vào nội dung ${n}.`);
        }
        addDeliverable(current, rc);
        break;
      default:
        break;
    }
  }

  function mergedContent(current: PlanTask, row: ClassifiedRow, rc: RowCells): void {
    const content = own(rc.content);
    if (content === '') return;
    current.content = joinContinued(current.content, content);
    warnTask(row.row, current, (_, n) => `Ô Nội dung có thêm chữ dưới STT gộp: đã nối vào nội dung ${n}.`);
  }

  const tableRow = options.headerRow ?? rows[0]?.row ?? 1;
  if (columns.timing === null && tasks.length > 0) {
    warn(tableRow, 'Bảng kế hoạch không có cột Thời gian thực hiện (Thời hạn, Tiến độ …): mọi kết quả đều chưa có hạn; nhập hạn ở cột "Hạn điều chỉnh" nếu cần.');
  }
  if (columns.lead === null && tasks.length > 0) {
    warn(tableRow, 'Bảng kế hoạch không có cột Chủ trì (đã chọn "không có"): không có đơn vị nào được giao, không tính trạng thái theo đơn vị.');
  }
  for (const t of tasks) {
    for (const d of t.deliverables) {
      // "Chủ trì: …; Phối hợp: …" in the lead cell: each party where it belongs.
      const labelled = labelledUnitsOf(d.lead, d.support);
      if (labelled) Object.assign(d, labelled);
    }
    if (t.content === '') warnTask(t.rows[0], t, (name) => `${name} không có Nội dung công việc.`);
    for (const d of t.deliverables) {
      // What status needs: who leads and when. An empty Kết quả drives nothing (the deliverable is
      // shown by its task text, SPEC §11), and a column the table lacks is not missing in each row.
      const missing = [d.lead === '' && columns.lead !== null ? 'Chủ trì' : null, d.timing === '' && columns.timing !== null ? 'Thời gian thực hiện' : null].filter(
        (x): x is string => x !== null,
      );
      if (missing.length > 0) warnTask(d.rows[0], t, (name) => `${name}, kết quả ${d.key}): thiếu ${missing.join(', ')}.`);
    }
  }
  const identified = withTaskIds(tasks);
  const byTask = new Map(tasks.map((t, i) => [t, identified[i]]));
  for (const n of named) {
    const t = byTask.get(n.task) ?? n.task;
    findings.push(warning(sheet, n.row, n.text(taskName(t), taskName(t, { lower: true }))));
  }
  return { sections, tasks: identified, findings };
}
