import { warning, type Finding } from '../findings';
import type { ReportPeriod } from '../periods/periods';
import type { Dossier } from '../register/model';
import { matchKey } from '../text/normalize';
import { II05A, II05A_COUNT_KEYS, NO_REASON, zeroIi05aCounts, type Ii05aCounts } from './definitions';
import { checkFormRules, checkOverdueTotal } from './rules';
import { betterSpelling, displayCase } from '../text/displayCase';

/** One II.05a row: a lĩnh vực and its eleven counts (JSON shape of SPEC §10). */
export type Ii05aRow = { field: string } & Ii05aCounts;

/** One II.06a row: the overdue dossiers of one TTHC of one lĩnh vực. */
export interface Ii06aRow {
  field: string;
  procedure: string;
  count: number;
  /** The distinct reasons given, joined by "; " ("Chưa nêu nguyên nhân" when none was given). */
  reason: string;
  /** Mã hồ sơ of the dossiers counted (empty strings left out). */
  codes: string[];
  /** Register rows of the dossiers counted. */
  registerRows: number[];
}

export interface FormsResult {
  ii05a: { rows: Ii05aRow[]; total: Ii05aCounts };
  ii06a: { rows: Ii06aRow[] };
  /** Missing overdue reasons (warnings); broken form rules (errors, a defect if ever seen). */
  findings: Finding[];
}

/** Where each dossier lands for a period (exported for the tests and the task pane's detail view). */
export type DossierPlace =
  | { counted: false }
  | { counted: true; received: 'c4' | 'c5' | 'c6'; outcome: 'c8' | 'c9' | 'c10' | 'c12' | 'c13' };

/**
 * Where one dossier counts in II.05a for the period [from, to], by calendar day (SPEC §8):
 * (6) received before the period and not ended before it, (4)/(5) received in it by channel;
 * ended within the period → (8) before the due day, (9) on it, (10) after it, returned or
 * withdrawn → (9); still open at the end → (12) when due on or after the last day or waiting
 * for the applicant's supplement, (13) otherwise.
 *
 * @example
 * placeDossier({ received: '2024-01-02', due: '2024-01-10', resolved: '2024-01-10', channel: 'online', status: 'resolved', … }, reportPeriod(2024, 'Q1'))
 * // { counted: true, received: 'c4', outcome: 'c9' }
 */
