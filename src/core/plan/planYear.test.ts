import sources from '../../../test/fixtures/real-plans/timings-units.json';
import { detectPlanYear, withPlanYear, yearsMissing } from './planYear';

describe('detectPlanYear', () => {
  test.each([
    [['Tháng 02/2024', 'Quý I', 'Thường xuyên'], [], { year: 2024, span: null, source: 'timing' }],
    [['Trước ngày 20/02/2024.'], [], { year: 2024, span: null, source: 'timing' }],
    [['Quý I/2025', 'Quý II/2025', 'Tháng 12/2024'], [], { year: 2025, span: null, source: 'timing' }],
    // a tie goes to the earlier year
    [['Năm 2024', 'Năm 2025'], [], { year: 2024, span: null, source: 'timing' }],
    [['Thường xuyên'], ['KẾ HOẠCH kiểm soát TTHC năm 2025'], { year: 2025, span: null, source: 'title' }],
    [['Thường xuyên'], ['Nội dung hoạt động kiểm soát TTHC năm 2024'.normalize('NFD')], { year: 2024, span: null, source: 'title' }],
    // the title's own year wins over the timing texts (SPEC §11)
    [['Tháng 3/2024'], ['KẾ HOẠCH năm 2025'], { year: 2025, span: null, source: 'title' }],
    [['Thường xuyên', 'Theo kế hoạch'], ['Số 123/KH-SNN'], { year: null, span: null, source: null }],
    [[], [], { year: null, span: null, source: null }],
    [['Trong 12024 ngày'], [], { year: null, span: null, source: null }],
    // a span: its first year
    [['2026 - 2030'], ['PHỤ LỤC', 'DANH MỤC CÁC NHIỆM VỤ … GIAI ĐOẠN 2026-2030 TRÊN ĐỊA BÀN TỈNH'], { year: 2026, span: [2026, 2030], source: 'title' }],
    [['Quý I/2025'], ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2026 – 2030'], { year: 2026, span: [2026, 2030], source: 'title' }],
    [[], ['Kế hoạch chuyển đổi số từ năm 2026 đến năm 2028'], { year: 2026, span: [2026, 2028], source: 'title' }],
    // a horizon is not the plan year: the timing texts decide
    [['Quý III Năm 2026', 'Quý IV/2025- Quý II/2026', 'Hàng năm'], ['NHIỆM VỤ CHỦ YẾU … TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI ĐẾN NĂM 2030'], { year: 2026, span: null, source: 'timing' }],
    [['Quý I/2026'], ['Chiến lược … đến năm 2030, tầm nhìn đến năm 2045'], { year: 2026, span: null, source: 'timing' }],
    // a span with a horizon after it
    [[], ['Kế hoạch giai đoạn 2021 - 2025, định hướng đến năm 2030'], { year: 2021, span: [2021, 2025], source: 'title' }],
    // cited documents' dates and numbers are not the plan year
    [['Quý IV/2026', 'Năm 2026'], ['(Kèm theo Quyết định số 2820/QĐ-UBND ngày 19 tháng 11 năm 2025 của UBND Thành phố Hồ Chí Minh)'], { year: 2026, span: null, source: 'timing' }],
    [['30/09/2025'], ['Dữ liệu tính đến ngày 07/11/2025', '(Kèm theo Kế hoạch số: /KH-UBND ngày / /2025 của UBND thành phố Hà Nội)'], { year: 2025, span: null, source: 'timing' }],
    [['Quý I/2026'], ['Triển khai Nghị định số 118/2025/NĐ-CP'], { year: 2026, span: null, source: 'timing' }],
    [['Quý I/2026'], ['KẾ HOẠCH kiểm soát TTHC năm 2026', '(Kèm theo Quyết định số 12/QĐ-SNNMT ngày 05 tháng 01 năm 2026)'], { year: 2026, span: null, source: 'title' }],
    // no year in title nor timings: the year of the plan's own date line, warned about (issue 12)
    [['Hằng quý', 'Quý II'], ['PHỤ LỤC', 'DANH MỤC NHIỆM VỤ', '(Kèm theo Kế hoạch số 05/KH-UBND ngày 10/01/2026 của UBND xã)'], { year: 2026, span: null, source: 'issued', issuedOn: '10/01/2026' }],
    [['Hằng quý'], ['Quảng Ngãi, ngày 24 tháng 11 năm 2025', 'KẾ HOẠCH kiểm soát thủ tục hành chính'], { year: 2025, span: null, source: 'issued', issuedOn: '24/11/2025' }],
    [['Thường xuyên'], ['Triển khai Nghị quyết số 57 ngày 22/12/2024 của Bộ Chính trị'], { year: null, span: null, source: null }],
  ])('%j, titles %j → %j', (timings, titles, expected) => {
    expect(detectPlanYear(timings, titles)).toEqual(expected);
  });

  // Only dongnai-179's title has a year of its own (its span); the others cite dates or a horizon,
  // and without timings the year falls back to the appendix's own date line where it has a full one
  // (the last resort: 3 of these 4 keys have that year; HCM's timings make it 2026).
  const ISSUED: Record<string, [number, string]> = {
    'dongthap-552-2025': [2025, '19/11/2025'],
    'dongthap-617-2025': [2025, '01/12/2025'],
    'hcm-2820-2025': [2025, '19/11/2025'],
    'vpcp-624-2025': [2025, '16/11/2025'],
  };
  test.each(Object.entries(sources.sources))('the title lines of the real plan %s', (name, s) => {
    const got = detectPlanYear([], s.titleLines);
    const issued = ISSUED[name];
    if (s.span) expect(got).toEqual({ year: s.year, span: s.span, source: 'title' });
    else if (issued) expect(got).toEqual({ year: issued[0], span: null, source: 'issued', issuedOn: issued[1] });
    else expect(got).toEqual({ year: null, span: null, source: null });
  });
});

describe('withPlanYear: the officer\'s year always wins', () => {
  const plan = { year: 2026, span: [2026, 2030] as [number, number] };
  test.each<[number | undefined, number, [number, number] | null]>([
    [undefined, 2026, [2026, 2030]],
    [2026, 2026, [2026, 2030]],
    [2027, 2027, [2026, 2030]],
    [2025, 2025, null],
  ])('--year %s → year %s, span %j', (given, year, span) => {
    expect(withPlanYear(plan, given)).toEqual({ year, span });
  });

  test('the plan given is not changed', () => {
    const one = { year: 2024 as number | null, span: null };
    expect(withPlanYear(one, 2025)).toEqual({ year: 2025, span: null });
    expect(one.year).toBe(2024);
  });
});

describe('yearsMissing: an as-of day outside the plan\'s years (the pane and kstthc say so)', () => {
  test.each<[number | null, [number, number] | null, string, [number, number] | null]>([
    [2026, null, '2026-06-15', null],
    [2026, null, '2027-01-05', [2026, 2026]],
    [2026, [2026, 2030], '2028-03-01', null],
    [2026, [2026, 2030], '2031-01-01', [2026, 2030]],
    [null, null, '2031-01-01', null],
  ])('year %s, span %j, as of %s → %j', (year, span, asOf, missing) => {
    expect(yearsMissing({ year, span }, asOf)).toEqual(missing);
  });
});
