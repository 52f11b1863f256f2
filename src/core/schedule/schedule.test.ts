import { planYearOf, scheduleOf } from './schedule';

const Q = ['2024-03-16', '2024-06-16', '2024-09-16', '2024-12-16'];

describe('scheduleOf: every phrase of SPEC §2', () => {
  test.each<[string, string, string[], boolean]>([
    // once: months
    ['Tháng 02/2024', 'once', ['2024-02-29'], false],
    ['tháng 2 năm 2024', 'once', ['2024-02-29'], false],
    ['THANG 2/2023', 'once', ['2023-02-28'], false],
    ['Trong tháng 12', 'once', ['2024-12-31'], false],
    // once: quarters, Roman or digit, optional year
    ['Quý I', 'once', ['2024-03-31'], false],
    ['Quý II', 'once', ['2024-06-30'], false],
    ['quý III/2024', 'once', ['2024-09-30'], false],
    ['Quy IV nam 2024', 'once', ['2024-12-31'], false],
    ['Quý 2', 'once', ['2024-06-30'], false],
    ['Quý I/2025', 'once', ['2025-03-31'], false],
    ['Quý I, II năm 2024', 'recurring', ['2024-03-31', '2024-06-30'], false],
    ['Quý III và IV', 'recurring', ['2024-09-30', '2024-12-31'], false],
    // a range: due at its end
    ['Từ 01/3 đến 31/3/2024', 'once', ['2024-03-31'], false],
    ['Từ ngày 15/01/2024 đến ngày 15/02/2024', 'once', ['2024-02-15'], false],
    // once: before a day (the day before), on a day
    ['Trước ngày 20/02/2024.', 'once', ['2024-02-19'], false],
    ['trước ngày 01/03/2024', 'once', ['2024-02-29'], false],
    ['Trước ngày 01/01/2025', 'once', ['2024-12-31'], false],
    ['Truoc ngay 15/3', 'once', ['2024-03-14'], false],
    ['Ngày 20/02/2024', 'once', ['2024-02-20'], false],
    ['20/02/2024', 'once', ['2024-02-20'], false],
    ['20-02-2024', 'once', ['2024-02-20'], false],
    ['Chậm nhất ngày 29/02/2024', 'once', ['2024-02-29'], false],
    ['Hạn 05/4', 'once', ['2024-04-05'], false],
    ['2024-05-31', 'once', ['2024-05-31'], false],
    // recurring
    ['Hàng quý', 'recurring', Q, false],
    ['Hằng quý', 'recurring', Q, false],
    ['Định kỳ 3 tháng/lần', 'recurring', Q, false],
    ['Định kỳ hằng quý', 'recurring', Q, false],
    ['Hàng quý/năm', 'recurring', Q, false],
    ['3 tháng/1 lần', 'recurring', Q, false],
    ['Định kỳ 6 tháng và cuối năm', 'recurring', ['2024-06-16', '2024-12-16'], false],
    ['6 tháng/lần', 'recurring', ['2024-06-16', '2024-12-16'], false],
    ['Hàng năm', 'recurring', ['2024-12-16'], false],
    ['Hằng năm', 'recurring', ['2024-12-16'], false],
    ['Cuối năm', 'recurring', ['2024-12-16'], false],
    ['Báo cáo năm', 'recurring', ['2024-12-16'], false],
    // no dates
    ['Thường xuyên', 'ongoing', [], false],
    ['Thường xuyên.', 'ongoing', [], false],
    ['Theo kế hoạch', 'unscheduled', [], false],
    ['Theo Kế hoạch', 'unscheduled', [], false],
    ['Theo lộ trình kế hoạch', 'unscheduled', [], false],
    ['Theo lộ trình Công văn', 'unscheduled', [], false],
    // adhoc, with its misspelling
    ['Đột xuất', 'unscheduled', [], true],
    ['Đợt xuất theo thời điểm yêu cầu.', 'unscheduled', [], true],
    // several phrases in one cell (seed 36, 37)
    ['- Định kỳ 3 tháng/lần\n- Đợt xuất theo thời điểm yêu cầu.', 'recurring', Q, true],
    ['- Định kỳ 3 tháng/lần - Đột xuất theo yêu cầu', 'recurring', Q, true],
    ['Thường xuyên; Đột xuất', 'ongoing', [], true],
    ['Quý I\nQuý III', 'recurring', ['2024-03-31', '2024-09-30'], false],
    // HTML list pasted from the web
    ['<ul><li>- Định kỳ 3 tháng/lần</li><li>- Đột xuất.</li></ul>', 'recurring', Q, true],
  ])('%j → %s %j adhoc=%s', (text, kind, due, adhoc) => {
    const r = scheduleOf(text, { year: 2024 });
    expect(r.schedule).toEqual({ kind, due, adhoc });
    expect(r.warnings).toEqual([]);
  });

  test.each([
    ['Thường xuyên'],
    ['THUONG XUYEN'],
    ['thuong xuyen'],
    ['Thường xuyên'.normalize('NFD')],
    ['  Thường   xuyên ...'],
    ['- Thường xuyên'],
    ['• Thường xuyên'],
  ])('case, diacritics, NFD, dots and list marks do not matter: %j', (text) => {
    expect(scheduleOf(text, { year: 2024 })).toEqual({ schedule: { kind: 'ongoing', due: [], adhoc: false }, warnings: [] });
  });

  test.each([['Trước ngày 20/02/2024.'], ['TRUOC NGAY 20/02/2024'], ['Trước ngày 20/02/2024'.normalize('NFD')], ['- trước ngày 20/02/2024;']])(
    'a dated phrase in any spelling: %j',
    (text) => {
      expect(scheduleOf(text, { year: 2024 }).schedule).toEqual({ kind: 'once', due: ['2024-02-19'], adhoc: false });
    },
  );

  test('"Định kỳ theo quy định" is assumed quarterly, with a warning saying so', () => {
    const r = scheduleOf('- Định kỳ theo quy định.\n- Đợt xuất theo thời điểm yêu cầu.', { year: 2024 });
    expect(r.schedule).toEqual({ kind: 'recurring', due: Q, adhoc: true });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('Định kỳ theo quy định');
    expect(r.warnings[0]).toContain('hằng quý');
  });

  test.each([['Sớm nhất có thể'], ['Khi cần gấp'], ['Ưu tiên số một']])(
    'unknown text is unscheduled with a warning quoting it: %j',
    (text) => {
      const r = scheduleOf(text, { year: 2024 });
      expect(r.schedule).toEqual({ kind: 'unscheduled', due: [], adhoc: false });
      expect(r.warnings).toHaveLength(1);
      expect(r.warnings[0]).toContain(`"${text}"`);
    },
  );

  test('an unknown phrase beside a known one is warned about, the known one still counts', () => {
    const r = scheduleOf('Quý I\nKhi cần', { year: 2024 });
    expect(r.schedule).toEqual({ kind: 'once', due: ['2024-03-31'], adhoc: false });
    expect(r.warnings).toEqual([expect.stringContaining('"Khi cần"')]);
  });

  test.each([['Ngày 30/02/2024'], ['Trước ngày 31/04/2024'], ['Tháng 13/2024']])('a day that does not exist is warned about: %j', (text) => {
    const r = scheduleOf(text, { year: 2024 });
    expect(r.schedule.due).toEqual([]);
    expect(r.warnings.length).toBeGreaterThan(0);
  });

  test('the year follows the plan year', () => {
    expect(scheduleOf('Hàng quý', { year: 2025 }).schedule.due).toEqual(['2025-03-16', '2025-06-16', '2025-09-16', '2025-12-16']);
    expect(scheduleOf('Quý I', { year: 2023 }).schedule.due).toEqual(['2023-03-31']);
  });

  test('a real date cell wins over its display text', () => {
    expect(scheduleOf('20/02/2024', { year: 2024, timingDate: '2024-02-20' }).schedule).toEqual({ kind: 'once', due: ['2024-02-20'], adhoc: false });
    expect(scheduleOf('', { year: 2024, timingDate: '2024-07-01' }).schedule.due).toEqual(['2024-07-01']);
  });

  test.each<[string, string | null]>([
    ['Thường xuyên', '2024-05-31'],
    ['Hàng quý', '2024-05-31'],
    ['Câu lạ', '31/05/2024'],
  ])('an override replaces the computed dates: %j', (text, override) => {
    expect(scheduleOf(text, { year: 2024, override }).schedule).toEqual({ kind: 'once', due: ['2024-05-31'], adhoc: false });
  });

  test('an override keeps the adhoc flag; a bad override is warned about and ignored', () => {
    expect(scheduleOf('Đột xuất', { year: 2024, override: '2024-05-31' }).schedule).toEqual({ kind: 'once', due: ['2024-05-31'], adhoc: true });
    const bad = scheduleOf('Quý I', { year: 2024, override: 'sớm' });
    expect(bad.schedule.due).toEqual(['2024-03-31']);
    expect(bad.warnings).toEqual([expect.stringContaining('"sớm"')]);
  });

  test('empty cell: unscheduled, no phrase to warn about', () => {
    expect(scheduleOf('', { year: 2024 })).toEqual({ schedule: { kind: 'unscheduled', due: [], adhoc: false }, warnings: [] });
  });

  test('a bad plan year is a programmer error', () => {
    expect(() => scheduleOf('Quý I', { year: 24 })).toThrow(RangeError);
  });
});

describe('planYearOf', () => {
  test.each<[string[], string | null, number | null]>([
    [['Tháng 02/2024', 'Quý I', 'Trước ngày 20/02/2024.'], null, 2024],
    [['Thường xuyên'], 'Nội dung hoạt động kiểm soát TTHC năm 2024 của Sở', 2024],
    [['Thường xuyên'], 'KẾ HOẠCH NĂM 2025', 2025],
    [['Thường xuyên'], null, null],
    [['Trước ngày 15/01/2025', 'Tháng 3/2024', 'Quý II/2024'], 'năm 2023', 2024],
  ])('%j, title %j → %s', (timings, title, year) => {
    expect(planYearOf(timings, title)).toBe(year);
  });
});
