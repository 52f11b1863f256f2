import { addDays, cellDateOf, type IsoDate } from '../calendar/isoDate';
import { computeForms } from '../forms/computeForms';
import { defaultFormsPeriod } from '../forms/defaultPeriod';
import { formsWritePlan } from '../forms/formsWritePlan';
import type { CellValue } from '../grid';
import { initWritePlan } from '../init/initWritePlan';
import { reportPeriod, type PeriodKind, type ReportPeriod } from '../periods/periods';
import { readPlanTable } from '../plan/readPlanTable';
import { readRegister } from '../register/readRegister';
import { TRACKING_SHEET } from '../status/tracking';
import { DEFAULT_UNIT_DIRECTORY } from '../units/directory';
import type { SheetWrite, WritePlan } from '../write/writePlan';
import { datedDue, SAMPLE_DATED_TASKS, yearOf } from './datedPlan';
import { samplePlanWritePlan, SAMPLE_PLAN_SHEET } from './samplePlan';
import { sampleRegisterRows, SAMPLE_REGISTER_HEADER } from './sampleRegister';

/**
 * A whole quarter's sample, dated around an as-of day so that every status shows on it: the
 * seed plan moved to the as-of year with a few timings set relative to the day, completions in
 * "Theo dõi thực hiện", one unit's dossier register, and the units' workbooks of the quarter
 * (one of them for the wrong quarter, to be rejected).
 */

/**
 * Completions of recurring or group work as an officer would record them: task, deliverable,
 * unit (null = every unit), Kỳ (null = the earliest open one) and the day (month, day of the plan
 * year). Only those dated before the as-of day are written.
 */
export const SAMPLE_COMPLETIONS: readonly { task: number; key: string | null; unit: string | null; period: PeriodKind | null; month: number; day: number }[] = [
  { task: 1, key: 'b', unit: null, period: null, month: 3, day: 25 },
  { task: 19, key: null, unit: null, period: 'Q1', month: 3, day: 14 },
  { task: 19, key: null, unit: null, period: 'Q2', month: 6, day: 14 },
  { task: 19, key: null, unit: null, period: 'Q3', month: 9, day: 14 },
  { task: 25, key: null, unit: 'Chi cục Kiểm lâm', period: null, month: 3, day: 20 },
  { task: 32, key: null, unit: null, period: 'H1', month: 6, day: 12 },
  { task: 37, key: null, unit: 'Chi cục Thủy sản', period: 'Q1', month: 3, day: 15 },
  { task: 37, key: null, unit: 'Chi cục Thủy sản', period: 'Q2', month: 6, day: 15 },
  { task: 37, key: null, unit: 'Chi cục Thủy sản', period: 'Q3', month: 9, day: 15 },
];

/** The unit whose register the sample holds, and its lĩnh vực. */
export const SAMPLE_REGISTER_UNIT = 'Chi cục Thủy sản';
export const SAMPLE_REGISTER_SHEET = 'Sổ theo dõi hồ sơ';
const SAMPLE_REGISTER_FIELDS = ['Thủy sản', 'Quản lý chất lượng nông lâm sản và thủy sản'];

/** The units that send their forms in the sample (the last one sends last quarter's, to be rejected). */
const SAMPLE_SENDERS: readonly { unit: string; fields: string[]; seed: number; late?: boolean }[] = [
  { unit: 'Chi cục Thủy sản', fields: ['Thủy sản'], seed: 31 },
  { unit: 'Chi cục Chăn nuôi và Thú y', fields: ['Thú y', 'Chăn nuôi'], seed: 32 },
  { unit: 'Chi cục Trồng trọt và Bảo vệ thực vật', fields: ['Trồng trọt', 'Bảo vệ thực vật'], seed: 33 },
  { unit: 'Chi cục Kiểm lâm', fields: ['Lâm nghiệp'], seed: 34 },
  { unit: 'Chi cục Thủy lợi', fields: ['Thủy lợi'], seed: 35, late: true },
];

