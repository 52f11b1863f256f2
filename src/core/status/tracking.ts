import { isIsoDate, isoDay, isoDayOfCellDate, type IsoDate } from '../calendar/isoDate';
import { warning, type Finding } from '../findings';
import type { CellValue, SheetGrid } from '../grid';
import { parsePeriodLabel } from '../periods/periods';
import type { Deliverable, PlanTable, PlanTask } from '../plan/model';
import { cellText, matchKey } from '../text/normalize';
import { findTask, taskName } from '../plan/taskIdentity';
import { findUnit, type UnitDirectory } from '../units/directory';
import { unitsOfRow } from '../units/resolveUnits';

/** Name of the sheet completions are recorded in (SPEC §4). */
export const TRACKING_SHEET = 'Theo dõi thực hiện';

/** Headers of the tracking sheet, in the order the add-in writes them. */
export const TRACKING_HEADERS = ['STT', 'Kết quả (a, b…)', 'Đơn vị', 'Kỳ', 'Ngày hoàn thành', 'Ghi chú'] as const;

/** One completion recorded by an officer. */
export interface TrackingEntry {
  /** 1-based sheet row. */
  row: number;
  /** Id of the task (SPEC §11: "II.1", or "7" where numbers are unique). */
  taskId: string;
  /** Deliverable key ("a", "b" …); null = every deliverable of the task. */
  key: string | null;
  /** Unit name as in the directory; null = every unit assigned to the deliverable. */
  unit: string | null;
  /** Period code (`2024-Q1`, `2024-H1`, `2024-Y`); null = the earliest open occurrence. */
  period: string | null;
  /** Day of completion. */
  done: IsoDate;
  note: string;
}

type Field = 'stt' | 'key' | 'unit' | 'period' | 'done' | 'note';

const HEADER_TESTS: { field: Field; test: (k: string) => boolean }[] = [
  { field: 'done', test: (k) => /hoan thanh|^ngay\b/.test(k) },
  { field: 'note', test: (k) => /^ghi chu/.test(k) },
  { field: 'period', test: (k) => /^ky\b|ky bao cao/.test(k) },
  { field: 'unit', test: (k) => /^(?:ten )?don vi|^co quan/.test(k) },
  { field: 'key', test: (k) => /^(?:ket qua|san pham|muc)\b/.test(k) },
  { field: 'stt', test: (k) => /^(?:stt|tt|so tt)\b|^nhiem vu\b/.test(k) },
];

function findHeader(grid: SheetGrid): { row: number; cols: Partial<Record<Field, number>> } | null {
  for (let r = 0; r < Math.min(grid.values.length, 10); r++) {
    const cols: Partial<Record<Field, number>> = {};
    (grid.values[r] ?? []).forEach((v, c) => {
      const key = matchKey(cellText(v));
      if (!key) return;
      const h = HEADER_TESTS.find((x) => cols[x.field] === undefined && x.test(key));
      if (h) cols[h.field] = c;
    });
    if (cols.stt !== undefined && cols.done !== undefined) return { row: r + 1, cols };
  }
  return null;
}

/** An Excel day serial (a date typed into an unformatted cell) to an ISO day. */
function isoOfSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 20000 || serial > 80000) return null;
  return isoDayOfCellDate(new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000));
}

function isoOfCell(value: CellValue): IsoDate | null {
  if (value instanceof Date) return isoDayOfCellDate(value);
  if (typeof value === 'number') return isoOfSerial(value);
  const t = cellText(value);
  if (isIsoDate(t)) return t;
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  return m ? isoDay(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/** "7", 7, "7.", "1a", "1.a", "1 a)", "II.1", "II.1b" → a task id or number, then an optional deliverable letter. */
function looksLikeStt(text: string): boolean {
  return /^(?:[A-Z]+\.)*[IVXLC\d]+(?:\.\d+)*\s*[.)]?\s*(?:[a-z]\s*\)?)?\.?$/i.test(text.replace(/\s+/g, ' ').trim());
}

/** "a", "a)", "b.", "1", "2", or the start of the Kết quả text → the deliverable's key. */
function deliverableKeyOf(value: CellValue, task: PlanTask): string | null | undefined {
  const text = cellText(value);
  const key = matchKey(text).replace(/\)$/, '');
  if (!key) return null;
  if (/^[a-z]$/.test(key)) return key;
  if (/^\d+$/.test(key)) return task.deliverables[Number(key) - 1]?.key ?? `#${key}`;
  const byText = task.deliverables.find((d) => {
    const result = matchKey(d.result);
    return result.startsWith(key) || result.replace(/^[a-z]\)\s*/, '').startsWith(key);
  });
  return byText?.key;
}

