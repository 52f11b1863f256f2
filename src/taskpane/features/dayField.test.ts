import { dayOfPickerDate, isWholeDayText, pickerDateOf, pickerDateText, typedDay } from './dayField';

describe('the date field reads days as Vietnamese officers write them', () => {
  test.each([
    ['12/06/2026', '2026-06-12'],
    ['1/3/2024', '2024-03-01'],
    ['01-03-2024', '2024-03-01'],
    ['01.03.2024', '2024-03-01'],
    [' 29/02/2024 ', '2024-02-29'],
    ['2024-03-10', '2024-03-10'],
    ['31/02/2026', null],
    ['06/13/2026', null],
    ['12/06/26', null],
    ['mai', null],
    ['', null],
  ])('typedDay(%j) is %j (day first)', (text, day) => {
    expect(typedDay(text)).toBe(day);
  });

  test.each([
    ['10/03/2024', true],
    ['2024-03-10', true],
    ['1/03/2024', false],
    ['10/3/2024', false],
    ['10/03/202', false],
    ['31/04/2024', false],
  ])('isWholeDayText(%j) is %j', (text, whole) => {
    expect(isWholeDayText(text)).toBe(whole);
  });

  test('a day goes to the calendar and back unchanged, and shows dd/mm/yyyy', () => {
    for (const day of ['2024-01-01', '2024-02-29', '2026-06-12', '2026-12-31']) {
      const date = pickerDateOf(day);
      expect(dayOfPickerDate(date)).toBe(day);
      expect(pickerDateText(date)).toBe(`${day.slice(8)}/${day.slice(5, 7)}/${day.slice(0, 4)}`);
    }
    expect(pickerDateText(undefined)).toBe('');
    expect(dayOfPickerDate(new Date(Number.NaN))).toBeNull();
  });
});
