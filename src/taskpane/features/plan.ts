import type { Finding } from '../../core/findings';
import type { SheetGrid } from '../../core/grid';
import type { ColumnMapping, PlanTable } from '../../core/plan/model';
import type { Workbook } from '../../workbook/workbook';
import { columnMappingsOf, columnsSettingKey, readPlanWithKeptMappings } from '../../workbook/columnSetting';
import { issuerSettingKey } from './issuerSetting';

export interface PlanReading {
  plan: PlanTable | null;
  /** The reader's findings (errors say why there is no plan; warnings what was guessed). */
  findings: Finding[];
  /** Every sheet read, so later steps (unit directory, tracking) need not read again. */
  grids: SheetGrid[];
  /** The officer's column mapping the plan was read with, and the sheet it is kept for (SPEC §12); absent when none. */
  mapping?: { sheet: string; columns: ColumnMapping };
  /** The issuing body the officer typed for the plan sheet's status sheets, kept with the workbook; absent when none. */
  issuer?: string;
}

/**
 * Reads the workbook's sheets and finds the plan table in them (the sheet with the most tasks,
 * or `sheet` when given). A sheet whose columns the officer mapped ("Cột của bảng", kept in the
 * workbook) is read with that mapping, and is the plan's sheet: the officer said where it is.
 * The settings kept for the sheets (their column mappings and issuers) are read at once: in
 * Excel one sync, however many sheets.
 */
export async function readPlan(workbook: Workbook, options: { sheet?: string } = {}): Promise<PlanReading> {
  const names = await workbook.sheetNames();
  const grids: SheetGrid[] = [];
  for (const name of names) grids.push(await workbook.readSheet(name));
  const wanted = options.sheet && names.includes(options.sheet) ? options.sheet : undefined;
  const sheets = wanted ? [wanted] : names;
  const keys = [...sheets.map(columnsSettingKey), ...sheets.map(issuerSettingKey)];
  // An Excel without document settings (before ExcelApi 1.4): read as if nothing were kept.
  const texts = await workbook.getSettings(keys).catch(() => keys.map(() => null));
  const reading = readPlanWithKeptMappings(grids, columnMappingsOf(sheets, texts.slice(0, sheets.length)), wanted ? { sheet: wanted } : {});
  const planSheet = reading.plan?.sheet;
  const at = planSheet === undefined ? -1 : sheets.indexOf(planSheet);
  const issuer = at >= 0 ? (texts[sheets.length + at] ?? null) : null;
  return { ...reading, grids, ...(issuer !== null ? { issuer } : {}) };
}

/** Number of deliverables of a plan. */
export function deliverableCount(plan: PlanTable): number {
  return plan.tasks.reduce((n, t) => n + t.deliverables.length, 0);
}
