/**
 * Bad workbook data is not an exception: readers return findings the officer can act on.
 * `row` is the 1-based sheet row (null when the finding is about the whole sheet or file).
 * Messages are Vietnamese sentences.
 */
export interface Finding {
  sheet: string;
  row: number | null;
  message: string;
  severity: 'warning' | 'error';
}

/**
 * Builds a warning finding.
 *
 * @example
 * warning('Phụ lục', 12, 'Không hiểu thời gian "Sớm"') // { sheet: 'Phụ lục', row: 12, …, severity: 'warning' }
 */
export function warning(sheet: string, row: number | null, message: string): Finding {
  return { sheet, row, message, severity: 'warning' };
}

/**
 * Builds an error finding (the row or file could not be used).
 *
 * @example
 * error('Sổ', 7, 'Thiếu ngày tiếp nhận') // { sheet: 'Sổ', row: 7, …, severity: 'error' }
 */
export function error(sheet: string, row: number | null, message: string): Finding {
  return { sheet, row, message, severity: 'error' };
}

/**
 * One line for the officer: "Sheet 'X', dòng 12: message".
 *
 * @example
 * describeFinding(warning('Phụ lục', 12, 'Thiếu STT')) // "Trang tính 'Phụ lục', dòng 12: Thiếu STT"
 */
export function describeFinding(f: Finding): string {
  const where = f.row === null ? `Trang tính '${f.sheet}'` : `Trang tính '${f.sheet}', dòng ${f.row}`;
  return `${where}: ${f.message}`;
}
