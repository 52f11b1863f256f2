import { matchKey } from '../text/normalize';

/**
 * How a copied file is named, as data (a new wording is a row here): Windows' " (1)" and
 * " - Copy", "Copy of …", Vietnamese Windows' "Bản sao" / "- Bản sao", macOS' " copy".
 * Matched on the file's base name without its extension, lower case, no diacritics.
 */
export const COPY_NAME_PATTERNS: readonly RegExp[] = [
  /\s\(\d+\)$/,
  /\s-\s(?:copy|ban sao)(?:\s\(\d+\))?$/,
  /^(?:copy|ban sao)(?:\s\(\d+\))?\s(?:of|cua)\s/,
  /^ban sao\s/,
  /\scopy(?:\s\d+)?$/,
];

/**
 * Whether a file name reads as a copy of another file ("Báo cáo (1).xlsx", "Copy of x.xlsx").
 *
 * @example
 * isCopyName('ChiCuc_TrongTrot_BVTV_Q1-2024 (1).xlsx') // true
 * isCopyName('ChiCuc_TrongTrot_BVTV_Q1-2024.xlsx') // false
 */
export function isCopyName(file: string): boolean {
  const base = (file.split(/[\\/]/).pop() ?? file).replace(/\.[a-z0-9]{1,5}$/i, '');
  const key = matchKey(base);
  return COPY_NAME_PATTERNS.some((p) => p.test(key));
}

/** One accepted file of a unit, as the choice between duplicates sees it. */
export interface DuplicateCandidate {
  file: string;
  /** The workbook's own last-saved time (ISO, from docProps/core.xml); null when unknown. */
  modified: string | null;
  /** A canonical text of the file's figures: equal texts mean equal figures. */
  figures: string;
}

/** Which file of a unit is kept, and why each other one is left out. */
export interface DuplicateChoice {
  kept: string;
  dropped: { file: string; reason: string }[];
  /** Said loudly when the files' figures differ (names both files); null when they agree. */
  conflict: string | null;
}

/** "15/03/2024 15:30" in Việt Nam time (UTC+7, no summer time) from an ISO time. */
export function savedAtText(iso: string | null): string {
  if (!iso) return 'không rõ thời điểm lưu';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return 'không rõ thời điểm lưu';
  const d = new Date(t + 7 * 3600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `lưu lúc ${two(d.getUTCHours())}:${two(d.getUTCMinutes())} ngày ${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

function timeOf(iso: string | null): number | null {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? null : t;
}

const byName = (a: DuplicateCandidate, b: DuplicateCandidate) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
const copyFirstLast = (a: DuplicateCandidate, b: DuplicateCandidate) => Number(isCopyName(a.file)) - Number(isCopyName(b.file));
/** Later saved first; unknown times last. */
const laterFirst = (a: DuplicateCandidate, b: DuplicateCandidate) => {
  const ta = timeOf(a.modified);
  const tb = timeOf(b.modified);
  if (ta === tb) return 0;
  if (ta === null) return 1;
  if (tb === null) return -1;
  return tb - ta;
};

/**
 * Chooses among two or more accepted files of one unit and period (issue 14). Same figures:
 * the file whose name is not a copy is kept (then the earlier saved, then the name), the others
 * are listed as duplicates. Different figures: the file saved last (the workbook's own time)
 * is kept, and `conflict` says so naming the files. Depends only on the set of candidates,
 * never on their order.
 *
 * @example
 * chooseUnitFile('Chi cục Thủy sản', [{ file: 'a (1).xlsx', modified: null, figures: 'x' }, { file: 'a.xlsx', modified: null, figures: 'x' }]).kept // 'a.xlsx'
 */
export function chooseUnitFile(unit: string, candidates: readonly DuplicateCandidate[]): DuplicateChoice {
  if (candidates.length === 0) throw new Error('chooseUnitFile: no candidates');
  const same = candidates.every((c) => c.figures === candidates[0].figures);
  const earlierFirst = (a: DuplicateCandidate, b: DuplicateCandidate) => -laterFirst(a, b);
  const order = same
    ? [...candidates].sort((a, b) => copyFirstLast(a, b) || earlierFirst(a, b) || byName(a, b))
    : [...candidates].sort((a, b) => laterFirst(a, b) || copyFirstLast(a, b) || byName(a, b));
  const [kept, ...rest] = order;
  const differing = rest.filter((c) => c.figures !== kept.figures);
  const undecided = differing.some((c) => laterFirst(kept, c) === 0);
  const conflict =
    differing.length === 0
      ? null
      : `Đơn vị "${unit}" gửi ${differing.length + 1} tệp khác số liệu: "${kept.file}" (${savedAtText(kept.modified)}) và ${differing
          .map((c) => `"${c.file}" (${savedAtText(c.modified)})`)
          .join(', ')}. ${
          undecided
            ? `Không biết tệp nào lưu sau: tạm dùng "${kept.file}".`
            : `Dùng "${kept.file}" vì được lưu sau cùng.`
        } Hãy hỏi lại đơn vị bản nào đúng.`;
  const dropped = rest.map((c) => ({
    file: c.file,
    reason:
      c.figures === kept.figures
        ? `Bản trùng của tệp "${kept.file}" (cùng đơn vị "${unit}", cùng kỳ, cùng số liệu): không tính lần thứ hai.`
        : `Bị thay bằng tệp "${kept.file}": ${conflict}`,
  }));
  return { kept: kept.file, dropped, conflict };
}
