import type { Deliverable, PlanTable, PlanTask } from '../plan/model';
import { DEFAULT_UNIT_DIRECTORY } from '../units/directory';
import { computePlanStatus, deliverableStatusJson, occurrenceStatus, statusOf, worstStatus } from './computeStatus';
import { STATUS_LABELS, statusText } from './labels';
import { STATUS_SEVERITY, type Schedule, type StatusKey } from './model';
import type { TrackingEntry } from './tracking';

const once = (due: string): Schedule => ({ kind: 'once', due: [due], adhoc: false });
const quarterly: Schedule = { kind: 'recurring', due: ['2024-03-16', '2024-06-16', '2024-09-16', '2024-12-16'], adhoc: false };
const ongoing: Schedule = { kind: 'ongoing', due: [], adhoc: false };
const unscheduled: Schedule = { kind: 'unscheduled', due: [], adhoc: false };
let nextRow = 2;
const entry = (done: string, period: string | null = null, unit: string | null = null): TrackingEntry => ({
  row: nextRow++,
  taskId: '1',
  key: 'a',
  unit,
  period,
  done,
  note: '',
});

describe('occurrenceStatus: every rule of SPEC §4 (as-of 10/03/2024, window 7)', () => {
  test.each<[string, Schedule, TrackingEntry[], StatusKey, string | null]>([
    ['once, due before as-of, open', once('2024-03-09'), [], 'overdue', '2024-03-09'],
    ['once, due on as-of (last allowed day)', once('2024-03-10'), [], 'due-soon', '2024-03-10'],
    ['once, due at the window end', once('2024-03-17'), [], 'due-soon', '2024-03-17'],
    ['once, due the day after the window', once('2024-03-18'), [], 'pending', '2024-03-18'],
    ['once, done late', once('2024-02-19'), [entry('2024-03-01')], 'done', null],
    ['once, done early', once('2024-03-31'), [entry('2024-01-05')], 'done', null],
    ['once, done with its quarter as Kỳ', once('2024-03-31'), [entry('2024-03-05', '2024-Q1')], 'done', null],
    ['recurring, nothing done', quarterly, [], 'due-soon', '2024-03-16'],
    ['recurring, Q1 done early: judged on Q2', quarterly, [entry('2024-03-08', '2024-Q1')], 'pending', '2024-06-16'],
    ['recurring, blank Kỳ closes the earliest open', quarterly, [entry('2024-03-08')], 'pending', '2024-06-16'],
    ['recurring, only Q2 done: Q1 still due', quarterly, [entry('2024-03-08', '2024-Q2')], 'due-soon', '2024-03-16'],
    ['recurring, two blank entries close two occurrences', quarterly, [entry('2024-03-01'), entry('2024-03-02')], 'pending', '2024-09-16'],
    ['recurring, every occurrence done', quarterly, ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'].map((p) => entry('2024-03-01', p)), 'done', null],
    ['recurring, 6 tháng closes 16/06', quarterly, [entry('2024-03-01', '2024-Q1'), entry('2024-03-02', '2024-H1')], 'pending', '2024-09-16'],
    ['recurring, Năm closes 16/12', quarterly, [entry('2024-03-01', '2024-Y')], 'due-soon', '2024-03-16'],
    ['ongoing', ongoing, [], 'ongoing', null],
    ['ongoing stays ongoing when a completion is recorded', ongoing, [entry('2024-03-01')], 'ongoing', null],
    ['unscheduled', unscheduled, [], 'unscheduled', null],
    ['unscheduled recorded as done', unscheduled, [entry('2024-03-01')], 'done', null],
  ])('%s', (_name, schedule, entries, status, nextDue) => {
    const r = occurrenceStatus(schedule, entries, '2024-03-10', 7);
    expect([r.status, r.nextDue]).toEqual([status, nextDue]);
  });

  test('overdue wins over a later due-soon occurrence', () => {
    const s: Schedule = { kind: 'recurring', due: ['2024-03-01', '2024-03-12'], adhoc: false };
    expect(occurrenceStatus(s, [], '2024-03-10', 7)).toMatchObject({ status: 'overdue', nextDue: '2024-03-01' });
  });

  test('window 0: only a due date on the as-of day is due soon', () => {
    expect(occurrenceStatus(once('2024-03-10'), [], '2024-03-10', 0).status).toBe('due-soon');
    expect(occurrenceStatus(once('2024-03-11'), [], '2024-03-10', 0).status).toBe('pending');
  });

  test('window crosses a leap day and a year turn', () => {
    expect(occurrenceStatus(once('2024-03-02'), [], '2024-02-24', 7).status).toBe('due-soon');
    expect(occurrenceStatus(once('2024-03-03'), [], '2024-02-24', 7).status).toBe('pending');
    expect(occurrenceStatus(once('2025-01-03'), [], '2024-12-27', 7).status).toBe('due-soon');
  });

  test('a Kỳ that matches no due date is reported, and changes nothing', () => {
    const e = entry('2024-03-01', '2024-Q3');
    const r = occurrenceStatus(once('2024-02-29'), [e], '2024-03-10', 7);
    expect(r.status).toBe('overdue');
    expect(r.unmatched).toEqual([e]);
  });
});

describe('worstStatus and labels', () => {
  test.each<[StatusKey[], StatusKey | null]>([
    [['done', 'ongoing'], 'ongoing'],
    [['ongoing', 'unscheduled'], 'unscheduled'],
    [['unscheduled', 'pending'], 'pending'],
    [['pending', 'due-soon', 'done'], 'due-soon'],
    [['due-soon', 'overdue'], 'overdue'],
    [[], null],
  ])('%j → %s', (list, worst) => {
    expect(worstStatus(list)).toBe(worst);
  });

  test('every status has a distinct Vietnamese label and symbol', () => {
    const labels = STATUS_SEVERITY.map((s) => STATUS_LABELS[s]);
    expect(new Set(labels.map((l) => l.vi)).size).toBe(6);
    expect(new Set(labels.map((l) => l.symbol)).size).toBe(6);
    expect(statusText('overdue')).toBe('✖ Quá hạn');
    expect(statusText('done')).toBe('✔ Hoàn thành');
  });
});

function deliverable(key: string, lead: string, support: string, timing: string, row: number): Deliverable {
  return { key, result: `Kết quả ${key}`, lead, support, timing, timingDate: null, override: null, rows: [row, row] };
}
function task(no: number, ...deliverables: Deliverable[]): PlanTask {
  return { no, label: String(no), id: String(no), section: 'I', group: null, content: `Nhiệm vụ ${no}`, deliverables, rows: [deliverables[0].rows[0], deliverables[deliverables.length - 1].rows[1]] };
}
const GROUP = 'Các phòng, cơ quan, đơn vị thuộc Sở có liên quan.';
const TTHC_GROUP = 'Các phòng, cơ quan, đơn vị thực hiện TTHC.';
const plan: PlanTable = {
  sheet: 'Phụ lục',
  year: 2024,
  title: null,
  sections: [{ code: 'I', path: 'I', level: 'section', title: 'Mục I', row: 3 }],
  warnings: [],
  layout: {
    headerRows: [1, 2],
    columns: { stt: 1, content: 2, result: 3, lead: 4, support: 5, timing: 6, override: null },
    lastColumn: 6,
    lastRow: 10,
  },
  tasks: [
    task(1, deliverable('a', 'Văn phòng Sở.', GROUP, 'Tháng 02/2024', 4), deliverable('b', GROUP, 'Văn phòng Sở kiểm soát.', 'Quý I', 5)),
    task(2, deliverable('a', GROUP, 'Văn phòng Sở.', 'Thường xuyên', 6)),
    task(37, deliverable('a', TTHC_GROUP, 'Văn phòng Sở tổng hợp.', '- Định kỳ 3 tháng/lần\n- Đợt xuất theo thời điểm yêu cầu.', 7)),
    task(40, deliverable('a', 'UBND huyện', '', 'Sớm nhất có thể', 8)),
  ],
};
const TTHC = DEFAULT_UNIT_DIRECTORY.units.filter((u) => u.handlesTthc).map((u) => u.name);

describe('computePlanStatus on a hand-built plan', () => {
  const asOf = '2024-03-10';

  test('roll-up is the worst over leads; support units shown, not judged', () => {
    const entries: TrackingEntry[] = [{ row: 2, taskId: '37', key: 'a', unit: 'Chi cục Thủy sản', period: '2024-Q1', done: '2024-03-09', note: '' }];
    const s = computePlanStatus(plan, { asOf, tracking: entries });
    const t37 = statusOf(s, '37', 'a')!;
    expect(t37.status).toBe('due-soon');
    expect(t37.nextDue).toBe('2024-03-16');
    expect(t37.units.filter((u) => u.role === 'lead').map((u) => u.unit)).toEqual(TTHC);
    expect(t37.units.find((u) => u.unit === 'Chi cục Thủy sản')).toEqual({ unit: 'Chi cục Thủy sản', role: 'lead', status: 'pending', nextDue: '2024-06-16' });
    expect(t37.units.find((u) => u.role === 'support')).toEqual({ unit: 'Văn phòng Sở', role: 'support', status: 'due-soon', nextDue: '2024-03-16' });
  });

  test('when every lead is done, a late support unit does not hold the roll-up', () => {
    const entries: TrackingEntry[] = [{ row: 2, taskId: '1', key: 'a', unit: 'Văn phòng Sở', period: null, done: '2024-02-27', note: '' }];
    const t1a = statusOf(computePlanStatus(plan, { asOf, tracking: entries }), '1', 'a')!;
    expect(t1a.status).toBe('done');
    expect(t1a.units.filter((u) => u.role === 'support').every((u) => u.status === 'overdue')).toBe(true);
  });

  test('a blank deliverable key applies to every deliverable of the task; completions after as-of do not count', () => {
    const entries: TrackingEntry[] = [
      { row: 2, taskId: '1', key: null, unit: null, period: null, done: '2024-03-01', note: '' },
      { row: 3, taskId: '37', key: 'a', unit: null, period: null, done: '2024-03-11', note: '' },
    ];
    const s = computePlanStatus(plan, { asOf, tracking: entries });
    expect(statusOf(s, '1', 'a')!.status).toBe('done');
    expect(statusOf(s, '1', 'b')!.status).toBe('done');
    expect(statusOf(s, '37', 'a')!.status).toBe('due-soon');
  });

  test('unresolved lead text: judged as a whole, kept, warned about with the row', () => {
    const s = computePlanStatus(plan, { asOf });
    const t40 = statusOf(s, '40', 'a')!;
    expect(t40.units).toEqual([]);
    expect(t40.unresolved).toEqual(['UBND huyện']);
    expect(t40.status).toBe('unscheduled');
    const rows8 = s.warnings.filter((w) => w.row === 8).map((w) => w.message);
    expect(rows8).toHaveLength(2);
    expect(rows8).toEqual(expect.arrayContaining([expect.stringContaining('"Sớm nhất có thể"'), expect.stringContaining('"UBND huyện"')]));
  });

  test('one warning per distinct timing phrase not understood, naming every task and row (issue 12)', () => {
    const same = (n: number, row: number) => task(n, deliverable('a', 'Văn phòng Sở', '', 'Sớm nhất có thể', row));
    const s = computePlanStatus({ ...plan, tasks: [same(41, 11), same(42, 12), task(43, deliverable('a', 'Văn phòng Sở', '', 'Khi nào xong', 13))] }, { asOf });
    const timing = s.warnings.filter((w) => w.message.includes('Không hiểu thời gian'));
    expect(timing.map((w) => [w.row, w.message])).toEqual([
      [11, 'Không hiểu thời gian thực hiện "Sớm nhất có thể": chưa có hạn, cần nhập hạn điều chỉnh. Gặp ở 2 chỗ: Nhiệm vụ 41 (dòng 11), Nhiệm vụ 42 (dòng 12).'],
      [13, 'Nhiệm vụ 43: Không hiểu thời gian thực hiện "Khi nào xong": chưa có hạn, cần nhập hạn điều chỉnh.'],
    ]);
  });

  test('window and year options; year falls back to the as-of year with a warning', () => {
    const s = computePlanStatus(plan, { asOf: '2024-03-01', window: 30 });
    expect(s.window).toBe(30);
    expect(statusOf(s, '1', 'b')!.status).toBe('due-soon');
    const noYear = computePlanStatus({ ...plan, year: null }, { asOf });
    expect(noYear.year).toBe(2024);
    expect(noYear.warnings.some((w) => w.row === null && /năm/.test(w.message))).toBe(true);
    expect(statusOf(computePlanStatus(plan, { asOf, year: 2025 }), '1', 'b')!.schedule.due).toEqual(['2025-03-31']);
  });

  test('a tracking row whose Kỳ matches no due date is warned about', () => {
    const entries: TrackingEntry[] = [{ row: 9, taskId: '1', key: 'a', unit: null, period: '2024-Q3', done: '2024-03-01', note: '' }];
    const s = computePlanStatus(plan, { asOf, tracking: entries });
    expect(s.warnings).toContainEqual(expect.objectContaining({ sheet: 'Theo dõi thực hiện', row: 9 }));
    expect(statusOf(s, '1', 'a')!.status).toBe('overdue');
  });

  test('deliverableStatusJson gives exactly the SPEC §10 fields', () => {
    const json = deliverableStatusJson(statusOf(computePlanStatus(plan, { asOf }), '2', 'a')!);
    expect(Object.keys(json)).toEqual(['schedule', 'status', 'nextDue', 'units']);
    expect(json.schedule).toEqual({ kind: 'ongoing', due: [], adhoc: false });
    expect(json.status).toBe('ongoing');
    expect(json.units[0]).toEqual({ unit: 'Thanh tra Sở', role: 'lead', status: 'ongoing', nextDue: null });
    expect(json.units.at(-1)).toEqual({ unit: 'Văn phòng Sở', role: 'support', status: 'ongoing', nextDue: null });
  });

  test('bad as-of or window is a programmer error', () => {
    expect(() => computePlanStatus(plan, { asOf: '10/03/2024' })).toThrow(RangeError);
    expect(() => computePlanStatus(plan, { asOf, window: -1 })).toThrow(RangeError);
  });
});

// SPEC §11: numbers restart in every section; schedules and completions follow the task id, never the bare number.
test('tasks I.1 and II.1 keep their own schedules, and a completion of II.1 closes II.1 only', () => {
  const restart = (section: string, timing: string, row: number): PlanTask => ({ ...task(1, deliverable('a', 'Văn phòng Sở.', '', timing, row)), section, id: `${section}.1` });
  const sectioned: PlanTable = { ...plan, tasks: [restart('I', 'Tháng 02/2024', 4), restart('II', 'Quý IV', 6)] };
  const done: TrackingEntry = { row: 2, taskId: 'II.1', key: 'a', unit: null, period: null, done: '2024-03-01', note: '' };
  const s = computePlanStatus(sectioned, { asOf: '2024-03-10', tracking: [done] });
  expect(statusOf(s, 'I.1', 'a')).toMatchObject({ schedule: { due: ['2024-02-29'] }, status: 'overdue' });
  expect(statusOf(s, 'II.1', 'a')).toMatchObject({ schedule: { due: ['2024-12-31'] }, status: 'done' });
});
