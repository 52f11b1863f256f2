import { formatViDate } from '../calendar/isoDate';
import { describeFinding, error, type Finding } from '../findings';
import { II05A, II05A_COUNT_KEYS, II06A, zeroIi05aCounts, type Ii05aCounts } from '../forms/definitions';
import { checkFormRules, checkOverdueTotal, countOf, type FormRuleRow } from '../forms/rules';
import { cellText, matchKey } from '../text/normalize';
import { unitKey } from '../units/directory';
import type { DirectoryEntry } from '../units/reportingUnit';
import { datesOf, findForms, type FoundForm } from '../forms/findForms';
import type { AcceptedUnitForms, ConsolidationOptions, DepartmentOverdueRow, FileOutcome, UnitFileInput } from './model';
import { splitFieldProcedure } from './overdueField';

const MAX_REASONS = 3;

function countsOf(cells: Record<string, unknown>): Ii05aCounts {
  const c = zeroIi05aCounts();
  for (const k of II05A_COUNT_KEYS) c[k] = countOf(cells[k]) ?? 0;
  return c;
}

function ruleRows(form: FoundForm): FormRuleRow[] {
  return form.rows.map((r) => ({ ...r.cells, field: r.procedure || r.field, row: r.row }));
}

function reasonOf(errors: Finding[]): string {
  const shown = errors
    .slice(0, MAX_REASONS)
    .map((f) => describeFinding(f).replace(/\.$/, ''))
    .join('; ');
  return errors.length > MAX_REASONS ? `${shown} (và ${errors.length - MAX_REASONS} lỗi khác).` : `${shown}.`;
}

/** A file's outcome and, when accepted, what consolidation takes from it. */
export interface CheckedUnitFile {
  outcome: FileOutcome;
  accepted?: AcceptedUnitForms;
}

/**
 * Reads and checks one unit's file for the period (SPEC §9): both forms found, period and
 * unit named, the column rules of SPEC §7 kept; a rejected file carries its reason. Never
 * throws for bad content.
 *
 * @example
 * checkUnitFile({ file: 'ts.xlsx', grids }, { period }, reportingUnitResolver(entries)).outcome.status // 'accepted'
 */
