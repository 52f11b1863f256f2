import { stripDiacritics } from '../text/normalize';
import { DEFAULT_UNIT_DIRECTORY, unitKey, unitKindOf, type Unit, type UnitDirectory } from './directory';
import { resolveUnits } from './resolveUnits';
import { isGroupPhrase, namedUnits, splitUnitNames } from './splitUnits';

/** The lead and support texts of a plan's deliverables: all a directory is learned from. */
export interface UnitCells {
  tasks: readonly { deliverables: readonly { lead: string; support: string }[] }[];
}

export const LEARNED_DIRECTORY_NOTE =
  'Danh mục do phần mềm lập từ các đơn vị nêu trong cột Chủ trì, Phối hợp của kế hoạch, cần kiểm tra: sửa tên, tên viết tắt, cột "Giải quyết TTHC" và email.';

/** More distinct names than any agency's plan assigns work to (a real one names tens). */
const MAX_LEARNED_UNITS = 500;

/** Longest text (as compared) taken for a unit's name; the longest real ones are about 80 characters. */
const MAX_UNIT_NAME = 160;

/** Initials of a full name's words, "và"/"các"/"của" left out: "Khoa học và Công nghệ" → "khcn". */
function initials(words: string): string {
  return stripDiacritics(words)
    .split(/[\s,\-–]+/)
    .filter((w) => w !== '' && !/^(?:va|cac|cua)$/i.test(w))
    .map((w) => w.charAt(0).toLowerCase())
    .join('');
}

/** A one-word head and capitals: "Sở KH&CN", "Sở GD-ĐT", "Sở TNMT". */
const ABBREVIATION = /^(\S+)\s+([A-ZĐ]{1,6}(?:\s*[&-]\s*[A-ZĐ]{1,6})*)$/u;

/**
 * Whether `short` abbreviates `full` under the same one-word head: "Sở KH&CN", "Sở GD-ĐT", "Sở TNMT"
 * (capitals after the head) against the initials of the full name's words after it.
 */
function abbreviates(short: string, full: string): boolean {
  const m = ABBREVIATION.exec(short.trim());
  if (!m || m[2].replace(/[^A-ZĐ]/gu, '').length < 2 || short === full) return false;
  const head = unitKey(m[1]);
  const fullKey = unitKey(full);
  if (!fullKey.startsWith(`${head} `)) return false;
  const letters = stripDiacritics(m[2]).replace(/[^A-Za-z]/g, '').toLowerCase();
  return initials(full.slice(full.indexOf(' ') + 1)) === letters;
}

/**
 * The unit directory a plan names (SPEC §11), for a workbook without "Danh mục đơn vị": every
 * unit of the lead and support cells (split by {@link namedUnits}, groups left out), once each,
 * in order of first mention; an abbreviation ("Sở KH&CN") joins the full name it stands for
 * ("Sở Khoa học và Công nghệ") when that appears in the plan, as its short name. No unit is
 * flagged as handling TTHC: the officer marks them. `leadsOnly`: the lead units only.
 *
 * @example
 * learnDirectory({ tasks: [{ deliverables: [{ lead: 'Sở KH&CN', support: 'Sở Khoa học và Công nghệ, các sở, ngành' }] }] }).units
 * // [{ name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN', kind: 'khac', handlesTthc: false, email: '' }]
 */
export function learnDirectory(plan: UnitCells, options: { leadsOnly?: boolean } = {}): UnitDirectory {
  const names: string[] = [];
  const seen = new Set<string>();
  // Plans repeat a few lead/support pairs on every row: split each pair once.
  const pairs = new Set<string>();
  for (const task of plan.tasks) {
    for (const d of task.deliverables) {
      const pair = `${d.lead}\u0000${d.support}`;
      if (pairs.has(pair)) continue;
      pairs.add(pair);
      const named = namedUnits(d.lead, d.support);
      for (const name of options.leadsOnly ? named.lead : [...named.lead, ...named.support]) {
        const key = unitKey(name);
        // A paragraph pasted into a unit cell is not a unit's name.
        if (key === '' || key.length > MAX_UNIT_NAME || seen.has(key) || isGroupPhrase(name)) continue;
        seen.add(key);
        names.push(name);
      }
    }
  }
  const units: Unit[] = [];
  // Only names written like an abbreviation are compared with the others (a plan names thousands at most).
  const abbreviations = names.filter((n) => ABBREVIATION.test(n.trim()));
  for (const name of names) {
    if (abbreviations.includes(name) && names.some((full) => abbreviates(name, full))) continue;
    const short = abbreviations.find((abbr) => abbreviates(abbr, name));
    units.push({ name, shortName: short ?? '', kind: unitKindOf(name), handlesTthc: false, email: '' });
  }
  return { units, source: 'plan', note: LEARNED_DIRECTORY_NOTE };
}

