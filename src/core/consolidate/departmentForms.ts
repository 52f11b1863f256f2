import { II05A, II05A_COUNT_KEYS, II06A, II06A_DEPARTMENT } from '../forms/definitions';
import { formSheetName, formSheetWrite, romanNumeral, type FormBodyLine } from '../forms/formsWritePlan';
import type { TemplateContent } from '../forms/templateFill';
import { betterSpelling, displayCase } from '../text/displayCase';
import { matchKey } from '../text/normalize';
import type { SheetWrite } from '../write/writePlan';
import type { ConsolidationResult, DepartmentOverdueRow } from './model';

export interface DepartmentFormOptions {
  /** "Đơn vị báo cáo" of the department report (default {@link defaultReportingUnit} of the period). */
  reportingUnit?: string;
  /** "Đơn vị nhận báo cáo" (default {@link DEFAULT_DEPARTMENT_RECEIVER}). */
  receiver?: string;
  /** Place in the signature date line. */
  place?: string;
}

/**
 * The department's name by the first day it bore it, newest first (data: a new name is one more
 * row). Sở Nông nghiệp và Phát triển nông thôn and Sở Tài nguyên và Môi trường became Sở Nông
 * nghiệp và Môi trường on 01/03/2025.
 */
export const REPORTING_UNIT_NAMES: readonly { from: string; name: string }[] = [
  { from: '2025-03-01', name: 'Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi' },
  { from: '0000-01-01', name: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ngãi' },
];

/**
 * "Đơn vị báo cáo" of the department's report for a period: the name the department bore at the
 * period's end.
 *
 * @example
 * defaultReportingUnit(reportPeriod(2024, 'Q1')) // 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ngãi'
 * defaultReportingUnit(reportPeriod(2026, 'Q2')) // 'Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi'
 */
export function defaultReportingUnit(period: { to: string }): string {
  return (REPORTING_UNIT_NAMES.find((n) => period.to >= n.from) ?? REPORTING_UNIT_NAMES[REPORTING_UNIT_NAMES.length - 1]).name;
}
export const DEFAULT_DEPARTMENT_RECEIVER = 'Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi';

/**
 * Name of the department's sheet of a form for a period: "Tổng hợp II.05a Quý I-2024"
 * (≤ 31 characters). Each period has its own sheets: re-running a period replaces them,
 * other periods' reports stay (and serve as "last quarter" for the carry-over check).
 *
 * @example
 * departmentSheetName('II.06a', parsePeriodCode('2024-Q3')!) // 'Tổng hợp II.06a Quý III-2024'
 */
export function departmentSheetName(form: 'II.05a' | 'II.06a', period: ConsolidationResult['period']): string {
  return `Tổng hợp ${formSheetName(form === 'II.05a' ? II05A : II06A, period)}`.slice(0, 31);
}

function headingOf(result: ConsolidationResult, options: DepartmentFormOptions) {
  return {
    unit: options.reportingUnit ?? defaultReportingUnit(result.period),
    receiver: options.receiver ?? DEFAULT_DEPARTMENT_RECEIVER,
    period: result.period,
    ...(options.place !== undefined ? { place: options.place } : {}),
  };
}

/**
 * The department's II.05a lines: one per lĩnh vực, the units' rows summed.
 *
 * @example
 * departmentIi05aLines(result)[0].cells.c2 // 'Thủy sản'
 */
export function departmentIi05aLines(result: ConsolidationResult): FormBodyLine[] {
  return result.ii05a.rows.map((r, i) => ({
    cells: { c1: i + 1, c2: r.field, ...Object.fromEntries(II05A_COUNT_KEYS.map((k) => [k, r[k]])) },
  }));
}

/**
 * The department's II.06a lines ({@link II06A_DEPARTMENT} columns): every unit's rows grouped
 * by lĩnh vực, a Roman-numbered heading with its subtotal, the unit in (5), its note in (6).
 *
 * @example
 * departmentIi06aLines(result)[1].cells.c5 // 'Chi cục Thủy sản'
 */
export function departmentIi06aLines(result: ConsolidationResult): FormBodyLine[] {
  const groups = new Map<string, { field: string; rows: DepartmentOverdueRow[] }>();
  for (const r of result.ii06a.rows) {
    const key = matchKey(r.field);
    const g = groups.get(key) ?? { field: r.field, rows: [] };
    g.field = betterSpelling(g.field, r.field);
    g.rows.push(r);
    groups.set(key, g);
  }
  const body: FormBodyLine[] = [];
  let g = 0;
  for (const group of groups.values()) {
    g += 1;
    const subtotal = group.rows.reduce((t, r) => t + r.count, 0);
    body.push({ cells: { c1: romanNumeral(g), c2: group.field ? displayCase(group.field) : '(Không ghi lĩnh vực)', c3: subtotal }, bold: true, subtotal: true });
    group.rows.forEach((r, i) => {
      body.push({ cells: { c1: i + 1, c2: r.procedure || '(Không ghi tên TTHC)', c3: r.count, c4: r.reason, c5: r.unit, c6: r.note || null } });
    });
  }
  return body;
}

/**
 * The department's forms as a province's template takes them: its II.06a has the units' five
 * columns, so the unit that handles the dossiers goes into "Ghi chú" (5), before the unit's
 * own note.
 *
 * @example
 * departmentTemplateContent(result).ii06a[1].cells.c5 // 'Chi cục Thủy sản; Đã nhắc đơn vị'
 */
export function departmentTemplateContent(result: ConsolidationResult): TemplateContent {
  const ii06a = departmentIi06aLines(result).map((line) => {
    if (line.subtotal) return line;
    const { c5, c6, ...rest } = line.cells;
    return { ...line, cells: { ...rest, c5: [c5, c6].filter((v) => typeof v === 'string' && v !== '').join('; ') || null } };
  });
  return { ii05a: departmentIi05aLines(result), ii06a };
}

/**
 * The department's II.05a in the official layout (the forms' own writer): one row per lĩnh
 * vực, the units' rows summed, and the total row.
 *
 * @example
 * departmentIi05aSheet(result).sheet // 'Tổng hợp II.05a Quý I-2024'
 */
export function departmentIi05aSheet(result: ConsolidationResult, options: DepartmentFormOptions = {}): SheetWrite {
  return formSheetWrite(II05A, headingOf(result, options), departmentIi05aLines(result), result.ii05a.total, departmentSheetName('II.05a', result.period));
}

/**
 * The department's II.06a in the official layout: every unit's rows, grouped by lĩnh vực
 * (a Roman-numbered heading with its subtotal, as the form writes it), the unit in a column of
 * its own ({@link II06A_DEPARTMENT}), the unit's own note in "Ghi chú".
 *
 * @example
 * departmentIi06aSheet(result).sheet // 'Tổng hợp II.06a Quý I-2024'
 */
export function departmentIi06aSheet(result: ConsolidationResult, options: DepartmentFormOptions = {}): SheetWrite {
  const overdue = result.ii06a.rows.reduce((t, r) => t + r.count, 0);
  return formSheetWrite(II06A_DEPARTMENT, headingOf(result, options), departmentIi06aLines(result), { c3: overdue }, departmentSheetName('II.06a', result.period));
}
