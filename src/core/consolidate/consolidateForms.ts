import { formatViDate } from '../calendar/isoDate';
import { describeFinding, error, type Finding } from '../findings';
import type { SheetGrid } from '../grid';
import { II05A, II05A_COUNT_KEYS, II06A, type Ii05aCounts } from '../forms/definitions';
import { checkFormRules, checkOverdueTotal, countOf, type FormRuleRow } from '../forms/rules';
import type { ReportPeriod } from '../periods/periods';
import { cellText, matchKey } from '../text/normalize';
import { DEFAULT_UNIT_DIRECTORY, unitKey } from '../units/directory';
import { checkCarryOver, type CarryOverWarning } from './carryOver';
import { chooseUnitFile } from './duplicateFiles';
import { datesOf, findForms, type FoundForm } from './findForms';
import { betterSpelling, displayCase } from '../text/displayCase';
import { splitFieldProcedure } from './overdueField';
import { directoryEntries, reportingUnitResolver, type DirectoryEntry, type DirectoryInput } from './reportingUnit';

/** One workbook the officer picked: its sheets, or why it could not be opened. */
export interface UnitFileInput {
  /** File name as the officer knows it. */
  file: string;
  grids?: readonly SheetGrid[];
  /** The Vietnamese reason the file could not be opened (e.g. `WorkbookOpenError.message`). */
  openError?: string;
  /** The workbook's own last-saved time (ISO, `Workbook.modifiedAt`): decides between two differing files of a unit. */
  modified?: string | null;
}

export interface ConsolidationOptions {
  /** The period being consolidated. */
  period: ReportPeriod;
  /** Units of the Sở; default: the built-in directory. */
  directory?: DirectoryInput;
  /** Last quarter's department report and/or unit files, for the carry-over check. */
  previous?: readonly UnitFileInput[];
}

export interface FileOutcome {
  file: string;
  /** The unit the file reports for (the directory's name when it is in the directory). */
  unit: string | null;
  /** Period label the file's header names, null when none. */
  period: string | null;
  status: 'accepted' | 'rejected';
  /** Why the file was left out (rejected only). */
  reason?: string;
  warnings: string[];
}

/** A department II.05a row: one lĩnh vực summed over the units. */
export type DepartmentFieldRow = { field: string; units: string[] } & Ii05aCounts;

export interface DepartmentOverdueRow {
  unit: string;
  field: string;
  procedure: string;
  count: number;
  reason: string;
  note: string;
}

export interface ConsolidationResult {
  period: ReportPeriod;
  files: FileOutcome[];
  /** TTHC units of the directory with no accepted file for the period. */
  missingUnits: string[];
  ii05a: { rows: DepartmentFieldRow[]; total: Ii05aCounts };
  /** Each accepted unit's II.05a totals (its rows summed), in the order the units were read. */
  unitTotals: { unit: string; counts: Ii05aCounts }[];
  ii06a: { rows: DepartmentOverdueRow[] };
  carryOver: CarryOverWarning[];
  /** Two or more files of one unit with different figures: which was kept and why, naming them (said loudly). */
  conflicts: string[];
}

/** A file accepted into the department report, with what was read from it. */
export interface AcceptedUnitForms {
  file: string;
  unit: string;
  ii05a: { field: string; row: number; counts: Ii05aCounts }[];
  ii06a: DepartmentOverdueRow[];
}

const MAX_REASONS = 3;

function zeroCounts(): Ii05aCounts {
  return Object.fromEntries(II05A_COUNT_KEYS.map((k) => [k, 0])) as Ii05aCounts;
}

