import type { SheetGrid } from '../grid';
import type { Ii05aCounts } from '../forms/definitions';
import type { ReportPeriod } from '../periods/periods';
import type { DirectoryInput } from '../units/reportingUnit';

// What consolidation (SPEC §9) takes and gives, shared by the run, the file check, the
// carry-over check and the writers.

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

/** A lĩnh vực whose (6) this quarter is not last quarter's (11), or a previous file that could not be used. */
export interface CarryOverWarning {
  /** This quarter's file the warning is about (unit-level comparisons), else undefined. */
  file?: string;
  /** The unit compared; null for the department as a whole or a file-level note. */
  unit: string | null;
  /** '' for a file-level note. */
  field: string;
  thisQuarter: number | null;
  lastQuarter: number | null;
  message: string;
}

