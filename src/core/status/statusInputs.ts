import type { Finding } from '../findings';
import type { SheetGrid } from '../grid';
import type { PlanTable } from '../plan/model';
import { matchKey } from '../text/normalize';
import { readUnitDirectory, UNIT_DIRECTORY_SHEET, type UnitDirectory } from '../units/directory';
import { chooseDirectory } from '../units/learnDirectory';
import { readTracking, TRACKING_SHEET, type TrackingEntry } from './tracking';

export interface StatusInputs {
  /** From the "Danh mục đơn vị" sheet, else learned from the plan, else the built-in default (SPEC §11). */
  directory: UnitDirectory;
  /** The one line saying which directory is in use (Vietnamese). */
  directoryLine: string;
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
  let fromSheet: UnitDirectory | null = null;
  if (directoryGrid) {
    const read = readUnitDirectory(directoryGrid);
    fromSheet = read.directory;
    for (const f of read.findings) findings.push(f); // a junk sheet can give more findings than a spread call takes
  }
  const { directory, line: directoryLine } = chooseDirectory(fromSheet, plan);
  const trackingGrid = sheetNamed(grids, TRACKING_SHEET);
  let tracking: TrackingEntry[] = [];
  if (trackingGrid) {
    const read = readTracking(trackingGrid, plan, directory);
    tracking = read.entries;
    for (const f of read.findings) findings.push(f);
  }
  return { directory, directoryLine, tracking, sheets: { directory: directoryGrid?.name ?? null, tracking: trackingGrid?.name ?? null }, findings };
}
