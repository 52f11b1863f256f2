import { formatViDate } from '../calendar/isoDate';
import { STATUS_SEVERITY, type DeliverableStatus, type StatusKey, type UnitStatus } from '../status/model';
import { statusText } from '../status/labels';

/** dd/mm of an ISO day, for short mentions inside a sentence. */
function dayMonth(day: string): string {
  return formatViDate(day).slice(0, 5);
}

function statusWithDue(status: StatusKey, nextDue: string | null): string {
  const due = nextDue && status !== 'done' ? ` ${dayMonth(nextDue)}` : '';
  return `${statusText(status)}${due}`;
}

/**
 * Per-unit detail of a deliverable whose lead is a group (more than one lead unit), e.g.
 * "Chi cục Thủy sản: ✔ Hoàn thành; 12 đơn vị khác: ⚠ Sắp đến hạn 16/03". Units in the same
 * state are grouped; the largest group (when it has several units) is summed up as
 * "N đơn vị khác", the others are named, worst first. Chủ trì/Phối hợp text that named no
 * known unit follows on its own line. Empty when one known unit leads.
 *
 * @example
 * unitDetail(deliverableLedByOneUnit) // ''
 */
export function unitDetail(deliverable: DeliverableStatus): string {
  const unresolved = deliverable.unresolved.length > 0 ? `Chưa xác định được đơn vị: ${deliverable.unresolved.join('; ')}` : '';
  const leads = leadDetail(deliverable);
  return [leads, unresolved].filter(Boolean).join('\n');
}

function leadDetail(deliverable: DeliverableStatus): string {
  const leads = deliverable.units.filter((u) => u.role === 'lead');
  if (leads.length < 2) return '';
  const groups = new Map<string, UnitStatus[]>();
  for (const u of leads) {
    const key = `${u.status}|${u.nextDue ?? ''}`;
    const list = groups.get(key);
    if (list) list.push(u);
    else groups.set(key, [u]);
  }
  const list = [...groups.values()];
  if (list.length === 1) return `Tất cả ${leads.length} đơn vị: ${statusWithDue(leads[0].status, leads[0].nextDue)}`;
  const largest = list.reduce((a, b) => (b.length > a.length ? b : a));
  const named = list
    .filter((g) => g !== largest || largest.length === 1)
    .sort((a, b) => STATUS_SEVERITY.indexOf(a[0].status) - STATUS_SEVERITY.indexOf(b[0].status));
  const parts = named.map((g) => `${g.map((u) => u.unit).join(', ')}: ${statusWithDue(g[0].status, g[0].nextDue)}`);
  if (largest.length > 1) parts.push(`${largest.length} đơn vị khác: ${statusWithDue(largest[0].status, largest[0].nextDue)}`);
  return parts.join('; ');
}
