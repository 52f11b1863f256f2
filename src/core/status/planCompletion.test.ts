import { markedPlan, type MarkedRow } from '../../../test/status/markedPlan';
import { computePlanStatus, deliverableStatusJson, markedStatus, statusOf } from './computeStatus';
import type { Schedule, StatusKey } from './model';
import { planMarkOf, type PlanMark } from './planCompletion';
import type { TrackingEntry } from './tracking';

describe('planMarkOf: what the plan\'s status and "Ngày hoàn thành" cells say (SPEC §12)', () => {
  test.each<[string | undefined, string | null | undefined, Omit<PlanMark, 'text'> | null]>([
    ['Đã hoàn thành', null, { done: true, day: null, late: false, unknown: false }],
    ['Đã hoàn thành', '2025-03-10', { done: true, day: '2025-03-10', late: false, unknown: false }],
    ['Hoàn thành', null, { done: true, day: null, late: false, unknown: false }],
    ['HOÀN THÀNH', null, { done: true, day: null, late: false, unknown: false }],
    ['da hoan thanh.', null, { done: true, day: null, late: false, unknown: false }],
    ['Đã hoàn thành (Báo cáo số 12/BC-SNNMT)', null, { done: true, day: null, late: false, unknown: false }],
    ['Hoàn thành quá hạn', null, { done: true, day: null, late: true, unknown: false }],
    ['Hoàn thành quá hạn', '2025-04-02', { done: true, day: '2025-04-02', late: true, unknown: false }],
    ['Xong', null, { done: true, day: null, late: false, unknown: false }],
    ['x', null, { done: true, day: null, late: false, unknown: false }],
    ['X', '2025-01-20', { done: true, day: '2025-01-20', late: false, unknown: false }],
    ['✓', null, { done: true, day: null, late: false, unknown: false }],
    ['✔', null, { done: true, day: null, late: false, unknown: false }],
    ['100%', null, { done: true, day: null, late: false, unknown: false }],
    ['100 %', null, { done: true, day: null, late: false, unknown: false }],
    ['100', null, { done: true, day: null, late: false, unknown: false }],
    // A percent-formatted cell reaches the reader as its value.
    ['1', null, { done: true, day: null, late: false, unknown: false }],
    ['Đang thực hiện', null, { done: false, day: null, late: false, unknown: false }],
    ['Đang thực hiện', '2025-03-10', { done: false, day: null, late: false, unknown: false }],
    ['Chưa thực hiện', null, { done: false, day: null, late: false, unknown: false }],
    ['Quá hạn', null, { done: false, day: null, late: false, unknown: false }],
    ['Chưa hoàn thành', null, { done: false, day: null, late: false, unknown: false }],
    ['85%', null, { done: false, day: null, late: false, unknown: false }],
    ['85', '2025-03-10', { done: false, day: null, late: false, unknown: false }],
    ['99,5%', null, { done: false, day: null, late: false, unknown: false }],
    ['0.85', null, { done: false, day: null, late: false, unknown: false }],
    ['0', null, { done: false, day: null, late: false, unknown: false }],
    ['Hoàn thành 60%', null, { done: false, day: null, late: false, unknown: false }],
    // Task-tracking systems' words.
    ['Đã xử lý', null, { done: true, day: null, late: false, unknown: false }],
    ['Đã xử lý quá hạn', '2025-04-02', { done: true, day: '2025-04-02', late: true, unknown: false }],
    ['Hoàn thành sau hạn', null, { done: true, day: null, late: true, unknown: false }],
    ['Trong hạn', null, { done: false, day: null, late: false, unknown: false }],
    ['Chưa đến hạn', null, { done: false, day: null, late: false, unknown: false }],
    ['Quá hạn chưa hoàn thành', null, { done: false, day: null, late: false, unknown: false }],
    ['Mới giao', null, { done: false, day: null, late: false, unknown: false }],
    ['Đã trình UBND tỉnh', null, { done: false, day: null, late: false, unknown: true }],
    ['Xem xét lại', null, { done: false, day: null, late: false, unknown: true }],
    ['', '2025-03-10', { done: true, day: '2025-03-10', late: false, unknown: false }],
    ['', null, null],
    [undefined, undefined, null],
    ['', 'không phải ngày', null],
  ])('%j with done-day %j', (statusText, doneDay, want) => {
    const mark = planMarkOf({ ...(statusText !== undefined ? { statusText } : {}), ...(doneDay !== undefined ? { doneDay } : {}) });
    expect(mark === null ? null : { done: mark.done, day: mark.day, late: mark.late, unknown: mark.unknown }).toEqual(want);
    if (mark) expect(mark.text).toBe((statusText ?? '').trim());
  });
});

