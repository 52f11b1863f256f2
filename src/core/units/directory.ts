import { warning, type Finding } from '../findings';
import type { CellValue, SheetGrid } from '../grid';
import { cellText, matchKey } from '../text/normalize';

export type UnitKind = 'van-phong' | 'thanh-tra' | 'phong' | 'chi-cuc' | 'trung-tam' | 'khac';

/** One unit of the Sở (a row of "Danh mục đơn vị"). */
export interface Unit {
  name: string;
  /** Short name ("VP", "CCTS"); '' when none. */
  shortName: string;
  kind: UnitKind;
  /** Receives and resolves TTHC dossiers (reports on biểu II.05a/II.06a). */
  handlesTthc: boolean;
  email: string;
}

export interface UnitDirectory {
  units: Unit[];
  /** `default`: the built-in list; `sheet`: read from the workbook; `plan`: learned from the plan's unit cells. */
  source: 'default' | 'sheet' | 'plan';
  /** Shown above the list: the default says it must be checked. */
  note: string | null;
}

/** Vietnamese names of the unit kinds, as the "Loại" column of the directory sheet shows them. */
export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, string>> = {
  'van-phong': 'Văn phòng',
  'thanh-tra': 'Thanh tra',
  phong: 'Phòng',
  'chi-cuc': 'Chi cục',
  'trung-tam': 'Trung tâm',
  khac: 'Khác',
};

/** Name of the sheet the directory lives in. */
export const UNIT_DIRECTORY_SHEET = 'Danh mục đơn vị';

export const DEFAULT_DIRECTORY_NOTE =
  'Danh mục mặc định do phần mềm lập, cần kiểm tra: sửa tên, tên viết tắt, cột "Giải quyết TTHC" và email cho đúng với các phòng, cơ quan, đơn vị thuộc Sở hiện nay.';

/**
 * The built-in directory of Sở NN&PTNT Quảng Ngãi, to be checked by the officer.
 * Units that receive and resolve TTHC dossiers: the seven chi cục (each resolves the
 * procedures of its field) and Phòng Quản lý xây dựng công trình (construction appraisal
 * procedures). Văn phòng Sở is not flagged: it runs and monitors the one-stop (dossiers are
 * received at the province's Trung tâm Phục vụ - Kiểm soát TTHC) and consolidates the
 * units' reports, it does not resolve dossiers of its own.
 */
export const DEFAULT_UNIT_DIRECTORY: UnitDirectory = {
  source: 'default',
  note: DEFAULT_DIRECTORY_NOTE,
  units: [
    { name: 'Văn phòng Sở', shortName: 'VP', kind: 'van-phong', handlesTthc: false, email: 'lppv-snn@quangngai.gov.vn' },
    { name: 'Thanh tra Sở', shortName: 'TTr', kind: 'thanh-tra', handlesTthc: false, email: '' },
    { name: 'Phòng Kế hoạch - Tài chính', shortName: 'KHTC', kind: 'phong', handlesTthc: false, email: '' },
    { name: 'Phòng Tổ chức cán bộ', shortName: 'TCCB', kind: 'phong', handlesTthc: false, email: '' },
    { name: 'Phòng Quản lý xây dựng công trình', shortName: 'QLXDCT', kind: 'phong', handlesTthc: true, email: '' },
    { name: 'Chi cục Trồng trọt và Bảo vệ thực vật', shortName: 'CCTT&BVTV', kind: 'chi-cuc', handlesTthc: true, email: '' },
    { name: 'Chi cục Chăn nuôi và Thú y', shortName: 'CCCN&TY', kind: 'chi-cuc', handlesTthc: true, email: '' },
    { name: 'Chi cục Thủy sản', shortName: 'CCTS', kind: 'chi-cuc', handlesTthc: true, email: '' },
    { name: 'Chi cục Kiểm lâm', shortName: 'CCKL', kind: 'chi-cuc', handlesTthc: true, email: '' },
    { name: 'Chi cục Thủy lợi', shortName: 'CCTL', kind: 'chi-cuc', handlesTthc: true, email: '' },
    { name: 'Chi cục Phát triển nông thôn', shortName: 'CCPTNT', kind: 'chi-cuc', handlesTthc: true, email: '' },
    { name: 'Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản', shortName: 'CCQLCL', kind: 'chi-cuc', handlesTthc: true, email: '' },
    { name: 'Trung tâm Nước sạch và Vệ sinh môi trường nông thôn', shortName: 'TTNS&VSMTNT', kind: 'trung-tam', handlesTthc: false, email: '' },
    { name: 'Trung tâm Khuyến nông', shortName: 'TTKN', kind: 'trung-tam', handlesTthc: false, email: '' },
  ],
};

/**
 * The kind of a unit from its name ("Chi cục …" → chi-cuc).
 *
 * @example
 * unitKindOf('Chi cục Kiểm lâm') // 'chi-cuc'
 */
export function unitKindOf(name: string): UnitKind {
  const k = matchKey(name);
  if (k.startsWith('van phong')) return 'van-phong';
  if (k.startsWith('thanh tra')) return 'thanh-tra';
  if (k.startsWith('chi cuc')) return 'chi-cuc';
  if (k.startsWith('trung tam')) return 'trung-tam';
  if (k.startsWith('phong')) return 'phong';
  return 'khac';
}

