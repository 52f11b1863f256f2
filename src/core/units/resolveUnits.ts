import { stripDiacritics } from '../text/normalize';
import { unitKey, type Unit, type UnitDirectory } from './directory';
import { isGroupPhrase, namedUnits, opensUnitName, splitUnitNames } from './splitUnits';
import { UNIT_NAME_QUALIFIERS } from './unitWords';

export interface ResolveUnitsOptions {
  /** Units named explicitly elsewhere on the row: left out of any group this text names. */
  exclude?: readonly string[];
}

export interface ResolvedUnits {
  /** Unit names, in directory order. */
  units: string[];
  /** Parts of the text that named no known unit, as written (kept for display). */
  unresolved: string[];
  /** The units named by name or short name (not through a group). */
  explicit: string[];
  /** Vietnamese sentences: unresolved text, groups whose meaning was assumed. */
  warnings: string[];
}

/** Words that follow a unit's name to say what it does there ("Văn phòng Sở theo dõi, tổng hợp"). */
const ROLE_VERBS =
  /^(?:theo doi|tong hop|kiem soat|huong dan|don doc|thuc hien|phoi hop|chu tri|kiem tra|tham muu|trien khai|bao cao|giam sat|to chuc|cap nhat|cung cap|xay dung|trinh)\b/;
/** Words before a unit's name that do not name anything ("Phối hợp với Văn phòng Sở"). */
const LEAD_INS = /^(?:(?:phoi hop|chu tri)(?: voi)?|do|voi)$/;

/**
 * Same-length key of a text: lower case, diacritics off (đ = d), everything but letters,
 * digits and list separators a space. Positions in the key are positions in the text.
 */
function charKey(text: string): string {
  let out = '';
  for (const ch of text) {
    let key = CHAR_KEYS.get(ch);
    if (key === undefined) {
      const base = stripDiacritics(ch).toLowerCase();
      const one = base.length === 1 ? base : ' ';
      key = (/[a-z0-9,;]/.test(one) ? one : ' ') + (ch.length === 2 ? ' ' : '');
      // Plans use a small alphabet: remember each character once (bounded against odd input).
      if (CHAR_KEYS.size < 4096) CHAR_KEYS.set(ch, key);
    }
    out += key;
  }
  return out;
}

const CHAR_KEYS = new Map<string, string>();

function squeeze(key: string): string {
  return key.replace(/\s+/g, ' ').trim();
}

interface Alias {
  unit: Unit;
  pattern: RegExp;
  length: number;
  /** The name's first word (key form): the pattern cannot match a text without it. */
  first: string;
  /** The unit's full name (key form) when this is it, else null (a short form, a short name): only a full name takes a qualifier after it. */
  full: string | null;
}

const ALIASES = new WeakMap<UnitDirectory, Alias[]>();
const NAMES = new WeakMap<UnitDirectory, Map<string, Unit>>();

/** The directory's units by the key of their full name, built once per directory. */
function namesOf(directory: UnitDirectory): Map<string, Unit> {
  let names = NAMES.get(directory);
  if (!names) {
    names = new Map();
    for (const unit of directory.units) if (!names.has(unitKey(unit.name))) names.set(unitKey(unit.name), unit);
    NAMES.set(directory, names);
  }
  return names;
}

/** The directory's name patterns, built once per directory (a plan asks for them per cell). */
function aliasesOf(directory: UnitDirectory): Alias[] {
  let aliases = ALIASES.get(directory);
  if (!aliases) {
    aliases = buildAliases(directory);
    ALIASES.set(directory, aliases);
  }
  return aliases;
}

