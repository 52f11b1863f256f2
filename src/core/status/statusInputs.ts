import type { Finding } from '../findings';
import type { SheetGrid } from '../grid';
import type { PlanTable } from '../plan/model';
import { matchKey } from '../text/normalize';
import { DEFAULT_UNIT_DIRECTORY, readUnitDirectory, UNIT_DIRECTORY_SHEET, type UnitDirectory } from '../units/directory';
import { readTracking, TRACKING_SHEET, type TrackingEntry } from './tracking';

export interface StatusInputs {
  /** From the "Danh mục đơn vị" sheet, else the built-in default (to be checked). */
  directory: UnitDirectory;
  /** From the "Theo dõi thực hiện" sheet, else none. */
  tracking: TrackingEntry[];
  /** Names of the sheets read (so a caller can leave them out of the plan search). */
  sheets: { directory: string | null; tracking: string | null };
  findings: Finding[];
}

function sheetNamed(grids: readonly SheetGrid[], name: string): SheetGrid | null {
  const key = matchKey(name);
  return grids.find((g) => g.name === name) ?? grids.find((g) => matchKey(g.name) === key) ?? null;
}

/**
 * The unit directory and the completions a workbook holds beside its plan: the sheets
 * "Danh mục đơn vị" and "Theo dõi thực hiện" (names matched loosely). What
 * {@link computePlanStatus} needs besides the plan.
 *
 * @example
 * const { directory, tracking } = statusInputsOf(grids, plan);
 * computePlanStatus(plan, { asOf: '2024-03-10', directory, tracking });
 */
export function statusInputsOf(grids: readonly SheetGrid[], plan: PlanTable): StatusInputs {
  const findings: Finding[] = [];
  const directoryGrid = sheetNamed(grids, UNIT_DIRECTORY_SHEET);
  let directory = DEFAULT_UNIT_DIRECTORY;
  if (directoryGrid) {
    const read = readUnitDirectory(directoryGrid);
    directory = read.directory;
    for (const f of read.findings) findings.push(f); // a junk sheet can give more findings than a spread call takes
  }
  const trackingGrid = sheetNamed(grids, TRACKING_SHEET);
  let tracking: TrackingEntry[] = [];
  if (trackingGrid) {
    const read = readTracking(trackingGrid, plan, directory);
    tracking = read.entries;
    for (const f of read.findings) findings.push(f);
  }
  return { directory, tracking, sheets: { directory: directoryGrid?.name ?? null, tracking: trackingGrid?.name ?? null }, findings };
}
