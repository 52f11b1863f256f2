import type { SheetGrid } from '../grid';
import { readRegister, type RegisterRead, type RegisterReadOptions } from './readRegister';

export interface PickedRegister {
  sheet: string;
  read: RegisterRead;
}

/**
 * The sheet of a workbook that reads best as a dossier register: the one with the most rows
 * read (dossiers and rejected rows) among those with a register header, first in tab order
 * on a tie. Null when no sheet has one.
 *
 * @example
 * pickRegister([coverGrid, registerGrid])?.sheet // 'Sổ theo dõi hồ sơ'
 */
export function pickRegister(grids: readonly SheetGrid[], options: RegisterReadOptions = {}): PickedRegister | null {
  const mapped = Object.keys(options.mapping ?? {}).length > 0;
  let best: PickedRegister | null = null;
  let bestScore = -1;
  for (const grid of grids) {
    const read = readRegister(grid, options);
    if (read.headerRow === null && !mapped) continue;
    const score = read.dossiers.length + read.rejected.length;
    if (score > bestScore) {
      best = { sheet: grid.name, read };
      bestScore = score;
    }
  }
  return best;
}