function buildAliases(directory: UnitDirectory): Alias[] {
  const out: Alias[] = [];
  for (const unit of directory.units) {
    const names = new Set<string>();
    const full = squeeze(charKey(unit.name.normalize('NFC')).replace(/[,;]/g, ' '));
    names.add(full);
    // "Văn phòng Sở" is often just "Văn phòng"; "Thanh tra Sở" just "Thanh tra".
    if (/ so$/.test(full)) names.add(full.slice(0, -3));
    // "UBND" and "Ủy ban nhân dân" name the same body.
    if (/^uy ban nhan dan\b/.test(full)) names.add(full.replace(/^uy ban nhan dan/, 'ubnd'));
    if (/^ubnd\b/.test(full)) names.add(full.replace(/^ubnd/, 'uy ban nhan dan'));
    const short = squeeze(charKey(unit.shortName.normalize('NFC')).replace(/[,;]/g, ' '));
    if (short.length >= 2) names.add(short);
    // The full name, also with "UBND" for "Ủy ban nhân dân" (not "Văn phòng" for "Văn phòng Sở", not the short name).
    const spelled = (n: string): string => n.replace(/^ubnd\b/, 'uy ban nhan dan');
    for (const n of names) {
      // A name no cell can spell out (a pasted paragraph in a directory sheet) would only make a giant pattern.
      if (!n || n.length > 300) continue;
      // Words apart by spaces or list commas ("Sở Văn hóa, Thể thao và Du lịch").
      const words = n.split(' ').map((w) => w.replace(/[^a-z0-9]/g, ''));
      const body = words.join('[\\s,;]+');
      out.push({ unit, pattern: new RegExp(`(?<![a-z0-9])${body}(?![a-z0-9])`, 'g'), length: n.length, first: words[0], full: spelled(n) === spelled(full) ? full : null });
    }
  }
  return out.sort((a, b) => b.length - a.length);
}

/** A unit name found in a segment: which unit, where, and by which of its names. */
interface NameAt {
  unit: Unit;
  start: number;
  end: number;
  alias: Alias;
}

