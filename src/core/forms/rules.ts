import { error, type Finding } from '../findings';
import { columnNumberLabel, type FormDefinition } from './definitions';

/**
 * One row of a form as the rules see it: its label, where it sits (when read from a sheet)
 * and its cells by column key (`c3` …). Cell values may be anything a sheet holds.
 */
export type FormRuleRow = {
  readonly field?: string;
  readonly row?: number | null;
  readonly [key: string]: unknown;
};

/** Cells of the total row by column key; `row` is where it sits on the sheet, when known. */
export type FormRuleTotal = { readonly row?: number | null; readonly [key: string]: unknown };

/**
 * The whole number ≥ 0 a count cell holds, or null when it holds something else.
 * An empty cell is 0 (officers leave zero cells blank); a number typed as text ("12") is read.
 *
 * @example
 * countOf(3) // 3
 * countOf('') // 0
 * countOf(2.5) // null
 */
export function countOf(value: unknown): number | null {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : null;
  if (typeof value === 'string') {
    const t = value.trim();
    if (t === '' || t === '-') return 0;
    if (/^\d{1,12}$/.test(t)) return Number(t);
    return null;
  }
  return null;
}

function rowName(row: FormRuleRow, index: number): string {
  const f = typeof row.field === 'string' && row.field.trim() !== '' ? row.field.trim() : `thứ ${index + 1}`;
  return `dòng "${f}"`;
}

function columnsLabel(keys: string[], def: FormDefinition): string {
  return keys.map((k) => columnNumberLabel(def.columns.find((c) => c.key === k)?.no ?? Number(k.slice(1)))).join('+');
}

/**
 * Checks the rules of SPEC §7 on a form's rows and total: every count cell a whole number ≥ 0,
 * the form's equalities on each row and on the total ((3)=(4)+(5)+(6), (7)=(8)+(9)+(10),
 * (11)=(12)+(13), (3)=(7)+(11) for II.05a), and the total equal to the column sums.
 * Returns one error finding per broken rule; none when the form is sound.
 *
 * @example
 * checkFormRules([{ field: 'Trồng trọt', c3: 2, c4: 1, c5: 1, c6: 0, c7: 2, c8: 2, c9: 0, c10: 0, c11: 0, c12: 0, c13: 0 }], null, II05A)
 * // []
 */
export function checkFormRules(
  rows: readonly FormRuleRow[],
  total: FormRuleTotal | null,
  def: FormDefinition,
  options: { sheet?: string } = {},
): Finding[] {
  const sheet = options.sheet ?? def.code;
  const countKeys = def.columns.filter((c) => c.kind === 'count').map((c) => c.key);
  const findings: Finding[] = [];
  const sums: Record<string, number> = Object.fromEntries(countKeys.map((k) => [k, 0]));
  const sumValid: Record<string, boolean> = Object.fromEntries(countKeys.map((k) => [k, true]));

  const checkLine = (line: FormRuleRow | FormRuleTotal, name: string): void => {
    const at = line.row ?? null;
    const value: Record<string, number | null> = {};
    for (const key of countKeys) {
      value[key] = countOf(line[key]);
      if (value[key] === null) {
        const no = def.columns.find((c) => c.key === key)?.no ?? 0;
        findings.push(error(sheet, at, `${name}, cột ${columnNumberLabel(no)}: "${String(line[key])}" không phải số nguyên không âm.`));
      }
    }
    for (const rule of def.rules) {
      const parts = rule.of.map((k) => value[k]);
      const whole = value[rule.sum];
      if (whole === null || whole === undefined || parts.some((p) => p === null || p === undefined)) continue;
      const sum = (parts as number[]).reduce((a, b) => a + b, 0);
      if (sum !== whole) {
        findings.push(
          error(sheet, at, `${name}: cột ${columnsLabel([rule.sum], def)} = ${whole} nhưng ${columnsLabel(rule.of, def)} = ${sum}.`),
        );
      }
    }
  };

  rows.forEach((row, i) => {
    checkLine(row, rowName(row, i));
    for (const key of countKeys) {
      const v = countOf(row[key]);
      if (v === null) sumValid[key] = false;
      else sums[key] += v;
    }
  });

  if (total) {
    checkLine(total, 'dòng tổng');
    for (const key of countKeys) {
      const v = countOf(total[key]);
      if (v === null || !sumValid[key] || v === sums[key]) continue;
      const no = def.columns.find((c) => c.key === key)?.no ?? 0;
      findings.push(error(sheet, total.row ?? null, `Dòng tổng, cột ${columnNumberLabel(no)} = ${v} nhưng tổng các dòng = ${sums[key]}.`));
    }
  }
  return findings;
}

/**
 * II.06a's overdue count must equal II.05a's (13) (SPEC §7). One error finding when it does not.
 *
 * @example
 * checkOverdueTotal(3, [{ field: 'Thú y', c3: 3 }]) // []
 */
export function checkOverdueTotal(
  ii05aOverdue: number,
  ii06aRows: readonly FormRuleRow[],
  options: { sheet?: string; row?: number | null } = {},
): Finding[] {
  let sum = 0;
  for (const r of ii06aRows) {
    const v = countOf(r.c3);
    if (v === null) return [];
    sum += v;
  }
  if (sum === ii05aOverdue) return [];
  return [
    error(
      options.sheet ?? 'Biểu số II.06a/VPCP/KSTT',
      options.row ?? null,
      `Tổng số hồ sơ quá hạn của biểu II.06a (${sum}) khác cột (13) của biểu II.05a (${ii05aOverdue}).`,
    ),
  ];
}