function countsOf(cells: Record<string, unknown>): Ii05aCounts {
  const c = zeroCounts();
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


interface Checked {
  outcome: FileOutcome;
  accepted?: AcceptedUnitForms;
}

/** The figures of an accepted file as one text, whatever the row order: equal texts, equal figures. */
function figuresOf(forms: AcceptedUnitForms): string {
  const rows05 = forms.ii05a.map((r) => [matchKey(r.field), ...II05A_COUNT_KEYS.map((k) => r.counts[k])].join('|')).sort();
  const rows06 = forms.ii06a.map((r) => [matchKey(r.field), matchKey(r.procedure), r.count, matchKey(r.reason)].join('|')).sort();
  return JSON.stringify([rows05, rows06]);
}

/** Reads and checks one file; never throws for bad content. */
function checkFile(input: UnitFileInput, options: ConsolidationOptions, resolveUnit: (text: string) => DirectoryEntry | null): Checked {
  const outcome: FileOutcome = { file: input.file, unit: null, period: null, status: 'rejected', warnings: [] };
  const reject = (reason: string): Checked => ({ outcome: { ...outcome, reason } });
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

  if (!ii05a.total) outcome.warnings.push(`Trang tính ${sheetOf(ii05a)}: biểu II.05a không có dòng "Tổng cộng".`);
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

/** Consolidation fed one file at a time, so a task pane can show each file's result as it is read. */
export interface Consolidation {
  /**
   * Checks one more file and returns its outcome as things stand (a duplicate is judged
   * against the files added before it; a later file may still replace it: {@link result} is final).
   */
  add(input: UnitFileInput): FileOutcome;
  /** The department's result over the files added so far; the carry-over check runs here. */
  result(): ConsolidationResult;
}

/**
 * Starts a consolidation for a period: {@link Consolidation.add} each file as it is read,
 * then {@link Consolidation.result}. Each file costs the same whatever came before it.
 *
 * @example
 * const run = startConsolidation({ period });
 * for (const file of files) show(run.add(file));
 * const result = run.result();
 */
export function startConsolidation(options: ConsolidationOptions): Consolidation {
  const entries = directoryEntries(options.directory ?? DEFAULT_UNIT_DIRECTORY);
  const outcomes: FileOutcome[] = [];
  // Accepted files by unit key, in the order read; duplicates are settled by chooseUnitFile.
  const byUnit = new Map<string, { forms: AcceptedUnitForms; modified: string | null }[]>();
  const resolveUnit = reportingUnitResolver(entries);

  /** The file kept for each unit, in the order units were first read, and the others' fate. */
  const settle = () => {
    const kept: AcceptedUnitForms[] = [];
    const dropped = new Map<string, string>();
    const keptWarnings = new Map<string, string>();
    const conflicts: string[] = [];
    for (const group of byUnit.values()) {
      if (group.length === 1) {
        kept.push(group[0].forms);
        continue;
      }
      const choice = chooseUnitFile(
        group[0].forms.unit,
        group.map((g) => ({ file: g.forms.file, modified: g.modified, figures: figuresOf(g.forms) })),
      );
      kept.push(group.find((g) => g.forms.file === choice.kept)!.forms);
      for (const d of choice.dropped) dropped.set(d.file, d.reason);
      if (choice.conflict) {
        conflicts.push(choice.conflict);
        keptWarnings.set(choice.kept, choice.conflict);
      } else {
        keptWarnings.set(choice.kept, `Tệp trùng (cùng số liệu) không tính lần thứ hai: ${choice.dropped.map((d) => `"${d.file}"`).join(', ')}.`);
      }
    }
    return { kept, dropped, keptWarnings, conflicts };
  };

  /** A file's outcome once duplicates are settled. */
  const settled = (o: FileOutcome, s: ReturnType<typeof settle>): FileOutcome => {
    if (o.status !== 'accepted') return { ...o, warnings: [...o.warnings] };
    const reason = s.dropped.get(o.file);
    if (reason !== undefined) return { ...o, status: 'rejected', reason, warnings: [...o.warnings] };
    const extra = s.keptWarnings.get(o.file);
    return { ...o, warnings: extra ? [...o.warnings, extra] : [...o.warnings] };
  };

  return {
    add(input) {
      const checked = checkFile(input, options, resolveUnit);
      if (checked.accepted) {
        const key = matchKey(checked.accepted.unit);
        const group = byUnit.get(key) ?? [];
        group.push({ forms: checked.accepted, modified: input.modified ?? null });
        byUnit.set(key, group);
      }
      outcomes.push(checked.outcome);
      return settled(checked.outcome, settle());
    },

    result() {
      const s = settle();
      const byField = new Map<string, DepartmentFieldRow>();
      const total = zeroCounts();
      const unitTotals: ConsolidationResult['unitTotals'] = [];
      for (const unitForms of s.kept) {
        const unitTotal = zeroCounts();
        unitTotals.push({ unit: unitForms.unit, counts: unitTotal });
        for (const r of unitForms.ii05a) {
          for (const k of II05A_COUNT_KEYS) unitTotal[k] += r.counts[k];
          const key = matchKey(r.field);
          let row = byField.get(key);
          if (!row) {
            row = { field: r.field, units: [], ...zeroCounts() };
            byField.set(key, row);
          } else {
            row.field = betterSpelling(row.field, r.field);
          }
          if (!row.units.includes(unitForms.unit)) row.units.push(unitForms.unit);
          for (const k of II05A_COUNT_KEYS) {
            row[k] += r.counts[k];
            total[k] += r.counts[k];
          }
        }
      }
      const acceptedKeys = new Set(s.kept.map((a) => matchKey(a.unit)));
      const missingUnits = entries.filter((u) => u.handlesTthc && !acceptedKeys.has(matchKey(u.name))).map((u) => u.name);
      // Printed with a capital initial ("TRỒNG TRỌT" → "Trồng trọt"), as the form prints names.
      const departmentRows = [...byField.values()].map((r) => ({ ...r, field: displayCase(r.field) }));
      const carryOver = options.previous
        ? checkCarryOver(s.kept, departmentRows, options.previous, { period: options.period, entries, resolveUnit })
        : [];
      // Unit-level carry-over warnings also show on the file's own line.
      const extra = new Map<string, string[]>();
      for (const w of carryOver) if (w.file !== undefined) extra.set(w.file, [...(extra.get(w.file) ?? []), w.message]);
      const files = outcomes.map((o) => {
        const f = settled(o, s);
        return f.status === 'accepted' && extra.has(f.file) ? { ...f, warnings: [...f.warnings, ...(extra.get(f.file) ?? [])] } : f;
      });
      return {
        period: options.period,
        files,
        missingUnits,
        ii05a: { rows: departmentRows, total },
        unitTotals,
        ii06a: { rows: s.kept.flatMap((a) => a.ii06a) },
        carryOver,
        conflicts: s.conflicts,
      };
    },
  };
}

/**
 * Consolidates the units' workbooks into the department's II.05a and II.06a (SPEC §9).
 * Each file is checked on its own — forms found, period, unit, the column rules of SPEC §7 —
 * and a rejected file is reported with its reason while the others go on. Two accepted files
 * of one unit: {@link chooseUnitFile} keeps one whatever the order (same figures: the one not
 * named as a copy; different figures: the one saved last, said in `conflicts`). Lĩnh vực are
 * summed across units by their {@link matchKey} (case, diacritics, spacing ignored).
 *
 * @example
 * const result = consolidateForms([{ file: 'ts.xlsx', grids }], { period: parsePeriodCode('2024-Q1')! });
 * result.ii05a.total.c3 // the department's dossiers received
 */
export function consolidateForms(files: readonly UnitFileInput[], options: ConsolidationOptions): ConsolidationResult {
  const run = startConsolidation(options);
  for (const input of files) run.add(input);
  return run.result();
}
