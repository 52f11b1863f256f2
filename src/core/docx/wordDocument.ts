/**
 * A Word document (.docx) as plain data for the core: its body, block by block, in reading
 * order. Only what reading a plan needs is kept: each paragraph's text (list numbers and
 * bullets written out as Word shows them) and each table's cells with their spans and the
 * widths of its grid columns. The reader that builds it lives in src/workbook/docx.
 */

/** One paragraph of the body (outside any table). */
export interface WordParagraph {
  kind: 'paragraph';
  /** The text as Word shows it: runs joined, a list paragraph led by its number or bullet; line breaks as `\n`. */
  text: string;
}

/** How a cell takes part in a vertical merge (`w:vMerge`). */
export type VerticalMerge = 'restart' | 'continue' | null;

/** One cell of a table row. */
export interface WordCell {
  /** Its paragraphs joined by `\n` (empty paragraphs dropped); a table nested in it adds its cells' lines. */
  text: string;
  /** Grid columns the cell spans (`w:gridSpan`, at least 1). */
  span: number;
  /** `restart` opens a vertical merge, `continue` joins the cell above in the same grid column. */
  vMerge: VerticalMerge;
}

/** One row of a table. */
export interface WordRow {
  /** Marked to repeat at the top of each page (`w:tblHeader`). */
  header: boolean;
  /** Grid columns left empty before the first cell (`w:gridBefore`). */
  before: number;
  cells: WordCell[];
}

/** One table of the body (nested tables are folded into their cell's text). */
export interface WordTable {
  kind: 'table';
  /** Widths of the grid columns in twips (`w:tblGrid`); may be empty when the file has none. */
  columnWidths: number[];
  rows: WordRow[];
}

export type WordBlock = WordParagraph | WordTable;

/** The body of a .docx, in reading order. */
export interface WordDocument {
  blocks: WordBlock[];
}
