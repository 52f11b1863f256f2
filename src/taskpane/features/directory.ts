import type { Finding } from '../../core/findings';
import type { SheetGrid } from '../../core/grid';
import { matchKey } from '../../core/text/normalize';
import { DEFAULT_UNIT_DIRECTORY, readUnitDirectory, UNIT_DIRECTORY_SHEET, type UnitDirectory } from '../../core/units/directory';
import { chooseDirectory, type DirectoryChoice, type UnitCells } from '../../core/units/learnDirectory';

/** The sheet of that name among the grids, matched loosely (case, diacritics). */
export function sheetNamed(grids: readonly SheetGrid[], name: string): SheetGrid | null {
  const key = matchKey(name);
  return grids.find((g) => g.name === name) ?? grids.find((g) => matchKey(g.name) === key) ?? null;
}

/** The workbook's "Danh mục đơn vị" when it has one, else the built-in directory. */
export function directoryOf(grids: readonly SheetGrid[]): UnitDirectory {
  const sheet = sheetNamed(grids, UNIT_DIRECTORY_SHEET);
  return sheet ? readUnitDirectory(sheet).directory : DEFAULT_UNIT_DIRECTORY;
}

/**
 * The directory a plan is judged with (SPEC §11): the workbook's "Danh mục đơn vị", else the units
 * the plan names, else the built-in one; with the findings of the sheet and the line saying which.
 */
export function planDirectoryOf(grids: readonly SheetGrid[], plan: UnitCells): DirectoryChoice & { findings: Finding[] } {
  const sheet = sheetNamed(grids, UNIT_DIRECTORY_SHEET);
  const read = sheet ? readUnitDirectory(sheet) : null;
  return { ...chooseDirectory(read?.directory ?? null, plan), findings: read?.findings ?? [] };
}
