import type { CellValue, SheetGrid } from '../grid';
import type { Deliverable, PlanTable, PlanTask } from '../plan/model';
import { DEFAULT_UNIT_DIRECTORY } from '../units/directory';
import { readTracking, TRACKING_HEADERS, TRACKING_SHEET } from './tracking';

function deliverable(key: string, lead: string, support: string, row: number): Deliverable {
  return { key, result: `${key}) Kết quả số ${key}`, lead, support, timing: 'Quý I', timingDate: null, override: null, rows: [row, row] };
}
function task(no: number, ...deliverables: Deliverable[]): PlanTask {
  return { no, label: String(no), id: String(no), section: 'I', group: null, content: '', deliverables, rows: [deliverables[0].rows[0], deliverables[deliverables.length - 1].rows[1]] };
}
const plan: PlanTable = {
  sheet: 'Phụ lục',
  year: 2024,
  title: null,
  sections: [],
  warnings: [],
  layout: { headerRows: [1, 2], columns: { stt: 1, content: 2, result: 3, lead: 4, support: 5, timing: 6, override: null }, lastColumn: 6, lastRow: 9 },
  tasks: [
    task(1, deliverable('a', 'Văn phòng Sở.', 'Các phòng, cơ quan, đơn vị thuộc Sở có liên quan.', 4), deliverable('b', 'Các phòng, cơ quan, đơn vị thuộc Sở có liên quan.', 'Văn phòng Sở', 5)),
    task(7, deliverable('a', 'Văn phòng Sở.', 'Các phòng, cơ quan, đơn vị thuộc Sở có liên quan.', 6)),
    task(37, deliverable('a', 'Các phòng, cơ quan, đơn vị thực hiện TTHC.', 'Văn phòng Sở tổng hợp.', 7)),
  ],
};
const grid = (rows: CellValue[][]): SheetGrid => ({ name: TRACKING_SHEET, values: [[...TRACKING_HEADERS], ...rows], merges: [] });
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const read = (rows: CellValue[][]) => readTracking(grid(rows), plan, DEFAULT_UNIT_DIRECTORY);

describe('readTracking', () => {
  test('the acceptance rows', () => {
    const { entries, findings } = read([
      [7, null, null, null, d('2024-02-15'), null],
      [1, 'a', null, null, d('2024-02-27'), 'Đã ban hành'],
      [37, null, 'Chi cục Thủy sản', 'Quý I/2024', d('2024-03-09'), null],
    ]);
    expect(findings).toEqual([]);
    expect(entries).toEqual([
      { row: 2, taskId: '7', key: 'a', unit: null, period: null, done: '2024-02-15', note: '' },
      { row: 3, taskId: '1', key: 'a', unit: null, period: null, done: '2024-02-27', note: 'Đã ban hành' },
      { row: 4, taskId: '37', key: 'a', unit: 'Chi cục Thủy sản', period: '2024-Q1', done: '2024-03-09', note: '' },
    ]);
  });

  test.each<[CellValue, CellValue, number, string | null]>([
    ['7', null, 7, 'a'],
    ['7.', null, 7, 'a'],
    ['1a', null, 1, 'a'],
    ['1.b', null, 1, 'b'],
    ['1 b)', null, 1, 'b'],
    [1, 'b)', 1, 'b'],
    [1, 'B', 1, 'b'],
    [1, 2, 1, 'b'],
    [1, '1', 1, 'a'],
    [1, 'Kết quả số b', 1, 'b'],
    [1, null, 1, null],
  ])('STT %j, Kết quả %j → task %s key %s', (stt, key, no, k) => {
    const { entries, findings } = read([[stt, key, null, null, '20/02/2024', null]]);
    expect(findings).toEqual([]);
    expect(entries.map((e) => [e.taskId, e.key])).toEqual([[String(no), k]]);
  });

  test.each<[CellValue, string]>([
    [d('2024-02-20'), '2024-02-20'],
    ['20/02/2024', '2024-02-20'],
    ['2024-02-20', '2024-02-20'],
    ['20.02.2024', '2024-02-20'],
    [45342, '2024-02-20'],
  ])('Ngày hoàn thành %j → %s', (value, iso) => {
    expect(read([[7, null, null, null, value, null]]).entries[0]?.done).toBe(iso);
  });

  test.each<[CellValue, string]>([
    ['Quý I/2024', '2024-Q1'],
    ['quy 2/2024', '2024-Q2'],
    ['6 tháng/2024', '2024-H1'],
    ['Năm 2024', '2024-Y'],
    ['2024-Q3', '2024-Q3'],
  ])('Kỳ %j → %s', (value, code) => {
    expect(read([[37, null, null, value, '01/03/2024', null]]).entries[0]?.period).toBe(code);
  });

  test('unit names and short names resolve to the directory name', () => {
    const { entries } = read([
      [37, null, 'chi cuc thuy san', null, '01/03/2024', null],
      [37, null, 'CCKL', null, '01/03/2024', null],
    ]);
    expect(entries.map((e) => e.unit)).toEqual(['Chi cục Thủy sản', 'Chi cục Kiểm lâm']);
  });

  test.each<[CellValue[], RegExp, boolean]>([
    [[99, null, null, null, '01/03/2024', null], /STT 99 không khớp nhiệm vụ nào/, false],
    [['abc', null, null, null, '01/03/2024', null], /"abc" không phải số thứ tự/, false],
    [[null, 'a', null, null, '01/03/2024', null], /Thiếu STT/, false],
    [[7, 'c', null, null, '01/03/2024', null], /không có kết quả "c"/, false],
    [[1, 5, null, null, '01/03/2024', null], /không có kết quả "5"/, false],
    [[7, null, 'UBND huyện', null, '01/03/2024', null], /"UBND huyện" không có trong danh mục/, false],
    [[7, null, null, 'Quý V', '01/03/2024', null], /Kỳ "Quý V" không hiểu được/, false],
    [[7, null, null, null, '31/02/2024', null], /"31\/02\/2024" không phải ngày hợp lệ/, false],
    [[7, null, null, null, null, 'xong'], /Thiếu ngày hoàn thành/, false],
    [[37, null, 'Thanh tra Sở', null, '01/03/2024', null], /không được giao nhiệm vụ 37 \(kết quả a\)/, true],
  ])('row %j is warned about (kept: %s)', (row, message, kept) => {
    const { entries, findings } = read([row]);
    expect(findings).toEqual([expect.objectContaining({ sheet: TRACKING_SHEET, row: 2, severity: 'warning', message: expect.stringMatching(message) })]);
    expect(entries).toHaveLength(kept ? 1 : 0);
  });

  test('empty rows are skipped silently; header found below a title, columns in any order', () => {
    const g: SheetGrid = {
      name: 'Tiến độ',
      merges: [],
      values: [['THEO DÕI THỰC HIỆN KẾ HOẠCH'], [], ['Ghi chú', 'Ngày hoàn thành', 'Kỳ báo cáo', 'Đơn vị', 'STT nhiệm vụ'], [], [null, '15/02/2024', null, null, 7], [null, null, '', null, null]],
    };
    const { entries, findings } = readTracking(g, plan, DEFAULT_UNIT_DIRECTORY);
    expect(findings).toEqual([]);
    expect(entries).toEqual([{ row: 5, taskId: '7', key: 'a', unit: null, period: null, done: '2024-02-15', note: '' }]);
  });

  test('a sheet with data but no header is one warning; an empty sheet none', () => {
    expect(readTracking({ name: 'X', merges: [], values: [['a', 'b'], [1, 2]] }, plan, DEFAULT_UNIT_DIRECTORY).findings).toHaveLength(1);
    expect(readTracking({ name: 'X', merges: [], values: [] }, plan, DEFAULT_UNIT_DIRECTORY)).toEqual({ entries: [], findings: [] });
  });
});

