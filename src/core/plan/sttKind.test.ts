import { isRomanNumeral, sttKindOf } from './sttKind';

describe('sttKindOf', () => {
  test.each([
    [7, { kind: 'task', no: 7 }],
    ['7', { kind: 'task', no: 7 }],
    ['7.', { kind: 'task', no: 7 }],
    [' 12 ', { kind: 'task', no: 12 }],
    ['IV', { kind: 'section', code: 'IV', title: null }],
    ['IV.', { kind: 'section', code: 'IV', title: null }],
    ['XII', { kind: 'section', code: 'XII', title: null }],
    ['IV. Rà soát, đơn giản hóa TTHC', { kind: 'section', code: 'IV', title: 'Rà soát, đơn giản hóa TTHC' }],
    ['I Ban hành văn bản', { kind: 'section', code: 'I', title: 'Ban hành văn bản' }],
    [null, { kind: 'empty' }],
    ['', { kind: 'empty' }],
    ['  ', { kind: 'empty' }],
    [0, { kind: 'other', text: '0' }],
    [2.5, { kind: 'other', text: '2.5' }],
    ['a)', { kind: 'other', text: 'a)' }],
    ['1.1', { kind: 'other', text: '1.1' }],
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
