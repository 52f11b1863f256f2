import { scheduleOf } from './schedule';

type Kind = 'once' | 'recurring' | 'ongoing' | 'unscheduled';

// Issue 12, held-out plans: wordings of ministry and Sở appendices (plan year 2026 unless the phrase names one).
describe('scheduleOf: held-out wordings (plan year 2026)', () => {
  test.each<[string, Kind, string[]]>([
    // a bare month of a year: the last day of that month
    ['6/2025', 'once', ['2025-06-30']],
    ['12/2025', 'once', ['2025-12-31']],
    ['06/2026', 'once', ['2026-06-30']],
    ['02/2028', 'once', ['2028-02-29']],
    ['Hoàn thành 12/2025', 'once', ['2025-12-31']],
    ['01/2026 - 06/2026', 'once', ['2026-06-30']],
    ['Tháng 11-12/2026', 'once', ['2026-12-31']],
    ['Tháng 10/2025', 'once', ['2025-10-31']],
    ['Trước 6/2026', 'once', ['2026-05-31']],
    ['Từ tháng 01/2026', 'ongoing', []],
    ['Từ 01/2026', 'ongoing', []],
    // a real date still wins over the month/year reading
    ['30/6/2025', 'once', ['2025-06-30']],
    ['15/12', 'once', ['2026-12-15']],
    // leading zeros, report regimes
    ['Định kỳ 06 tháng', 'recurring', ['2026-06-16', '2026-12-16']],
    ['Định kỳ 03 tháng', 'recurring', ['2026-03-16', '2026-06-16', '2026-09-16', '2026-12-16']],
    ['6 tháng, năm', 'recurring', ['2026-06-16', '2026-12-16']],
    // a yearly day "before" a date: the day before, each year, replacing the default yearly date
    ['Trước ngày 15/12 hằng năm', 'recurring', ['2026-12-14']],
    // "trước" stands for every day of a list
    ['Trước 15/6 và 15/12 hằng năm', 'recurring', ['2026-06-14', '2026-12-14']],
    ['Trước ngày 15/6, 15/12 hằng năm', 'recurring', ['2026-06-14', '2026-12-14']],
    ['Trước ngày 15/6 và ngày 15/12/2026', 'recurring', ['2026-06-14', '2026-12-14']],
    // a range of quarters whose second end omits "Quý": due at the end of the second
    ['Quý III - IV/2026', 'once', ['2026-12-31']],
    ['Quý III – IV năm 2026', 'once', ['2026-12-31']],
    ['Quý I-II', 'once', ['2026-06-30']],
    ['Quý III, IV/2026', 'recurring', ['2026-09-30', '2026-12-31']],
    ['Định kỳ hàng năm (trước ngày 15/11)', 'recurring', ['2026-11-14']],
    ['hàng năm (trước ngày 15/11)', 'recurring', ['2026-11-14']],
    ['Trước ngày 20 hằng tháng', 'recurring', ['2026-01-19', '2026-02-19', '2026-03-19', '2026-04-19', '2026-05-19', '2026-06-19', '2026-07-19', '2026-08-19', '2026-09-19', '2026-10-19', '2026-11-19', '2026-12-19']],
    ['Hàng quý (trước ngày 15 tháng cuối quý)', 'recurring', ['2026-03-14', '2026-06-14', '2026-09-14', '2026-12-14']],
    // "… và những năm tiếp theo": a yearly duty from that year
    ['2026 và những năm tiếp theo', 'recurring', ['2026-12-16']],
    ['Năm 2026 và các năm tiếp theo', 'recurring', ['2026-12-16']],
    // no year of their own: the plan year
    ['Trong năm', 'once', ['2026-12-31']],
    ['Cả năm', 'once', ['2026-12-31']],
  ])('%j → %s %j', (text, kind, due) => {
    const r = scheduleOf(text, { year: 2026 });
    expect(r.schedule.kind).toBe(kind);
    expect(r.schedule.due).toEqual(due);
    expect(r.warnings).toEqual([]);
  });

  test('"2025 và những năm tiếp theo" recurs in each year of a multi-year plan from 2025 on', () => {
    expect(scheduleOf('2025 và những năm tiếp theo', { year: 2024, span: [2024, 2026] }).schedule.due).toEqual(['2025-12-16', '2026-12-16']);
  });

  test.each([
    ['Đầu năm 2026', '2026-03-31'],
    ['Giữa năm 2026', '2026-06-30'],
  ])('%j is read as %s and said in a warning, never silently the end of the year', (text, due) => {
    const r = scheduleOf(text, { year: 2026 });
    expect(r.schedule.due).toEqual([due]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('nhập hạn điều chỉnh');
  });

  test.each(['13/2026', '0/2026'])('%j (no such month) is warned about, not dated', (text) => {
    const r = scheduleOf(text, { year: 2026 });
    expect(r.schedule.due).toEqual([]);
    expect(r.warnings.length).toBeGreaterThan(0);
  });
});