// SPEC §11: numbers restart in every section, so a completion names the task by its id, or by a number only one task has.
describe('readTracking with task ids', () => {
  const idTask = (section: string, no: number, row: number): PlanTask => ({
    ...task(no, deliverable('a', 'Văn phòng Sở.', '', row), deliverable('b', 'Văn phòng Sở.', '', row + 1)),
    id: `${section}.${no}`,
    section,
  });
  const sectioned: PlanTable = { ...plan, tasks: [idTask('I', 1, 4), idTask('II', 1, 7), { ...idTask('II', 2, 9), label: '2' }] };
  const readIds = (rows: CellValue[][]) => readTracking(grid(rows), sectioned, DEFAULT_UNIT_DIRECTORY);

  test.each<[CellValue, string, string | null]>([
    ['II.1', 'II.1', null],
    ['ii.1', 'II.1', null],
    ['II.1b', 'II.1', 'b'],
    ['II.1 a)', 'II.1', 'a'],
    ['I.1', 'I.1', null],
    [2, 'II.2', null],
    ['2b', 'II.2', 'b'],
  ])('STT %j closes task %s (key %s)', (stt, id, key) => {
    const { entries, findings } = readIds([[stt, null, null, null, d('2024-02-15'), null]]);
    expect(findings).toEqual([]);
    expect(entries.map((e) => [e.taskId, e.key])).toEqual([[id, key]]);
  });

  test('a bare number two sections share is refused, asking for the id', () => {
    const { entries, findings } = readIds([[1, null, null, null, d('2024-02-15'), null]]);
    expect(entries).toEqual([]);
    expect(findings.map((f) => [f.row, f.message])).toEqual([[2, 'STT 1 có ở nhiều mục (I.1, II.1), cần ghi rõ mã nhiệm vụ (ví dụ II.1): bỏ qua dòng này.']]);
  });
});

test('a plan numbered by task codes ("NV-2026-001", a task system without STT) is tracked by its codes', () => {
  const coded: PlanTable = { ...plan, tasks: [{ ...task(1, deliverable('a', 'Văn phòng Sở', '', 4)), label: 'NV-2026-001', id: 'NV-2026-001' }] };
  const { entries, findings } = readTracking(grid([['nv-2026-001', null, null, null, '01/03/2024', null], ['NV-9', null, null, null, '01/03/2024', null]]), coded, DEFAULT_UNIT_DIRECTORY);
  expect(entries.map((e) => [e.taskId, e.done])).toEqual([['NV-2026-001', '2024-03-01']]);
  expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/"NV-9" không phải số thứ tự/)]);
});