export function placeDossier(d: Dossier, period: Pick<ReportPeriod, 'from' | 'to'>): DossierPlace {
  const { from, to } = period;
  if (d.received > to) return { counted: false };
  if (d.received < from && d.resolved !== null && d.resolved < from) return { counted: false };
  const received = d.received < from ? 'c6' : d.channel === 'online' ? 'c4' : 'c5';
  if (d.resolved !== null && d.resolved <= to) {
    if (d.status === 'returned' || d.status === 'withdrawn') return { counted: true, received, outcome: 'c9' };
    const outcome = d.resolved < d.due ? 'c8' : d.resolved === d.due ? 'c9' : 'c10';
    return { counted: true, received, outcome };
  }
  const inTime = d.status === 'supplement' || d.due >= to;
  return { counted: true, received, outcome: inTime ? 'c12' : 'c13' };
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

interface OverdueGroup {
  field: string;
  fieldKey: string;
  procedure: string;
  dossiers: Dossier[];
}

/**
 * Computes biểu II.05a and II.06a for a period from the readable dossiers (SPEC §8). Lĩnh vực
 * are grouped by {@link matchKey} (case and diacritics ignored) and shown with the first
 * spelling met in the register; rows are sorted by lĩnh vực name. The form rules are checked on
 * the result; an overdue dossier without a reason is a warning.
 *
 * @example
 * const { ii05a, ii06a } = computeForms(readRegister(grid).dossiers, reportPeriod(2024, 'Q1'), { sheet: 'Sổ' });
 * ii05a.total.c13 === ii06a.rows.reduce((n, r) => n + r.count, 0) // true
 */
export function computeForms(dossiers: readonly Dossier[], period: Pick<ReportPeriod, 'from' | 'to'>, options: { sheet?: string } = {}): FormsResult {
  const sheet = options.sheet ?? 'Sổ theo dõi hồ sơ';
  const findings: Finding[] = [];
  const spelling = new Map<string, string>();
  const byField = new Map<string, Ii05aCounts>();
  const overdue = new Map<string, OverdueGroup>();

  const keys = new Map<string, string>();
  const keyOf = (text: string): string => {
    let k = keys.get(text);
    if (k === undefined) keys.set(text, (k = matchKey(text)));
    return k;
  };

  for (const d of dossiers) {
    const fieldKey = keyOf(d.field);
    const seen = spelling.get(fieldKey);
    spelling.set(fieldKey, seen === undefined ? d.field : betterSpelling(seen, d.field));
    const place = placeDossier(d, period);
    if (!place.counted) continue;
    let counts = byField.get(fieldKey);
    if (!counts) byField.set(fieldKey, (counts = zeroIi05aCounts()));
    counts.c3++;
    counts[place.received]++;
    counts[place.outcome]++;
    if (place.outcome === 'c8' || place.outcome === 'c9' || place.outcome === 'c10') counts.c7++;
    else counts.c11++;
    if (place.outcome === 'c13') {
      const key = `${fieldKey}\u0000${keyOf(d.procedure)}`;
      let group = overdue.get(key);
      if (!group) overdue.set(key, (group = { field: '', fieldKey, procedure: d.procedure, dossiers: [] }));
      group.dossiers.push(d);
      if (d.reason === '') {
        findings.push(
          warning(sheet, d.row, `Hồ sơ ${d.code || `ở dòng ${d.row}`} quá hạn nhưng chưa nêu lý do quá hạn; biểu II.06a ghi "${NO_REASON}".`),
        );
      }
    }
  }

  // Printed as a form prints names: "thú y", "TRỒNG TRỌT" → "Thú y", "Trồng trọt".
  for (const [k, v] of spelling) spelling.set(k, displayCase(v));
  const fieldOrder = [...byField.keys()].sort((a, b) => collator.compare(spelling.get(a) ?? a, spelling.get(b) ?? b));
  const rows: Ii05aRow[] = fieldOrder.map((k) => ({ field: spelling.get(k) ?? k, ...(byField.get(k) as Ii05aCounts) }));
  const total = zeroIi05aCounts();
  for (const r of rows) for (const k of II05A_COUNT_KEYS) total[k] += r[k];

  const rank = new Map(fieldOrder.map((k, i) => [k, i]));
  const ii06aRows: Ii06aRow[] = [...overdue.values()]
    .sort((a, b) => (rank.get(a.fieldKey) ?? 0) - (rank.get(b.fieldKey) ?? 0) || collator.compare(a.procedure, b.procedure))
    .map((g) => {
      const reasons = new Map<string, string>();
      for (const d of g.dossiers) {
        const text = d.reason === '' ? NO_REASON : d.reason;
        const key = matchKey(text);
        if (!reasons.has(key)) reasons.set(key, text);
      }
      return {
        field: spelling.get(g.fieldKey) ?? g.fieldKey,
        procedure: g.procedure,
        count: g.dossiers.length,
        reason: [...reasons.values()].join('; '),
        codes: g.dossiers.map((d) => d.code).filter((c) => c !== ''),
        registerRows: g.dossiers.map((d) => d.row),
      };
    });

  findings.push(...checkFormRules(rows, total, II05A, { sheet: II05A.code }));
  findings.push(...checkOverdueTotal(total.c13, ii06aRows.map((r) => ({ c3: r.count }))));
  return { ii05a: { rows, total }, ii06a: { rows: ii06aRows }, findings };
}
