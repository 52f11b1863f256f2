import { formatViDate } from '../calendar/isoDate';
import type { CellValue } from '../grid';
import type { RangeFormat, SheetWrite } from '../write/writePlan';
import type { ConsolidationResult } from './model';
import { wrappedRowHeight } from './rowHeight';
import { a4PageSetup } from '../write/printSetup';

/** Name of the check sheet consolidation writes. */
export const CHECK_SHEET = 'Kiểm tra tổng hợp';

const ACCEPTED = '✔ Chấp nhận';
const REJECTED = '✘ Từ chối';
const GREEN = '#E2EFDA';
const RED = '#FCE4E4';
const HEADER_FILL = '#D9E1F2';
const WIDTH = 7;
/** Widest and narrowest widths of the file table's columns; an empty column gets the narrowest. */
const COLUMN_LIMITS: [number, number][] = [[5, 5], [22, 32], [22, 34], [14, 16], [13, 13], [12, 48], [12, 48]];
/** The check sheet's one font, as the forms it sits beside. */
const CHECK_FONT = 'Times New Roman';

/**
 * Column widths that fit what the file table holds: each column as wide as its longest line
 * (within its limits), so an empty "Lý do từ chối" or "Cảnh báo" does not take a quarter of the page.
 */
function columnWidths(lines: readonly CellValue[][], header: readonly string[]): number[] {
  return COLUMN_LIMITS.map(([min, max], c) => {
    const longest = lines.reduce((n, line) => Math.max(n, ...String(line[c] ?? '').split('\n').map((l) => l.length)), 0);
    const wanted = longest === 0 ? min : Math.max(min, header[c].length + 2, Math.ceil(longest / 1.3) + 1);
    return Math.min(max, wanted);
  });
}

/** The file's name without its folders: the sheet is read by people, the JSON keeps the path. */
function baseName(file: string): string {
  return file.split(/[\\/]/).pop() || file;
}

/**
 * The check sheet: one row per file (unit, period, accepted / rejected, reason, warnings),
 * the directory's TTHC units with no accepted report, and the carry-over warnings. Every
 * text from a unit's file is a plain string (the write plan writes strings as literal text).
 *
 * @example
 * checkSheetWrite(result).sheet // 'Kiểm tra tổng hợp'
 */
export function checkSheetWrite(result: ConsolidationResult): SheetWrite {
  const { period } = result;
  const fileHeader = ['STT', 'Tệp', 'Đơn vị báo cáo', 'Kỳ báo cáo', 'Kết quả', 'Lý do từ chối', 'Cảnh báo'];
  const fileLines: CellValue[][] = result.files.map((f, i) => [
    i + 1,
    baseName(f.file),
    f.unit ?? '',
    f.period ?? '',
    f.status === 'accepted' ? ACCEPTED : REJECTED,
    f.reason ?? '',
    f.warnings.join('\n'),
  ]);
  const COLUMN_WIDTHS = columnWidths(fileLines, fileHeader);
  const values: CellValue[][] = [];
  const formats: RangeFormat[] = [];
  const merges: SheetWrite['merges'] = [];
  const rowHeights: { row: number; height: number }[] = [];
  const row = () => values.length + 1;
  const title = (text: string, bold = true) => {
    const r = row();
    values.push([text]);
    merges.push({ top: r, left: 1, bottom: r, right: WIDTH });
    formats.push({ range: { top: r, left: 1, bottom: r, right: WIDTH }, format: { bold, horizontal: 'left', wrap: true } });
  };
  const table = (header: string[], lines: CellValue[][], fills?: (string | null)[]) => {
    const top = row();
    values.push(header);
    formats.push({ range: { top, left: 1, bottom: top, right: header.length }, format: { bold: true, fill: HEADER_FILL, horizontal: 'center', vertical: 'middle', wrap: true } });
    lines.forEach((line, i) => {
      values.push(line);
      const height = wrappedRowHeight(line.map((v, c) => ({ text: v === null ? '' : String(v), width: COLUMN_WIDTHS[c] ?? 10 })));
      if (height > 15) rowHeights.push({ row: row() - 1, height });
      const fill = fills?.[i];
      if (fill) formats.push({ range: { top: row() - 1, left: 1, bottom: row() - 1, right: header.length }, format: { fill } });
    });
    const bottom = row() - 1;
    formats.push({ range: { top, left: 1, bottom, right: header.length }, format: { border: 'thin', vertical: 'top', wrap: true } });
    formats.push({ range: { top: top + 1, left: 1, bottom: Math.max(top + 1, bottom), right: 1 }, format: { horizontal: 'center' } });
    return top;
  };

  const accepted = result.files.filter((f) => f.status === 'accepted').length;
  title(`KIỂM TRA CÁC TỆP BÁO CÁO CỦA ĐƠN VỊ — ${period.label.toUpperCase()}`);
  formats.push({ range: { top: 1, left: 1, bottom: 1, right: WIDTH }, format: { bold: true, fontSize: 13, horizontal: 'center' } });
  title(`Kỳ báo cáo: ${period.label} (Từ ngày ${formatViDate(period.from)} đến ngày ${formatViDate(period.to)})`, false);
  title(`Đã đọc ${result.files.length} tệp: ${accepted} được chấp nhận, ${result.files.length - accepted} bị từ chối.`, false);
  values.push([]);

  const headerRow = table(
    fileHeader,
    fileLines,
    result.files.map((f) => (f.status === 'accepted' ? GREEN : RED)),
  );
  values.push([]);

  title('ĐƠN VỊ GIẢI QUYẾT TTHC CHƯA CÓ BÁO CÁO ĐƯỢC NHẬN');
  if (result.missingUnits.length === 0) {
    title('Tất cả đơn vị giải quyết TTHC trong danh mục đã có báo cáo được nhận.', false);
  } else {
    table(
      ['STT', 'Đơn vị', 'Tình trạng'],
      result.missingUnits.map((unit, i) => {
        const rejected = result.files.filter((f) => f.status === 'rejected' && f.unit === unit).map((f) => `"${baseName(f.file)}"`);
        return [i + 1, unit, rejected.length > 0 ? `Tệp bị từ chối: ${rejected.join(', ')}` : 'Chưa gửi báo cáo'];
      }),
    );
  }

  if (result.carryOver.length > 0) {
    values.push([]);
    title('KIỂM TRA SỐ CHUYỂN KỲ (cột 6 kỳ này so với cột 11 kỳ trước)');
    table(
      ['STT', 'Đơn vị', 'Lĩnh vực', 'Cột (6) kỳ này', 'Cột (11) kỳ trước', 'Nội dung'],
      result.carryOver.map((w, i) => [i + 1, w.unit ?? (w.field ? 'Toàn Sở' : ''), w.field, w.thisQuarter, w.lastQuarter, w.message]),
    );
  }

  // One font over the whole sheet, the bold and plain cells alike.
  formats.unshift({ range: { top: 1, left: 1, bottom: Math.max(values.length, 1), right: WIDTH }, format: { fontName: CHECK_FONT, fontSize: 11 } });
  return {
    sheet: CHECK_SHEET,
    mode: 'create',
    values: [{ row: 1, col: 1, values }],
    formats,
    merges,
    columnWidths: COLUMN_WIDTHS.map((width, i) => ({ col: i + 1, width })),
    rowHeights,
    freeze: { rows: headerRow, cols: 0 },
    pageSetup: a4PageSetup(COLUMN_WIDTHS, { titleRows: [headerRow, headerRow] }),
  };
}
