import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
  type ParagraphChild,
} from 'docx';

/**
 * Builds .docx files from the real-plans sources (`sources/NAME.json`: the appendix cell by
 * cell, `"^"` = merged with the cell above), laid out as the agency's Word file: a letterhead
 * table (issuer and number | motto and date), the kind and title, a few body paragraphs, the
 * recipients and signature block as a borderless table, a page break, the appendix's own
 * heading and the appendix table with a repeating header row, each merged run of the source
 * as a vertical merge, section titles spanning the row, bulleted cells as one paragraph a
 * line. The same cells and merges as `NAME-word.xlsx` (make_realworld_plans.js), so both
 * must read to the same plan.
 */

export interface RealPlanSource {
  name: string;
  year: number;
  source: { issuer: string; number: string; date: string; title: string };
  titleLines: string[];
  header: string[];
  roles: Record<string, number>;
  widths: number[];
  body: BodyItem[];
}

type BodyItem =
  | { section: string; title: string; text?: string; level?: string; code?: string }
  | { group: string; title: string; cells: string[] }
  | { subheader: string[] }
  | { task: string; rows: string[][] };

const MERGED = '^';
/** Copies of ../shared/real-plans (sources and workbooks), kept with the tests. */
export const REAL_PLANS_DIR = path.join(__dirname, '..', 'fixtures', 'real-plans');
const SOURCES = path.join(REAL_PLANS_DIR, 'sources');

/** Names of the sources, sorted. */
export function realPlanNames(): string[] {
  return readdirSync(SOURCES)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

export function readRealPlanSource(name: string): RealPlanSource {
  return JSON.parse(readFileSync(path.join(SOURCES, `${name}.json`), 'utf8')) as RealPlanSource;
}

/**
 * The opening of each document as the agency wrote it (kind and title per the source's
 * description; no year beyond the appendix's own, so the plan year comes from the same place
 * as in the workbook).
 */
const OPENINGS: Record<string, { issuer: string[]; place: string; kind: string; title: string }> = {
  'dongnai-179-2025': { issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH ĐỒNG NAI'], place: 'Đồng Nai', kind: 'KẾ HOẠCH', title: 'Phát triển kinh tế số và xã hội số trên địa bàn tỉnh Đồng Nai giai đoạn 2026 - 2030' },
  'dongthap-552-2025': { issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH ĐỒNG THÁP'], place: 'Đồng Tháp', kind: 'KẾ HOẠCH', title: 'Thực hiện lộ trình đổi mới công nghệ đến năm 2035 trên địa bàn tỉnh Đồng Tháp đối với các ngành kinh tế mũi nhọn' },
  'dongthap-617-2025': { issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH ĐỒNG THÁP'], place: 'Đồng Tháp', kind: 'KẾ HOẠCH', title: 'Chuyển đổi số cho các doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh' },
  'hanoi-310-2025': { issuer: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HÀ NỘI'], place: 'Hà Nội', kind: 'KẾ HOẠCH', title: 'Phát triển hạ tầng 5G, IoT trong các khu công nghệ cao, khu công nghiệp, cụm công nghiệp trên địa bàn thành phố Hà Nội đến năm 2030' },
  'hcm-2820-2025': { issuer: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH'], place: 'Thành phố Hồ Chí Minh', kind: 'QUYẾT ĐỊNH', title: 'Về việc ban hành Kế hoạch triển khai Quyết định số 06/QĐ-TTg ngày 02/01/2025 của Thủ tướng Chính phủ và Quyết định số 3103/QĐ-BTC ngày 05/9/2025 của Bộ Tài chính' },
  'vpcp-624-2025': { issuer: ['VĂN PHÒNG CHÍNH PHỦ'], place: 'Hà Nội', kind: 'THÔNG BÁO', title: 'Kết luận của Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tại Phiên họp lần thứ năm' },
};

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** Excel column width (characters) → twips, as Excel lays out Calibri 11 (7 px a character, 5 px padding, 15 twips a pixel). */
export function twipsOfExcelWidth(width: number): number {
  return Math.round((width * 7 + 5) * 15);
}

function para(text: string, options: { bold?: boolean; italic?: boolean; center?: boolean; pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : undefined,
    pageBreakBefore: options.pageBreakBefore,
    children: [new TextRun({ text, bold: options.bold, italics: options.italic, font: 'Times New Roman', size: 26 })],
  });
}

/** A cell's paragraphs: one per line (a bulleted list in the original is one bullet a paragraph). */
function cellParagraphs(text: string, bold: boolean): Paragraph[] {
  const lines = text === '' ? [''] : text.split('\n');
  return lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, font: 'Times New Roman', size: 24 })] as ParagraphChild[] }));
}

// A bulleted cell ("- a. - b.") shows one bullet a line, as in the original (make_realworld_plans.js listBreak).
const listBreak = (s: string) => (/^- /.test(s || '') ? s.replace(/ - (?=\S)/g, '\n- ') : s);

