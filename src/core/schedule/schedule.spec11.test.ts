import sources from '../../../test/fixtures/real-plans/timings-units.json';
import { scheduleOf } from './schedule';

type Kind = 'once' | 'recurring' | 'ongoing' | 'unscheduled';

describe('scheduleOf: the timing phrases of SPEC §11 (plan year 2025)', () => {
  test.each<[string, Kind, string[], boolean]>([
    // a year alone
    ['Năm 2026', 'once', ['2026-12-31'], false],
    ['2026', 'once', ['2026-12-31'], false],
    ['Trong năm 2026', 'once', ['2026-12-31'], false],
    ['trong nam 2026.', 'once', ['2026-12-31'], false],
    // halves
    ['6 tháng đầu năm', 'once', ['2025-06-30'], false],
    ['6 tháng đầu năm 2026', 'once', ['2026-06-30'], false],
    ['6 tháng đầu năm (2026)', 'once', ['2026-06-30'], false],
    ['6 tháng cuối năm', 'once', ['2025-12-31'], false],
    // quarters with a year, "Quí" spelling
    ['Quý IV-2025', 'once', ['2025-12-31'], false],
    ['Quí IV-2025', 'once', ['2025-12-31'], false],
    ['Quý 4/2025', 'once', ['2025-12-31'], false],
    ['Quý IV năm 2025', 'once', ['2025-12-31'], false],
    ['Quý III Năm 2026', 'once', ['2026-09-30'], false],
    ['Qui II/2026', 'once', ['2026-06-30'], false],
    // ranges: the end of B
    ['2025 - 2035', 'once', ['2035-12-31'], false],
    ['2025 – 2030', 'once', ['2030-12-31'], false],
    ['Năm 2025 - 2026', 'once', ['2026-12-31'], false],
    ['Năm 2025-2030', 'once', ['2030-12-31'], false],
    ['Giai đoạn 2026-2030', 'once', ['2030-12-31'], false],
    ['Từ năm 2026 đến năm 2028', 'once', ['2028-12-31'], false],
    ['Từ 2026 đến 2027', 'once', ['2027-12-31'], false],
    ['Quý IV/2025- Quý II/2026', 'once', ['2026-06-30'], false],
    ['Quý I - Quý III', 'once', ['2025-09-30'], false],
    ['Từ Quý IV/2025 đến Quý I', 'once', ['2026-03-31'], false],
    ['Từ tháng 3 đến tháng 6/2026', 'once', ['2026-06-30'], false],
    ['Tháng 10/2025 - Tháng 02/2026', 'once', ['2026-02-28'], false],
    ['Từ 01/3 đến 31/3/2026', 'once', ['2026-03-31'], false],
    ['01/10/2025 - 15/01/2026', 'once', ['2026-01-15'], false],
    ['Quý I - 2026', 'once', ['2026-03-31'], false],
    ['Quý IV - 2025', 'once', ['2025-12-31'], false],
    ['Tháng 6 - 2026', 'once', ['2026-06-30'], false],
    ['Năm 2025 - Quý II/2026', 'once', ['2026-06-30'], false],
    // yearly on a month
    ['Tháng 12 hằng năm', 'recurring', ['2025-12-31'], false],
    ['Tháng 6 hàng năm', 'recurring', ['2025-06-30'], false],
    ['Quý IV hằng năm', 'recurring', ['2025-12-31'], false],
    // adhoc
    ['Khi có phát sinh', 'unscheduled', [], true],
    ['Khi có phát sinh.', 'unscheduled', [], true],
    ['Khi có yêu cầu', 'unscheduled', [], true],
    ['Theo yêu cầu', 'unscheduled', [], true],
    ['Theo chỉ đạo của UBND tỉnh', 'unscheduled', [], true],
    ['Quý II/2026; khi có phát sinh', 'once', ['2026-06-30'], true],
    // no date until the officer sets one
    ['Theo kế hoạch riêng', 'unscheduled', [], false],
    ['Sau khi Đề án được phê duyệt', 'unscheduled', [], false],
    ['Theo tiến độ của dự án', 'unscheduled', [], false],
    // no year: the plan year
    ['Trước ngày 30/6', 'once', ['2025-06-29'], false],
    ['Tháng 9', 'once', ['2025-09-30'], false],
    // inside a longer sentence
    ['Ban hành trong quý I năm 2026. Tổ chức triển khai sau đó', 'once', ['2026-03-31'], false],
    ['Hoàn thành việc cập nhật dữ liệu trước ngày 15/3/2026 để báo cáo', 'once', ['2026-03-14'], false],
    // a dated phrase beside "Thường xuyên" follows the dates
    ['Thường xuyên, hằng năm', 'recurring', ['2025-12-16'], false],
    ['Thường xuyên, định kỳ hằng quý báo cáo về Sở Tài chính', 'recurring', ['2025-03-16', '2025-06-16', '2025-09-16', '2025-12-16'], false],
    // before a year; from a year
    ['Hoàn thành trước năm 2027', 'once', ['2026-12-31'], false],
    ['Trước quý III/2026', 'once', ['2026-06-30'], false],
    ['Triển khai từ năm 2026', 'ongoing', [], false],
    ['Từ năm 2026', 'ongoing', [], false],
    ['Bắt đầu từ Quý II/2026', 'ongoing', [], false],
    // dates in words (decision: as the same date in figures)
    ['Trước ngày 15 tháng 3 năm 2026', 'once', ['2026-03-14'], false],
    ['Ngày 30 tháng 6 năm 2026', 'once', ['2026-06-30'], false],
    ['Chậm nhất ngày 20 tháng 12', 'once', ['2025-12-20'], false],
    ['Từ ngày 01 tháng 3 đến ngày 15 tháng 4 năm 2026', 'once', ['2026-04-15'], false],
    // monthly (decision: the last day of each month of the plan year); ongoing wordings
    ['Hằng tháng', 'recurring', ['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30', '2025-07-31', '2025-08-31', '2025-09-30', '2025-10-31', '2025-11-30', '2025-12-31'], false],
    ['Liên tục', 'ongoing', [], false],
    ['Thường xuyên, liên tục', 'ongoing', [], false],
    ['Đến hết năm 2026', 'once', ['2026-12-31'], false],
    ['Quý I/2026 và Quý III/2026', 'recurring', ['2026-03-31', '2026-09-30'], false],
    ['Trước 30/6/2026', 'once', ['2026-06-29'], false],
    // a year at the end of a dated phrase is not a second deadline
    ['Cuối năm 2025', 'once', ['2025-12-31'], false],
  ])('%j → %s %j adhoc=%s', (text, kind, due, adhoc) => {
    const r = scheduleOf(text, { year: 2025 });
    expect(r.schedule).toEqual({ kind, due, adhoc });
    expect(r.warnings).toEqual([]);
  });

  test.each([['Nam 2026', 'Năm 2026'.normalize('NFD'), 'NĂM 2026']])('case and diacritics do not matter: %j', (...texts) => {
    for (const text of texts) expect(scheduleOf(text, { year: 2025 }).schedule).toEqual({ kind: 'once', due: ['2026-12-31'], adhoc: false });
  });

  test('"Hằng năm" and "Tháng 12 hằng năm" recur in every year of a multi-year plan', () => {
    const span = [2026, 2028] as const;
    expect(scheduleOf('Hằng năm', { year: 2026, span }).schedule).toEqual({ kind: 'recurring', due: ['2026-12-16', '2027-12-16', '2028-12-16'], adhoc: false });
    expect(scheduleOf('Tháng 12 hằng năm', { year: 2026, span }).schedule.due).toEqual(['2026-12-31', '2027-12-31', '2028-12-31']);
    // a single-year plan: the plan year alone
    expect(scheduleOf('Hằng năm', { year: 2026 }).schedule.due).toEqual(['2026-12-16']);
    // a dated phrase is not stretched over the span
    expect(scheduleOf('Quý I/2027', { year: 2026, span }).schedule.due).toEqual(['2027-03-31']);
  });

  test('a range with a day that does not exist is warned about', () => {
    const r = scheduleOf('Từ 01/3 đến 31/4/2026', { year: 2025 });
    expect(r.schedule.due).toEqual([]);
    expect(r.warnings.length).toBeGreaterThan(0);
  });

  test('a dash between list items is still a list, not a range', () => {
    expect(scheduleOf('- Quý I - Đột xuất', { year: 2025 })).toEqual({ schedule: { kind: 'once', due: ['2025-03-31'], adhoc: true }, warnings: [] });
    expect(scheduleOf('- Hằng quý - Khi cần gấp', { year: 2025 }).warnings).toEqual([expect.stringContaining('"Khi cần gấp"')]);
  });
});

interface SourceTiming {
  kind: Kind;
  due: string[];
  adhoc?: boolean;
}
const rows = Object.entries(sources.sources).flatMap(([name, s]) =>
  Object.entries(s.timings as Record<string, SourceTiming>).map(([text, want]) => [name, text, s.year, s.span as [number, number] | null, want] as const),
);

describe('scheduleOf: every timing text of the real plans (test/fixtures/real-plans, hand-written keys)', () => {
  test.each(rows)('%s: %j', (_name, text, year, span, want) => {
    const r = scheduleOf(text, { year, span });
    expect(r.schedule).toEqual({ kind: want.kind, due: want.due, adhoc: want.adhoc ?? false });
    expect(r.warnings).toEqual([]);
  });
});
