import { linesWithStatus, unitSummaries } from './status';
import { handmadePlan, handmadeStatus } from '../../../test/highlight/handmadePlan';

describe('linesWithStatus: what the overdue and due-soon lists show', () => {
  test('all units: each deliverable by its overall status, no part named', () => {
    const lines = linesWithStatus(handmadePlan(), handmadeStatus(), 'overdue');
    expect(lines.map((l) => [l.taskId, l.key, l.role])).toEqual([
      ['1', 'a', null],
      ['7', '', null],
    ]);
  });

  test('one unit: its own status, and its part in each deliverable (lead or support)', () => {
    // Văn phòng Sở leads 1a and 7 (overdue), supports 1b (due soon for it).
    expect(linesWithStatus(handmadePlan(), handmadeStatus(), 'overdue', 'Văn phòng Sở').map((l) => [l.taskId, l.role])).toEqual([
      ['1', 'lead'],
      ['7', 'lead'],
    ]);
    expect(linesWithStatus(handmadePlan(), handmadeStatus(), 'due-soon', 'Văn phòng Sở').map((l) => [l.taskId, l.key, l.role])).toEqual([['1', 'b', 'support']]);
    // Chi cục Thủy sản is overdue only as support (1a): the list says so, the unit table counts no overdue.
    expect(linesWithStatus(handmadePlan(), handmadeStatus(), 'overdue', 'chi cuc thuy san').map((l) => [l.taskId, l.key, l.role])).toEqual([['1', 'a', 'support']]);
    expect(unitSummaries(handmadeStatus()).find((s) => s.unit === 'Chi cục Thủy sản')?.overdue).toBe(0);
  });
});
