import { strToU8, zipSync } from 'fflate';

/**
 * A minimal .docx package around hand-written WordprocessingML, so a test can put in exactly
 * the markup Word writes (split runs, bookmarks, spelling marks, list numbering, tracked
 * changes …). `body` is the content of `<w:body>`.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>`;
}

export interface DocxParts {
  body: string;
  numbering?: string;
  styles?: string;
  /** Raw document.xml instead of `body` (a prolog with a DOCTYPE, broken markup …). */
  documentXml?: string;
  /** More entries, by path. */
  extra?: Record<string, Uint8Array>;
}

export function docxOf(parts: DocxParts | string): Uint8Array {
  const p: DocxParts = typeof parts === 'string' ? { body: parts } : parts;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(p.documentXml ?? documentXml(p.body)),
    ...(p.numbering ? { 'word/numbering.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">${p.numbering}</w:numbering>`) } : {}),
    ...(p.styles ? { 'word/styles.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">${p.styles}</w:styles>`) } : {}),
    ...(p.extra ?? {}),
  };
  return zipSync(files);
}

/** A paragraph of plain runs. */
export const p = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A cell: its paragraphs (each a string of text, or raw `<w:p>` markup), with optional properties. */
export function tc(content: string | string[], tcPr = ''): string {
  const paras = (Array.isArray(content) ? content : [content]).map((c) => (c.startsWith('<w:p') ? c : p(c))).join('');
  return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${paras}</w:tc>`;
}

export const tr = (cells: string[], trPr = '') => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells.join('')}</w:tr>`;

export function tbl(rows: string[], widths: number[] = []): string {
  const grid = widths.length > 0 ? `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` : '';
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${rows.join('')}</w:tbl>`;
}

/** A plain plan header row: STT | Nội dung | Chủ trì | Phối hợp | Thời gian. */
export const PLAN_HEADER = ['STT', 'Nội dung công việc', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện'];

export const row = (texts: string[], trPr = '') => tr(texts.map((t) => tc(t)), trPr);
