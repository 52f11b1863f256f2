import type { IsoDate } from '../calendar/isoDate';
import type { WritePlan } from '../write/writePlan';
import { yearOf } from './datedPlan';
import { samplePlanWritePlan } from './samplePlan';
import { sampleProvinceTemplate } from './sampleProvinceTemplate';
import { samplePlanWorkbookWritePlan, sampleRegisterSheet, sampleUnitWorkbooks } from './sampleQuarter';

/**
 * The day the repository's samples/ folder is dated at: the day after Quý II/2026 closes
 * (14/06, Nghị định 09/2019), its report still due, so the units' files are whole quarters,
 * every status shows on the plan, and one unit's file (Chi cục Thủy lợi's, of Quý I) is rejected.
 */
export const SAMPLES_AS_OF: IsoDate = '2026-06-15';

/** One file of samples/: its path under the folder and what it holds. */
export interface SampleFile {
  path: string;
  plan: WritePlan;
}

/**
 * The files of the samples/ folder the `kstthc --help` examples run on: the plan being tracked
 * (with its unit directory and tracking sheet), the same plan as received (for `kstthc init`), a
 * unit's dossier register, a province's template of the forms, and the five units' workbooks of the quarter under don-vi/ (one of
 * them for the quarter before, to be rejected).
 *
 * @example
 * sampleFiles().map((f) => f.path).slice(0, 3) // ['ke-hoach-2026.xlsx', 'ke-hoach-2026-ban-goc.xlsx', 'so-ho-so-thuy-san.xlsx']
 */
export function sampleFiles(asOf: IsoDate = SAMPLES_AS_OF): SampleFile[] {
  return [
    { path: `ke-hoach-${yearOf(asOf)}.xlsx`, plan: samplePlanWorkbookWritePlan(asOf) },
    { path: `ke-hoach-${yearOf(asOf)}-ban-goc.xlsx`, plan: samplePlanWritePlan({ asOf }) },
    { path: 'so-ho-so-thuy-san.xlsx', plan: { sheets: [sampleRegisterSheet(asOf)] } },
    // A province's own template of the forms, for `kstthc forms … --template` (SPEC §14).
    { path: 'bieu-mau-tinh.xlsx', plan: sampleProvinceTemplate() },
    ...sampleUnitWorkbooks(asOf).map((w) => ({ path: `don-vi/${w.file}`, plan: w.plan })),
  ];
}
