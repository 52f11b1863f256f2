import type { SheetGrid } from '../../core/grid';
import { matchKey } from '../../core/text/normalize';
import { DEFAULT_UNIT_DIRECTORY, readUnitDirectory, UNIT_DIRECTORY_SHEET, type UnitDirectory } from '../../core/units/directory';

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
