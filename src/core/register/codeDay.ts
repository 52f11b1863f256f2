import { formatViDate, isoDay, type IsoDate } from '../calendar/isoDate';
import { warning, type Finding } from '../findings';
import type { Dossier } from './model';

// National scheme "<agency>-YYMMDD-<sequence>" ("000.00.12.H48-250701-0003"): the day is the
// six digits between the last two hyphens.
const NATIONAL_CODE = /-(\d{2})(\d{2})(\d{2})-\d{1,8}\s*$/;
/** Rows named in the warning before "và … dòng khác". */
const ROWS_SHOWN = 10;

/**
 * The receipt day a dossier code of the national scheme carries, or null when the code is not
 * of that scheme (or names no real day).
 *
 * @example
 * codeReceiptDay('000.00.12.H48-250701-0003') // '2025-07-01'
 * codeReceiptDay('H48-001') // null
 */
export function codeReceiptDay(code: string): IsoDate | null {
  const m = NATIONAL_CODE.exec(code);
  return m ? isoDay(2000 + Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * One warning naming the rows whose national-scheme code carries another day than their
 * Ngày tiếp nhận (SPEC §14), or null when none does. The figures keep the Ngày tiếp nhận
 * column: the warning asks the officer to look, it changes nothing.
 *
 * @example
 * codeDayWarning('Sổ', [{ row: 7, code: 'H48-250701-0003', received: '2025-07-02', … }])?.message
 * // 'Mã hồ sơ ghi ngày tiếp nhận khác cột Ngày tiếp nhận ở 1 dòng: dòng 7 (mã ghi 01/07/2025, sổ ghi 02/07/2025). …'
 */
export function codeDayWarning(sheet: string, dossiers: readonly Pick<Dossier, 'row' | 'code' | 'received'>[]): Finding | null {
  const shown: string[] = [];
  let differing = 0;
  let first: number | null = null;
  for (const d of dossiers) {
    const day = d.code === '' ? null : codeReceiptDay(d.code);
    if (day === null || day === d.received) continue;
    first ??= d.row;
    differing++;
    if (shown.length < ROWS_SHOWN) shown.push(`dòng ${d.row} (mã ghi ${formatViDate(day)}, sổ ghi ${formatViDate(d.received)})`);
  }
  if (differing === 0) return null;
  const more = differing - shown.length;
  return warning(
    sheet,
    first,
    `Mã hồ sơ ghi ngày tiếp nhận khác cột Ngày tiếp nhận ở ${differing} dòng: ${shown.join('; ')}${more > 0 ? ` và ${more} dòng khác` : ''}. ` +
      'Mã hồ sơ dạng …-YYMMDD-… ghi ngày tiếp nhận (năm, tháng, ngày); hãy xem lại ngày tiếp nhận của các dòng này. Số liệu vẫn tính theo cột Ngày tiếp nhận.',
  );
}
