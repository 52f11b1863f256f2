import { TagKind, XmlScanner } from '../file/xmlScan';

/**
 * Word's automatic list numbers (`word/numbering.xml`, and list styles in `word/styles.xml`):
 * what Word shows before a numbered or bulleted paragraph ("1.", "II.", "a)", "-"). The text
 * of the paragraph does not hold it, yet a table's STT column is often numbered this way, and
 * a paste into Excel keeps the numbers as text: so must the reader.
 */

interface Level {
  start: number;
  format: string;
  text: string;
  /** Always decimal (`w:isLgl`). */
  legal: boolean;
  /** What follows the number: a tab, a space or nothing (`w:suff`). */
  suffix: string;
}

interface NumberingInstance {
  abstractId: string;
  /** Per level: a start that applies when this instance is first used, or a whole level of its own. */
  overrides: Map<number, { start?: number; level?: Level }>;
}

/** A paragraph's list reference, direct or from its style. */
export interface ListReference {
  numId: string | null;
  level: number | null;
}

const MAX_LEVELS = 9;
const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = '';
  let rest = n;
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** A, B … Z, AA, BB … as Word counts letters. */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/**
 * One counter value in a level's number format.
 *
 * @example
 * formatNumber(4, 'upperRoman') // 'IV'
 * formatNumber(2, 'lowerLetter') // 'b'
 */
function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      // decimal, ordinal and the scripts a Vietnamese plan never uses: the plain number.
      return String(n);
  }
}

/** A bullet as text: symbol-font characters (Symbol, Wingdings: U+F000–U+F0FF) become "•". */
function bulletText(text: string): string {
  const visible = [...text].map((ch) => (/[\uF000-\uF0FF]/.test(ch) ? '•' : ch)).join('').trim();
  return visible === '' ? '•' : visible;
}

function intAttr(scan: XmlScanner, name: string): number | null {
  const v = scan.attr(name);
  if (v === undefined) return null;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : null;
}

/** Reads `w:lvl` from its opening tag to its end. */
function readLevel(scan: XmlScanner): { index: number; level: Level } {
  const index = intAttr(scan, 'ilvl') ?? 0;
  const level: Level = { start: 1, format: 'decimal', text: `%${index + 1}.`, legal: false, suffix: ' ' };
  let depth = 1;
  while (depth > 0 && scan.next()) {
    if (scan.kind === TagKind.Open) depth++;
    else if (scan.kind === TagKind.Close) {
      depth--;
      continue;
    }
    switch (scan.name) {
      case 'start':
        level.start = intAttr(scan, 'val') ?? 1;
        break;
      case 'numFmt':
        level.format = scan.attr('val') ?? 'decimal';
        break;
      case 'lvlText':
        level.text = scan.attr('val') ?? '';
        break;
      case 'isLgl':
        level.legal = !['0', 'false', 'off'].includes(scan.attr('val') ?? 'true');
        break;
      case 'suff':
        level.suffix = scan.attr('val') === 'nothing' ? '' : ' ';
        break;
      default:
        break;
    }
  }
  return { index, level };
}

/**
 * The numbers of every list of a document, counted in reading order: {@link label} is asked
 * once per numbered paragraph, in the order Word lays them out.
 */
