import { STATUS_SEVERITY } from '../status/model';
import { STATUS_LABELS, statusText } from '../status/labels';
import { unitDetail } from './unitDetail';
import { CHI_CUC, handmadeStatus } from '../../../test/highlight/handmadePlan';

describe('status symbols', () => {
  test('every status has its own symbol (a grayscale print still tells them apart)', () => {
    const symbols = STATUS_SEVERITY.map((k) => STATUS_LABELS[k].symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
    for (const s of symbols) expect(s.trim()).not.toBe('');
  });
});

describe('unitDetail', () => {
  const byKey = (taskNo: number, key: string) => handmadeStatus().deliverables.find((d) => d.taskId === String(taskNo) && d.key === key)!;

  test('one lead unit: no detail', () => {
    expect(unitDetail(byKey(7, 'a'))).toBe('');
  });

  test('a group: the odd unit named, the others counted, with the due day', () => {
    expect(unitDetail(byKey(1, 'b'))).toBe(`Chi cục Thủy sản: ${statusText('done')}; 3 đơn vị khác: ${statusText('due-soon')} 16/03`);
  });

  test('a group all in one state', () => {
    const d = byKey(1, 'b');
    const same = { ...d, units: d.units.map((u) => (u.role === 'lead' ? { ...u, status: 'overdue' as const, nextDue: '2024-03-01' } : u)) };
    expect(unitDetail(same)).toBe(`Tất cả ${CHI_CUC.length} đơn vị: ${statusText('overdue')} 01/03`);
  });

  test('two units, two states: both named, worst first', () => {
    const d = byKey(1, 'b');
    const two = { ...d, units: [{ ...d.units[0] }, { ...d.units[1], status: 'overdue' as const, nextDue: '2024-02-29' }] };
    expect(unitDetail(two)).toBe(`Chi cục Kiểm lâm: ${statusText('overdue')} 29/02; Chi cục Thủy sản: ${statusText('done')}`);
  });

  test('text that named no known unit is shown, never dropped', () => {
    const d = { ...byKey(7, 'a'), unresolved: ['Tổ công tác liên ngành'] };
    expect(unitDetail(d)).toBe('Chưa xác định được đơn vị: Tổ công tác liên ngành');
    const group = { ...byKey(1, 'b'), unresolved: ['Ban chỉ đạo'] };
    expect(unitDetail(group).split('\n')).toEqual([expect.stringContaining('3 đơn vị khác'), 'Chưa xác định được đơn vị: Ban chỉ đạo']);
  });
});
