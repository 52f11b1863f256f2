import { pageBreakRows, pageCapacity } from './pageBreaks';

describe('pageBreakRows', () => {
  test.each([
    ['fills each page', [20, 20, 20, 20, 20], { capacity: 45 }, [3, 5]],
    ['a kept row never ends a page: it starts the next one', [20, 20, 20, 20], { capacity: 45, keepWithNext: new Set([2]) }, [2, 4]],
    ['title rows take room on every page after the first', [10, 20, 20, 20, 20], { capacity: 45, titleRows: [1, 1] as [number, number] }, [3, 4, 5]],
    ['a row taller than a page gets a page of its own', [20, 100, 20], { capacity: 45 }, [2, 3]],
    ['everything on one page: no break', [10, 10], { capacity: 45 }, []],
  ])('%s', (_name, heights, options, expected) => expect(pageBreakRows(heights, options)).toEqual(expected));
});

describe('pageCapacity', () => {
  test('A4 landscape fitted to width: the narrower the sheet, the fewer points a page holds', () => {
    const setup = { orientation: 'landscape' as const, paper: 'A4' as const, fitToWidth: true, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 } };
    const narrow = pageCapacity(setup, [40, 40]);
    const wide = pageCapacity(setup, [40, 40, 40, 40, 40]);
    expect(narrow).toBeCloseTo((595.3 - 1.1 * 72) * 0.95, 1);
    expect(wide).toBeGreaterThan(narrow);
  });
});