/** Rows of "Theo dõi thực hiện" (under its header) for an as-of day: only completions before the day. */
export function sampleTrackingRows(asOf: IsoDate): CellValue[][] {
  const year = yearOf(asOf);
  const rows: CellValue[][] = [];
  for (const t of SAMPLE_DATED_TASKS) {
    if (t.doneBefore === undefined) continue;
    const done = addDays(datedDue(asOf, t.daysFromAsOf), -t.doneBefore);
    if (done < asOf) rows.push([t.task, null, null, null, cellDateOf(done), 'Đã trình ký']);
  }
  for (const c of SAMPLE_COMPLETIONS) {
    const done = `${year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
    if (done >= asOf) continue;
    rows.push([c.task, c.key, c.unit, c.period ? reportPeriod(year, c.period).label : null, cellDateOf(done), 'Đã gửi báo cáo']);
  }
  return rows;
}

function registerSheet(sheet: string, unit: string, rows: CellValue[][]): SheetWrite {
  const width = SAMPLE_REGISTER_HEADER.length;
  const headerRow = 3;
  const last = headerRow + rows.length - 1;
  return {
    sheet,
    mode: 'create',
    values: [
      { row: 1, col: 1, values: [['SỔ THEO DÕI HỒ SƠ THỦ TỤC HÀNH CHÍNH'], [`Đơn vị: ${unit}`]] },
      { row: headerRow, col: 1, values: rows },
    ],
    formats: [
      { range: { top: 1, left: 1, bottom: 1, right: width }, format: { bold: true, horizontal: 'center' } },
      { range: { top: headerRow, left: 1, bottom: headerRow, right: width }, format: { bold: true, wrap: true, horizontal: 'center', vertical: 'middle', fill: '#F2F2F2', border: 'thin' } },
      { range: { top: headerRow + 1, left: 6, bottom: last, right: 8 }, format: { numberFormat: 'dd/mm/yyyy hh:mm' } },
    ],
    merges: [{ top: 1, left: 1, bottom: 1, right: width }],
    columnWidths: [6, 24, 22, 48, 24, 17, 17, 17, 16, 30].map((w, i) => ({ col: i + 1, width: w })),
    freeze: { rows: headerRow, cols: 0 },
  };
}

/** The sample register's dossiers: about a year up to the as-of day. */
function registerRows(asOf: IsoDate, options: { seed: number; count: number; fields: readonly string[]; from: IsoDate }): CellValue[][] {
  return sampleRegisterRows({ seed: options.seed, count: options.count, fields: options.fields, from: options.from, to: asOf });
}

/**
 * The sample workbook "Dùng dữ liệu mẫu" opens outside Excel: the plan (as of the day), its
 * unit directory and tracking sheet with completions, and a unit's dossier register.
 *
 * @example
 * sampleWorkbookWritePlan('2026-11-27').sheets.map((s) => s.sheet)
 * // ['Phụ lục', 'Danh mục đơn vị', 'Theo dõi thực hiện', 'Sổ theo dõi hồ sơ']
 */
export function sampleWorkbookWritePlan(asOf: IsoDate): WritePlan {
  const planWrite = samplePlanWritePlan({ asOf });
  const planSheet = planWrite.sheets[0];
  const grid = { name: planSheet.sheet, values: planSheet.values[0].values, merges: planSheet.merges };
  const { plan } = readPlanTable([grid]);
  if (!plan) throw new Error('sampleWorkbookWritePlan: the sample plan does not read as a plan');
  const init = initWritePlan(plan, DEFAULT_UNIT_DIRECTORY, { year: yearOf(asOf) });
  const sheets = init.sheets.map((s) =>
    s.sheet === TRACKING_SHEET ? { ...s, values: [...s.values, { row: 2, col: 1, values: sampleTrackingRows(asOf) }] } : s,
  );
  const register = registerRows(asOf, { seed: 2024, count: 300, fields: SAMPLE_REGISTER_FIELDS, from: addDays(asOf, -400) });
  return { sheets: [planSheet, ...sheets, registerSheet(SAMPLE_REGISTER_SHEET, SAMPLE_REGISTER_UNIT, register)], activate: SAMPLE_PLAN_SHEET };
}

/**
 * Excel: the sheets the sample adds to the officer's own workbook, under names of their own —
 * the plan and the register. No tracking or directory sheet: those would act on the officer's
 * own plan.
 */
export function sampleSheetsForExcel(asOf: IsoDate, names: { plan: string; register: string }): WritePlan {
  const plan = samplePlanWritePlan({ asOf, sheet: names.plan }).sheets[0];
  const register = registerRows(asOf, { seed: 2024, count: 300, fields: SAMPLE_REGISTER_FIELDS, from: addDays(asOf, -400) });
  return { sheets: [plan, registerSheet(names.register, SAMPLE_REGISTER_UNIT, register)], activate: names.plan };
}

/** One unit's workbook of the sample mail: its file name and the sheets to write into a new workbook. */
export interface SampleUnitWorkbook {
  file: string;
  unit: string;
  period: ReportPeriod;
  plan: WritePlan;
}

/** The period the sample's unit workbooks report on: the one an officer reports on at the as-of day. */
export function sampleConsolidationPeriod(asOf: IsoDate): ReportPeriod {
  return defaultFormsPeriod(asOf);
}

function previousQuarter(period: ReportPeriod): ReportPeriod {
  const n = Number(period.kind[1]);
  return n === 1 ? reportPeriod(period.year - 1, 'Q4') : reportPeriod(period.year, `Q${n - 1}` as PeriodKind);
}

/**
 * The units' workbooks of the quarter, each made the way the add-in itself fills them (a
 * register, then II.05a/II.06a): four for the quarter, one for the quarter before (the check
 * rejects it). Units of the directory that handle TTHC and are not here are "chưa gửi".
 *
 * @example
 * sampleUnitWorkbooks('2026-11-27').map((w) => w.file)[0] // 'Chi cục Thủy sản - Quý IV-2026.xlsx'
 */
export function sampleUnitWorkbooks(asOf: IsoDate): SampleUnitWorkbook[] {
  const current = sampleConsolidationPeriod(asOf);
  return SAMPLE_SENDERS.map((sender) => {
    const period = sender.late ? previousQuarter(current) : current;
    const until = period.to < asOf ? period.to : asOf;
    const [header, ...body] = registerRows(until, { seed: sender.seed, count: 60, fields: sender.fields, from: addDays(period.from, -45) });
    const read = readRegister({ name: 'Sổ', values: [header, ...body], merges: [] });
    const result = computeForms(read.dossiers, period);
    return {
      file: `${sender.unit} - ${period.label.replace('/', '-')}.xlsx`,
      unit: sender.unit,
      period,
      plan: formsWritePlan(result, { unit: sender.unit, period }),
    };
  });
}
