import type { Finding } from '../core/findings';
import { EXCEL_MAX_COLUMN, EXCEL_MAX_ROW, type SheetGrid } from '../core/grid';
import { PLAN_ROLES, type ColumnMapping, type PlanRole, type PlanTable } from '../core/plan/model';
import { readPlanTable } from '../core/plan/readPlanTable';
import type { Workbook } from './workbook';

/**
 * The officer's reading of a sheet's columns (SPEC §12 "The officer corrects"), kept with the
 * workbook: one setting per sheet. Same meaning as `kstthc plan --columns --header-row`: a role
 * set to a column is that column, null is "không có", a role left out is the reader's choice.
 */

/**
 * The setting a sheet's mapping is kept under.
 *
 * @example
 * columnsSettingKey('Phụ lục') // 'kstthc.columns.Phụ lục'
 */
export function columnsSettingKey(sheet: string): string {
  return `kstthc.columns.${sheet}`;
}

/** A column number Excel has. */
export const isColumn = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= EXCEL_MAX_COLUMN;

/**
 * A kept mapping read back; null when there is none or it is not one (edited by hand, or from a
 * later version): the reader then chooses by itself, as if nothing were kept.
 *
 * @example
 * mappingFromSetting('{"headerRow":5,"columns":{"lead":3,"status":null}}') // { headerRow: 5, columns: { lead: 3, status: null } }
 * mappingFromSetting('{"columns":{"lead":"C"}}') // null
 */
export function mappingFromSetting(text: string | null): ColumnMapping | null {
  if (text === null || text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { headerRow, columns } = value as { headerRow?: unknown; columns?: unknown };
  const mapping: ColumnMapping = {};
  if (headerRow !== undefined) {
    if (typeof headerRow !== 'number' || !Number.isInteger(headerRow) || headerRow < 1 || headerRow > EXCEL_MAX_ROW) return null;
    mapping.headerRow = headerRow;
  }
  if (columns !== undefined) {
    if (typeof columns !== 'object' || columns === null || Array.isArray(columns)) return null;
    const roles: Partial<Record<PlanRole, number | null>> = {};
    const used = new Set<number>();
    for (const [role, column] of Object.entries(columns as Record<string, unknown>)) {
      if (!PLAN_ROLES.includes(role as PlanRole)) return null;
      if (column !== null && !isColumn(column)) return null;
      if (column !== null && used.has(column)) return null;
      if (column !== null) used.add(column);
      roles[role as PlanRole] = column;
    }
    mapping.columns = roles;
  }
  return mapping;
}

/**
 * The mappings kept for the given sheets (one setting each, all read at once: one sync in Excel
 * however many sheets). Settings Excel cannot give (no document settings before ExcelApi 1.4)
 * count as none: the plan is then read as the reader finds it.
 */
export async function savedColumnMappings(workbook: Workbook, sheets: readonly string[]): Promise<Map<string, ColumnMapping>> {
  const texts = await workbook.getSettings(sheets.map(columnsSettingKey)).catch(() => sheets.map(() => null));
  return columnMappingsOf(sheets, texts);
}

/**
 * The kept mappings among settings already read: `texts[i]` is the setting of `sheets[i]`
 * ({@link columnsSettingKey}); a sheet without a usable one is left out.
 */
export function columnMappingsOf(sheets: readonly string[], texts: readonly (string | null)[]): Map<string, ColumnMapping> {
  const found = new Map<string, ColumnMapping>();
  sheets.forEach((sheet, i) => {
    const mapping = mappingFromSetting(texts[i] ?? null);
    if (mapping) found.set(sheet, mapping);
  });
  return found;
}

/** Keeps (or, with null, forgets) a sheet's mapping in the workbook. */
export async function saveColumnMapping(workbook: Workbook, sheet: string, mapping: ColumnMapping | null): Promise<void> {
  await workbook.setSetting(columnsSettingKey(sheet), mapping === null ? null : JSON.stringify(mapping));
}

/** A plan read with the officer's kept mapping, and the sheet the mapping is kept for. */
export interface MappedReading {
  plan: PlanTable | null;
  findings: Finding[];
  mapping?: { sheet: string; columns: ColumnMapping };
}

/**
 * Reads the plan as the pane and `kstthc plan` both do: a sheet whose columns the officer mapped
 * (kept in the workbook) is read with that mapping and is the plan's sheet (the officer said where
 * it is; of several, the one with the most tasks); without any, the reader chooses.
 *
 * @example
 * readPlanWithKeptMappings(grids, await savedColumnMappings(book, names)).mapping?.sheet // 'Phụ lục'
 */
export function readPlanWithKeptMappings(grids: readonly SheetGrid[], saved: ReadonlyMap<string, ColumnMapping>, options: { sheet?: string } = {}): MappedReading {
  if (saved.size === 0) return readPlanTable(grids, options.sheet !== undefined ? { sheet: options.sheet } : {});
  const reads = [...saved].map(([sheet, columns]) => ({ ...readPlanTable(grids, { sheet, mapping: columns }), mapping: { sheet, columns } }));
  return reads.reduce((a, b) => ((b.plan?.tasks.length ?? -1) > (a.plan?.tasks.length ?? -1) ? b : a));
}
