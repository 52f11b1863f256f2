import type { CellRange, CellValue, SheetGrid } from '../../core/grid';
import { parseRangeRef } from '../file/readXlsx';
import { excelSerialToDate, isDateNumberFormat } from './excelDates';

/** What one `context.sync()` brings back about a sheet's used range. */
export interface LoadedUsedRange {
  /** 0-based index of the used range's first row and column. */
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  numberFormat: unknown[][];
  /** Addresses of merged areas (`Sheet1!A1:B2` or `A1:B2`). */
  mergedAddresses: string[];
}

/**
 * Strips the sheet part of an Office address.
 *
 * @example
 * localAddress("'Kế hoạch'!A1:B2") // 'A1:B2'
 */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang >= 0 ? address.slice(bang + 1) : address;
}

function cellValue(v: unknown, format: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number') return typeof format === 'string' && isDateNumberFormat(format) ? excelSerialToDate(v) : v;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/**
 * The grid of a sheet from its loaded used range: anchored at A1 (padded by the used range's
 * position), date-formatted numbers turned into grid dates, empty cells null, merges parsed.
 *
 * @example
 * gridOfUsedRange('S', { rowIndex: 1, columnIndex: 1, values: [['a']], numberFormat: [['General']], mergedAddresses: [] })
 * // { name: 'S', values: [[], [null, 'a']], merges: [] }
 */
export function gridOfUsedRange(name: string, used: LoadedUsedRange): SheetGrid {
  const values: CellValue[][] = [];
  for (let r = 0; r < used.rowIndex; r++) values.push([]);
  used.values.forEach((line, r) => {
    const out: CellValue[] = new Array<CellValue>(used.columnIndex).fill(null);
    line.forEach((v, c) => out.push(cellValue(v, used.numberFormat[r]?.[c])));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    values.push(out);
  });
  while (values.length > 0 && values[values.length - 1].length === 0) values.pop();
  const merges = used.mergedAddresses
    .flatMap((a) => a.split(','))
    .map((a) => parseRangeRef(localAddress(a.trim())))
    .filter((r): r is CellRange => r !== null)
    .sort((a, b) => a.top - b.top || a.left - b.left);
  return { name, values, merges };
}
