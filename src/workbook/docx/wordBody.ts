import type { VerticalMerge, WordBlock, WordCell, WordDocument, WordRow, WordTable } from '../../core/docx/wordDocument';
import { TagKind, XmlScanner } from '../file/xmlScan';
import type { ListReference, WordNumbering } from './wordNumbering';

// Plain constants: a bundler's live export binding would cost a getter call per tag.
const OPEN = TagKind.Open;
const CLOSE = TagKind.Close;

/** Deepest table nesting read; Word documents nest a table or two, never dozens. */
export const MAX_TABLE_NESTING = 32;
/** Most table cells read from one document (a 1 000-task plan has about 10 000). */
export const MAX_DOCUMENT_CELLS = 2_000_000;
/** Widest `w:gridSpan` taken (Word's grid has at most 63 columns). */
const MAX_SPAN = 1_000;

/** The document's body is built in a way no plan document is: too deeply nested, too many cells. */
export class WordStructureError extends Error {
  constructor(readonly reason: 'nesting' | 'cells') {
    super(reason === 'nesting' ? 'tables nested too deeply' : 'too many table cells');
    this.name = 'WordStructureError';
  }
}

/**
 * Elements whose whole content is not text a reader sees: properties (their own markup, no
 * text), deleted and moved-away text, field codes, drawings and text boxes (a shape's own
 * text, also duplicated in its fallback picture), the fallback of alternate content, footnote
 * and comment marks, content-control properties.
 */
const SKIPPED = new Set([
  'rPr', 'sectPr', 'tblPr', 'tblPrEx', 'del', 'moveFrom', 'instrText', 'delInstrText', 'drawing', 'pict', 'object',
  'Fallback', 'sdtPr', 'sdtEndPr', 'footnoteReference', 'endnoteReference', 'commentReference', 'fldData', 'ffData', 'txbxContent',
]);

const ON = (v: string | undefined) => v === undefined || !['0', 'false', 'off'].includes(v);

interface ParagraphBuilder {
  pieces: string[];
  list: ListReference;
  styleId: string | null;
  /** In a cell Word does not show (a vertical-merge continuation): its list numbers are not counted. */
  hidden: boolean;
}

interface CellBuilder {
  lines: string[];
  span: number;
  vMerge: VerticalMerge;
  /** Legacy horizontal merge (`w:hMerge`): a `continue` cell widens the cell before it. */
  hMerge: 'restart' | 'continue' | null;
}

interface RowBuilder {
  header: boolean;
  before: number;
  deleted: boolean;
  cells: WordCell[];
}

interface TableBuilder {
  widths: number[];
  rows: WordRow[];
  row: RowBuilder | null;
  cell: CellBuilder | null;
}

function intAttr(scan: XmlScanner, name: string): number | null {
  const v = scan.attr(name);
  if (v === undefined) return null;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : null;
}

/** A `w:sym` character as text: symbol-font code points (U+F000–U+F0FF) are a bullet or mark, shown as "•". */
function symbolText(scan: XmlScanner): string {
  const code = Number.parseInt(scan.attr('char') ?? '', 16);
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return '';
  return code >= 0xf000 && code <= 0xf0ff ? '•' : String.fromCodePoint(code);
}

/**
 * Reads the body of `word/document.xml` into a {@link WordDocument}: paragraphs and tables in
 * reading order; runs joined (split runs, bookmarks, spelling marks and formatting never
 * change the text); line breaks and a cell's paragraphs as `\n`; list numbers and bullets
 * written out (counted by `numbering`); deleted text, deleted rows and field codes left out;
 * content controls, hyperlinks, smart tags and inserted text read through. A table nested in
 * a cell adds its cells' lines to that cell. Throws {@link WordStructureError} on nesting
 * past {@link MAX_TABLE_NESTING} or more than {@link MAX_DOCUMENT_CELLS} cells, and `Error`
 * on markup that never closes.
 *
 * @example
 * readWordBody(xml, new WordNumbering(undefined, undefined)).blocks[0] // { kind: 'paragraph', text: 'KẾ HOẠCH', … }
 */
