import type { CellValue, SheetGrid } from '../grid';
import type { SheetWrite } from '../write/writePlan';
import { readPlanTable } from '../plan/readPlanTable';
import { statusInputsOf } from '../status/statusInputs';
import { computePlanStatus } from '../status/computeStatus';
import type { StatusKey } from '../status/model';
import { pickRegister } from '../register/pickRegister';
import { computeForms } from '../forms/computeForms';
import { defaultFormsPeriod } from '../forms/defaultPeriod';
import { consolidateForms } from '../consolidate/consolidateForms';
import { sampleSheetsForExcel, sampleTrackingRows, sampleUnitWorkbooks, sampleWorkbookWritePlan } from './sampleQuarter';
import { samplePlanOf } from './datedPlan';
import { SAMPLE_EMAIL_DOMAIN } from './sampleQuarter';

/** The grid a workbook holds after a create-mode sheet write (value blocks placed at their cells). */
function gridOf(write: SheetWrite): SheetGrid {
  const values: CellValue[][] = [];
  for (const block of write.values) {
    block.values.forEach((line, i) => {
      const row = (values[block.row - 1 + i] ??= []);
      line.forEach((v, j) => {
        row[block.col - 1 + j] = v;
      });
    });
  }
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  return { name: write.sheet, values, merges: write.merges };
}

const ALL_STATUSES: StatusKey[] = ['overdue', 'due-soon', 'pending', 'unscheduled', 'ongoing', 'done'];

describe.each(['2026-11-27', '2025-03-10', '2024-06-20', '2027-01-05', '2026-12-30'])('the sample as of %s', (asOf) => {
  const book = sampleWorkbookWritePlan(asOf);
  const grids = book.sheets.map(gridOf);
  const year = Number(asOf.slice(0, 4));

  test('is a plan of the as-of year with completions, a directory and a register', () => {
    expect(book.sheets.map((s) => s.sheet)).toEqual(['Phụ lục', 'Danh mục đơn vị', 'Theo dõi thực hiện', 'Sổ theo dõi hồ sơ']);
    const { plan, findings } = readPlanTable(grids);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(plan?.tasks).toHaveLength(37);
    expect(plan?.year).toBe(year);
  });

  test('shows every status on the day, and completions dated after it are not written', () => {
    const { plan } = readPlanTable(grids);
    if (!plan) throw new Error('no plan');
    const inputs = statusInputsOf(grids, plan);
    const status = computePlanStatus(plan, { asOf, window: 7, directory: inputs.directory, tracking: inputs.tracking });
    const seen = new Set(status.deliverables.map((d) => d.status));
    // Late December leaves no day of the year beyond the window: pending may not show then.
    const expected = asOf >= `${year}-12-24` ? ALL_STATUSES.filter((k) => k !== 'pending') : ALL_STATUSES;
    for (const key of expected) expect([key, seen.has(key)]).toEqual([key, true]);
    for (const row of sampleTrackingRows(asOf)) expect((row[4] as Date).toISOString().slice(0, 10) < asOf).toBe(true);
  });

  test('its register gives forms for the quarter an officer reports on', () => {
    const picked = pickRegister(grids);
    expect(picked?.sheet).toBe('Sổ theo dõi hồ sơ');
    const forms = computeForms(picked!.read.dossiers, defaultFormsPeriod(asOf));
    expect(forms.ii05a.total.c3).toBeGreaterThan(0);
  });
});

test('the timings relative to the day are written as an officer writes a deadline', () => {
  const plan = samplePlanOf('2026-11-27');
  const timing = (task: number) => plan.tasks.find((t) => t.no === task)?.deliverables[0].timing;
  expect(timing(29)).toBe('Chậm nhất ngày 30/11/2026');
  expect(timing(10)).toBe('Chậm nhất ngày 17/11/2026');
  expect(timing(19)).toBe('Hàng quý/năm');
  expect(plan.titles[1]).toBe('Nội dung hoạt động kiểm soát TTHC năm 2026 của Sở Nông nghiệp và Phát triển nông thôn');
});

test('a first-time officer meets no warning and every unit has an address that reaches no one', () => {
  const asOf = '2026-06-12';
  const grids = sampleWorkbookWritePlan(asOf).sheets.map(gridOf);
  const { plan, findings } = readPlanTable(grids);
  expect(findings).toEqual([]);
  const inputs = statusInputsOf(grids, plan!);
  expect(inputs.findings).toEqual([]);
  expect(computePlanStatus(plan!, { asOf, window: 7, directory: inputs.directory, tracking: inputs.tracking }).warnings).toEqual([]);
  expect(inputs.directory.source).toBe('sheet');
  for (const unit of inputs.directory.units) expect(unit.email).toMatch(new RegExp(`^[a-z0-9]+@${SAMPLE_EMAIL_DOMAIN.replace(/\./g, '\\.')}$`));
});

test('in Excel the sample adds only its plan and its register, under the names given', () => {
  const plan = sampleSheetsForExcel('2026-11-27', { plan: 'Kế hoạch mẫu', register: 'Sổ hồ sơ mẫu' });
  expect(plan.sheets.map((s) => [s.sheet, s.mode])).toEqual([
    ['Kế hoạch mẫu', 'create'],
    ['Sổ hồ sơ mẫu', 'create'],
  ]);
});

test.each(['2026-11-27', '2025-01-10'])('as of %s the units’ workbooks consolidate: four accepted, one rejected for its quarter, the rest missing', (asOf) => {
  const books = sampleUnitWorkbooks(asOf);
  const period = defaultFormsPeriod(asOf);
  const result = consolidateForms(
    books.map((b) => ({ file: b.file, grids: b.plan.sheets.map(gridOf) })),
    { period },
  );
  expect(result.files.map((f) => f.status)).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'rejected']);
  expect(result.files[4].reason).toContain(period.label);
  expect(result.missingUnits).toContain('Chi cục Thủy lợi');
  expect(result.missingUnits).not.toContain('Chi cục Thủy sản');
  expect(result.ii05a.total.c3).toBeGreaterThan(0);
  expect(books[0].file).toBe(`Chi cục Thủy sản - ${period.label.replace('/', '-')}.xlsx`);
});