/** The group phrases of a plan's unit cells, once each. */
function groupPhrasesOf(plan: UnitCells): string[] {
  const groups = new Set<string>();
  for (const task of plan.tasks) {
    for (const d of task.deliverables) for (const name of [...splitUnitNames(d.lead), ...splitUnitNames(d.support)]) if (isGroupPhrase(name)) groups.add(name);
  }
  return [...groups];
}

/** The directory used for a plan and the one line that says which it is. */
export interface DirectoryChoice {
  directory: UnitDirectory;
  /** Vietnamese, for the pane and the CLI: which directory is in use and what to do. */
  line: string;
}

/**
 * The unit directory in use (SPEC §3, §11, §12): the workbook's "Danh mục đơn vị" when it has one
 * (with the lead units the plan names that it lacks added as learned ones, listed in the line);
 * else the built-in directory of the Sở when most units the plan names are in it (the seed),
 * with the units the plan names that it lacks added as learned ones (issue 12: the Sở's 2026
 * plan names its new phòng); else the directory learned from the plan.
 *
 * @example
 * chooseDirectory(null, plan).directory.source // 'plan' for another agency's plan, 'default' for the seed
 */
export function chooseDirectory(sheetDirectory: UnitDirectory | null, plan: UnitCells): DirectoryChoice {
  if (sheetDirectory) {
    const line = `Danh mục đơn vị: trang tính "Danh mục đơn vị" (${sheetDirectory.units.length} đơn vị)`;
    // SPEC §12: a lead the sheet lacks is a unit of its own, tracked and listed, never folded into a near name.
    const missing = learnDirectory(plan, { leadsOnly: true }).units.filter((u) => resolveUnits(u.name, sheetDirectory).units.length === 0);
    if (missing.length === 0 || missing.length > MAX_LEARNED_UNITS) return { directory: sheetDirectory, line: `${line}.` };
    return {
      directory: { ...sheetDirectory, units: [...sheetDirectory.units, ...missing] },
      line: `${line} và ${missing.length} đơn vị chủ trì nêu trong kế hoạch mà trang tính chưa có (${missing.map((u) => u.name).join('; ')}): vẫn theo dõi riêng; thêm vào trang tính nếu đúng.`,
    };
  }
  const learned = learnDirectory(plan);
  // A name is the built-in directory's when it is one of its units with nothing left over
  // ("Văn phòng Sở", "Văn phòng"; not "Văn phòng UBND tỉnh").
  const known = (text: string): boolean => {
    const r = resolveUnits(text, DEFAULT_UNIT_DIRECTORY);
    return r.units.length > 0 && r.unresolved.length === 0;
  };
  // A plan that names only groups keeps the built-in directory when its groups are the Sở's ("thuộc Sở", TTHC).
  const ofDefault = learned.units.length > MAX_LEARNED_UNITS ? [] : learned.units.length > 0 ? learned.units.map((u) => known(u.name)) : groupPhrasesOf(plan).map(known);
  // Hundreds of distinct "units" are junk rows, not an agency's list: the built-in directory, as before SPEC §11.
  const junk = learned.units.length > MAX_LEARNED_UNITS;
  if (junk || ofDefault.length === 0 || ofDefault.filter(Boolean).length * 2 > ofDefault.length) {
    // Units the plan names that the built-in directory lacks (the Sở's new phòng after a reorganisation) are tracked too.
    const extra = junk ? [] : learned.units.filter((u) => resolveUnits(u.name, DEFAULT_UNIT_DIRECTORY).units.length === 0);
    if (extra.length === 0) {
      return {
        directory: DEFAULT_UNIT_DIRECTORY,
        line: `Danh mục đơn vị: danh mục mặc định của Sở (${DEFAULT_UNIT_DIRECTORY.units.length} đơn vị, cần kiểm tra); ghi ra trang tính "Danh mục đơn vị" để sửa.`,
      };
    }
    return {
      directory: { ...DEFAULT_UNIT_DIRECTORY, units: [...DEFAULT_UNIT_DIRECTORY.units, ...extra] },
      line: `Danh mục đơn vị: danh mục mặc định của Sở (${DEFAULT_UNIT_DIRECTORY.units.length} đơn vị) và ${extra.length} đơn vị nêu trong kế hoạch mà danh mục mặc định chưa có (${extra.map((u) => u.name).join('; ')}), cần kiểm tra; ghi ra trang tính "Danh mục đơn vị" để sửa.`,
    };
  }
  return {
    directory: learned,
    line: `Danh mục đơn vị: lập từ ${learned.units.length} đơn vị nêu trong kế hoạch (chưa có trang tính "Danh mục đơn vị"); ghi ra trang tính để kiểm tra, sửa.`,
  };
}
