import type { IsoDate } from '../../core/calendar/isoDate';
import { cellAt, columnLetter, type SheetGrid } from '../../core/grid';
import type { Channel, RegisterField } from '../../core/register/model';
import { cellText } from '../../core/text/normalize';
import { computeForms, type FormsResult } from '../../core/forms/computeForms';
import { defaultFormsPeriod } from '../../core/forms/defaultPeriod';
import { formsWritePlan } from '../../core/forms/formsWritePlan';
import { reportReceiverOf } from '../../core/forms/reportReceiver';
import { reportPeriod, type PeriodKind, type ReportPeriod } from '../../core/periods/periods';
import { pickRegister } from '../../core/register/pickRegister';
import { readRegister, type RegisterRead } from '../../core/register/readRegister';
import { registerUnit, type RegisterUnit } from '../../core/register/registerUnit';
import type { DirectoryEntry } from '../../core/units/reportingUnit';
import type { Workbook } from '../../workbook/workbook';
import { applyForExcel } from './applyForExcel';

/** What the "Báo cáo quý" tab previews: the register read and the forms' figures. */
export interface FormsPreview {
  sheet: string;
  period: ReportPeriod;
  read: RegisterRead;
  result: FormsResult;
  /** The unit the register names in its title or header block; null when it names none. */
  unit: RegisterUnit | null;
  /** "Đơn vị nhận báo cáo": the plan's issuing body or the register's department; null when unknown. */
  receiver: string | null;
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
export function previewForms(
  grids: readonly SheetGrid[],
  options: { sheet?: string; period: ReportPeriod; mapping?: Partial<Record<RegisterField, number>>; channel?: Channel; units?: readonly DirectoryEntry[] },
): FormsPreview | null {
  let sheet: string;
  let read: RegisterRead;
  const mapping = options.mapping && Object.keys(options.mapping).length > 0 ? options.mapping : undefined;
  // The officer's channel for a register without a channel column (SPEC §14).
  const readOptions = { mapping, ...(options.channel ? { channel: options.channel } : {}) };
  const chosen = options.sheet ? grids.find((g) => g.name === options.sheet) : undefined;
  if (chosen) {
    sheet = chosen.name;
    read = readRegister(chosen, readOptions);
    if (read.headerRow === null && !mapping) return null;
  } else {
    const picked = pickRegister(grids, readOptions);
    if (!picked) return null;
    ({ sheet, read } = picked);
  }
  const result = computeForms(read.dossiers, options.period, { sheet });
  const grid = grids.find((g) => g.name === sheet);
  const unit = grid ? registerUnit(grid, read.headerRow, options.units ?? []) : null;
  return { sheet, period: options.period, read, result, unit, receiver: reportReceiverOf(grids, { sheet, headerRow: read.headerRow }) };
}

/** A column the officer can map a register field to: its number and "C: Ngày tiếp nhận". */
export interface ColumnChoice {
  col: number;
  label: string;
}

/**
 * The columns of a register sheet as the mapping pickers list them: letter and header text
 * (from the header row, else the first row).
 *
 * @example
 * columnChoices({ name: 'Sổ', values: [['Mã', 'Nhận']], merges: [] }, 1) // [{ col: 1, label: 'A: Mã' }, { col: 2, label: 'B: Nhận' }]
 */
export function columnChoices(grid: SheetGrid, headerRow: number | null): ColumnChoice[] {
  const row = headerRow ?? 1;
  const width = Math.max(grid.values[row - 1]?.length ?? 0, 1);
  const choices: ColumnChoice[] = [];
  for (let col = 1; col <= width; col++) {
    const text = cellText(cellAt(grid, row, col)).replace(/\s+/g, ' ').slice(0, 40);
    choices.push({ col, label: text ? `${columnLetter(col)}: ${text}` : columnLetter(col) });
  }
  return choices;
}

/** Writes both forms of the preview for a unit into the workbook (the add-in's own sheets); resolves to notes on cut cells. */
export async function writeForms(workbook: Workbook, preview: FormsPreview, unit: string): Promise<string[]> {
  return applyForExcel(workbook, formsWritePlan(preview.result, { unit, period: preview.period, ...(preview.receiver ? { receiver: preview.receiver } : {}) }));
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
