import type { CheckFailure } from './model';

/** A check read back something other than what it wrote: `message` lists the differences (Vietnamese). */
export class CheckMismatch extends Error {
  constructor(readonly differences: string[]) {
    super(differences.join('; '));
    this.name = 'CheckMismatch';
  }
}

/** A check that cannot go ahead for a reason the officer can act on: `message` is that Vietnamese sentence. */
export class CheckRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckRefusal';
  }
}

/** Errors of the add-in's whose message is a Vietnamese sentence for the officer (by name: no reader is pulled in to test a class). */
const SENTENCE_ERRORS = new Set(['CheckRefusal', 'SheetLayoutError', 'OfficeOperationError', 'WorkbookOpenError']);

/** What the pane says of an error nobody foresaw; its own text goes to the copied report. */
export const UNEXPECTED_FAILURE = 'Phần bổ trợ gặp lỗi không lường trước ở bước này. Hãy bấm "Sao chép báo cáo" và gửi báo cáo cho người hỗ trợ.';

/** Shows a value in a difference line: text quoted, dates as dd/mm/yyyy, the rest as JSON. */
export function shown(value: unknown): string {
  if (value instanceof Date) {
    const d = value;
    return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  }
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (value === undefined) return 'không có';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

/**
 * Collects the differences between what a check wrote and what Excel gave back; `done()` throws
 * {@link CheckMismatch} when there are any.
 *
 * @example
 * const diff = new Differences();
 * diff.equal('Ô A3, màu nền', '#FFFFFF', '#DDEBF7');
 * diff.done(); // throws: 'Ô A3, màu nền: đọc lại "#FFFFFF", đã ghi "#DDEBF7"'
 */
export class Differences {
  private readonly found: string[] = [];

  /** `actual` must equal `expected` (deep; dates by time). */
  equal(what: string, actual: unknown, expected: unknown): void {
    if (!same(actual, expected)) this.found.push(`${what}: đọc lại ${shown(actual)}, đã ghi ${shown(expected)}`);
  }

  /** Colours compared without regard to case (`#ddebf7` is `#DDEBF7`). */
  colour(what: string, actual: unknown, expected: string): void {
    this.equal(what, typeof actual === 'string' ? actual.toUpperCase() : actual, expected.toUpperCase());
  }

  /** A number within `tolerance` of `expected` (Excel rounds widths and heights to whole pixels). */
  near(what: string, actual: unknown, expected: number, tolerance: number): void {
    if (typeof actual !== 'number' || Math.abs(actual - expected) > tolerance) this.found.push(`${what}: đọc lại ${shown(actual)}, đã ghi ${expected} (sai lệch cho phép ${tolerance})`);
  }

  /** A condition that must hold, with the sentence that says what went wrong. */
  check(ok: boolean, otherwise: string): void {
    if (!ok) this.found.push(otherwise);
  }

  done(): void {
    if (this.found.length > 0) throw new CheckMismatch(this.found.slice(0, 8).concat(this.found.length > 8 ? [`và ${this.found.length - 8} chỗ khác`] : []));
  }
}

function field(err: unknown, key: string): unknown {
  return err && typeof err === 'object' ? (err as Record<string, unknown>)[key] : undefined;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/**
 * What to report for an error a check met: the differences of a {@link CheckMismatch}; for an
 * error from Excel, its code, its own message and where in the request it failed (from the
 * original Office error, which `OfficeWorkbook` keeps as `cause`); for the add-in's own refusals
 * (`SheetLayoutError` …) their Vietnamese sentence; for anything else one Vietnamese sentence,
 * the error's own text kept for the copied report.
 */
export function describeFailure(err: unknown): CheckFailure {
  const none = { code: null, excelMessage: null, location: null, raw: null };
  if (err instanceof CheckMismatch) return { text: err.message, ...none };
  const office = field(err, 'cause') && field(field(err, 'cause'), 'code') !== undefined ? field(err, 'cause') : err;
  const code = text(field(err, 'code')) ?? text(field(office, 'code'));
  const debugInfo = field(office, 'debugInfo');
  const location = text(field(debugInfo, 'errorLocation'));
  const name = text(field(err, 'name')) ?? 'Error';
  const ownSentence = text(field(err, 'message'));
  if (code) {
    const excelMessage = office === err ? ownSentence : text(field(office, 'message'));
    // OfficeOperationError's message is the add-in's Vietnamese advice; a raw Office error has only Excel's.
    const advice = office !== err && name === 'OfficeOperationError' ? ownSentence : null;
    return { text: advice ?? 'Excel từ chối thao tác.', code, excelMessage, location, raw: null };
  }
  if (ownSentence && SENTENCE_ERRORS.has(name)) return { text: ownSentence, ...none };
  return { text: UNEXPECTED_FAILURE, ...none, raw: ownSentence ? `${name}: ${ownSentence}` : name };
}
