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
import { DEFAULT_UNIT_DIRECTORY, type UnitDirectory } from '../units/directory';
import type { SheetWrite, WritePlan } from '../write/writePlan';
import { datedDue, SAMPLE_DATED_TASKS, yearOf } from './datedPlan';
import { samplePlanWritePlan, SAMPLE_ISSUER, SAMPLE_PLAN_SHEET } from './samplePlan';
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

/**
 * Domain of the sample's e-mail addresses: ".example" is reserved (RFC 2606) and reaches no one,
 * so a reminder drafted from the sample can never be sent to a real unit.
 */
export const SAMPLE_EMAIL_DOMAIN = 'snn.quangngai.example';

/**
 * The sample's unit directory: the built-in units, each with an e-mail address (from its short
 * name, in {@link SAMPLE_EMAIL_DOMAIN}), and a note saying the addresses are not real.
 *
 * @example
 * SAMPLE_UNIT_DIRECTORY.units.find((u) => u.shortName === 'CCTS')?.email // 'ccts@snn.quangngai.example'
 */
export const SAMPLE_UNIT_DIRECTORY: UnitDirectory = {
  source: 'default',
  note: `Danh mục mẫu để dùng thử: địa chỉ email đuôi ".example" là địa chỉ giả, thư gửi tới đó không đến ai. Khi dùng thật, hãy lập danh mục các đơn vị của Sở (nút "Tạo trang theo dõi & danh mục đơn vị") và sửa cho đúng.`,
  units: DEFAULT_UNIT_DIRECTORY.units.map((u) => ({ ...u, email: `${u.shortName.toLowerCase().replace(/[^a-z0-9]/g, '')}@${SAMPLE_EMAIL_DOMAIN}` })),
};

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

/** The department the sample's units belong to and report to: the sample plan's issuing body. */
const SAMPLE_DEPARTMENT = SAMPLE_ISSUER[SAMPLE_ISSUER.length - 1];

function registerSheet(sheet: string, unit: string, rows: CellValue[][]): SheetWrite {
  const width = SAMPLE_REGISTER_HEADER.length;
  const headerRow = 4;
  const last = headerRow + rows.length - 1;
  return {
    sheet,
    mode: 'create',
    values: [
      { row: 1, col: 1, values: [[SAMPLE_DEPARTMENT], ['SỔ THEO DÕI HỒ SƠ THỦ TỤC HÀNH CHÍNH'], [`Đơn vị: ${unit}`]] },
      { row: headerRow, col: 1, values: rows },
    ],
    formats: [
      { range: { top: 1, left: 1, bottom: 2, right: width }, format: { bold: true, horizontal: 'center' } },
      { range: { top: headerRow, left: 1, bottom: headerRow, right: width }, format: { bold: true, wrap: true, horizontal: 'center', vertical: 'middle', fill: '#F2F2F2', border: 'thin' } },
      { range: { top: headerRow + 1, left: 6, bottom: last, right: 8 }, format: { numberFormat: 'dd/mm/yyyy hh:mm' } },
    ],
    merges: [
      { top: 1, left: 1, bottom: 1, right: width },
      { top: 2, left: 1, bottom: 2, right: width },
    ],
    columnWidths: [6, 24, 22, 48, 24, 17, 17, 17, 16, 30].map((w, i) => ({ col: i + 1, width: w })),
    freeze: { rows: headerRow, cols: 0 },
  };
}

/** The sample register's dossiers: about a year up to the as-of day. */
function registerRows(asOf: IsoDate, options: { seed: number; count: number; fields: readonly string[]; from: IsoDate }): CellValue[][] {
  return sampleRegisterRows({ seed: options.seed, count: options.count, fields: options.fields, from: options.from, to: asOf });
}

/**
 * The sample plan workbook as of a day: the plan, its unit directory (with e-mail addresses)
 * and the tracking sheet with the completions dated before the day.
 *
 * @example
 * samplePlanWorkbookWritePlan('2026-11-27').sheets.map((s) => s.sheet) // ['Phụ lục', 'Danh mục đơn vị', 'Theo dõi thực hiện']
 */
export function samplePlanWorkbookWritePlan(asOf: IsoDate): WritePlan {
  const planSheet = samplePlanWritePlan({ asOf }).sheets[0];
  const grid = { name: planSheet.sheet, values: planSheet.values[0].values, merges: planSheet.merges };
  const { plan } = readPlanTable([grid]);
  if (!plan) throw new Error('samplePlanWorkbookWritePlan: the sample plan does not read as a plan');
  const init = initWritePlan(plan, SAMPLE_UNIT_DIRECTORY, { year: yearOf(asOf) });
  const sheets = init.sheets.map((s) =>
    s.sheet === TRACKING_SHEET ? { ...s, values: [...s.values, { row: 2, col: 1, values: sampleTrackingRows(asOf) }] } : s,
  );
  return { sheets: [planSheet, ...sheets], activate: SAMPLE_PLAN_SHEET };
}

/** The sample unit's dossier register (about 400 days up to the as-of day), as a sheet of the given name. */
export function sampleRegisterSheet(asOf: IsoDate, sheet: string = SAMPLE_REGISTER_SHEET): SheetWrite {
  const register = registerRows(asOf, { seed: 2024, count: 300, fields: SAMPLE_REGISTER_FIELDS, from: addDays(asOf, -400) });
  return registerSheet(sheet, SAMPLE_REGISTER_UNIT, register);
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
  const plan = samplePlanWorkbookWritePlan(asOf);
  return { sheets: [...plan.sheets, sampleRegisterSheet(asOf)], activate: SAMPLE_PLAN_SHEET };
}

/**
 * Excel: the sheets the sample adds to the officer's own workbook, under names of their own —
 * the plan and the register. No tracking or directory sheet: those would act on the officer's
 * own plan.
 */
export function sampleSheetsForExcel(asOf: IsoDate, names: { plan: string; register: string }): WritePlan {
  const plan = samplePlanWritePlan({ asOf, sheet: names.plan }).sheets[0];
  return { sheets: [plan, sampleRegisterSheet(asOf, names.register)], activate: names.plan };
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
      plan: formsWritePlan(result, { unit: sender.unit, period, receiver: SAMPLE_DEPARTMENT }),
    };
  });
}
