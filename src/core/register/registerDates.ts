import { isoDay, isoDayOfCellDate, type IsoDate } from '../calendar/isoDate';
import type { CellValue } from '../grid';

/** Excel serial of 1970-01-01 (Excel's 1900 system, past its 1900 leap-year bug). */
const SERIAL_EPOCH = 25569;
// 1954-10-03 … 2119-10-30: any register day; smaller or larger numbers are not dates.
const SERIAL_MIN = 20000;
const SERIAL_MAX = 80000;

const DAY_FIRST = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/;
const ISO_TEXT = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:\d{6})?$/;
const TIME = /^\d{1,2}\s*[:hg]\s*\d{1,2}(?:\s*[:p']\s*\d{1,2})?(?:\s*(?:s|giây))?\s*(?:am|pm|sa|ch)?$/i;

/** The result of reading one date cell: `empty`, a calendar day, or unreadable text. */
export type RegisterDate = { kind: 'empty' } | { kind: 'day'; day: IsoDate } | { kind: 'bad'; text: string };

const EMPTY: RegisterDate = { kind: 'empty' };

// A register of 100 000 dossiers has a few thousand distinct days: format each once.
const DAYS = new Map<number, RegisterDate>();

/** The day `n` days after 1970-01-01 (grid dates are UTC-encoded wall-clock days). */
function dayNumbered(n: number): RegisterDate {
  let d = DAYS.get(n);
  if (!d) {
    d = { kind: 'day', day: isoDayOfCellDate(new Date(n * 86400000)) as IsoDate };
    if (DAYS.size < 100_000) DAYS.set(n, d);
  }
  return d;
}

function fromText(text: string): IsoDate | null {
  // A time of day may come before or after the date, separated by a space, a comma or "T".
  const parts = text
    .replace(/(\d)T(\d)/, '$1 $2')
    .split(/[\s,]+(?=\d)|(?<=\d)[\s,]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && p.toLowerCase() !== 'ngày' && p.toLowerCase() !== 'lúc');
  let day: IsoDate | null = null;
  for (const p of parts) {
    const dm = DAY_FIRST.exec(p);
    const iso = ISO_TEXT.exec(p);
    if (dm && !day) {
      const y = dm[3].length === 2 ? 2000 + Number(dm[3]) : Number(dm[3]);
      day = isoDay(y, Number(dm[2]), Number(dm[1]));
      if (!day) return null;
    } else if (iso && !day) {
      day = isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
      if (!day) return null;
    } else if (!TIME.test(p.replace(/\.\d+$/, '').replace(/z$/i, ''))) {
      return null;
    }
  }
  return day;
}

/**
 * Reads a register date cell by calendar day: a date cell, an Excel serial number (the
 * fraction is the time of day), or text "dd/mm/yyyy", "d/m/yyyy", "dd-mm-yyyy",
 * "dd/mm/yyyy hh:mm[:ss]", "hh:mm dd/mm/yyyy", "yyyy-mm-dd" or "yyyyMMdd[HHmmss]". Day first, always (Vietnamese order).
 *
 * @example
 * readRegisterDate('05/03/2024 16:45') // { kind: 'day', day: '2024-03-05' }
 * readRegisterDate(45356.7) // { kind: 'day', day: '2024-03-05' }
 * readRegisterDate('31/02/2024') // { kind: 'bad', text: '31/02/2024' }
 */
export function readRegisterDate(value: CellValue): RegisterDate {
  if (value === null || value === undefined) return EMPTY;
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return { kind: 'bad', text: String(value) };
    return dayNumbered(Math.floor(ms / 86400000));
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < SERIAL_MIN || value > SERIAL_MAX) return { kind: 'bad', text: String(value) };
    return dayNumbered(Math.floor(value) - SERIAL_EPOCH);
  }
  if (typeof value === 'boolean') return { kind: 'bad', text: String(value) };
  const text = value.trim();
  if (text === '' || text === '-' || text === '--') return EMPTY;
  // A serial number stored as text ("45365") by an export that wrote every cell as text.
  if (/^\d{5}(?:\.\d+)?$/.test(text)) return readRegisterDate(Number(text));
  // "20240115083000": the national DVC sync's yyyyMMddHHmmss.
  const compact = COMPACT.exec(text);
  if (compact) {
    const d = isoDay(Number(compact[1]), Number(compact[2]), Number(compact[3]));
    return d ? { kind: 'day', day: d } : { kind: 'bad', text };
  }
  const day = fromText(text);
  return day ? { kind: 'day', day } : { kind: 'bad', text };
}
