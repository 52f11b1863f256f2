import { isRomanNumeral, isTaskCode, sttKindOf } from './sttKind';

describe('sttKindOf', () => {
  test.each([
    [7, { kind: 'task', no: 7, label: '7' }],
    ['7', { kind: 'task', no: 7, label: '7' }],
    ['7.', { kind: 'task', no: 7, label: '7' }],
    [' 12 ', { kind: 'task', no: 12, label: '12' }],
    ['IV', { kind: 'section', code: 'IV', level: 'section', title: null }],
    ['IV.', { kind: 'section', code: 'IV', level: 'section', title: null }],
    ['XII', { kind: 'section', code: 'XII', level: 'section', title: null }],
    ['IV. Rà soát, đơn giản hóa TTHC', { kind: 'section', code: 'IV', level: 'section', title: 'Rà soát, đơn giản hóa TTHC' }],
    ['I Ban hành văn bản', { kind: 'section', code: 'I', level: 'section', title: 'Ban hành văn bản' }],
    [null, { kind: 'empty' }],
    ['', { kind: 'empty' }],
    ['  ', { kind: 'empty' }],
    [0, { kind: 'other', text: '0' }],
    [2.5, { kind: 'task', no: 5, label: '2.5' }],
    [-1.5, { kind: 'other', text: '-1.5' }],
    ['a)', { kind: 'item', text: 'a)' }],
    ['b.', { kind: 'item', text: 'b.' }],
    ['-', { kind: 'item', text: '-' }],
    ['7)', { kind: 'task', no: 7, label: '7' }],
    ['(7)', { kind: 'task', no: 7, label: '7' }],
    ['ab)', { kind: 'other', text: 'ab)' }],
    ['1.1', { kind: 'task', no: 1, label: '1.1' }],
    ['5.1.2', { kind: 'task', no: 2, label: '5.1.2' }],
    ['1.1.', { kind: 'task', no: 1, label: '1.1' }],
    ['1.0', { kind: 'other', text: '1.0' }],
    ['B', { kind: 'section', code: 'B', level: 'letter', title: null }],
    ['A.', { kind: 'section', code: 'A', level: 'letter', title: null }],
    ['C. NHIỆM VỤ KHÁC', { kind: 'section', code: 'C', level: 'letter', title: 'NHIỆM VỤ KHÁC' }],
    ['III.1', { kind: 'section', code: 'III.1', level: 'section', title: null }],
    ['III.1.2. Rà soát', { kind: 'section', code: 'III.1.2', level: 'section', title: 'Rà soát' }],
    ['V', { kind: 'section', code: 'V', level: 'section', title: null }],
    ['a', { kind: 'item', text: 'a' }],
    ['IIII', { kind: 'other', text: 'IIII' }],
    ['Ghi chú', { kind: 'other', text: 'Ghi chú' }],
  ])('%j → %j', (value, kind) => {
    expect(sttKindOf(value)).toEqual(kind);
  });
});

describe('isRomanNumeral', () => {
  test.each([
    ['I', true],
    ['IX', true],
    ['XIV', true],
    ['XL', true],
    ['', false],
    ['IIII', false],
    ['VX', false],
    ['iv', false],
  ])('%j → %s', (text, yes) => {
    expect(isRomanNumeral(text)).toBe(yes);
  });
});

describe('task codes', () => {
  test.each([
    ['NV-001', true],
    ['2026-KSTTHC-07', true],
    ['KH.2026/12', true],
    ['NV 001', false],
    ['15/03/2026', false],
    ['12', false],
    [12, false],
    ['Văn phòng Sở', false],
    ['NV', false],
  ])('%j is a code: %s', (value, expected) => {
    expect(isTaskCode(value)).toBe(expected);
  });
});