describe('markedStatus: which occurrences a done mark closes', () => {
  const quarterly: Schedule = { kind: 'recurring', due: ['2025-03-16', '2025-06-16', '2025-09-16', '2025-12-16'], adhoc: false };
  const mark = (day: string | null): PlanMark => ({ done: true, day, late: false, text: 'x', unknown: false });
  test.each<[string, Schedule, string | null, StatusKey, string | null, string[]]>([
    ['once, day unknown', { kind: 'once', due: ['2025-03-31'], adhoc: false }, null, 'done', null, ['2025-03-31']],
    ['once, done before its due', { kind: 'once', due: ['2025-06-30'], adhoc: false }, '2025-02-01', 'done', null, ['2025-06-30']],
    ['recurring, day unknown: every occurrence', quarterly, null, 'done', null, quarterly.due],
    ['recurring, done 20/06: Quý I and II closed', quarterly, '2025-06-20', 'pending', '2025-09-16', ['2025-03-16', '2025-06-16']],
    ['recurring, done on a due day closes it', quarterly, '2025-03-16', 'overdue', '2025-06-16', ['2025-03-16']],
    ['recurring, done before the first due: nothing closed', quarterly, '2025-02-01', 'overdue', '2025-03-16', []],
    ['ongoing', { kind: 'ongoing', due: [], adhoc: false }, null, 'done', null, []],
    ['unscheduled', { kind: 'unscheduled', due: [], adhoc: false }, '2025-02-01', 'done', null, []],
  ])('%s', (_name, schedule, day, status, nextDue, closed) => {
    expect(markedStatus(schedule, mark(day), '2025-07-01', 7)).toEqual({ status, nextDue, closed, unmatched: [] });
  });

  test('a mark that does not say done is a programmer error', () => {
    expect(() => markedStatus(quarterly, { ...mark(null), done: false }, '2025-07-01', 7)).toThrow(RangeError);
  });
});

