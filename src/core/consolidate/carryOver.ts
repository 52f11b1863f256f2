import { addDays } from '../calendar/isoDate';
import { describeFinding } from '../findings';
import { II05A } from '../forms/definitions';
import { countOf } from '../forms/rules';
import { quarterContaining, type ReportPeriod } from '../periods/periods';
import { cellText, matchKey } from '../text/normalize';
import type { AcceptedUnitForms, CarryOverWarning, DepartmentFieldRow, UnitFileInput } from './model';
import { findForms } from '../forms/findForms';
import { reportingUnitResolver, type DirectoryEntry } from '../units/reportingUnit';

interface FieldSum {
  name: string;
  value: number;
}

function addTo(map: Map<string, FieldSum>, name: string, value: number): void {
  const key = matchKey(name);
  const s = map.get(key);
  if (s) s.value += value;
  else map.set(key, { name, value });
}

function compare(
  now: Map<string, FieldSum>,
  before: Map<string, FieldSum>,
  previous: ReportPeriod,
  who: { unit: string | null; file?: string },
): CarryOverWarning[] {
  const out: CarryOverWarning[] = [];
  const keys = [...now.keys(), ...[...before.keys()].filter((k) => !now.has(k))];
  for (const key of keys) {
    const a = now.get(key)?.value ?? 0;
    const b = before.get(key)?.value ?? 0;
    if (a === b) continue;
    const field = now.get(key)?.name ?? before.get(key)?.name ?? key;
    const prefix = who.unit ? `Đơn vị "${who.unit}", lĩnh vực` : 'Toàn Sở, lĩnh vực';
    out.push({
      ...who,
      field,
      thisQuarter: a,
      lastQuarter: b,
      message: `${prefix} "${field}": số từ kỳ trước chuyển qua (cột 6) là ${a} nhưng số đang giải quyết cuối ${previous.label} (cột 11) là ${b}.`,
    });
  }
  return out;
}

/**
 * The carry-over check (SPEC §9, issue 7): a lĩnh vực's (6) this quarter must equal its (11)
 * last quarter. A previous file whose unit has an accepted file this quarter is compared unit
 * by unit; any other previous II.05a (the department's own report) is compared with the
 * department's sums. Previous files of another period, or without II.05a, give a note.
 *
 * @example
 * checkCarryOver(accepted, departmentRows, [{ file: 'quy4.xlsx', grids }], { period, entries })
 * // [{ unit: 'Chi cục Thủy sản', field: 'Thủy sản', thisQuarter: 2, lastQuarter: 3, message: '…' }]
 */
export function checkCarryOver(
  accepted: readonly AcceptedUnitForms[],
  departmentRows: readonly DepartmentFieldRow[],
  previousFiles: readonly UnitFileInput[],
  options: { period: ReportPeriod; entries: readonly DirectoryEntry[]; resolveUnit?: (text: string) => DirectoryEntry | null },
): CarryOverWarning[] {
  const previous = quarterContaining(addDays(options.period.from, -1));
  const resolveUnit = options.resolveUnit ?? reportingUnitResolver(options.entries);
  const out: CarryOverWarning[] = [];
  const note = (file: string, message: string) =>
    out.push({ unit: null, field: '', thisQuarter: null, lastQuarter: null, message: `Tệp kỳ trước "${file}": ${message}` });
  const acceptedByUnit = new Map(accepted.map((a) => [matchKey(a.unit), a]));
  const department = new Map<string, FieldSum>();
  let departmentSeen = false;

  for (const input of previousFiles) {
    if (input.openError !== undefined || !input.grids) {
      note(input.file, input.openError ?? 'không đọc được.');
      continue;
    }
    const found = findForms(input.grids, [II05A], { period: previous });
    const form = found.ii05a;
    if (!form) {
      const why = found.findings.map(describeFinding).join('; ');
      note(input.file, why ? `không dùng được biểu II.05a (${why}).` : 'không tìm thấy biểu II.05a.');
      continue;
    }
    if (form.period?.code !== previous.code) {
      note(input.file, `biểu II.05a là của kỳ ${form.period?.label ?? form.periodText ?? '(không ghi)'}, không phải ${previous.label}: không so sánh.`);
      continue;
    }
    const unitName = form.unit ? (resolveUnit(form.unit)?.name ?? form.unit) : null;
    const current = unitName ? acceptedByUnit.get(matchKey(unitName)) : undefined;
    const before = new Map<string, FieldSum>();
    for (const r of form.rows) addTo(before, cellText(r.field), countOf(r.cells.c11) ?? 0);
    if (current) {
      const now = new Map<string, FieldSum>();
      for (const r of current.ii05a) addTo(now, r.field, r.counts.c6);
      out.push(...compare(now, before, previous, { unit: current.unit, file: current.file }));
      continue;
    }
    const unitEntry = unitName ? options.entries.find((e) => matchKey(e.name) === matchKey(unitName)) : undefined;
    if (unitEntry?.handlesTthc) {
      note(input.file, `đơn vị "${unitEntry.name}" chưa có tệp được nhận kỳ này: không so sánh.`);
      continue;
    }
    departmentSeen = true;
    for (const [key, s] of before) {
      const d = department.get(key);
      if (d) d.value += s.value;
      else department.set(key, { ...s });
    }
  }
  if (departmentSeen) {
    const now = new Map<string, FieldSum>();
    for (const r of departmentRows) addTo(now, r.field, r.c6);
    out.push(...compare(now, department, previous, { unit: null }));
  }
  return out;
}
