import { readDayText } from './dayText';

test.each([
  ['2024-03-10', '2024-03-10'],
  ['10/03/2024', '2024-03-10'],
  ['1/3/2024', '2024-03-01'],
  ['10-03-2024', '2024-03-10'],
  ['10.03.2024', '2024-03-10'],
  [' 29/02/2024 ', '2024-02-29'],
])('%p is the day %p', (text, day) => {
  expect(readDayText(text)).toEqual({ ok: true, day });
});

test.each([
  ['2024-02-30', 2024, 2, 30, 29],
  ['30/02/2024', 2024, 2, 30, 29],
  ['29/02/2023', 2023, 2, 29, 28],
  ['31/04/2024', 2024, 4, 31, 30],
  ['10/13/2024', 2024, 13, 10, null],
])('%p has the right form but no such day', (text, year, month, day, lastDay) => {
  expect(readDayText(text)).toEqual({ ok: false, reason: 'nonexistent', year, month, day, lastDay });
});

test.each(['', 'mai', '2024/03/10x', '10/03/24', '20240310', '03-10'])('%p is not a day', (text) => {
  expect(readDayText(text)).toEqual({ ok: false, reason: 'form' });
});
