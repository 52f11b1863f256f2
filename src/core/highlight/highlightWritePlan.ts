import type { IsoDate } from '../calendar/isoDate';
import type { SheetGrid, SheetSizes } from '../grid';
import type { PlanTable } from '../plan/model';
import type { PlanStatus } from '../status/model';
import { matchKey } from '../text/normalize';
import type { SheetWrite, WritePlan } from '../write/writePlan';
import { planSheetWrite } from './planSheetWrite';
import { ALL_UNITS_SHEET, STATUS_SHEET_FONT, statusSheetWrite, unitSheetName } from './statusSheet';
import { withProgressChart } from './progressChartSheet';
import { issuingBodyOf } from './issuingBody';

/** Which status sheets to (re)build. */
export type StatusSheetChoice = 'all' | 'none' | { units: string[]; all?: boolean };

export interface HighlightOptions {
  /** "By unit": colour only this unit's rows and show its status. */
  unit?: string;
  /** The as-of date the statuses were computed for (must match `status.asOf`). */
  asOf: IsoDate;
  /**
   * `'all'`: the "Tiến độ" sheet for all units; `{ units }`: one sheet per listed unit, plus
   * "Tiến độ" unless `all: false`; `'none'`: no status sheet. Default: "Tiến độ", plus the
   * sheet of `unit` when one is picked.
   */
  statusSheets?: StatusSheetChoice;
  /** Short names of units, for their sheet names ("Tiến độ - <short name>"). */
  shortNames?: Record<string, string>;
  /** The plan sheet as read: the fills then skip blank and repeated header rows (see `planSheetWrite`). */
  grid?: SheetGrid;
  /** The plan sheet's column widths and row heights: rows get the height their wrapped text needs (see `planSheetWrite`). */
  sizes?: SheetSizes;
  /** Whether to colour the plan sheet and write its status columns (default true). */
  planSheet?: boolean;
  /** Issuing body on the status sheets; default: the plan's title block ({@link issuingBodyOf} on `grid`). */
  issuer?: string;
}

/** Unit sheet names, each distinct from the others and from the plan sheet. */
function distinctNames(names: string[], taken: string[]): string[] {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  return names.map((name) => {
    let candidate = name;
    for (let i = 2; used.has(candidate.toLowerCase()); i++) {
      const suffix = ` (${i})`;
      const room = 31 - suffix.length;
      const cut = name.length <= room || /\s/.test(name[room]) ? name.slice(0, room) : name.slice(0, room).replace(/\s+\S*$/u, '');
      candidate = `${cut.trimEnd()}${suffix}`;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

/**
 * Everything the "highlight" feature writes, as one write plan both workbooks apply: the plan
 * sheet's status columns, legend and row fills (mode `update`, the officer's values untouched),
 * and the printable status sheets (mode `create`, replaced whole on every run).
 *
 * @example
 * highlightWritePlan(plan, status, { asOf: '2024-03-10' }).sheets.map((s) => s.sheet)
 * // ['Phụ lục', 'Tiến độ']
 */
export function highlightWritePlan(plan: PlanTable, status: PlanStatus, options: HighlightOptions): WritePlan {
  if (options.asOf !== status.asOf) {
    throw new RangeError(`highlightWritePlan: statuses are as of ${status.asOf}, not ${options.asOf}`);
  }
  const choice: StatusSheetChoice = options.statusSheets ?? (options.unit ? { units: [options.unit] } : 'all');
  const wantAll = choice === 'all' || (typeof choice === 'object' && choice.all !== false);
  const units = typeof choice === 'object' ? choice.units.filter((u, i) => choice.units.findIndex((v) => matchKey(v) === matchKey(u)) === i) : [];

  const sheets: SheetWrite[] = [];
  if (options.planSheet !== false) sheets.push(planSheetWrite(plan, status, { unit: options.unit, grid: options.grid, sizes: options.sizes }));
  const allName = distinctNames([ALL_UNITS_SHEET], [plan.sheet])[0];
  const issuer = options.issuer ?? (options.grid ? (issuingBodyOf(options.grid, plan.layout.headerRows[0]) ?? undefined) : undefined);
  const printed = issuer !== undefined ? { issuer } : {};
  // Each status sheet carries its chart above the table: the picture first, then the rows.
  const font = { fontName: STATUS_SHEET_FONT };
  if (wantAll) sheets.push(withProgressChart(statusSheetWrite(plan, status, { asOf: options.asOf, sheetName: allName, ...printed }), status, font));
  const unitNames = distinctNames(
    units.map((u) => unitSheetName(u, options.shortNames?.[u])),
    [plan.sheet, allName],
  );
  units.forEach((unit, i) => sheets.push(withProgressChart(statusSheetWrite(plan, status, { asOf: options.asOf, unit, sheetName: unitNames[i], ...printed }), status, { unit, ...font })));
  const activate = sheets[0]?.sheet;
  return activate ? { sheets, activate } : { sheets };
}
