import { parsePeriodCode, parsePeriodLabel, quarterContaining, reportPeriod, type PeriodKind } from './periods';

describe('reportPeriod: SPEC §6 table', () => {
  test.each<[number, PeriodKind, string, string, string, string, string]>([
    [2024, 'Q1', '2024-Q1', 'Quý I/2024', '2023-12-15', '2024-03-14', '2024-03-16'],
    [2024, 'Q2', '2024-Q2', 'Quý II/2024', '2024-03-15', '2024-06-14', '2024-06-16'],
    [2024, 'Q3', '2024-Q3', 'Quý III/2024', '2024-06-15', '2024-09-14', '2024-09-16'],
    [2024, 'Q4', '2024-Q4', 'Quý IV/2024', '2024-09-15', '2024-12-14', '2024-12-16'],
    [2024, 'H1', '2024-H1', '6 tháng/2024', '2023-12-15', '2024-06-14', '2024-06-16'],
    [2024, 'Y', '2024-Y', 'Năm 2024', '2023-12-15', '2024-12-14', '2024-12-16'],
    [2025, 'Q1', '2025-Q1', 'Quý I/2025', '2024-12-15', '2025-03-14', '2025-03-16'],
  ])('%s %s', (year, kind, code, label, from, to, deadline) => {
    expect(reportPeriod(year, kind)).toEqual({ year, kind, code, label, from, to, deadline });
  });

  test.each([[1899], [2024.5], [10000]])('bad year %s throws', (year) => {
    expect(() => reportPeriod(year, 'Q1')).toThrow(RangeError);
  });
});

describe('quarterContaining: every boundary', () => {
  test.each([
    ['2023-12-14', '2023-Q4'],
    ['2023-12-15', '2024-Q1'], // year turn: 15/12 belongs to next year's Quý I
    ['2023-12-31', '2024-Q1'],
    ['2024-01-01', '2024-Q1'],
    ['2024-02-29', '2024-Q1'], // leap day
    ['2024-03-14', '2024-Q1'],
    ['2024-03-15', '2024-Q2'],
    ['2024-06-14', '2024-Q2'],
    ['2024-06-15', '2024-Q3'],
    ['2024-09-14', '2024-Q3'],
    ['2024-09-15', '2024-Q4'],
    ['2024-12-14', '2024-Q4'],
    ['2024-12-15', '2025-Q1'],
    ['2024-12-16', '2025-Q1'],
  ])('%s → %s', (day, code) => {
    expect(quarterContaining(day).code).toBe(code);
  });

  test('not an ISO day throws', () => {
    expect(() => quarterContaining('10/03/2024')).toThrow(RangeError);
  });
});

describe('labels ↔ codes, both ways', () => {
  const kinds: PeriodKind[] = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'Y'];
  test.each(kinds.flatMap((k) => [2023, 2024].map((y) => [y, k] as const)))('%s %s round-trips', (year, kind) => {
    const p = reportPeriod(year, kind);
    expect(parsePeriodLabel(p.label)).toEqual(p);
    expect(parsePeriodCode(p.code)).toEqual(p);
    expect(parsePeriodLabel(p.code)).toEqual(p);
  });

  test.each([
    ['Quý I/2024', '2024-Q1'],
    ['quý 1/2024', '2024-Q1'],
    ['QUY IV NAM 2024', '2024-Q4'],
    ['Quý III năm 2024', '2024-Q3'],
    ['Quý II - 2024', '2024-Q2'],
    ['Quý I/2024'.normalize('NFD'), '2024-Q1'],
    ['6 tháng/2024', '2024-H1'],
    ['6 tháng đầu năm 2024', '2024-H1'],
    ['Báo cáo 6 tháng/2024', '2024-H1'],
    ['Năm 2024', '2024-Y'],
    ['năm 2024.', '2024-Y'],
    ['2024-q2', '2024-Q2'],
    [' 2024-Y ', '2024-Y'],
  ])('%j → %s', (label, code) => {
    expect(parsePeriodLabel(label)?.code).toBe(code);
  });

  test.each([['Quý V/2024'], ['Quý I'], ['tháng 3/2024'], [''], ['2024-Q5'], ['2024-H2']])('%j is not a period', (label) => {
    expect(parsePeriodLabel(label)).toBeNull();
  });
});