/** Which column holds what, by loose header text. */
const HEADERS: { field: 'stt' | 'name' | 'shortName' | 'tthc' | 'email' | 'kind'; test: (key: string) => boolean }[] = [
  { field: 'shortName', test: (k) => /viet tat|ky hieu/.test(k) },
  { field: 'tthc', test: (k) => /tthc|thu tuc hanh chinh|ho so/.test(k) },
  { field: 'email', test: (k) => /e-?mail|thu dien tu/.test(k) },
  { field: 'kind', test: (k) => /^loai/.test(k) },
  { field: 'name', test: (k) => /^(?:ten )?(?:don vi|co quan)$|^ten (?:don vi|co quan)\b|^ten$/.test(k) },
  { field: 'stt', test: (k) => k === 'stt' || k === 'tt' },
];

const YES = new Set(['x', 'co', '1', 'true', 'yes', 'c', 'v', '✔', '✓']);
const NO = new Set(['', 'khong', '0', 'false', 'no', 'k', '-']);

const KINDS: Record<string, UnitKind> = {
  'van phong': 'van-phong',
  'van-phong': 'van-phong',
  'thanh tra': 'thanh-tra',
  'thanh-tra': 'thanh-tra',
  phong: 'phong',
  'chi cuc': 'chi-cuc',
  'chi-cuc': 'chi-cuc',
  'trung tam': 'trung-tam',
  'trung-tam': 'trung-tam',
  khac: 'khac',
};

/**
 * Reads a "Danh mục đơn vị" sheet: headers matched loosely (Tên đơn vị, Tên viết tắt,
 * Giải quyết TTHC with x/Có/1, Email, optional Loại), searched in the first 15 rows.
 * A sheet without a usable header or without units gives the default directory and an error finding.
 *
 * @example
 * readUnitDirectory({ name: 'Danh mục đơn vị', merges: [], values: [['Tên đơn vị', 'Giải quyết TTHC'], ['Chi cục Thủy sản', 'x']] }).directory.units[0].handlesTthc // true
 */
export function readUnitDirectory(grid: SheetGrid): { directory: UnitDirectory; findings: Finding[] } {
  const findings: Finding[] = [];
  let header: { row: number; cols: Partial<Record<(typeof HEADERS)[number]['field'], number>> } | null = null;
  for (let r = 0; r < Math.min(grid.values.length, 15) && !header; r++) {
    const cols: Partial<Record<(typeof HEADERS)[number]['field'], number>> = {};
    (grid.values[r] ?? []).forEach((v, c) => {
      const key = matchKey(cellText(v));
      if (!key) return;
      const h = HEADERS.find((x) => cols[x.field] === undefined && x.test(key));
      if (h) cols[h.field] = c;
    });
    if (cols.name !== undefined) header = { row: r + 1, cols };
  }
  if (!header) {
    findings.push(warning(grid.name, null, 'Không thấy cột "Tên đơn vị": dùng danh mục đơn vị mặc định (cần kiểm tra).'));
    return { directory: DEFAULT_UNIT_DIRECTORY, findings };
  }
  const { cols } = header;
  const at = (row: readonly CellValue[], col: number | undefined): string => (col === undefined ? '' : cellText(row[col] ?? null));
  const units: Unit[] = [];
  const seen = new Set<string>();
  for (let r = header.row; r < grid.values.length; r++) {
    const line = grid.values[r] ?? [];
    const name = at(line, cols.name).replace(/\s*\n\s*/g, ' ');
    const sheetRow = r + 1;
    if (!name) {
      if (at(line, cols.shortName) || at(line, cols.email)) findings.push(warning(grid.name, sheetRow, 'Dòng có thông tin nhưng thiếu tên đơn vị: bỏ qua.'));
      continue;
    }
    const key = matchKey(name);
    if (seen.has(key)) {
      findings.push(warning(grid.name, sheetRow, `Đơn vị "${name}" lặp lại: bỏ qua dòng này.`));
      continue;
    }
    seen.add(key);
    const flag = matchKey(at(line, cols.tthc));
    let handlesTthc = false;
    if (YES.has(flag)) handlesTthc = true;
    else if (!NO.has(flag)) findings.push(warning(grid.name, sheetRow, `Cột "Giải quyết TTHC" của "${name}" ghi "${at(line, cols.tthc)}": hiểu là không (ghi x, Có hoặc 1 nếu có).`));
    const kindText = matchKey(at(line, cols.kind));
    units.push({
      name,
      shortName: at(line, cols.shortName),
      kind: KINDS[kindText] ?? unitKindOf(name),
      handlesTthc,
      email: at(line, cols.email),
    });
  }
  if (units.length === 0) {
    findings.push(warning(grid.name, header.row, 'Danh mục đơn vị trống: dùng danh mục mặc định (cần kiểm tra).'));
    return { directory: DEFAULT_UNIT_DIRECTORY, findings };
  }
  return { directory: { units, source: 'sheet', note: null }, findings };
}

/**
 * The unit a typed name or short name means (case, diacritics, punctuation ignored), or null.
 *
 * @example
 * findUnit(DEFAULT_UNIT_DIRECTORY, 'chi cuc thuy san')?.name // 'Chi cục Thủy sản'
 * findUnit(DEFAULT_UNIT_DIRECTORY, 'CCTS')?.name // 'Chi cục Thủy sản'
 */
export function findUnit(directory: UnitDirectory, text: string): Unit | null {
  const key = unitKey(text);
  if (!key) return null;
  return directory.units.find((u) => unitKey(u.name) === key) ?? directory.units.find((u) => u.shortName && unitKey(u.shortName) === key) ?? null;
}

/**
 * Lower case, no diacritics, every run of punctuation a single space: the key unit names are compared by.
 *
 * @example
 * unitKey('Phòng Kế hoạch - Tài chính') // 'phong ke hoach tai chinh'
 */
export function unitKey(text: string): string {
  return matchKey(text)
    .replace(/&/g, ' va ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bubnd\b/g, 'uy ban nhan dan')
    .trim();
}
