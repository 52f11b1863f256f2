import type { TemplateFill } from '../core/forms/templateFill';
import { EXCEL_MAX_ROW } from '../core/grid';
import { formatProblem, isSumFormula, rangeProblem, valueProblem, WritePlanError } from './validateWritePlan';

/**
 * Checks a template fill against the sheets the workbook has, before anything is written:
 * known sheets, row changes on the grid, cells, merges and formats on the grid, values that
 * are cell values, formulas that are sums of cell references. Throws {@link WritePlanError}
 * (programmer misuse: the core built a bad fill) listing every problem.
 *
 * @example
 * validateTemplateFill({ sheets: [{ sheet: 'Biểu', forms: ['II.05a'], rows: [{ kind: 'insert', at: 0, count: 1, formatFrom: 2 }], merges: [], cells: [], formulas: [], formats: [] }], findings: [] }, ['Biểu'])
 * // throws WritePlanError: … row change 0 …
 */
export function validateTemplateFill(fill: TemplateFill, existingSheets: readonly string[]): void {
  const problems: string[] = [];
  const known = new Set(existingSheets.map((s) => s.toLowerCase()));
  for (const sf of fill.sheets) {
    const where = `sheet "${sf.sheet}"`;
    if (!known.has(sf.sheet.toLowerCase())) problems.push(`${where}: not in the workbook`);
    sf.rows.forEach((change, i) => {
      const ok = Number.isInteger(change.at) && Number.isInteger(change.count) && change.at >= 1 && change.count >= 1 && change.at + change.count <= EXCEL_MAX_ROW;
      const formatOk = change.kind === 'delete' || (Number.isInteger(change.formatFrom) && change.formatFrom >= 1 && change.formatFrom <= EXCEL_MAX_ROW);
      if (!ok || !formatOk) problems.push(`${where}: row change ${i} (${change.kind} at ${change.at}, ${change.count} rows) is off the grid`);
    });
    sf.cells.forEach((c, i) => {
      const p = rangeProblem({ top: c.row, left: c.col, bottom: c.row, right: c.col }) ?? valueProblem(c.value);
      if (p) problems.push(`${where}: cells[${i}] ${p}`);
    });
    sf.merges.forEach((m, i) => {
      const p = rangeProblem(m);
      if (p) problems.push(`${where}: merges[${i}] ${p}`);
    });
    sf.formats.forEach((f, i) => {
      const p = rangeProblem(f.range) ?? formatProblem(f.format);
      if (p) problems.push(`${where}: formats[${i}] ${p}`);
    });
    sf.formulas.forEach((f, i) => {
      const p = rangeProblem({ top: f.row, left: f.col, bottom: f.row, right: f.col });
      if (p) problems.push(`${where}: formulas[${i}] ${p}`);
      if (!isSumFormula(f.formula)) problems.push(`${where}: formulas[${i}] "${String(f.formula).slice(0, 40)}" is not a sum of cell references`);
      if (typeof f.result !== 'number' || !Number.isFinite(f.result)) problems.push(`${where}: formulas[${i}] has no finite result`);
    });
  }
  if (problems.length > 0) throw new WritePlanError(`Invalid template fill: ${problems.join('; ')}`);
}
