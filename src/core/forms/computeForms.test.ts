import { reportPeriod } from '../periods/periods';
import type { Dossier, DossierStatus } from '../register/model';
import { computeForms, placeDossier } from './computeForms';

const Q1 = reportPeriod(2024, 'Q1'); // 2023-12-15 … 2024-03-14

function dossier(received: string, due: string, resolved: string | null, status: DossierStatus = 'none', extra: Partial<Dossier> = {}): Dossier {
  return { row: 2, code: 'X', field: 'Thủy lợi', procedure: 'TT', channel: 'online', received, due, resolved, status, reason: '', ...extra };
}

describe('placeDossier (SPEC §8, by calendar day)', () => {
  test.each([
    ['received the day after the period', dossier('2024-03-15', '2024-03-20', null), null],
    ['ended the day before the period', dossier('2023-12-01', '2023-12-20', '2023-12-14'), null],
    ['carried over, ended on the first day, on its due day', dossier('2023-12-01', '2023-12-15', '2023-12-15'), ['c6', 'c9']],
    ['carried over, still open, overdue', dossier('2023-11-01', '2023-11-30', null), ['c6', 'c13']],
    ['received on the first day online, early', dossier('2023-12-15', '2023-12-20', '2023-12-19'), ['c4', 'c8']],
    ['received on the last day in person, open', dossier('2024-03-14', '2024-03-20', null, 'none', { channel: 'direct' }), ['c5', 'c12']],
    ['resolved on the last day, late', dossier('2024-03-01', '2024-03-10', '2024-03-14'), ['c4', 'c10']],
    ['resolved the day after the period, due inside it', dossier('2024-03-01', '2024-03-10', '2024-03-15'), ['c4', 'c13']],
    ['resolved after the period, due on the last day', dossier('2024-03-01', '2024-03-14', '2024-03-20'), ['c4', 'c12']],
    ['open, due on the last day', dossier('2024-03-01', '2024-03-14', null), ['c4', 'c12']],
    ['open, due the day before the last', dossier('2024-03-01', '2024-03-13', null), ['c4', 'c13']],
    ['returned after its due day', dossier('2024-01-01', '2024-01-05', '2024-01-20', 'returned'), ['c4', 'c9']],
    ['withdrawn early', dossier('2024-01-01', '2024-01-05', '2024-01-02', 'withdrawn'), ['c4', 'c9']],
    ['returned after the period: open at its end', dossier('2024-03-01', '2024-03-10', '2024-03-20', 'returned'), ['c4', 'c13']],
    ['waiting for a supplement, due day passed', dossier('2024-01-01', '2024-01-05', null, 'supplement'), ['c4', 'c12']],
    ['waiting for a supplement, carried over', dossier('2023-10-01', '2023-10-05', null, 'supplement'), ['c6', 'c12']],
    ['status says pending but a result day is given', dossier('2024-01-01', '2024-01-05', '2024-01-05', 'pending'), ['c4', 'c9']],
  ])('%s', (_name, d, expected) => {
    const place = placeDossier(d, Q1);
    if (expected === null) expect(place).toEqual({ counted: false });
    else expect(place).toEqual({ counted: true, received: expected[0], outcome: expected[1] });
  });
});

describe('computeForms', () => {
  test('lĩnh vực grouped by case, diacritics and Unicode form; the first spelling shown', () => {
    const nfd = 'Thủy lợi'.normalize('NFD');
    const { ii05a } = computeForms(
      [
        dossier('2024-01-01', '2024-01-05', '2024-01-04', 'none', { field: 'Thủy lợi' }),
        dossier('2024-01-01', '2024-01-05', null, 'none', { field: 'THỦY LỢI', reason: 'Chờ' }),
        dossier('2024-01-01', '2024-01-05', null, 'none', { field: 'thuy loi', reason: 'Chờ' }),
        dossier('2024-01-01', '2024-01-05', null, 'supplement', { field: nfd }),
        dossier('2024-01-01', '2024-01-05', null, 'none', { field: 'Chăn nuôi', reason: 'x' }),
      ],
      Q1,
    );
    expect(ii05a.rows.map((r) => [r.field, r.c3, r.c8, r.c12, r.c13])).toEqual([
      ['Chăn nuôi', 1, 0, 0, 1],
      ['Thủy lợi', 4, 1, 1, 2],
    ]);
  });

  test('II.06a: same TTHC spelled differently is one row; repeated reasons are listed once', () => {
    const { ii06a, findings } = computeForms(
      [
        dossier('2024-01-01', '2024-01-05', null, 'none', { procedure: 'Cấp phép A', reason: 'Chờ phối hợp', code: 'a' }),
        dossier('2024-01-02', '2024-01-05', null, 'none', { procedure: 'CẤP PHÉP A', reason: 'chờ phối hợp.', code: 'b' }),
        dossier('2024-01-03', '2024-01-05', null, 'none', { procedure: 'Cấp phép A', reason: 'Thiếu cán bộ', code: 'c' }),
      ],
      Q1,
    );
    expect(ii06a.rows).toEqual([
      { field: 'Thủy lợi', procedure: 'Cấp phép A', count: 3, reason: 'Chờ phối hợp; Thiếu cán bộ', codes: ['a', 'b', 'c'], registerRows: [2, 2, 2] },
    ]);
    expect(findings).toEqual([]);
  });

  test('no dossiers: empty forms, zero total, no findings', () => {
    const result = computeForms([], Q1);
    expect(result.ii05a.rows).toEqual([]);
    expect(Object.values(result.ii05a.total).every((v) => v === 0)).toBe(true);
    expect(result.ii06a.rows).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  test('the input is not changed', () => {
    const input = [dossier('2024-01-01', '2024-01-05', null)];
    const copy = JSON.parse(JSON.stringify(input));
    computeForms(input, Q1);
    expect(input).toEqual(copy);
  });
});
