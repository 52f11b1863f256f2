import type { IsoDate } from '../../core/calendar/isoDate';
import type { SheetGrid } from '../../core/grid';
import { computeForms, type FormsResult } from '../../core/forms/computeForms';
import { defaultFormsPeriod } from '../../core/forms/defaultPeriod';
import { formsWritePlan } from '../../core/forms/formsWritePlan';
import { reportPeriod, type PeriodKind, type ReportPeriod } from '../../core/periods/periods';
import { pickRegister } from '../../core/register/pickRegister';
import { readRegister, type RegisterRead } from '../../core/register/readRegister';
import type { Workbook } from '../../workbook/workbook';

/** What the "Báo cáo quý" tab previews: the register read and the forms' figures. */
export interface FormsPreview {
  sheet: string;
  period: ReportPeriod;
  read: RegisterRead;
  result: FormsResult;
}

/** Every sheet of the workbook as grids. */
export async function readAllSheets(workbook: Workbook): Promise<SheetGrid[]> {
  const grids: SheetGrid[] = [];
  for (const name of await workbook.sheetNames()) grids.push(await workbook.readSheet(name));
  return grids;
}

/**
 * The forms of a period from the workbook's dossier register: `sheet` when given, else the
 * sheet that reads best as a register. Null when no sheet has a register header.
 */
export function previewForms(grids: readonly SheetGrid[], options: { sheet?: string; period: ReportPeriod }): FormsPreview | null {
  let sheet: string;
  let read: RegisterRead;
  const chosen = options.sheet ? grids.find((g) => g.name === options.sheet) : undefined;
  if (chosen) {
    sheet = chosen.name;
    read = readRegister(chosen);
    if (read.headerRow === null) return null;
  } else {
    const picked = pickRegister(grids);
    if (!picked) return null;
    ({ sheet, read } = picked);
  }
  const result = computeForms(read.dossiers, options.period, { sheet });
  return { sheet, period: options.period, read, result };
}

/** Writes both forms of the preview for a unit into the workbook (the add-in's own sheets). */
export async function writeForms(workbook: Workbook, preview: FormsPreview, unit: string): Promise<void> {
  await workbook.apply(formsWritePlan(preview.result, { unit, period: preview.period }));
}

/** The period an officer most likely reports on today, as year + kind for the pickers. */
export function defaultPeriodChoice(today: IsoDate): { year: number; kind: PeriodKind } {
  const p = defaultFormsPeriod(today);
  return { year: p.year, kind: p.kind };
}

/** A period from the pickers' year and kind; null for a year the pickers should not accept. */
export function periodOfChoice(year: number, kind: PeriodKind): ReportPeriod | null {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return null;
  return reportPeriod(year, kind);
}
