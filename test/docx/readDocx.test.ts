import type { WordParagraph, WordTable } from '../../src/core/docx/wordDocument';
import { readDocx } from '../../src/workbook/docx/readDocx';
import { docxOf, p, tbl, tc, tr } from './docxOf';

/**
 * The .docx body as Word writes it (SPEC §13): whatever the markup around the text (runs split
 * mid-word, bookmarks, spelling marks, bold runs, tracked changes, fields, content controls),
 * a cell's text is what Word shows; list numbers and bullets are written out.
 */

const paragraphs = (bytes: Uint8Array) => readDocx(bytes, 'kh.docx').blocks.filter((b): b is WordParagraph => b.kind === 'paragraph').map((b) => b.text);
const firstTable = (bytes: Uint8Array) => readDocx(bytes, 'kh.docx').blocks.find((b): b is WordTable => b.kind === 'table') as WordTable;

describe('runs and marks never change the text', () => {
  test('a word split over runs, a bookmark, spelling marks and a bold run', () => {
    const body =
      '<w:p><w:r><w:rPr><w:b/><w:sz w:val="26"/></w:rPr><w:t>Sở Nông</w:t></w:r><w:proofErr w:type="spellStart"/>' +
      '<w:bookmarkStart w:id="0" w:name="_Toc1"/><w:r><w:t xml:space="preserve"> ng</w:t></w:r><w:bookmarkEnd w:id="0"/>' +
      '<w:r><w:rPr><w:b/></w:rPr><w:t>hiệp</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r><w:t xml:space="preserve"> và </w:t></w:r>' +
      '<w:r><w:rPr><w:i/></w:rPr><w:t>Môi</w:t></w:r><w:r><w:t xml:space="preserve"> trường</w:t></w:r></w:p>';
    expect(paragraphs(docxOf(body))).toEqual(['Sở Nông nghiệp và Môi trường']);
  });

  test('the same inside a table cell', () => {
    const cell = '<w:p><w:r><w:t>Chi c</w:t></w:r><w:proofErr w:type="gramStart"/><w:r><w:rPr><w:b/></w:rPr><w:t>ục Thủy</w:t></w:r><w:proofErr w:type="gramEnd"/><w:r><w:t xml:space="preserve"> sản</w:t></w:r></w:p>';
    expect(firstTable(docxOf(tbl([tr([tc(cell)])]))).rows[0].cells[0].text).toBe('Chi cục Thủy sản');
  });

  test('entities and character references are decoded', () => {
    expect(paragraphs(docxOf(p('Sở KH&amp;CN &lt;tỉnh&gt; &#272;&#x110;')))).toEqual(['Sở KH&CN <tỉnh> ĐĐ']);
  });

  test('tracked changes: inserted text read, deleted text and deleted rows left out', () => {
    const para = '<w:p><w:r><w:t xml:space="preserve">Quý </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>III</w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>IV</w:t></w:r></w:ins><w:r><w:t>/2025</w:t></w:r></w:p>';
    expect(paragraphs(docxOf(para))).toEqual(['Quý IV/2025']);
    const table = firstTable(docxOf(tbl([tr([tc('giữ')]), tr([tc('bỏ')], '<w:del w:id="3" w:author="A"/>'), tr([tc('cuối')])])));
    expect(table.rows.map((r) => r.cells[0].text)).toEqual(['giữ', 'cuối']);
  });

  test('fields: the result shown, not the code; simple fields, hyperlinks, smart tags and content controls read through', () => {
    const field =
      '<w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';
    const simple = '<w:p><w:fldSimple w:instr=" DATE "><w:r><w:t>10/01/2025</w:t></w:r></w:fldSimple></w:p>';
    const link = '<w:p><w:hyperlink r:id="rId9"><w:r><w:t>Cổng dịch vụ công</w:t></w:r></w:hyperlink></w:p>';
    const tag = '<w:p><w:smartTag w:uri="x" w:element="place"><w:r><w:t>Quảng Ngãi</w:t></w:r></w:smartTag></w:p>';
    const sdt = '<w:sdt><w:sdtPr><w:alias w:val="Tiêu đề"/><w:placeholder><w:docPart w:val="X"/></w:placeholder></w:sdtPr><w:sdtContent><w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p></w:sdtContent></w:sdt>';
    expect(paragraphs(docxOf(field + simple + link + tag + sdt))).toEqual(['Trang 3', '10/01/2025', 'Cổng dịch vụ công', 'Quảng Ngãi', 'KẾ HOẠCH']);
  });

  test('line breaks and a cell’s paragraphs are line breaks; empty paragraphs and page breaks add none', () => {
    const cell = tc(['- Báo cáo quý;', '', '<w:p><w:r><w:t>- Báo cáo</w:t><w:br/><w:t>năm.</w:t></w:r></w:p>', '<w:p><w:r><w:br w:type="page"/></w:r></w:p>']);
    expect(firstTable(docxOf(tbl([tr([cell])]))).rows[0].cells[0].text).toBe('- Báo cáo quý;\n- Báo cáo\nnăm.');
  });

  test('a tab, a non-breaking hyphen and a symbol-font bullet', () => {
    const para = '<w:p><w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:tab/><w:t>Quý I</w:t><w:noBreakHyphen/><w:t>II</w:t></w:r></w:p>';
    expect(paragraphs(docxOf(para))).toEqual(['• Quý I-II']);
  });

  test('drawings and text boxes are not cell text; alternate content is read once', () => {
    const para =
      '<w:p><w:r><w:t>Chủ trì</w:t></w:r><w:r><w:drawing><wp:inline xmlns:wp="x"><a:graphic xmlns:a="y"><w:txbxContent><w:p><w:r><w:t>hộp chữ</w:t></w:r></w:p></w:txbxContent></a:graphic></wp:inline></w:drawing></w:r>' +
      '<mc:AlternateContent><mc:Choice Requires="w14"><w:r><w:t xml:space="preserve"> (1)</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t xml:space="preserve"> (1)</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>';
    expect(paragraphs(docxOf(para))).toEqual(['Chủ trì (1)']);
  });
});

