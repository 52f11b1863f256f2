import { rangeAddress, type CellRange } from '../core/grid';

/**
 * The officer's sheet is laid out so that a write cannot go ahead (a merged area reaching into
 * the columns the add-in writes). `message` is a Vietnamese sentence naming the sheet and cells
 * and saying what to do; nothing has been written when it is thrown.
 */
export class SheetLayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SheetLayoutError';
  }
}

/**
 * The error for merged areas of the officer's sheet that reach into the add-in's own columns.
 *
 * @example
 * mergedIntoOwnColumns('Kế hoạch', [{ top: 5, left: 4, bottom: 6, right: 9 }], { top: 4, left: 8, bottom: 60, right: 12 }).message
 * // 'Trang tính "Kế hoạch" có vùng gộp ô D5:I6 chạm vào các cột H4:L60 …'
 */
export function mergedIntoOwnColumns(sheet: string, merges: CellRange[], own: CellRange): SheetLayoutError {
  const list = merges.slice(0, 5).map(rangeAddress).join(', ') + (merges.length > 5 ? ` và ${merges.length - 5} vùng khác` : '');
  return new SheetLayoutError(
    `Trang tính "${sheet}" có vùng gộp ô ${list} chạm vào các cột ${rangeAddress(own)} mà Kiểm soát TTHC ghi kết quả. Hãy bỏ gộp các ô đó (Trang đầu → Gộp & Căn giữa) rồi chạy lại; chưa có gì được ghi.`,
  );
}
