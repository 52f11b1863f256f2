import { countByRole, countByStatus, shownStatus, unitPart } from './unitView';
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

describe('countByRole', () => {
  const none = { overdue: 0, 'due-soon': 0, pending: 0, unscheduled: 0, ongoing: 0, done: 0 };
  test('a unit’s deliverables by its own status, as lead and as support apart', () => {
    // Chi cục Thủy sản supports 1a (overdue), leads 1b (done for it) and 2 (ongoing).
    expect(countByRole(handmadeStatus(), 'chi cuc thuy san')).toEqual({ lead: { ...none, done: 1, ongoing: 1 }, support: { ...none, overdue: 1 } });
    expect(countByRole(handmadeStatus(), 'Văn phòng Sở')).toEqual({ lead: { ...none, overdue: 2 }, support: { ...none, 'due-soon': 1, ongoing: 1 } });
    expect(countByRole(handmadeStatus(), 'Không có')).toEqual({ lead: none, support: none });
  });

  test('lead and support add up to countByStatus for the unit', () => {
    for (const unit of ['Chi cục Thủy sản', 'Văn phòng Sở', 'Thanh tra Sở']) {
      const { lead, support } = countByRole(handmadeStatus(), unit);
      const all = countByStatus(handmadeStatus(), { unit }).byStatus;
      for (const key of Object.keys(all) as (keyof typeof all)[]) expect(lead[key] + support[key]).toBe(all[key]);
    }
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