describe('computePlanStatus with completion written in the plan (as of 10/04/2025)', () => {
  const AS_OF = '2025-04-10';
  const planOf = (rows: MarkedRow[]) => markedPlan(rows);
  const entry = (taskId: string, done: string, period: string | null = null, unit: string | null = null): TrackingEntry => ({ row: 2, taskId, key: 'a', unit, period, done, note: '' });

  test.each<[string, MarkedRow, StatusKey, string | null, Record<string, unknown>]>([
    ['"Đã hoàn thành", day unknown: done by the plan, not judged late', ['Quý I/2025', 'Đã hoàn thành', null], 'done', null, { completedBy: 'plan' }],
    ['"Hoàn thành quá hạn": done, late', ['Quý I/2025', 'Hoàn thành quá hạn', null], 'done', null, { completedBy: 'plan', late: true }],
    ['"x" with its day', ['Quý I/2025', 'x', '2025-03-20'], 'done', null, { completedBy: 'plan' }],
    ['"100%"', ['Quý I/2025', '100%', null], 'done', null, { completedBy: 'plan' }],
    ['a done-day with an empty status cell', ['Quý I/2025', '', '2025-03-20'], 'done', null, { completedBy: 'plan' }],
    ['"Đang thực hiện": not done, overdue', ['Quý I/2025', 'Đang thực hiện', null], 'overdue', '2025-03-31', {}],
    ['"85%": not done', ['Quý I/2025', '85%', null], 'overdue', '2025-03-31', {}],
    ['"Quá hạn": not done', ['Quý II/2025', 'Quá hạn', null], 'pending', '2025-06-30', {}],
    ['done on a day after the as-of day: not yet', ['Quý II/2025', 'Đã hoàn thành', '2025-05-02'], 'pending', '2025-06-30', {}],
    ['recurring, done 20/03: Quý I closed, judged on Quý II', ['Hằng quý', 'x', '2025-03-20'], 'pending', '2025-06-16', {}],
    ['recurring, day unknown: every occurrence closed', ['Hằng quý', 'Đã hoàn thành', null], 'done', null, { completedBy: 'plan' }],
    ['ongoing marked done', ['Thường xuyên', 'Đã hoàn thành', null], 'done', null, { completedBy: 'plan' }],
    ['unscheduled marked done', ['Theo kế hoạch', 'Xong', null], 'done', null, { completedBy: 'plan' }],
    ['nothing written', ['Quý I/2025', '', null], 'overdue', '2025-03-31', {}],
  ])('%s', (_name, row, status, nextDue, completion) => {
    const s = computePlanStatus(planOf([row]), { asOf: AS_OF }).deliverables[0];
    expect([s.status, s.nextDue]).toEqual([status, nextDue]);
    expect({ completedBy: s.completedBy, late: s.late }).toEqual({ completedBy: undefined, late: undefined, ...completion });
    expect(s.units).toEqual([{ unit: 'Chi cục Thủy sản', role: 'lead', status, nextDue, ...completion }]);
  });

  test('the support units take the plan\'s mark too (shown, not judged); every lead unit is done', () => {
    const plan = planOf([['Quý I/2025', 'Đã hoàn thành', null, 'Chi cục Thủy sản; Chi cục Kiểm lâm', 'Văn phòng Sở']]);
    const s = computePlanStatus(plan, { asOf: AS_OF }).deliverables[0];
    expect(s.units.map((u) => [u.unit, u.role, u.status, u.completedBy])).toEqual([
      ['Chi cục Thủy sản', 'lead', 'done', 'plan'],
      ['Chi cục Kiểm lâm', 'lead', 'done', 'plan'],
      ['Văn phòng Sở', 'support', 'done', 'plan'],
    ]);
  });

  test('the tracking sheet still records completions: done by tracking where the plan says not done', () => {
    const s = computePlanStatus(planOf([['Quý I/2025', 'Đang thực hiện', null]]), { asOf: AS_OF, tracking: [entry('1', '2025-03-15')] }).deliverables[0];
    expect([s.status, s.completedBy, s.units[0].completedBy]).toEqual(['done', 'tracking', 'tracking']);
  });

  test('the tracking sheet wins where both speak: its Quý I row decides, the plan\'s "Đã hoàn thành" does not close the rest', () => {
    const s = computePlanStatus(planOf([['Hằng quý', 'Đã hoàn thành', null]]), { asOf: AS_OF, tracking: [entry('1', '2025-03-10', '2025-Q1')] }).deliverables[0];
    expect([s.status, s.nextDue, s.completedBy]).toEqual(['pending', '2025-06-16', undefined]);
  });

  test('a tracking row recorded after the as-of day still speaks for its unit (the plan\'s mark does not count either)', () => {
    const s = computePlanStatus(planOf([['Quý I/2025', 'Đã hoàn thành', null]]), { asOf: AS_OF, tracking: [entry('1', '2025-04-20')] }).deliverables[0];
    expect(s.status).toBe('overdue');
  });

  test('a tracking row for one unit: that unit by tracking, the other by the plan; the deliverable says tracking', () => {
    const plan = planOf([['Quý I/2025', 'Đã hoàn thành', null, 'Chi cục Thủy sản; Chi cục Kiểm lâm']]);
    const s = computePlanStatus(plan, { asOf: AS_OF, tracking: [entry('1', '2025-03-05', null, 'Chi cục Kiểm lâm')] }).deliverables[0];
    expect(s.units.map((u) => [u.unit, u.status, u.completedBy])).toEqual([
      ['Chi cục Thủy sản', 'done', 'plan'],
      ['Chi cục Kiểm lâm', 'done', 'tracking'],
    ]);
    expect([s.status, s.completedBy]).toEqual(['done', 'tracking']);
  });

  test('a lead that names no known unit: the deliverable is judged as a whole, by the plan', () => {
    const s = computePlanStatus(planOf([['Quý I/2025', 'x', null, 'Tổ công tác liên ngành']]), { asOf: AS_OF }).deliverables[0];
    expect([s.status, s.completedBy, s.units]).toEqual(['done', 'plan', []]);
  });

  test('unknown words: not done, one warning per distinct word naming where it is', () => {
    const plan = planOf([
      ['Quý I/2025', 'Đã trình UBND', null],
      ['Quý I/2025', 'đã trình ubnd', null],
      ['Quý I/2025', 'Chờ ý kiến', null],
      ['Quý I/2025', 'Đã hoàn thành', null],
    ]);
    const s = computePlanStatus(plan, { asOf: AS_OF });
    expect(s.deliverables.map((d) => d.status)).toEqual(['overdue', 'overdue', 'overdue', 'done']);
    const marks = s.warnings.filter((w) => w.message.startsWith('Cột trạng thái'));
    expect(marks.map((w) => [w.sheet, w.row, w.message])).toEqual([
      ['Kế hoạch', 2, 'Cột trạng thái ghi "Đã trình UBND" (2 chỗ: Nhiệm vụ 1 (dòng 2), Nhiệm vụ 2 (dòng 3)): không rõ đã hoàn thành hay chưa, coi là chưa hoàn thành. Ghi "Đã hoàn thành", "x" hoặc "100%" khi đã xong.'],
      ['Kế hoạch', 4, 'Cột trạng thái ghi "Chờ ý kiến" (Nhiệm vụ 3): không rõ đã hoàn thành hay chưa, coi là chưa hoàn thành. Ghi "Đã hoàn thành", "x" hoặc "100%" khi đã xong.'],
    ]);
  });

  test('JSON: completedBy and late per deliverable and unit, only on a done status', () => {
    const status = computePlanStatus(planOf([['Quý I/2025', 'Hoàn thành quá hạn', null], ['Quý I/2025', 'Đang thực hiện', null]]), { asOf: AS_OF });
    expect(deliverableStatusJson(statusOf(status, '1', 'a')!)).toMatchObject({ status: 'done', completedBy: 'plan', late: true, units: [{ unit: 'Chi cục Thủy sản', status: 'done', completedBy: 'plan', late: true }] });
    const open = deliverableStatusJson(statusOf(status, '2', 'a')!);
    expect(open).not.toHaveProperty('completedBy');
    expect(open.units[0]).not.toHaveProperty('completedBy');
  });
});
