import type { CliIo } from './io';

/** Spreadsheet extensions whose files the add-in reads but never writes (it writes .xlsx only). */
const NOT_WRITTEN = /\.(xls|xlsb|xlsm|xlt|xltx|xltm|ods|ots|fods)$/i;

/**
 * The path a result is written to: results are always .xlsx, so an `--out` named with another
 * spreadsheet extension gets .xlsx instead, and the officer is told (a .xls name on .xlsx
 * content would make Excel warn that the file is damaged).
 *
 * @example
 * xlsxOutputPath('tong-hop.xls', io) // 'tong-hop.xlsx', with a note on stderr
 */
export function xlsxOutputPath(out: string, io: CliIo): string {
  if (!NOT_WRITTEN.test(out)) return out;
  const path = out.replace(NOT_WRITTEN, '.xlsx');
  io.stderr(`Kết quả luôn được ghi thành sổ tính .xlsx: ghi vào "${path}" thay cho "${out}".\n`);
  return path;
}

/**
 * The note for a copy of an .xls, .ods or .xlsb written as .xlsx: what comes across and what does not.
 *
 * @example
 * convertedCopyNote('ke-hoach.xls', 'xls', 'tien-do.xlsx')
 */
export function convertedCopyNote(file: string, format: string, out: string): string {
  return `Tệp "${file}" là định dạng .${format}: bản sao "${out}" được ghi thành sổ tính .xlsx (giữ giá trị, định dạng số và ô gộp; phông chữ, màu nền và đường viền của tệp gốc không được chép).\n`;
}