describe('tables', () => {
  test('spans, vertical merges, a row that starts later, repeated header rows and grid widths', () => {
    const table = firstTable(
      docxOf(
        tbl(
          [
            tr([tc('STT'), tc('Nội dung'), tc('Chủ trì')], '<w:tblHeader/>'),
            tr([tc('I', '<w:vMerge w:val="restart"/>'), tc('Mục một', '<w:gridSpan w:val="2"/>')]),
            tr([tc('', '<w:vMerge/>'), tc('a'), tc('b')]),
            tr([tc('c'), tc('d')], '<w:gridBefore w:val="1"/>'),
          ],
          [600, 4000, 2500],
        ),
      ),
    );
    expect(table.columnWidths).toEqual([600, 4000, 2500]);
    expect(table.rows.map((r) => r.header)).toEqual([true, false, false, false]);
    expect(table.rows[1].cells.map((c) => [c.text, c.span, c.vMerge])).toEqual([['I', 1, 'restart'], ['Mục một', 2, null]]);
    expect(table.rows[2].cells[0]).toEqual({ text: '', span: 1, vMerge: 'continue' });
    expect(table.rows[3].before).toBe(1);
  });

  test('a table nested in a cell adds its lines to that cell, and is not a table of its own', () => {
    const inner = tbl([tr([tc('Sở Tài chính'), tc('Sở Nội vụ')])]);
    const doc = readDocx(docxOf(tbl([tr([tc('1'), `<w:tc>${p('Các sở:')}${inner}${p('')}</w:tc>`])])), 'kh.docx');
    expect(doc.blocks.filter((b) => b.kind === 'table')).toHaveLength(1);
    expect((doc.blocks[0] as WordTable).rows[0].cells.map((c) => c.text)).toEqual(['1', 'Các sở:\nSở Tài chính\nSở Nội vụ']);
  });

  test('the legacy horizontal merge (w:hMerge) widens the cell before it', () => {
    const table = firstTable(docxOf(tbl([tr([tc('I. Mục', '<w:hMerge w:val="restart"/>'), tc('', '<w:hMerge/>'), tc('x')])])));
    expect(table.rows[0].cells.map((c) => [c.text, c.span])).toEqual([['I. Mục', 2], ['x', 1]]);
  });
});

describe('list numbers and bullets, as Word shows them', () => {
  const numbering =
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>' +
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:suff w:val="space"/></w:lvl></w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF0B7"/></w:lvl></w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>' +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
    '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>' +
    '<w:num w:numId="5"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>' +
    '<w:num w:numId="6"><w:abstractNumId w:val="4"/></w:num>';
  const numPr = (numId: number, ilvl = 0) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;

  test('an STT column numbered by Word: "1.", "2." … in empty cells; sections I., II.', () => {
    const rows = [
      tr([tc(p('', numPr(2))), tc('Mục')]),
      tr([tc(p('', numPr(1))), tc('Việc một')]),
      tr([tc(p('', numPr(1))), tc('Việc hai')]),
      tr([tc(p('', numPr(1, 1))), tc('Việc con')]),
      tr([tc(p('', numPr(2))), tc('Mục hai')]),
      tr([tc(p('', numPr(1))), tc('Việc ba')]),
    ];
    const table = firstTable(docxOf({ body: tbl(rows), numbering }));
    expect(table.rows.map((r) => r.cells[0].text.trim())).toEqual(['I.', '1.', '2.', '2.1', 'II.', '3.']);
  });

  test('bullets ("-", a symbol-font dot) and letters lead their paragraph; a start override restarts the count', () => {
    const body = p('Báo cáo', numPr(3)) + p('Kế hoạch', numPr(4)) + p('một', numPr(6)) + p('hai', numPr(6)) + p('bảy', numPr(5)) + p('tám', numPr(5));
    expect(paragraphs(docxOf({ body, numbering }))).toEqual(['- Báo cáo', '• Kế hoạch', 'a) một', 'b) hai', '7. bảy', '8. tám']);
  });

  test('a paragraph style that carries the list numbers the paragraph', () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="STT"><w:name w:val="STT"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="STT2"><w:basedOn w:val="STT"/></w:style>';
    const body = p('', '<w:pStyle w:val="STT"/>') + p('', '<w:pStyle w:val="STT2"/>');
    expect(paragraphs(docxOf({ body, numbering, styles })).map((t) => t.trim())).toEqual(['1.', '2.']);
  });

  test('numId 0 switches numbering off', () => {
    expect(paragraphs(docxOf({ body: p('không số', numPr(0)), numbering }))).toEqual(['không số']);
  });
});