export function checkUnitFile(
  input: UnitFileInput,
  options: Pick<ConsolidationOptions, 'period'>,
  resolveUnit: (text: string) => DirectoryEntry | null,
): CheckedUnitFile {
  const outcome: FileOutcome = { file: input.file, unit: null, period: null, status: 'rejected', warnings: [] };
  const reject = (reason: string): CheckedUnitFile => ({ outcome: { ...outcome, reason } });
  if (input.openError !== undefined || !input.grids) return reject(input.openError ?? `Không đọc được tệp "${input.file}".`);
  if (input.grids.length === 0) return reject(`Tệp "${input.file}" không có trang tính nào: không phải sổ tính Excel có biểu báo cáo.`);

  const found = findForms(input.grids, [II05A, II06A], { period: options.period });
  const { ii05a, ii06a } = found;
  for (const f of found.findings) if (f.severity === 'warning') outcome.warnings.push(describeFinding(f));
  const unitText = ii05a?.unit ?? ii06a?.unit ?? null;
  const directoryUnit = unitText ? resolveUnit(unitText) : null;
  outcome.unit = directoryUnit?.name ?? unitText;
  outcome.period = ii05a?.period?.label ?? ii05a?.periodText ?? null;
  if (!ii05a) {
    const why = found.findings.filter((f) => f.severity === 'error');
    return reject(
      why.length > 0 ? reasonOf(why) : `Không tìm thấy biểu II.05a (tiêu đề "${II05A.title}" và dòng số cột (1) … (13)) trong tệp.`,
    );
  }
  const sheetOf = (form: FoundForm) => `'${form.sheet}'`;
  if (!ii05a.period) {
    return reject(
      ii05a.periodText
        ? `Trang tính ${sheetOf(ii05a)}: không hiểu kỳ báo cáo "${ii05a.periodText}".`
        : `Trang tính ${sheetOf(ii05a)}: biểu II.05a không ghi "Kỳ báo cáo".`,
    );
  }
  if (ii05a.period.code !== options.period.code) {
    return reject(`Biểu II.05a là của kỳ ${ii05a.period.label}, không phải kỳ đang tổng hợp (${options.period.label}).`);
  }
  if (ii06a?.period && ii06a.period.code !== options.period.code) {
    return reject(`Biểu II.06a là của kỳ ${ii06a.period.label}, không phải kỳ đang tổng hợp (${options.period.label}).`);
  }
  if (!unitText) return reject(`Trang tính ${sheetOf(ii05a)}: biểu không ghi "Đơn vị báo cáo", không biết là của đơn vị nào.`);
  if (!directoryUnit) outcome.warnings.push(`Đơn vị "${unitText}" không có trong danh mục đơn vị.`);
  else if (!` ${unitKey(unitText)} `.includes(` ${unitKey(directoryUnit.name)} `) && unitKey(directoryUnit.shortName ?? '') !== unitKey(unitText)) {
    outcome.warnings.push(`"Đơn vị báo cáo" ghi "${unitText}", hiểu là "${directoryUnit.name}" theo chữ viết tắt.`);
  }
  if (ii06a?.unit && ii05a.unit && resolveUnit(ii06a.unit)?.name !== directoryUnit?.name && matchKey(ii06a.unit) !== matchKey(ii05a.unit)) {
    outcome.warnings.push(`Biểu II.06a ghi đơn vị "${ii06a.unit}", khác biểu II.05a ("${ii05a.unit}").`);
  }

  const errors: Finding[] = [];
  const rows05 = ruleRows(ii05a);
  errors.push(...checkFormRules(rows05, ii05a.total ? { ...ii05a.total.cells, row: ii05a.total.row } : null, II05A, { sheet: ii05a.sheet }));
  for (const r of ii05a.rows) {
    if (r.field === '') errors.push(error(ii05a.sheet, r.row, 'Dòng có số liệu nhưng không ghi lĩnh vực.'));
  }
  if (ii06a) {
    errors.push(...checkFormRules(ruleRows(ii06a), ii06a.total ? { ...ii06a.total.cells, row: ii06a.total.row } : null, II06A, { sheet: ii06a.sheet }));
    const overdue = ii05a.rows.reduce((t, r) => t + (countOf(r.cells.c13) ?? 0), 0);
    errors.push(...checkOverdueTotal(overdue, ruleRows(ii06a).map((r) => ({ c3: r.c3 })), { sheet: ii06a.sheet, row: ii06a.total?.row ?? null }));
  }
  if (errors.length > 0) return reject(reasonOf(errors));

  if (!ii05a.total) outcome.warnings.push(`Trang tính ${sheetOf(ii05a)}: biểu II.05a không có dòng tổng ("Tổng số" hoặc "Tổng cộng").`);
  const counts05 = ii05a.rows.map((r) => ({ field: cellText(r.field), row: r.row, counts: countsOf(r.cells) }));
  const overdueTotal = counts05.reduce((t, r) => t + r.counts.c13, 0);
  if (!ii06a && overdueTotal > 0) {
    outcome.warnings.push(`Cột (13) có ${overdueTotal} hồ sơ quá hạn nhưng tệp không có biểu II.06a nêu nguyên nhân.`);
  }
  const seen = new Map<string, number>();
  for (const r of counts05) {
    const first = seen.get(matchKey(r.field));
    if (first !== undefined) outcome.warnings.push(`Trang tính ${sheetOf(ii05a)}, dòng ${r.row}: lĩnh vực "${r.field}" đã có ở dòng ${first}; hai dòng được cộng lại.`);
    else seen.set(matchKey(r.field), r.row);
  }
  const dates = datesOf(ii05a.periodText ?? '');
  if (dates && (dates[0] !== ii05a.period.from || dates[1] !== ii05a.period.to)) {
    outcome.warnings.push(
      `Trang tính ${sheetOf(ii05a)}: kỳ báo cáo ghi "${ii05a.periodText}" nhưng ${ii05a.period.label} là từ ngày ${formatViDate(ii05a.period.from)} đến ngày ${formatViDate(ii05a.period.to)}.`,
    );
  }
  // A flat II.06a (no lĩnh vực headings) belongs to the unit's only lĩnh vực with overdue dossiers, when there is one.
  const overdueFields = counts05.filter((r) => r.counts.c13 > 0);
  const soleField = overdueFields.length === 1 ? overdueFields[0].field : '';
  const unit = outcome.unit as string;
  // "Trồng trọt - Công nhận cây đầu dòng" in the single column: the field is the unit's own II.05a field.
  const knownFields = counts05.map((r) => r.field);
  const rows06: DepartmentOverdueRow[] = (ii06a?.rows ?? [])
    .map((r) => {
      const heading = cellText(r.field);
      const split = heading ? null : splitFieldProcedure(cellText(r.procedure), knownFields);
      return {
        unit,
        field: heading || split?.field || soleField,
        procedure: split ? split.procedure : cellText(r.procedure),
        count: countOf(r.cells.c3) ?? 0,
        reason: cellText(r.cells.c4 ?? null),
        note: cellText(r.cells.c5 ?? null),
      };
    })
    // A line with no overdue dossier is nothing to explain in the department's report.
    .filter((r) => r.count > 0);
  return { outcome: { ...outcome, status: 'accepted' }, accepted: { file: input.file, unit, ii05a: counts05, ii06a: rows06 } };
}
