import type { WritePlan } from '../write/writePlan';
import { resultBars } from '../forms/quarterChart';
import { withResultChart } from '../forms/quarterChartSheet';
import { checkSheetWrite } from './checkSheet';
import type { ConsolidationResult } from './model';
import { departmentIi05aSheet, departmentIi06aSheet, type DepartmentFormOptions } from './departmentForms';

/**
 * What consolidation writes: the department's II.05a and II.06a of the period in the official
 * layout and print setup (the forms' own writer), and the check sheet "Kiểm tra tổng hợp".
 * All three are the add-in's own sheets (mode `create`): running again replaces them and
 * nothing else. Text read from the units'
 * files goes in as plain strings, which a write plan always writes as literal text.
 *
 * @example
 * await workbook.apply(consolidationWritePlan(consolidateForms(files, { period })))
 */
export function consolidationWritePlan(result: ConsolidationResult, options: DepartmentFormOptions = {}): WritePlan {
  // The quarter's picture by unit above the department's II.05a, read at a glance before the figures.
  const ii05a = withResultChart(departmentIi05aSheet(result, options), resultBars(result.unitTotals.map((u) => ({ name: u.unit, counts: u.counts }))), {
    title: `Kết quả giải quyết hồ sơ TTHC theo đơn vị — ${result.period.label}`,
    byUnit: true,
    fontName: 'Times New Roman',
  });
  return { sheets: [ii05a, departmentIi06aSheet(result, options), checkSheetWrite(result)], activate: ii05a.sheet };
}
