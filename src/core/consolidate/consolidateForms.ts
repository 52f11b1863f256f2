import { II05A_COUNT_KEYS, zeroIi05aCounts } from '../forms/definitions';
import { betterSpelling, displayCase } from '../text/displayCase';
import { matchKey } from '../text/normalize';
import { DEFAULT_UNIT_DIRECTORY } from '../units/directory';
import { directoryEntries, reportingUnitResolver } from '../units/reportingUnit';
import { checkCarryOver } from './carryOver';
import { chooseUnitFile } from './duplicateFiles';
import type { AcceptedUnitForms, ConsolidationOptions, ConsolidationResult, DepartmentFieldRow, FileOutcome, UnitFileInput } from './model';
import { checkUnitFile } from './unitFileCheck';

export type {
  AcceptedUnitForms,
  CarryOverWarning,
  ConsolidationOptions,
  ConsolidationResult,
  DepartmentFieldRow,
  DepartmentOverdueRow,
  FileOutcome,
  UnitFileInput,
} from './model';

/** The figures of an accepted file as one text, whatever the row order: equal texts, equal figures. */
function figuresOf(forms: AcceptedUnitForms): string {
  const rows05 = forms.ii05a.map((r) => [matchKey(r.field), ...II05A_COUNT_KEYS.map((k) => r.counts[k])].join('|')).sort();
  const rows06 = forms.ii06a.map((r) => [matchKey(r.field), matchKey(r.procedure), r.count, matchKey(r.reason)].join('|')).sort();
  return JSON.stringify([rows05, rows06]);
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
      const checked = checkUnitFile(input, options, resolveUnit);
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
      const total = zeroIi05aCounts();
      const unitTotals: ConsolidationResult['unitTotals'] = [];
      for (const unitForms of s.kept) {
        const unitTotal = zeroIi05aCounts();
        unitTotals.push({ unit: unitForms.unit, counts: unitTotal });
        for (const r of unitForms.ii05a) {
          for (const k of II05A_COUNT_KEYS) unitTotal[k] += r.counts[k];
          const key = matchKey(r.field);
          let row = byField.get(key);
          if (!row) {
            row = { field: r.field, units: [], ...zeroIi05aCounts() };
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