/** The unit names found in a segment, with where they are. */
function namesIn(key: string, aliases: Alias[]): NameAt[] {
  const found: NameAt[] = [];
  // A name can only match where its first word stands as a word: skip the others without a regex
  // run (a learned directory has hundreds of names, a plan thousands of cells).
  const words = new Set(key.split(/[^a-z0-9]+/));
  for (const alias of aliases) {
    if (alias.first !== '' && !words.has(alias.first)) continue;
    alias.pattern.lastIndex = 0;
    for (const m of key.matchAll(alias.pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ unit: alias.unit, start, end, alias });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Group head words (lower case, no diacritics) and the unit names they gather in a directory
 * of any agency (SPEC §11): "Các sở, ban, ngành" → units named "Sở …" and "Ban …"; "các địa
 * phương", "các xã" → the Ủy ban nhân dân. Words such as "ngành", "cơ quan" gather nothing alone.
 */
const GROUP_HEADS: readonly [RegExp, RegExp][] = [
  [/\bchi cuc\b/, /^chi cuc\b/],
  [/\b(?:so)\b/, /^so\b/],
  [/\bban\b/, /^ban\b/],
  [/\bbo\b/, /^bo\b/],
  [/(?<!chi )\bcuc\b/, /^(?:tong )?cuc\b/],
  [/\bvu\b/, /^vu\b/],
  [/\bphong\b/, /^phong\b/],
  [/\btrung tam\b/, /^trung tam\b/],
  [/\b(?:dia phuong|tinh|thanh pho|huyen|xa|phuong|dac khu)\b/, /^uy ban nhan dan\b/],
  [/\b(?:doanh nghiep|cong ty|tap doan)\b/, /^(?:doanh nghiep|cong ty|tong cong ty|tap doan)\b/],
  [/\b(?:hoi|hiep hoi)\b/, /^(?:hoi|hiep hoi|lien hiep)\b/],
  [/\btruong\b/, /^truong\b/],
  [/\bvien\b/, /^vien\b/],
  [/\bngan hang\b/, /^ngan hang\b/],
];

/** The directory's units a group gathers by its head words (SPEC §11), or null when it names none. */
function membersByHeadWords(key: string, directory: UnitDirectory): Unit[] | null {
  const heads = GROUP_HEADS.filter(([inGroup]) => inGroup.test(key)).map(([, inName]) => inName);
  if (heads.length === 0) return null;
  return directory.units.filter((u) => {
    const name = unitKey(u.name);
    return heads.some((h) => h.test(name));
  });
}

/** The units a group phrase means, or null when the phrase is not a group we know. */
function groupMembers(key: string, directory: UnitDirectory): { units: Unit[]; assumed: boolean } | null {
  const all = directory.units;
  if (/\bduoc giao chu tri\b/.test(key)) return { units: all, assumed: true };
  const tthc = /\b(?:tthc|thu tuc hanh chinh|tiep nhan|giai quyet ho so|ho so)\b/.test(key);
  const chiCuc = /\bcac chi cuc\b/.test(key);
  if (tthc || chiCuc) {
    // A directory that flags no unit (one learned from the plan) cannot narrow "TTHC" down: every unit.
    const flagged = all.some((u) => u.handlesTthc);
    return { units: all.filter((u) => (tthc && (u.handlesTthc || !flagged)) || (chiCuc && u.kind === 'chi-cuc')), assumed: false };
  }
  if (/^cac phong chuyen mon\b/.test(key)) return { units: all.filter((u) => u.kind === 'phong'), assumed: false };
  if (/\bthuoc so\b|^cac (?:phong|co quan|don vi)\b/.test(key)) return { units: all, assumed: false };
  // "Sở, ban, ngành có liên quan": the Sở and Ban concerned; "… có liên quan" without a head word: every unit.
  const byHeads = membersByHeadWords(key, directory);
  if (byHeads) return { units: byHeads, assumed: false };
  return /\blien quan\b/.test(key) ? { units: all, assumed: false } : null;
}

/** Whether a qualifier after a name leaves it the same unit ("Chi cục Kiểm lâm tỉnh"; {@link UNIT_NAME_QUALIFIERS}). */
function qualifies(name: NameAt, gap: string): boolean {
  const full = name.alias.full;
  return full !== null && UNIT_NAME_QUALIFIERS.some((q) => q.after.test(full) && q.tail.test(gap));
}

/**
 * Whether a name followed by other words (`gap`, key form) is still that unit, whole: a role
 * phrase, a qualifier or a bracketed note follows it, or (between two names, no separator) the
 * words open a unit name of their own ("Sở Tài chính Hội Nông dân Sở Nội vụ").
 */
function wholeBefore(name: NameAt, gap: string, gapText: string, last: boolean): boolean {
  if (ROLE_VERBS.test(gap) || qualifies(name, gap) || /^\s*\(/.test(gapText)) return true;
  return !last && name.alias.full !== null && opensUnitName(gapText.trim());
}

function trimEdges(text: string): string {
  return text.replace(/^[\s,;:.\-–—•·+*]+|[\s,;:.\-–—•·+*]+$/gu, '');
}

/**
 * The units a Chủ trì or Phối hợp cell names (SPEC §3): unit names and short names (with the
 * role verbs after them dropped), each only as a whole name (SPEC §12: "Văn phòng Đăng ký đất
 * đai" is not "Văn phòng Sở"; a qualifier such as "tỉnh Quảng Ngãi" may follow), and groups expanded to the directory's units — "thuộc Sở" /
 * "có liên quan" → every unit; TTHC, tiếp nhận, giải quyết hồ sơ → units handling TTHC;
 * "Các Chi cục" → the chi cục; "Các cơ quan, đơn vị được giao chủ trì thực hiện" → every unit,
 * with a warning that the assignment was assumed. Units in `exclude` (named elsewhere on the
 * row) are left out of groups. Text naming nothing known is kept in `unresolved` and warned about.
 *
 * @example
 * resolveUnits('Các phòng, cơ quan, đơn vị thuộc Sở có liên quan.', DEFAULT_UNIT_DIRECTORY, { exclude: ['Văn phòng Sở'] }).units.length // 13
 * resolveUnits('Văn phòng Sở theo dõi, tổng hợp', DEFAULT_UNIT_DIRECTORY).units // ['Văn phòng Sở']
 */
export function resolveUnits(text: string, directory: UnitDirectory, options: ResolveUnitsOptions = {}): ResolvedUnits {
  const exclude = new Set(options.exclude ?? []);
  let built: Alias[] | null = null;
  // Name patterns only when a segment is not a name as it stands (a large learned directory costs nothing then).
  const aliases = (): Alias[] => (built ??= aliasesOf(directory));
  const chosen = new Set<string>();
  const explicit = new Set<string>();
  const unresolved: string[] = [];
  const warnings: string[] = [];
  const groups: Unit[][] = [];

  // One segment per unit or group the cell names (SPEC §11 split), role words after a name dropped.
  const segments = splitUnitNames(text);

  const byName = namesOf(directory);
  for (const segment of segments) {
    // A segment that is exactly a unit's name (the usual case with a directory learned from the plan).
    const exact = byName.get(unitKey(segment));
    if (exact) {
      explicit.add(exact.name);
      continue;
    }
    const key = charKey(segment);
    const names = namesIn(key, aliases());
    const squeezed = squeeze(key.replace(/[,;]/g, ' '));
    const startsWithName = names.length > 0 && squeeze(key.slice(0, names[0].start).replace(/[,;]/g, ' ')) === '';
    if (!startsWithName && (/^(?:cac|tat ca|toan bo|moi)\b/.test(squeezed) || /\b(?:don vi|co quan)\b/.test(squeezed) || isGroupPhrase(segment))) {
      const group = groupMembers(squeezed, directory);
      if (group && group.units.length === 0) {
        // No unit of the directory in the group. Learned from the plan, it is a group of parties
        // outside the agency ("các doanh nghiệp viễn thông"): kept as written, nothing to warn about.
        unresolved.push(trimEdges(segment));
        if (directory.source !== 'plan') warnings.push(`Không hiểu nhóm đơn vị "${trimEdges(segment)}": cần ghi rõ tên đơn vị.`);
      } else if (group) {
        groups.push(group.units);
        if (group.assumed) warnings.push(`"${trimEdges(segment)}": hiểu là tất cả các đơn vị thuộc Sở (trừ đơn vị đã nêu tên ở cột khác); sửa ở cột Chủ trì nếu cần.`);
      } else {
        unresolved.push(trimEdges(segment));
        warnings.push(`Không hiểu nhóm đơn vị "${trimEdges(segment)}": cần ghi rõ tên đơn vị.`);
      }
      continue;
    }
    if (names.length === 0) {
      unresolved.push(trimEdges(segment));
      warnings.push(`Không nhận ra đơn vị "${trimEdges(segment)}" trong danh mục đơn vị.`);
      continue;
    }
    const unknown: string[] = [];
    const beforeKey = key.slice(0, names[0].start);
    const before = squeeze(beforeKey.replace(/[,;]/g, ' '));
    // Words glued before the first name make a longer name ("Chi cục Thủy lợi" is not "Cục Thủy lợi"); a lead-in ("Phối hợp với") does not.
    const glued = before !== '' && !LEAD_INS.test(before) && !/[,;]\s*$/.test(beforeKey);
    if (before && !LEAD_INS.test(before) && !glued) unknown.push(trimEdges(segment.slice(0, names[0].start)));
    names.forEach((n, i) => {
      const last = i + 1 === names.length;
      const nextStart = last ? key.length : names[i + 1].start;
      const gapKey = key.slice(n.end, nextStart);
      const gapText = segment.slice(n.end, nextStart);
      const gap = squeeze(gapKey.replace(/[,;]/g, ' ').replace(/^(?:va|voi)\b/, ''));
      const whole = !(i === 0 && glued) && (gap === '' || wholeBefore(n, gap, gapText, last));
      if (!whole) {
        // SPEC §12: a name matches only as a whole name, never by its first words ("Văn phòng Đăng ký đất đai" is not "Văn phòng Sở").
        const text = trimEdges(segment.slice(i === 0 && glued ? 0 : n.start, nextStart));
        unresolved.push(text);
        warnings.push(`Không nhận ra đơn vị "${text}" trong danh mục đơn vị.`);
        return;
      }
      explicit.add(n.unit.name);
      if (!gap) return;
      if (!last) {
        // Between two names only separators belong: "A, B và C".
        const rest = squeeze(gapKey.replace(/[,;]/g, ' ').replace(/\b(?:va|voi)\b/g, ' '));
        if (rest) unknown.push(trimEdges(gapText));
        return;
      }
      // After the last name only a role phrase or a qualifier belongs ("theo dõi, tổng hợp", "tỉnh Quảng Ngãi"); anything else may be a unit we do not know.
      if (!ROLE_VERBS.test(gap) && !qualifies(n, gap)) unknown.push(trimEdges(gapText));
    });
    for (const u of unknown.filter((t) => t !== '')) {
      unresolved.push(u);
      warnings.push(`Không nhận ra đơn vị "${u}" (trong "${trimEdges(segment)}").`);
    }
  }

  for (const name of explicit) chosen.add(name);
  for (const group of groups) for (const u of group) if (!exclude.has(u.name) && !explicit.has(u.name)) chosen.add(u.name);
  const order = directory.units.map((u) => u.name);
  return {
    units: order.filter((n) => chosen.has(n)),
    unresolved,
    explicit: order.filter((n) => explicit.has(n)),
    warnings,
  };
}

export interface RowUnits {
  /** Lead (Chủ trì) unit names. */
  leads: string[];
  /** Support (Phối hợp) unit names; a unit that leads is not also listed here. */
  supports: string[];
  unresolved: string[];
  warnings: string[];
}

/**
 * Leads and supports of one deliverable, with the "named elsewhere on the row" rule: a unit
 * named in one cell is left out of a group in the other (seed task 2: the group leads,
 * Văn phòng Sở supports and does not also lead).
 *
 * @example
 * unitsOfRow('Các phòng, cơ quan, đơn vị thuộc Sở có liên quan.', 'Văn phòng Sở.', DEFAULT_UNIT_DIRECTORY).supports // ['Văn phòng Sở']
 */
export function unitsOfRow(lead: string, support: string, directory: UnitDirectory): RowUnits {
  // Plans repeat the same few group phrases on every row: resolve each pair once per directory.
  let cache = ROW_UNITS.get(directory);
  if (!cache) {
    cache = new Map();
    ROW_UNITS.set(directory, cache);
  }
  const key = `${lead}\u0000${support}`;
  let found = cache.get(key);
  if (!found) {
    found = resolveRow(lead, support, directory);
    if (cache.size < 10_000) cache.set(key, found);
  }
  return { leads: [...found.leads], supports: [...found.supports], unresolved: [...found.unresolved], warnings: [...found.warnings] };
}

const ROW_UNITS = new WeakMap<UnitDirectory, Map<string, RowUnits>>();

function resolveRow(leadCell: string, supportCell: string, directory: UnitDirectory): RowUnits {
  // "A chủ trì, phối hợp B" in the lead cell: A leads, B supports.
  const named = namedUnits(leadCell, supportCell);
  const lead = named.lead.join('\n');
  const support = named.support.join('\n');
  const leadNamed = resolveUnits(lead, directory).explicit;
  const supportNamed = resolveUnits(support, directory).explicit;
  const leads = resolveUnits(lead, directory, { exclude: supportNamed });
  const supports = resolveUnits(support, directory, { exclude: leadNamed });
  const leadSet = new Set(leads.units);
  return {
    leads: leads.units,
    supports: supports.units.filter((u) => !leadSet.has(u)),
    unresolved: [...leads.unresolved, ...supports.unresolved],
    warnings: [...leads.warnings.map((w) => `Chủ trì: ${w}`), ...supports.warnings.map((w) => `Phối hợp: ${w}`)],
  };
}