export function readWordBody(xml: string, numbering: WordNumbering): WordDocument {
  const blocks: WordBlock[] = [];
  const tables: TableBuilder[] = [];
  let paragraph: ParagraphBuilder | null = null;
  let inParagraphProps = false;
  let cells = 0;

  const scan = new XmlScanner(xml);
  // Skip the prolog and everything before the body.
  while (scan.next()) if (scan.name === 'body' && scan.kind === OPEN) break;

  const innermostCell = (): CellBuilder | null => {
    for (let i = tables.length - 1; i >= 0; i--) if (tables[i].cell) return tables[i].cell;
    return null;
  };
  const outerCell = (): CellBuilder | null => tables[0]?.cell ?? null;

  const endParagraph = (p: ParagraphBuilder) => {
    const label = p.hidden ? null : numbering.label(p.list, p.styleId);
    const text = `${label ?? ''}${p.pieces.join('')}`;
    if (tables.length === 0) {
      blocks.push({ kind: 'paragraph', text });
      return;
    }
    // Lines of a nested table land in the cell of the outermost table that holds it.
    const cell = outerCell() ?? innermostCell();
    if (cell && text.trim() !== '') cell.lines.push(text);
  };

  while (scan.next()) {
    const { name, kind } = scan;
    if (kind === CLOSE) {
      switch (name) {
        case 'body':
          return { blocks };
        case 'p':
          if (paragraph) endParagraph(paragraph);
          paragraph = null;
          inParagraphProps = false;
          break;
        case 'pPr':
          inParagraphProps = false;
          break;
        case 'tc': {
          const table = tables[tables.length - 1];
          const cell = table?.cell;
          if (table && cell && table.row) {
            if (tables.length === 1) {
              const last = table.row.cells[table.row.cells.length - 1];
              if (cell.hMerge === 'continue' && last) last.span += cell.span;
              else table.row.cells.push({ text: cell.lines.join('\n'), span: cell.span, vMerge: cell.vMerge });
            }
            table.cell = null;
          }
          break;
        }
        case 'tr': {
          const table = tables[tables.length - 1];
          if (table?.row && !table.row.deleted && tables.length === 1) {
            table.rows.push({ header: table.row.header, before: table.row.before, cells: table.row.cells });
          }
          if (table) table.row = null;
          break;
        }
        case 'tbl': {
          const table = tables.pop();
          if (table && tables.length === 0) {
            const done: WordTable = { kind: 'table', columnWidths: table.widths, rows: table.rows };
            blocks.push(done);
          }
          break;
        }
        default:
          break;
      }
      continue;
    }

    // An opening or empty tag.
    switch (name) {
      case 'p':
        if (kind === OPEN) {
          paragraph = { pieces: [], list: { numId: null, level: null }, styleId: null, hidden: innermostCell()?.vMerge === 'continue' };
        } else if (tables.length === 0) {
          blocks.push({ kind: 'paragraph', text: '' });
        }
        break;
      case 'pPr':
        if (kind === OPEN) inParagraphProps = true;
        break;
      case 'pStyle':
        if (paragraph && inParagraphProps) paragraph.styleId = scan.attr('val') ?? null;
        break;
      case 'numId':
        if (paragraph && inParagraphProps) paragraph.list.numId = scan.attr('val') ?? null;
        break;
      case 'ilvl':
        if (paragraph && inParagraphProps) paragraph.list.level = intAttr(scan, 'val');
        break;
      case 't':
        if (paragraph && kind === OPEN) paragraph.pieces.push(scan.text());
        break;
      case 'tab':
      case 'ptab':
        if (paragraph && !inParagraphProps) paragraph.pieces.push(' ');
        break;
      case 'br': {
        const type = scan.attr('type');
        // A page or column break moves text, it is no line of it.
        if (type !== 'page' && type !== 'column' && paragraph) {
          paragraph.pieces.push('\n');
        }
        break;
      }
      case 'cr':
        if (paragraph) paragraph.pieces.push('\n');
        break;
      case 'noBreakHyphen':
        if (paragraph) paragraph.pieces.push('-');
        break;
      case 'sym':
        if (paragraph) paragraph.pieces.push(symbolText(scan));
        break;
      case 'tbl':
        if (kind !== OPEN) break;
        if (tables.length >= MAX_TABLE_NESTING) throw new WordStructureError('nesting');
        tables.push({ widths: [], rows: [], row: null, cell: null });
        break;
      case 'gridCol': {
        const table = tables[tables.length - 1];
        if (table && tables.length === 1) table.widths.push(Math.max(0, intAttr(scan, 'w') ?? 0));
        break;
      }
      case 'tr': {
        const table = tables[tables.length - 1];
        if (table && kind === OPEN) table.row = { header: false, before: 0, deleted: false, cells: [] };
        break;
      }
      case 'tblHeader': {
        const row = tables[tables.length - 1]?.row;
        if (row) row.header = ON(scan.attr('val'));
        break;
      }
      case 'gridBefore': {
        const row = tables[tables.length - 1]?.row;
        if (row) row.before = Math.max(0, intAttr(scan, 'val') ?? 0);
        break;
      }
      case 'tc': {
        const table = tables[tables.length - 1];
        if (!table || kind !== OPEN) break;
        if (++cells > MAX_DOCUMENT_CELLS) throw new WordStructureError('cells');
        table.cell = { lines: [], span: 1, vMerge: null, hMerge: null };
        break;
      }
      case 'gridSpan': {
        const cell = tables[tables.length - 1]?.cell;
        if (cell) cell.span = Math.max(1, Math.min(intAttr(scan, 'val') ?? 1, MAX_SPAN));
        break;
      }
      case 'vMerge': {
        const cell = tables[tables.length - 1]?.cell;
        // No value means "continue" (ECMA-376 §17.4.85).
        if (cell) cell.vMerge = scan.attr('val') === 'restart' ? 'restart' : 'continue';
        break;
      }
      case 'hMerge': {
        const cell = tables[tables.length - 1]?.cell;
        if (cell) cell.hMerge = scan.attr('val') === 'restart' ? 'restart' : 'continue';
        break;
      }
      default:
        if (kind === OPEN && SKIPPED.has(name)) {
          // Nothing inside is read: jump to its end by text (a run's properties are most of the markup).
          scan.skipElement();
        } else if (name === 'del' && kind !== OPEN) {
          // An empty w:del in a row's properties marks the row deleted (tracked changes).
          const table = tables[tables.length - 1];
          if (table?.row && !table.cell) table.row.deleted = true;
        }
        break;
    }
  }
  throw new Error('xml: the document body never closes');
}