export class WordNumbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, NumberingInstance>();
  private readonly styleLists = new Map<string, ListReference & { basedOn: string | null }>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly used = new Set<string>();

  /**
   * @param numberingXml `word/numbering.xml`, if the document has one.
   * @param stylesXml `word/styles.xml`, for paragraph styles that carry a list.
   */
  constructor(numberingXml: string | undefined, stylesXml: string | undefined) {
    if (numberingXml) this.readNumbering(numberingXml);
    if (stylesXml) this.readStyles(stylesXml);
  }

  private readNumbering(xml: string): void {
    const scan = new XmlScanner(xml);
    let abstract: Map<number, Level> | null = null;
    let instance: NumberingInstance | null = null;
    let overrideLevel: number | null = null;
    while (scan.next()) {
      const { name, kind } = scan;
      if (kind === TagKind.Close) {
        if (name === 'abstractNum') abstract = null;
        else if (name === 'num') instance = null;
        else if (name === 'lvlOverride') overrideLevel = null;
        continue;
      }
      if (name === 'abstractNum') {
        abstract = new Map();
        this.abstracts.set(scan.attr('abstractNumId') ?? '', abstract);
      } else if (name === 'num' && kind === TagKind.Open) {
        instance = { abstractId: '', overrides: new Map() };
        this.instances.set(scan.attr('numId') ?? '', instance);
      } else if (name === 'abstractNumId' && instance) {
        instance.abstractId = scan.attr('val') ?? '';
      } else if (name === 'lvlOverride' && instance) {
        overrideLevel = intAttr(scan, 'ilvl') ?? 0;
        if (!instance.overrides.has(overrideLevel)) instance.overrides.set(overrideLevel, {});
      } else if (name === 'startOverride' && instance && overrideLevel !== null) {
        const start = intAttr(scan, 'val');
        if (start !== null) (instance.overrides.get(overrideLevel) ?? {}).start = start;
      } else if (name === 'lvl' && kind === TagKind.Open) {
        const { index, level } = readLevel(scan);
        if (instance && overrideLevel !== null) (instance.overrides.get(overrideLevel) ?? {}).level = level;
        else if (abstract) abstract.set(index, level);
      }
    }
  }

  private readStyles(xml: string): void {
    const scan = new XmlScanner(xml);
    let style: (ListReference & { basedOn: string | null }) | null = null;
    let inParagraphProps = false;
    while (scan.next()) {
      const { name, kind } = scan;
      if (kind === TagKind.Close) {
        if (name === 'style') style = null;
        else if (name === 'pPr') inParagraphProps = false;
        continue;
      }
      if (name === 'style') {
        style = null;
        if (kind === TagKind.Open && scan.attr('type') === 'paragraph') {
          style = { numId: null, level: null, basedOn: null };
          this.styleLists.set(scan.attr('styleId') ?? '', style);
        }
      } else if (!style) {
        continue;
      } else if (name === 'basedOn') {
        style.basedOn = scan.attr('val') ?? null;
      } else if (name === 'pPr' && kind === TagKind.Open) {
        inParagraphProps = true;
      } else if (inParagraphProps && name === 'numId') {
        style.numId = scan.attr('val') ?? null;
      } else if (inParagraphProps && name === 'ilvl') {
        style.level = intAttr(scan, 'val');
      }
    }
  }

  /** A paragraph style's list, following `w:basedOn` (a few levels at most). */
  private styleList(styleId: string | null): ListReference {
    const found: ListReference = { numId: null, level: null };
    let id = styleId;
    for (let hops = 0; id !== null && hops < 8; hops++) {
      const style = this.styleLists.get(id);
      if (!style) break;
      found.numId ??= style.numId;
      found.level ??= style.level;
      id = style.basedOn;
    }
    return found;
  }

  /**
   * The number or bullet Word shows before a paragraph with this list reference (direct
   * `w:numPr`, else its style's), with its separating space; null for a paragraph that is not
   * in a list. Counts: call once per paragraph, in reading order.
   *
   * @example
   * numbering.label({ numId: '3', level: 0 }, null) // '1. '
   */
  label(direct: ListReference, styleId: string | null): string | null {
    const fromStyle = direct.numId === null || direct.level === null ? this.styleList(styleId) : { numId: null, level: null };
    const numId = direct.numId ?? fromStyle.numId;
    if (numId === null || numId === '0') return null;
    const instance = this.instances.get(numId);
    if (!instance) return null;
    const level = Math.min(Math.max(direct.level ?? fromStyle.level ?? 0, 0), MAX_LEVELS - 1);
    const levels = this.abstracts.get(instance.abstractId);
    const def = instance.overrides.get(level)?.level ?? levels?.get(level);
    if (!def) return null;

    // Instances of one abstract list continue its numbers; a start override restarts them on first use.
    let counters = this.counters.get(instance.abstractId);
    if (!counters) {
      counters = new Array<number | undefined>(MAX_LEVELS).fill(undefined);
      this.counters.set(instance.abstractId, counters);
    }
    if (!this.used.has(numId)) {
      this.used.add(numId);
      for (const [l, o] of instance.overrides) if (o.start !== undefined && l < MAX_LEVELS) counters[l] = o.start - 1;
    }
    counters[level] = (counters[level] ?? def.start - 1) + 1;
    for (let l = level + 1; l < MAX_LEVELS; l++) counters[l] = undefined;

    if (def.format === 'bullet') return `${bulletText(def.text)} `;
    const levelDef = (l: number) => instance.overrides.get(l)?.level ?? levels?.get(l);
    const text = def.text.replace(/%([1-9])/g, (_m, d: string) => {
      const l = Number(d) - 1;
      const ofLevel = levelDef(l);
      const n = counters[l] ?? ofLevel?.start ?? 1;
      return formatNumber(n, def.legal ? 'decimal' : (ofLevel?.format ?? 'decimal'));
    });
    return text === '' ? null : `${text}${def.suffix}`;
  }
}
