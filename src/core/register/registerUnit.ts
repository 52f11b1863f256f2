import type { SheetGrid } from '../grid';
import { cellText, normalizeText, stripDiacritics } from '../text/normalize';
import { reportingUnitResolver, type DirectoryEntry } from '../units/reportingUnit';
import { unitKey } from '../units/directory';

/** The unit a register names in its title or header block. */
export interface RegisterUnit {
  /** The words as the register writes them ("Chi cục Chăn nuôi và Thú y", "CHI CỤC THỦY SẢN"). */
  text: string;
  /** The directory unit they name; null when the directory has none that fits. */
  unit: DirectoryEntry | null;
  /** 1-based sheet row of the words. */
  row: number;
}

/**
 * How registers name their unit, as data (a new wording is a row here): a label before the
 * name ("Đơn vị: …"), a title followed by the name ("SỔ THEO DÕI HỒ SƠ TTHC - Chi cục …",
 * "… của Chi cục …"), or an administrative header line that starts with a unit word.
 * Matched on a line in lower case without diacritics; the name is what follows the match.
 */
const UNIT_LABELS: readonly RegExp[] = [/^(?:ten )?(?:don vi|co quan)(?: bao cao| giai quyet| tiep nhan)?\s*:\s*/];
const REGISTER_TITLES: readonly RegExp[] = [/^(?:so theo doi|so tiep nhan|danh sach|bang theo doi|bao cao)\b.*?(?:\s[-–—:]\s*|\s*:\s*|\scua\s)/];
const UNIT_WORDS: readonly RegExp[] = [/^(?:chi cuc|phong|trung tam|van phong|thanh tra|ban quan ly)\s/];

/** Rows searched above the register's header when the header row is unknown. */
const TITLE_ROWS = 10;

function nameAfter(line: string, key: string, patterns: readonly RegExp[]): string | null {
  for (const p of patterns) {
    const m = p.exec(key);
    // The key has one character per character of the line, so the offset carries over.
    if (m) return line.slice(m[0].length).trim() || null;
  }
  return null;
}

/**
 * The unit a dossier register names above its header (title line, "Đơn vị: …" or the
 * administrative header block): a name the directory knows wins over one it does not; among
 * those, labels before titles before header lines, then the top row first. Null when the
 * register names no unit.
 *
 * @example
 * registerUnit({ name: 'Sổ', merges: [], values: [['SỔ THEO DÕI HỒ SƠ TTHC - Chi cục Chăn nuôi và Thú y']] }, 3, [{ name: 'Chi cục Chăn nuôi và Thú y', handlesTthc: true }])?.unit?.name
 * // 'Chi cục Chăn nuôi và Thú y'
 */
export function registerUnit(grid: SheetGrid, headerRow: number | null, entries: readonly DirectoryEntry[]): RegisterUnit | null {
  const resolve = reportingUnitResolver(entries);
  const last = Math.min(grid.values.length, headerRow === null ? TITLE_ROWS : headerRow - 1);
  const found: { rank: number; text: string; row: number; unit: DirectoryEntry | null }[] = [];
  for (let r = 0; r < last; r++) {
    for (const value of grid.values[r] ?? []) {
      for (const raw of cellText(value ?? null).split('\n')) {
        const line = normalizeText(raw);
        const key = stripDiacritics(line).toLowerCase();
        if (!key) continue;
        const labelled = nameAfter(line, key, UNIT_LABELS);
        const titled = labelled === null ? nameAfter(line, key, REGISTER_TITLES) : null;
        const headed = UNIT_WORDS.some((p) => p.test(`${key} `)) ? line : null;
        const text = labelled ?? titled ?? headed;
        if (!text || !unitKey(text)) continue;
        const rank = labelled !== null ? 0 : titled !== null ? 1 : 2;
        found.push({ rank, text, row: r + 1, unit: resolve(text) });
      }
    }
  }
  found.sort((a, b) => Number(a.unit === null) - Number(b.unit === null) || a.rank - b.rank || a.row - b.row);
  const best = found[0];
  return best ? { text: best.text, unit: best.unit, row: best.row } : null;
}

/** The unit the forms go out under, or why none can be used. */
export type FormsUnitDecision =
  | { ok: true; unit: string; from: 'register' | 'chosen'; inDirectory: boolean }
  | { ok: false; reason: 'missing' | 'contradicts' | 'not-in-directory'; message: string; chosen: string | null; registerUnit: string | null };

export interface FormsUnitOptions {
  /** The officer's unit (a directory name, short name or a new name); empty or null when not chosen. */
  chosen?: string | null;
  /** The officer confirmed a unit the directory does not list (CLI `--add-unit`, pane confirmation). */
  allowNew?: boolean;
}

/**
 * Decides the unit of the forms (issue 14): the register's own unit when the officer chose
 * none; the officer's unit when it is the register's (or the register names none); refused
 * when the two differ (the figures would go out under another unit's name) or when the unit
 * is not in the directory and the officer did not confirm adding it. Messages are Vietnamese
 * and name both units.
 *
 * @example
 * decideFormsUnit({ text: 'Chi cục Thủy sản', unit: null, row: 1 }, [], { chosen: '' }).ok // false ('not-in-directory')
 */
export function decideFormsUnit(found: RegisterUnit | null, entries: readonly DirectoryEntry[], options: FormsUnitOptions = {}): FormsUnitDecision {
  const chosenText = options.chosen?.trim() ? options.chosen.trim() : null;
  const registerName = found ? (found.unit?.name ?? found.text) : null;
  const refuse = (reason: 'missing' | 'contradicts' | 'not-in-directory', message: string): FormsUnitDecision => ({
    ok: false,
    reason,
    message,
    chosen: chosenText,
    registerUnit: registerName,
  });
  const chosenUnit = chosenText ? reportingUnitResolver(entries)(chosenText) : null;
  const chosenName = chosenUnit?.name ?? chosenText;
  if (chosenText === null && registerName === null) {
    return refuse('missing', 'Sổ không ghi tên đơn vị: hãy chọn đơn vị báo cáo.');
  }
  if (chosenText !== null && found !== null) {
    const same = found.unit !== null ? chosenUnit === found.unit : unitKey(chosenName ?? '') === unitKey(found.text);
    if (!same) {
      return refuse(
        'contradicts',
        `Đơn vị đã chọn "${chosenName}" khác đơn vị ghi trên sổ "${registerName}" (dòng ${found.row}): số liệu của sổ không thể báo cáo dưới tên đơn vị khác. Hãy chọn "${registerName}" hoặc dùng đúng sổ của "${chosenName}".`,
      );
    }
  }
  const unit = chosenUnit ?? found?.unit ?? null;
  if (unit) return { ok: true, unit: unit.name, from: chosenText !== null ? 'chosen' : 'register', inDirectory: true };
  const name = (chosenText ?? registerName) as string;
  if (!options.allowNew) {
    return refuse(
      'not-in-directory',
      `Đơn vị "${name}" không có trong Danh mục đơn vị. Hãy chọn một đơn vị trong danh mục, hoặc xác nhận thêm đơn vị mới nếu đúng là đơn vị này.`,
    );
  }
  return { ok: true, unit: name, from: chosenText !== null ? 'chosen' : 'register', inDirectory: false };
}