/**
 * Reads the "Theo dõi thực hiện" sheet against the plan and the unit directory: one entry per
 * usable row. Rows that name no task or deliverable of the plan, an unknown unit, a period
 * that is not one, or no usable date are left out with a warning naming the row; a unit not
 * assigned to the deliverable is kept, with a warning (it changes no status).
 *
 * @example
 * readTracking(grid, plan, DEFAULT_UNIT_DIRECTORY).entries[0] // { row: 2, taskId: '7', key: 'a', unit: null, period: null, done: '2024-02-15', note: '' }
 */
export function readTracking(grid: SheetGrid, plan: PlanTable, directory: UnitDirectory): { entries: TrackingEntry[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const entries: TrackingEntry[] = [];
  const header = findHeader(grid);
  if (!header) {
    if (grid.values.some((line) => line.some((v) => cellText(v) !== ''))) {
      findings.push(warning(grid.name, null, 'Không thấy dòng tiêu đề có cột "STT" và "Ngày hoàn thành": chưa đọc được tiến độ thực hiện.'));
    }
    return { entries, findings };
  }
  const { cols } = header;
  const at = (line: CellValue[], col: number | undefined): CellValue => (col === undefined ? null : (line[col] ?? null));
  for (let r = header.row; r < grid.values.length; r++) {
    const line = grid.values[r] ?? [];
    const row = r + 1;
    if (line.every((v) => cellText(v) === '')) continue;
    const warn = (message: string) => findings.push(warning(grid.name, row, message));
    const sttCell = at(line, cols.stt);
    const sttText = cellText(sttCell);
    // A task code of a plan numbered by its codes ("NV-2026-001") is an STT too.
    const found = findTask(plan.tasks, sttText);
    if ((!looksLikeStt(sttText) && !found.task) || (typeof sttCell === 'number' && sttCell <= 0)) {
      warn(sttText ? `STT "${sttText}" không phải số thứ tự nhiệm vụ: bỏ qua dòng này.` : 'Thiếu STT nhiệm vụ: bỏ qua dòng này.');
      continue;
    }
    if (!found.task) {
      warn(`${found.problem}: bỏ qua dòng này.`);
      continue;
    }
    const { task } = found;
    const stt = { key: found.key };
    const keyCell = at(line, cols.key);
    let key = deliverableKeyOf(keyCell, task);
    if (key === null) key = stt.key;
    if (key === undefined || (key !== null && !task.deliverables.some((d) => d.key === key))) {
      warn(`${taskName(task)} không có kết quả "${cellText(keyCell) || key}": bỏ qua dòng này.`);
      continue;
    }
    if (key === null && task.deliverables.length === 1) key = task.deliverables[0].key;

    const unitText = cellText(at(line, cols.unit)).replace(/\s*\n\s*/g, ' ');
    let unit: string | null = null;
    if (unitText) {
      const unitFound = findUnit(directory, unitText);
      if (!unitFound) {
        warn(`Đơn vị "${unitText}" không có trong danh mục đơn vị: bỏ qua dòng này.`);
        continue;
      }
      unit = unitFound.name;
      const concerned: Deliverable[] = task.deliverables.filter((d) => key === null || d.key === key);
      const assigned = concerned.some((d) => {
        const u = unitsOfRow(d.lead, d.support, directory);
        return u.leads.includes(unitFound.name) || u.supports.includes(unitFound.name);
      });
      if (!assigned) warn(`Đơn vị "${unitFound.name}" không được giao ${taskName(task, { lower: true })}${key ? ` (kết quả ${key})` : ''}: dòng này không thay đổi trạng thái.`);
    }

    const periodText = cellText(at(line, cols.period));
    let period: string | null = null;
    if (periodText) {
      const p = parsePeriodLabel(periodText);
      if (!p) {
        warn(`Kỳ "${periodText}" không hiểu được (ghi như "Quý I/2024", "6 tháng/2024", "Năm 2024"): bỏ qua dòng này.`);
        continue;
      }
      period = p.code;
    }

    const doneCell = at(line, cols.done);
    const done = isoOfCell(doneCell);
    if (!done) {
      warn(cellText(doneCell) ? `Ngày hoàn thành "${cellText(doneCell)}" không phải ngày hợp lệ (dd/mm/yyyy): bỏ qua dòng này.` : 'Thiếu ngày hoàn thành: bỏ qua dòng này.');
      continue;
    }
    entries.push({ row, taskId: task.id, key, unit, period, done, note: cellText(at(line, cols.note)) });
  }
  return { entries, findings };
}
