import { cellText, matchKey } from '../text/normalize';
import { cellAt, type SheetGrid } from '../grid';
import { REGISTER_FIELDS, type RegisterField } from './model';

/**
 * Header words of each register column, as matchKeys with punctuation dropped, most telling
 * first. One-stop systems name them differently; a header matches a field when it is, starts
 * with or contains one of these words (in that order of strength, then the earlier word).
 */
const HEADER_WORDS: Record<RegisterField, string[]> = {
  code: ['ma ho so', 'so ho so', 'ma ho so tthc', 'ma so ho so', 'ma hs', 'so hs', 'so bien nhan', 'ma bien nhan'],
  field: ['linh vuc', 'ten linh vuc', 'linh vuc giai quyet'],
  procedure: ['ten tthc', 'ten thu tuc hanh chinh', 'ten thu tuc', 'thu tuc hanh chinh', 'thu tuc', 'tthc'],
  channel: ['kenh nop', 'kenh tiep nhan', 'hinh thuc nop', 'hinh thuc tiep nhan', 'phuong thuc nop', 'phuong thuc tiep nhan', 'nguon tiep nhan', 'kenh', 'hinh thuc'],
  received: ['ngay tiep nhan', 'ngay nhan', 'ngay nhan ho so', 'ngay gio tiep nhan', 'thoi gian tiep nhan', 'ngay nop', 'tiep nhan'],
  due: ['ngay hen tra', 'hen tra ket qua', 'han xu ly', 'han giai quyet', 'han tra', 'han hoan thanh', 'thoi han giai quyet', 'ngay het han', 'ngay hen', 'hen tra'],
  // The day the result exists is preferred over the day it was handed over.
  resolved: [
    'ngay co ket qua', 'ngay co kq', 'ngay hoan thanh', 'ngay giai quyet xong', 'ngay xu ly xong', 'ngay tra ket qua', 'ngay tra kq',
    'ngay tra', 'ngay giai quyet', 'ngay ket thuc', 'tra ket qua',
  ],
  status: ['trang thai', 'tinh trang', 'trang thai ho so', 'tinh trang ho so'],
  reason: ['ly do qua han', 'nguyen nhan qua han', 'ly do cham', 'nguyen nhan', 'ly do'],
};

// "Mã TTHC", "Số TTHC" are codes of the procedure, not its name; "Ngày hẹn trả" is not "Ngày trả".
const NOT_PROCEDURE = /^(?:ma|so|stt)\b/;

function headerKey(text: string): string {
  return matchKey(text).replace(/[^a-z0-9]+/g, ' ').trim();
}

/** How well a header text names a field: 0 none, higher is better. */
function headerScore(key: string, field: RegisterField): number {
  if (key === '' || key.length > 80) return 0;
  if (field === 'procedure' && NOT_PROCEDURE.test(key)) return 0;
  let best = 0;
  HEADER_WORDS[field].forEach((w, i) => {
    const at = ` ${key} `.indexOf(` ${w} `);
    if (at < 0) return;
    const score = (key === w ? 300 : at === 0 ? 200 : 100) + 50 - i;
    if (score > best) best = score;
  });
  return best;
}

export interface RegisterHeader {
  /** 1-based row of the (bottom) header row; null when none was found. */
  row: number | null;
  /** 1-based column of each field placed. */
  columns: Partial<Record<RegisterField, number>>;
}

function labelsOfRow(grid: SheetGrid, row: number): string[][] {
  const width = Math.max(grid.values[row - 1]?.length ?? 0, grid.values[row - 2]?.length ?? 0);
  const labels: string[][] = [];
  for (let c = 1; c <= width; c++) {
    // A header merged down from the row above keeps its text in the top cell only.
    const down = grid.merges.find((m) => m.top < row && m.bottom >= row && m.left <= c && m.right >= c);
    const own = headerKey(cellText(down ? cellAt(grid, down.top, down.left) : cellAt(grid, row, c)));
    // A two-row header: "Ngày" merged over "Tiếp nhận | Hẹn trả | Trả kết quả".
    const parentMerge = grid.merges.find((m) => m.top <= row - 1 && m.bottom === row - 1 && m.left <= c && m.right >= c && m.right > m.left);
    const parent = parentMerge ? headerKey(cellText(cellAt(grid, parentMerge.top, parentMerge.left))) : '';
    labels.push(parent && own ? [own, `${parent} ${own}`] : [own]);
  }
  return labels;
}

function placeColumns(labels: string[][], fixed: Partial<Record<RegisterField, number>>): Partial<Record<RegisterField, number>> {
  const pairs: { field: RegisterField; col: number; score: number }[] = [];
  labels.forEach((keys, i) => {
    for (const field of REGISTER_FIELDS) {
      const score = Math.max(...keys.map((k) => headerScore(k, field)));
      if (score > 0) pairs.push({ field, col: i + 1, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.col - b.col);
  const columns: Partial<Record<RegisterField, number>> = { ...fixed };
  const taken = new Set(Object.values(fixed));
  for (const p of pairs) {
    if (columns[p.field] !== undefined || taken.has(p.col)) continue;
    columns[p.field] = p.col;
    taken.add(p.col);
  }
  return columns;
}

/** Rows searched for the header. */
export const HEADER_SEARCH_ROWS = 30;

/**
 * Finds the register's header row among the first rows (the one naming most fields) and
 * the column of each field. `mapping` (1-based columns) wins over what the headers say.
 *
 * @example
 * findRegisterHeader({ name: 'Sổ', values: [['Sổ theo dõi'], ['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận']], merges: [] }).row // 2
 */
export function findRegisterHeader(grid: SheetGrid, mapping: Partial<Record<RegisterField, number>> = {}): RegisterHeader {
  let best: RegisterHeader = { row: null, columns: { ...mapping } };
  let bestCount = 0;
  const last = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let r = 1; r <= last; r++) {
    const columns = placeColumns(labelsOfRow(grid, r), mapping);
    const count = Object.keys(columns).length - Object.keys(mapping).length;
    if (count > bestCount) {
      best = { row: r, columns };
      bestCount = count;
    }
  }
  // Fewer than three named columns is a title line or a note, not a header.
  if (bestCount < 3) return { row: null, columns: { ...mapping } };
  return best;
}