function opening(src: RealPlanSource): (Paragraph | Table)[] {
  const o = OPENINGS[src.name];
  if (!o) throw new Error(`no opening written for ${src.name}`);
  const [y, m, d] = src.source.date.split('-');
  const left = [...o.issuer.map((l) => para(l, { bold: true, center: true })), para(`Số: ${src.source.number}`, { center: true })];
  const right = [
    para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true }),
    para('Độc lập - Tự do - Hạnh phúc', { bold: true, center: true }),
    para(`${o.place}, ngày ${d} tháng ${m} năm ${y}`, { italic: true, center: true }),
  ];
  const letterhead = new Table({
    borders: NO_BORDERS,
    columnWidths: [4000, 5600],
    rows: [new TableRow({ children: [new TableCell({ children: left }), new TableCell({ children: right })] })],
  });
  return [
    letterhead,
    para(''),
    para(o.kind, { bold: true, center: true }),
    para(o.title, { bold: true, center: true }),
    para('_______________', { center: true }),
    para('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;'),
    para('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
    para('Triển khai đồng bộ, hiệu quả các nhiệm vụ, giải pháp; phân công cụ thể cơ quan chủ trì, phối hợp và thời gian hoàn thành.'),
    para('II. NHIỆM VỤ VÀ GIẢI PHÁP', { bold: true }),
    para('Chi tiết tại Phụ lục kèm theo.'),
    // The recipients and the signature: a borderless table, before the appendix.
    new Table({
      borders: NO_BORDERS,
      columnWidths: [4800, 4800],
      rows: [
        new TableRow({
          children: [
            new TableCell({ children: [para('Nơi nhận:', { bold: true }), para('- Như trên;'), para('- Lưu: VT.')] }),
            new TableCell({ children: [para('TM. ỦY BAN NHÂN DÂN', { bold: true, center: true }), para('CHỦ TỊCH', { bold: true, center: true })] }),
          ],
        }),
      ],
    }),
  ];
}

function row(cells: TableCell[], header = false): TableRow {
  return new TableRow({ children: cells, tableHeader: header });
}

/**
 * The appendix table: the header row (repeated on every page), then the body items with the
 * source's merged runs as vertical merges (a run stops at a section, group or header row, as
 * in the workbook).
 */
function appendixTable(src: RealPlanSource): Table {
  const n = src.header.length;
  const contentCols = [src.roles.result, src.roles.content];
  const text = (c: number, v: string) => (contentCols.includes(c) ? listBreak(v) : v);
  const rows: TableRow[] = [row(src.header.map((h) => new TableCell({ children: cellParagraphs(h, true) })), true)];
  const open = new Array<boolean>(n).fill(false);
  const items = src.body;
  // A cell starts a vertical merge when the next task row of the same task list continues it.
  const nextRowOf = (i: number, k: number): string[] | null => {
    const item = items[i];
    if ('task' in item && k + 1 < item.rows.length) return item.rows[k + 1];
    const next = items[i + 1];
    return next && 'task' in next ? next.rows[0] : null;
  };
  let previousWasSection = false;
  items.forEach((item, i) => {
    if ('section' in item) {
      open.fill(false);
      if (item.text) {
        rows.push(row([new TableCell({ columnSpan: n, children: cellParagraphs(item.text, true) })]));
      } else {
        // The numeral's cell runs down over a header row repeated right under it (dongnai-179).
        const next = items[i + 1];
        const restart = next && 'subheader' in next && next.subheader[0] === MERGED;
        rows.push(
          row([
            new TableCell({ children: cellParagraphs(item.code || item.section, true), verticalMerge: restart ? VerticalMergeType.RESTART : undefined }),
            new TableCell({ columnSpan: n - 1, children: cellParagraphs(item.title, true) }),
          ]),
        );
      }
      previousWasSection = true;
      return;
    }
    if ('group' in item) {
      open.fill(false);
      const cells = item.cells.slice(0, n).concat(new Array<string>(Math.max(0, n - item.cells.length)).fill(''));
      rows.push(row(cells.map((v) => new TableCell({ children: cellParagraphs(v, true) }))));
      previousWasSection = false;
      return;
    }
    if ('subheader' in item) {
      open.fill(false);
      rows.push(
        row(
          item.subheader.map((v, c) =>
            c === 0 && v === MERGED && previousWasSection
              ? new TableCell({ children: cellParagraphs('', true), verticalMerge: VerticalMergeType.CONTINUE })
              : new TableCell({ children: cellParagraphs(v === MERGED ? '' : v, true) }),
          ),
        ),
      );
      previousWasSection = false;
      return;
    }
    item.rows.forEach((cells, k) => {
      const next = nextRowOf(i, k);
      rows.push(
        row(
          cells.map((v, c) => {
            if (v === MERGED && open[c]) return new TableCell({ children: cellParagraphs('', false), verticalMerge: VerticalMergeType.CONTINUE });
            const value = v === MERGED ? '' : v;
            open[c] = v !== MERGED;
            const restart = open[c] && next !== null && next[c] === MERGED;
            return new TableCell({ children: cellParagraphs(text(c, value), false), verticalMerge: restart ? VerticalMergeType.RESTART : undefined });
          }),
        ),
      );
    });
    previousWasSection = false;
  });
  return new Table({ rows, columnWidths: src.widths.map(twipsOfExcelWidth), layout: TableLayoutType.FIXED, width: { size: 0, type: WidthType.AUTO } });
}

/**
 * The .docx of a real-plans source: opening (letterhead table, kind, title, body, signature
 * table), then on a new page the appendix heading lines and table.
 */
export async function realPlanDocx(name: string): Promise<Uint8Array> {
  const src = readRealPlanSource(name);
  const heading = src.titleLines.map((line, i) => para(line, { bold: i < 2, italic: i === 2, center: true, pageBreakBefore: i === 0 }));
  const doc = new Document({ sections: [{ children: [...opening(src), ...heading, para(''), appendixTable(src)] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
