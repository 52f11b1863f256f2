import { detectPlanYear } from './planYear';

describe('detectPlanYear', () => {
  test.each([
    [['Tháng 02/2024', 'Quý I', 'Thường xuyên'], [], { year: 2024, source: 'timing' }],
    [['Trước ngày 20/02/2024.'], [], { year: 2024, source: 'timing' }],
    [['Quý I/2025', 'Quý II/2025', 'Tháng 12/2024'], [], { year: 2025, source: 'timing' }],
    [['Năm 2024', 'Năm 2025'], [], { year: 2024, source: 'timing' }],
    [['Thường xuyên'], ['KẾ HOẠCH kiểm soát TTHC năm 2025'], { year: 2025, source: 'title' }],
    [['Thường xuyên'], ['Nội dung hoạt động kiểm soát TTHC năm 2024'.normalize('NFD')], { year: 2024, source: 'title' }],
    [['Tháng 3/2024'], ['KẾ HOẠCH năm 2025'], { year: 2024, source: 'timing' }],
    [['Thường xuyên', 'Theo kế hoạch'], ['Số 123/KH-SNN'], { year: null, source: null }],
    [[], [], { year: null, source: null }],
    [['Trong 12024 ngày'], [], { year: null, source: null }],
  ])('%j, titles %j → %j', (timings, titles, expected) => {
    expect(detectPlanYear(timings, titles)).toEqual(expected);
  });
});
