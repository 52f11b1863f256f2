import { STATUS_SEVERITY, type StatusKey } from '../status/model';
import { contrastRatio, OFFICER_TEXT, printGray, relativeLuminance, SHEET_WHITE, STATUS_PALETTE } from './palette';

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

describe('contrastRatio (WCAG 2)', () => {
  test.each([
    ['#000000', '#FFFFFF', 21],
    ['#FFFFFF', '#FFFFFF', 1],
    ['#777777', '#FFFFFF', 4.48],
    ['#767676', '#FFFFFF', 4.54],
  ])('%s on %s is %d', (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 2);
  });

  test('rejects what is not #RRGGBB', () => {
    expect(() => relativeLuminance('red')).toThrow(RangeError);
  });
});

describe('STATUS_PALETTE', () => {
  test.each(STATUS_SEVERITY.map((k) => [k]))('%s: its text and the officer black text reach 4.5:1 on its fill', (key) => {
    const { fill, text } = STATUS_PALETTE[key];
    const background = fill ?? SHEET_WHITE;
    expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(OFFICER_TEXT, background)).toBeGreaterThanOrEqual(4.5);
  });

  test('hues follow SPEC §5: red, amber, none, green, light blue, grey', () => {
    const [or, og, ob] = rgb(STATUS_PALETTE.overdue.fill as string);
    expect(or).toBeGreaterThan(og + 40);
    expect(og).toBeCloseTo(ob, -1);
    const [ar, ag, ab] = rgb(STATUS_PALETTE['due-soon'].fill as string);
    expect(ar).toBeGreaterThan(ag);
    expect(ag).toBeGreaterThan(ab + 80);
    expect(STATUS_PALETTE.pending.fill).toBeNull();
    const [dr, dg, db] = rgb(STATUS_PALETTE.done.fill as string);
    expect(dg).toBeGreaterThan(dr);
    expect(dg).toBeGreaterThan(db);
    const [br, bg, bb] = rgb(STATUS_PALETTE.ongoing.fill as string);
    expect(bb).toBeGreaterThan(bg);
    expect(bg).toBeGreaterThan(br);
    const [gr, gg, gb] = rgb(STATUS_PALETTE.unscheduled.fill as string);
    expect(new Set([gr, gg, gb]).size).toBe(1);
  });

  test('in grayscale: overdue darkest, then due soon, then the calm statuses, all apart from white', () => {
    const gray = (k: StatusKey) => printGray(STATUS_PALETTE[k].fill ?? SHEET_WHITE);
    const calm: StatusKey[] = ['unscheduled', 'ongoing', 'done'];
    expect(gray('due-soon') - gray('overdue')).toBeGreaterThanOrEqual(20);
    for (const k of calm) {
      expect(gray(k) - gray('due-soon')).toBeGreaterThanOrEqual(20);
      expect(255 - gray(k)).toBeGreaterThanOrEqual(20);
    }
    expect(gray('pending')).toBe(255);
  });

  test('all fills are distinct', () => {
    const fills = STATUS_SEVERITY.map((k) => STATUS_PALETTE[k].fill);
    expect(new Set(fills).size).toBe(fills.length);
  });
});
