import type { CellValue, SheetGrid } from '../grid';
import { columnLetter } from '../grid';
import { matchKey } from '../text/normalize';
import { REGISTER_FIELD_LABELS, type RegisterField } from './model';
import { registerHeaderText } from './registerColumns';
import { readRegisterDate } from './registerDates';

/** A register column as the officer sees it. */
export interface ColumnSource {
  /** 1-based column. */
  col: number;
  /** Its letter ("F"). */
  letter: string;
  /** Its header text ('' when none). */
  header: string;
  /** True when the officer chose it (mapping), false when the header named it. */
  byOfficer: boolean;
}

/** Two columns whose headers name the same field equally well, disagreeing on `rows` rows. */
export interface ColumnConflict {
  field: RegisterField;
  /** The column used until the officer chooses. */
  chosen: ColumnSource;
  other: ColumnSource;
  /** Rows where their values differ. */
  rows: number;
  /** The first such row. */
  firstRow: number;
}

/** Rows on which two equally named columns may differ before the officer is asked (a typo, a late correction). */
export const FEW_ROWS = 3;

// Fields that change no figure: "Mã hồ sơ" beside a different "Số hồ sơ" is not worth asking about.
const UNCOUNTED_FIELDS: ReadonlySet<RegisterField> = new Set(['code', 'reason']);
// The fields read as days: rivals are compared by day, the others by their text.
const DATE_FIELDS: ReadonlySet<RegisterField> = new Set(['received', 'due', 'supplementDue', 'resolved']);

/**
 * A register column as the officer sees it: letter and header text.
 *
 * @example
 * columnSource({ name: 'Sổ', values: [['Mã hồ sơ', 'Ngày tiếp nhận']], merges: [] }, 1, 2, false) // { col: 2, letter: 'B', header: 'Ngày tiếp nhận', byOfficer: false }
 */
export function columnSource(grid: SheetGrid, headerRow: number | null, col: number, byOfficer: boolean): ColumnSource {
  return { col, letter: columnLetter(col), header: headerRow === null ? '' : registerHeaderText(grid, headerRow, col), byOfficer };
}

/** Compares equally named rival columns row by row with the one used (see {@link columnRivalry}). */
export interface ColumnRivalry {
  /** Compares one data row's values. */
  compare(line: readonly CellValue[], row: number): void;
  /** The rivals that differ on more than {@link FEW_ROWS} rows. */
  conflicts(): ColumnConflict[];
}

/**
 * The rivalry of the fields two equally named columns could feed (a field that changes no
 * figure is left out): values compared by day for dates, by their text otherwise.
 *
 * @example
 * const rivalry = columnRivalry(grid, header.row, header.columns, header.rivals, textOf);
 * rivalry.compare(line, 7);
 * rivalry.conflicts() // [{ field: 'received', chosen: …, other: …, rows: 12, firstRow: 7 }]
 */
export function columnRivalry(
  grid: SheetGrid,
  headerRow: number | null,
  columns: Partial<Record<RegisterField, number>>,
  rivals: Partial<Record<RegisterField, number[]>>,
  textOf: (v: CellValue) => string,
): ColumnRivalry {
  const entries = (Object.entries(rivals) as [RegisterField, number[]][])
    .filter(([field]) => !UNCOUNTED_FIELDS.has(field))
    .flatMap(([field, cols]) => cols.map((other) => ({ field, chosen: (columns[field] as number) - 1, other: other - 1, rows: 0, firstRow: 0 })));
  const valueKey = (field: RegisterField, v: CellValue): string => {
    if (!DATE_FIELDS.has(field)) return matchKey(textOf(v));
    const d = readRegisterDate(v);
    return d.kind === 'day' ? d.day : d.kind === 'bad' ? d.text : '';
  };
  return {
    compare(line, row) {
      for (const rival of entries) {
        if (valueKey(rival.field, line[rival.chosen] ?? null) === valueKey(rival.field, line[rival.other] ?? null)) continue;
        if (rival.rows++ === 0) rival.firstRow = row;
      }
    },
    conflicts() {
      return entries
        .filter((rival) => rival.rows > FEW_ROWS)
        .map((rival) => ({
          field: rival.field,
          chosen: columnSource(grid, headerRow, rival.chosen + 1, false),
          other: columnSource(grid, headerRow, rival.other + 1, false),
          rows: rival.rows,
          firstRow: rival.firstRow,
        }));
    },
  };
}

function columnName(c: ColumnSource): string {
  return c.header ? `cột ${c.letter} "${c.header}"` : `cột ${c.letter}`;
}

/**
 * The warning for two columns that could both feed a field and disagree: names both and says how to choose.
 *
 * @example
 * conflictMessage({ field: 'received', chosen: { letter: 'F', header: 'Ngày tiếp nhận', … }, other: { letter: 'H', header: 'Thời gian tiếp nhận', … }, rows: 12, firstRow: 7 })
 * // 'Cột F "Ngày tiếp nhận" và cột H "Thời gian tiếp nhận" đều có thể là Ngày tiếp nhận nhưng khác nhau ở 12 dòng (đầu tiên dòng 7); …'
 */
export function conflictMessage(c: ColumnConflict): string {
  const name = columnName(c.chosen);
  return (
    `${name.charAt(0).toUpperCase()}${name.slice(1)} và ${columnName(c.other)} đều có thể là ${REGISTER_FIELD_LABELS[c.field]} ` +
    `nhưng khác nhau ở ${c.rows} dòng (đầu tiên dòng ${c.firstRow}); số liệu đang tính theo cột ${c.chosen.letter}. ` +
    `Hãy chọn cột đúng cho "${REGISTER_FIELD_LABELS[c.field]}".`
  );
}
