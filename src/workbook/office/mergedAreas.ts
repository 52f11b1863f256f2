import type { CellRange } from '../../core/grid';
import { parseRangeRef } from '../file/readXlsx';
import { localAddress } from './localAddress';

/**
 * `Range.getMergedAreasOrNullObject` "will fail to return the result" when the range holds more
 * than 512 merged areas (ExcelApi 1.13 reference); Excel names no error code for it.
 */
export const MERGED_AREAS_PER_CALL = 512;

/**
 * Error codes whose documented meaning has nothing to do with a request's size (a sheet gone,
 * a cell being edited, no permission): retrying smaller cannot help. Any other failure may be
 * the 512 merged areas, whose error Excel does not document, or a size limit.
 */
export const NOT_ABOUT_SIZE: ReadonlySet<string> = new Set(['ItemNotFound', 'InvalidOperationInCellEditMode', 'AccessDenied', 'Unauthenticated', 'RequestAborted']);

/**
 * The merged areas a `getMergedAreasOrNullObject` call found, as ranges anchored at A1 (after
 * the sync). Excel returns only the areas whose top-left cell lies inside the range it was asked
 * about (office-js issues 3611 and 1590), each in `areas.items` with its full address.
 */
export function mergedRangesOf(found: Excel.RangeAreas): CellRange[] {
  if (found.isNullObject) return [];
  const out: CellRange[] = [];
  for (const area of found.areas.items) {
    for (const part of area.address.split(',')) {
      const m = parseRangeRef(localAddress(part.trim()));
      if (m) out.push(m);
    }
  }
  return out;
}

/**
 * The merged areas that can touch `rect`, queued for the caller's sync: Excel reports a merged
 * area only to a query holding its top-left cell, so the query starts at column A and row 1
 * (a section title merged from column A, a header merged down from row 1 reach `rect` from
 * there) and is cut into slices of `sliceRows` rows, each area reported by exactly one slice.
 * Read `ranges()` after the sync.
 *
 * @example
 * const merges = queueMergedAreasTouching(ws, { top: 3, left: 7, bottom: 60, right: 8 }, Infinity); // asks A1:H60
 * await context.sync();
 * merges.ranges() // [{ top: 8, left: 1, bottom: 8, right: 8 }]
 */
export function queueMergedAreasTouching(ws: Excel.Worksheet, rect: CellRange, sliceRows: number): { ranges(): CellRange[] } {
  const slices: Excel.RangeAreas[] = [];
  const rows = Math.max(1, Math.min(sliceRows, rect.bottom));
  for (let top = 0; top < rect.bottom; top += rows) {
    const slice = ws.getRangeByIndexes(top, 0, Math.min(rows, rect.bottom - top), rect.right).getMergedAreasOrNullObject();
    slice.load('areas/items/address');
    slices.push(slice);
  }
  return { ranges: () => slices.flatMap(mergedRangesOf) };
}

/**
 * Rows of the next, smaller slices after a query of `rect` in slices of `sliceRows` failed, or
 * null when a smaller slice cannot help: a slice of at most 512 cells cannot hold more than 512
 * top-left cells, so past that the failure was not the merged-areas limit.
 *
 * @example
 * smallerMergeSlice({ top: 3, left: 7, bottom: 1403, right: 8 }, Infinity) // 702
 * smallerMergeSlice({ top: 3, left: 7, bottom: 1403, right: 8 }, 64) // null (64 × 8 cells ≤ 512)
 */
export function smallerMergeSlice(rect: CellRange, sliceRows: number): number | null {
  const rows = Math.min(sliceRows, rect.bottom);
  if (rows * rect.right <= MERGED_AREAS_PER_CALL) return null;
  return Math.max(1, Math.ceil(rows / 2));
}
