import { countByStatus, shownStatus, unitPart } from './unitView';
import { handmadeStatus } from '../../../test/highlight/handmadePlan';

describe('countByStatus', () => {
  test('all units: one count per deliverable by its overall status', () => {
    const counts = countByStatus(handmadeStatus());
    expect(counts.total).toBe(5);
    expect(counts.byStatus).toEqual({ overdue: 2, 'due-soon': 1, pending: 1, unscheduled: 0, ongoing: 1, done: 0 });
  });

  test('by unit: only its deliverables (lead or support), by its own status; names match loosely', () => {
    expect(countByStatus(handmadeStatus(), { unit: 'chi cuc thuy san' })).toEqual({
      total: 3,
      byStatus: { overdue: 1, 'due-soon': 0, pending: 0, unscheduled: 0, ongoing: 1, done: 1 },
      doneFromPlan: 0,
    });
    expect(countByStatus(handmadeStatus(), { unit: 'Văn phòng Sở.' }).total).toBe(4);
    expect(countByStatus(handmadeStatus(), { unit: 'Không có' }).total).toBe(0);
  });

  test('does not mutate its input', () => {
    const status = handmadeStatus();
    const copy = structuredClone(status);
    countByStatus(status, { unit: 'Văn phòng Sở' });
    expect(status).toEqual(copy);
  });
});

describe('unitPart / shownStatus', () => {
  const [a1, b1] = handmadeStatus().deliverables;
  test('a unit both named as lead and support counts as lead', () => {
    const both = { ...a1, units: [{ ...a1.units[1], role: 'support' as const }, { ...a1.units[1], role: 'lead' as const, status: 'done' as const }] };
    expect(unitPart(both, 'Chi cục Thủy sản')?.role).toBe('lead');
  });
  test('shownStatus: overall, or the unit’s own, or null', () => {
    expect(shownStatus(b1)).toEqual({ status: 'due-soon', nextDue: '2024-03-16' });
    expect(shownStatus(b1, 'Chi cục Thủy sản')).toEqual({ status: 'done', nextDue: null });
    expect(shownStatus(b1, 'Thanh tra Sở')).toBeNull();
  });
});
