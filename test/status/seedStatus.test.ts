import ExcelJS from 'exceljs';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import type { PlanTable } from '../../src/core/plan/model';
import { computePlanStatus, statusOf } from '../../src/core/status/computeStatus';
import { readTracking, TRACKING_HEADERS, TRACKING_SHEET } from '../../src/core/status/tracking';
import { DEFAULT_UNIT_DIRECTORY } from '../../src/core/units/directory';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { buildSeedPlanWorkbook, type SeedLayout } from '../fixtures/seedAppendix';

/** Acceptance of issue 3 on the seed plan, read from real .xlsx files by the real reader. */

const ASOF = '2024-03-10';
const D = DEFAULT_UNIT_DIRECTORY;
const ALL = D.units.map((u) => u.name);
const TTHC = D.units.filter((u) => u.handlesTthc).map((u) => u.name);
const VP = 'Văn phòng Sở';
const Q = ['2024-03-16', '2024-06-16', '2024-09-16', '2024-12-16'];

async function seedPlan(layout: SeedLayout): Promise<PlanTable> {
  const book = await FileWorkbook.open(await buildSeedPlanWorkbook(layout), `seed-${layout}.xlsx`);
  const grids = await Promise.all((await book.sheetNames()).map((n) => book.readSheet(n)));
  const { plan } = readPlanTable(grids);
  if (!plan) throw new Error('the seed plan was not read');
  return plan;
}

describe.each<SeedLayout>(['word', 'pdf'])('seed plan, %s layout, as of 10/03/2024, window 7', (layout) => {
  let plan: PlanTable;
  beforeAll(async () => {
    plan = await seedPlan(layout);
  });

  test('the plan year is 2024', () => {
    expect(computePlanStatus(plan, { asOf: ASOF }).year).toBe(2024);
  });

  test.each<[number, string, string, string[], boolean]>([
    [1, 'a', 'once', ['2024-02-29'], false],
    [1, 'b', 'once', ['2024-03-31'], false],
    [7, 'a', 'once', ['2024-02-19'], false],
    [25, 'a', 'once', ['2024-03-31'], false],
    [19, 'a', 'recurring', Q, false],
    [36, 'a', 'recurring', Q, true],
    [37, 'a', 'recurring', Q, true],
    [32, 'a', 'recurring', ['2024-06-16', '2024-12-16'], false],
    [2, 'a', 'ongoing', [], false],
    [30, 'a', 'ongoing', [], false],
    [30, 'b', 'ongoing', [], false],
    [8, 'a', 'unscheduled', [], false],
    [22, 'a', 'unscheduled', [], false],
    [33, 'a', 'unscheduled', [], false],
    [34, 'a', 'unscheduled', [], false],
    [35, 'a', 'unscheduled', [], false],
  ])('schedule of %s%s: %s %j adhoc=%s', (no, key, kind, due, adhoc) => {
    expect(statusOf(computePlanStatus(plan, { asOf: ASOF }), String(no), key)?.schedule).toEqual({ kind, due, adhoc });
  });

  test.each<[number, string, string, string | null]>([
    [1, 'a', 'overdue', '2024-02-29'],
    [7, 'a', 'overdue', '2024-02-19'],
    [19, 'a', 'due-soon', '2024-03-16'],
    [36, 'a', 'due-soon', '2024-03-16'],
    [37, 'a', 'due-soon', '2024-03-16'],
    [1, 'b', 'pending', '2024-03-31'],
    [25, 'a', 'pending', '2024-03-31'],
    [32, 'a', 'pending', '2024-06-16'],
    [2, 'a', 'ongoing', null],
    [8, 'a', 'unscheduled', null],
  ])('status of %s%s without tracking: %s, next due %s', (no, key, status, nextDue) => {
    const s = statusOf(computePlanStatus(plan, { asOf: ASOF }), String(no), key);
    expect([s?.status, s?.nextDue]).toEqual([status, nextDue]);
  });

  test('units: task 5 lead Văn phòng Sở; task 2 group leads without it; task 37 only TTHC units', () => {
    const s = computePlanStatus(plan, { asOf: ASOF });
    const roles = (no: number, role: 'lead' | 'support') => statusOf(s, String(no), 'a')!.units.filter((u) => u.role === role).map((u) => u.unit);
    expect(roles(5, 'lead')).toEqual([VP]);
    expect(roles(2, 'lead')).toEqual(ALL.filter((n) => n !== VP));
    expect(roles(2, 'support')).toEqual([VP]);
    expect(roles(37, 'lead')).toEqual(TTHC);
    expect(roles(37, 'lead')).toContain('Chi cục Thủy sản');
    expect(roles(37, 'lead')).not.toContain(VP);
  });

  test('every unit text of the seed resolves; the only warnings are the assumed ones', () => {
    const s = computePlanStatus(plan, { asOf: ASOF });
    expect(s.deliverables.flatMap((d) => d.unresolved)).toEqual([]);
    expect(s.deliverables).toHaveLength(40);
    // Task 36 "Định kỳ theo quy định" (assumed quarterly), tasks 33 and 34 "được giao chủ trì" (assumed all units).
    expect(s.warnings.map((w) => w.message.replace(/:.*$/s, ''))).toEqual(['Nhiệm vụ 33', 'Nhiệm vụ 34', 'Nhiệm vụ 36']);
  });

  test('with a tracking sheet written as .xlsx: 7 and 1a done, 19 judged on Quý II, 37 due-soon but pending for Chi cục Thủy sản', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(TRACKING_SHEET);
    ws.addRow([...TRACKING_HEADERS]);
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    ws.addRow([7, null, null, null, day('2024-02-15'), null]);
    ws.addRow([1, 'a', null, null, day('2024-02-27'), null]);
    ws.addRow([19, null, null, 'Quý I/2024', day('2024-03-08'), null]);
    ws.addRow([37, null, 'Chi cục Thủy sản', 'Quý I/2024', day('2024-03-09'), 'Đã gửi']);
    ws.addRow([99, null, null, null, day('2024-03-01'), null]);
    ws.getColumn(5).numFmt = 'dd/mm/yyyy';
    const book = await FileWorkbook.open(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'theo-doi.xlsx');
    const { entries, findings } = readTracking(await book.readSheet(TRACKING_SHEET), plan, D);
    expect(entries).toHaveLength(4);
    expect(findings).toEqual([expect.objectContaining({ row: 6, message: expect.stringContaining('STT 99 không khớp nhiệm vụ nào') })]);

    const s = computePlanStatus(plan, { asOf: ASOF, tracking: entries });
    expect(statusOf(s, '7', 'a')!.status).toBe('done');
    expect(statusOf(s, '1', 'a')!.status).toBe('done');
    expect(statusOf(s, '1', 'b')!.status).toBe('pending');
    expect([statusOf(s, '19', 'a')!.status, statusOf(s, '19', 'a')!.nextDue]).toEqual(['pending', '2024-06-16']);
    const t37 = statusOf(s, '37', 'a')!;
    expect(t37.status).toBe('due-soon');
    const leads = t37.units.filter((u) => u.role === 'lead');
    expect(leads.find((u) => u.unit === 'Chi cục Thủy sản')).toMatchObject({ status: 'pending', nextDue: '2024-06-16' });
    const others = leads.filter((u) => u.unit !== 'Chi cục Thủy sản');
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((u) => u.status === 'due-soon' && u.nextDue === '2024-03-16')).toBe(true);
  });
});
