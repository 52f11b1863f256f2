import { defaultFormsPeriod } from './defaultPeriod';

describe('defaultFormsPeriod', () => {
  test.each([
    ['2024-02-01', '2024-Q1'],
    ['2024-03-14', '2024-Q1'],
    ['2024-03-15', '2024-Q1'],
    ['2024-03-16', '2024-Q1'],
    ['2024-03-17', '2024-Q2'],
    ['2024-06-16', '2024-Q2'],
    ['2024-09-20', '2024-Q4'],
    ['2023-12-15', '2023-Q4'],
    ['2023-12-16', '2023-Q4'],
    ['2023-12-17', '2024-Q1'],
  ])('%s → %s', (today, code) => expect(defaultFormsPeriod(today).code).toBe(code));
});
