/**
 * A forward-only XML tag scanner over a string: enough of XML for the parts of an .xlsx
 * (tags, attributes, text, CDATA, comments, processing instructions), with no DOM and no
 * allocation beyond the strings asked for. Runs in the browser and in node.
 */

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function entity(whole: string, dec: string | undefined, hex: string | undefined, name: string | undefined): string {
  if (name) return NAMED[name];
  const code = dec !== undefined ? Number(dec) : parseInt(hex as string, 16);
  return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/**
 * Decodes XML character data: line ends normalised as XML requires (`\r\n` and `\r` → `\n`),
 * then the five named entities and numeric character references.
 *
 * @example
 * decodeXmlText('Chi cục CN&amp;TY &#272;&#x110;') // 'Chi cục CN&TY ĐĐ'
 */
export function decodeXmlText(raw: string): string {
  let text = raw;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return text.includes('&') ? text.replace(ENTITY, entity) : text;
}

/** Kinds of the tag the scanner stands on (`Empty` is `<tag/>`). */
export const TagKind = { Open: 1, Close: 2, Empty: 3 } as const;
export type TagKind = (typeof TagKind)[keyof typeof TagKind];

/**
 * Walks the tags of `xml` between `from` and `to`. After `next()` returns true, `name` is the
 * tag's local name (namespace prefix dropped), `kind` its kind; `attr()` reads an attribute
 * of it and `text()` the character data that follows an opening tag.
 *
 * @example
 * const scan = new XmlScanner('<row r="2"><c r="B2"><v>7</v></c></row>');
 * while (scan.next()) if (scan.name === 'v' && scan.kind === TagKind.Open) scan.text(); // '7'
 */
export class XmlScanner {
  name = '';
  kind: TagKind = TagKind.Close;
  private pos: number;
  private attrFrom = 0;
  private attrTo = 0;
  /** Where the current tag's qualified name starts and ends ("w:rPr"). */
  private rawFrom = 0;
  private rawTo = 0;

  constructor(
    readonly xml: string,
    from = 0,
    private readonly to = xml.length,
  ) {
    this.pos = from;
  }

  /** Moves to the next tag; false at the end. Throws on markup that never closes. */
  next(): boolean {
    const xml = this.xml;
    for (;;) {
      const lt = xml.indexOf('<', this.pos);
      if (lt < 0 || lt >= this.to) {
        this.pos = this.to;
        return false;
      }
      const first = xml.charCodeAt(lt + 1);
      if (first === 33 /* ! */ || first === 63 /* ? */) {
        this.pos = this.skipSpecial(lt);
        continue;
      }
      // The closing '>' outside quoted attribute values.
      let i = lt + 1;
      let quote = 0;
      const end = this.to;
      for (; i < end; i++) {
        const ch = xml.charCodeAt(i);
        if (quote) {
          if (ch === quote) quote = 0;
        } else if (ch === 34 || ch === 39) quote = ch;
        else if (ch === 62) break;
      }
      if (i >= end) throw new Error('xml: unterminated tag');
      const closing = first === 47; /* / */
      let nameFrom = closing ? lt + 2 : lt + 1;
      this.rawFrom = nameFrom;
      let nameTo = nameFrom;
      for (; nameTo < i; nameTo++) {
        const ch = xml.charCodeAt(nameTo);
        if (ch === 32 || ch === 47 || ch === 9 || ch === 10 || ch === 13) break;
        if (ch === 58 /* : */) nameFrom = nameTo + 1;
      }
      this.rawTo = nameTo;
      this.name = xml.slice(nameFrom, nameTo);
      this.kind = closing ? TagKind.Close : xml.charCodeAt(i - 1) === 47 ? TagKind.Empty : TagKind.Open;
      this.attrFrom = nameTo;
      this.attrTo = this.kind === TagKind.Empty ? i - 1 : i;
      this.pos = i + 1;
      return true;
    }
  }

  /**
   * Moves past the end of the element whose open tag was just read, without reading the tags
   * inside (a run's properties hold many): its closing tag is found by text, elements of the
   * same name inside it counted. Linear in what it skips. Throws on an element that never closes.
   */
  skipElement(): void {
    if (this.kind !== TagKind.Open) return;
    const xml = this.xml;
    const raw = xml.slice(this.rawFrom, this.rawTo);
    const open = `<${raw}`;
    const close = `</${raw}`;
    let depth = 1;
    let pos = this.pos;
    let nextOpen = xml.indexOf(open, pos);
    while (depth > 0) {
      const c = xml.indexOf(close, pos);
      if (c < 0 || c >= this.to) throw new Error('xml: unterminated element');
      // Same-name elements opened before this close (not self-closing ones, not longer names).
      while (nextOpen >= 0 && nextOpen < c) {
        const after = xml.charCodeAt(nextOpen + open.length);
        if (after === 32 || after === 62 || after === 47 || after === 9 || after === 10 || after === 13) {
          const gt = xml.indexOf('>', nextOpen);
          if (gt < 0) throw new Error('xml: unterminated tag');
          if (xml.charCodeAt(gt - 1) !== 47) depth++;
        }
        nextOpen = xml.indexOf(open, nextOpen + 1);
      }
      depth--;
      const gt = xml.indexOf('>', c);
      if (gt < 0 || gt >= this.to) throw new Error('xml: unterminated tag');
      pos = gt + 1;
    }
    this.pos = pos;
    this.kind = TagKind.Close;
  }

  private skipSpecial(lt: number): number {
    const xml = this.xml;
    let close: number;
    if (xml.startsWith('<!--', lt)) close = xml.indexOf('-->', lt + 4) + 3;
    else if (xml.startsWith('<![CDATA[', lt)) close = xml.indexOf(']]>', lt + 9) + 3;
    else if (xml.charCodeAt(lt + 1) === 63) close = xml.indexOf('?>', lt + 2) + 2;
    else close = xml.indexOf('>', lt + 2) + 1;
    if (close <= lt) throw new Error('xml: unterminated markup');
    return close;
  }

  /** The decoded value of the current tag's attribute with this local name, if present. */
  attr(local: string): string | undefined {
    const xml = this.xml;
    const end = this.attrTo;
    let i = this.attrFrom;
    while (i < end) {
      // name
      while (i < end && xml.charCodeAt(i) <= 32) i++;
      let nameFrom = i;
      while (i < end) {
        const ch = xml.charCodeAt(i);
        if (ch === 61 /* = */ || ch <= 32) break;
        if (ch === 58 /* : */) nameFrom = i + 1;
        i++;
      }
      const nameTo = i;
      while (i < end && xml.charCodeAt(i) !== 61) i++;
      i++;
      while (i < end && xml.charCodeAt(i) <= 32) i++;
      const quote = xml.charCodeAt(i);
      if (quote !== 34 && quote !== 39) return undefined;
      const close = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
      if (close < 0 || close > end) return undefined;
      if (nameTo - nameFrom === local.length && xml.startsWith(local, nameFrom)) {
        const raw = xml.slice(i + 1, close);
        for (let k = i + 1; k < close; k++) {
          const ch = xml.charCodeAt(k);
          // Attribute values normalise tabs and line ends to spaces (XML §3.3.3), then decode.
          if (ch === 38 || ch === 9 || ch === 10 || ch === 13) return decodeXmlText(raw.replace(/[\t\n\r]/g, ' '));
        }
        return raw;
      }
      i = close + 1;
    }
    return undefined;
  }

  /**
   * The decoded character data after the current opening tag, up to the next tag (CDATA
   * sections and comments included, as XML reads them). Leaves the scanner before that tag.
   */
  text(): string {
    if (this.kind !== TagKind.Open) return '';
    const xml = this.xml;
    let out = '';
    for (;;) {
      const lt = xml.indexOf('<', this.pos);
      const stop = lt < 0 || lt >= this.to ? this.to : lt;
      if (stop > this.pos) out += decodeXmlText(xml.slice(this.pos, stop));
      this.pos = stop;
      if (stop === this.to) return out;
      if (xml.startsWith('<![CDATA[', lt)) {
        const close = xml.indexOf(']]>', lt + 9);
        if (close < 0) throw new Error('xml: unterminated CDATA');
        out += xml.slice(lt + 9, close);
        this.pos = close + 3;
      } else if (xml.startsWith('<!--', lt) || xml.charCodeAt(lt + 1) === 63) {
        this.pos = this.skipSpecial(lt);
      } else {
        return out;
      }
    }
  }
}
