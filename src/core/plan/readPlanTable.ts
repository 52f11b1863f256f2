import { columnLetter, type SheetGrid } from '../grid';
import { error, warning, type Finding } from '../findings';
import { cellText, matchKey } from '../text/normalize';
import { PLAN_ROLES, type ColumnMapping, type PlanLayout, type PlanTable, type ReadPlanOptions } from './model';
import { locateTables, type LocatedTable } from './locateTable';
import { columnRoles, isRefusal, type TableRoles } from './columnRoles';
import { classifyRows, type ClassifiedTable } from './rowKinds';
import { buildTasks, type BuiltTasks } from './buildTasks';
import { detectPlanYear } from './planYear';

/** The plan read from a workbook, or null with an error finding saying why. */
export interface ReadPlanResult {
  plan: PlanTable | null;
  findings: Finding[];
}

/** A table read through stages 1–4 (SPEC §12, design/reading-pipeline.md). */
interface Candidate {
  grid: SheetGrid;
  table: LocatedTable;
  roles: TableRoles;
  layout: PlanLayout;
  classified: ClassifiedTable;
  built: BuiltTasks;
}

const EXCEL_ERROR = /^#(?:REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/;

/** Table cells holding an Excel error (a formula broken in the source file): kept as text, each warned about. */
function errorValueWarnings(grid: SheetGrid, layout: PlanLayout): Finding[] {
  const found: Finding[] = [];
  for (let r = layout.headerRows[1] + 1; r <= layout.lastRow; r++) {
    const line = grid.values[r - 1] ?? [];
    for (let c = 1; c <= Math.min(layout.lastColumn, line.length); c++) {
      const v = line[c - 1];
      if (typeof v === 'string' && EXCEL_ERROR.test(v.trim())) {
        found.push(warning(grid.name, r, `Ô ${columnLetter(c)}${r} là lỗi Excel ${v.trim()} (công thức hỏng trong tệp gốc): giữ nguyên như chữ, cần kiểm tra lại.`));
      }
    }
  }
  return found;
}

/** Texts of the rows above the header (the plan's title lines), top to bottom. */
function titleLines(grid: SheetGrid, headerRow: number): string[] {
  const lines: string[] = [];
  for (let r = 1; r < headerRow; r++) {
    for (const v of grid.values[r - 1] ?? []) {
      const text = cellText(v);
      if (text !== '') lines.push(text);
    }
  }
  return lines;
}

function pickTitle(lines: readonly string[]): string | null {
  const named = lines.find((l) => /^(ke hoach|noi dung|phu luc|danh muc)\b/.test(matchKey(l)) && l.length > 12);
  return named ?? lines[0] ?? null;
}

/**
 * Reads one table through the stages: roles (2), row kinds (3), tasks (4). The reason (a
 * Vietnamese sentence) when stage 2 refuses it.
 */
function readTable(grid: SheetGrid, table: LocatedTable, mapping: ColumnMapping | undefined): Candidate | string {
  const roles = columnRoles(grid, table, mapping);
  if (isRefusal(roles)) return roles.refused;
  const used = Object.values(roles.columns).filter((c): c is number => c !== null && c !== undefined);
  const headerRows: [number, number] = table.headerRows ?? [table.bodyTop - 1, table.bodyTop - 1];
  const base = { headerRows, columns: roles.columns, lastColumn: Math.max(table.lastColumn, ...used) };
  const classified = classifyRows(grid, base);
  const built = buildTasks(grid.name, classified, roles.columns, { headerRow: headerRows[0] });
  return { grid, table, roles, layout: { ...base, lastRow: classified.lastRow }, classified, built };
}

/** The tables of one sheet read through the stages: the first that gives tasks, else the first readable one. */
function candidatesOf(grid: SheetGrid, mapping: ColumnMapping | undefined): { best: Candidate | null; refused: string[] } {
  const refused: string[] = [];
  let first: Candidate | null = null;
  for (const table of locateTables(grid, { headerRow: mapping?.headerRow })) {
    const read = readTable(grid, table, mapping);
    if (typeof read === 'string') {
      refused.push(read);
      continue;
    }
    if (read.built.tasks.length > 0) return { best: read, refused };
    first ??= read;
  }
  return { best: first, refused };
}

const NOT_FOUND =
  'cần một bảng có cột STT (số thứ tự nhiệm vụ), cột nhiệm vụ (Nội dung, Nhiệm vụ …) và cột đơn vị chủ trì (Chủ trì, Đơn vị thực hiện …); Phối hợp, Thời gian thực hiện và Kết quả có thì đọc. Nếu bảng có nhưng tiêu đề cột khác, hãy chọn cột ở mục "Cột của bảng" (hoặc --columns, --header-row).';

/**
 * Reads the plan's appendix table (SPEC §1, §11, §12) from the sheets of a workbook: finds the
 * sheet that holds it (the one with the most tasks; `options.sheet` to choose), the table by its
 * header labels or by its shape, the column of each role by its label and its cells (the
 * officer's `options.mapping` wins), each row's kind, and the sections, tasks and deliverables.
 * Never throws on bad data: no table gives `plan: null` and an error finding with a Vietnamese
 * sentence; guesses give warnings naming the sheet row.
 *
 * @example
 * const { plan, findings } = readPlanTable([grid]);
 * plan?.tasks.length // 37 for the seed appendix
 * plan?.reading?.roles.lead // { column: 4, header: 'Đơn vị thực hiện / Chủ trì', source: 'header', … }
 */
export function readPlanTable(grids: readonly SheetGrid[], options: ReadPlanOptions = {}): ReadPlanResult {
  let pool = grids;
  if (options.sheet !== undefined) {
    const wanted = matchKey(options.sheet);
    const exact = grids.filter((g) => g.name === options.sheet);
    pool = exact.length > 0 ? exact : grids.filter((g) => matchKey(g.name) === wanted);
    if (pool.length === 0) {
      const names = grids.map((g) => `"${g.name}"`).join(', ') || '(không có)';
      return { plan: null, findings: [error(options.sheet, null, `Sổ tính không có trang tính "${options.sheet}" (các trang tính: ${names}).`)] };
    }
  }
  if (pool.length === 0) {
    return { plan: null, findings: [error('', null, 'Sổ tính không có trang tính nào.')] };
  }

  // The officer's mapping belongs to one sheet: the one named, else the one the reader finds without it.
  let mapping = options.mapping;
  if (mapping && options.sheet === undefined && pool.length > 1) {
    const plain = readPlanTable(pool, { ...options, mapping: undefined });
    if (plain.plan) pool = pool.filter((g) => g.name === plain.plan?.sheet);
  }
  if (mapping && !mapping.headerRow && !mapping.columns) mapping = undefined;

  const candidates: Candidate[] = [];
  const refusals: string[] = [];
  for (const grid of pool) {
    const { best, refused } = candidatesOf(grid, mapping);
    if (best) candidates.push(best);
    refusals.push(...refused);
  }
  // A table found by its shape only counts where no sheet has one its header names.
  const named = candidates.filter((c) => c.table.foundBy !== 'shape');
  const usable = named.length > 0 ? named : candidates;
  const withTasks = usable.filter((c) => c.built.tasks.length > 0);
  const best = (withTasks.length > 0 ? withTasks : usable).reduce<Candidate | null>((a, c) => (a === null || c.built.tasks.length > a.built.tasks.length ? c : a), null);
  if (!best) {
    const where = options.sheet !== undefined ? `trang tính "${pool[0].name}"` : 'sổ tính';
    const why = mapping && refusals.length > 0 ? ` ${refusals[0]}` : '';
    return { plan: null, findings: [error(pool[0].name, mapping?.headerRow ?? null, `Không tìm thấy bảng kế hoạch trong ${where}:${why} ${NOT_FOUND}`.replace(/: {2}/, ': '))] };
  }

  const { grid, layout, roles, classified, built } = best;
  const findings: Finding[] = [];
  const others = withTasks.filter((c) => c !== best).map((c) => `"${c.grid.name}"`);
  if (others.length > 0) {
    findings.push(warning(grid.name, null, `Trang tính ${others.join(', ')} cũng có bảng kế hoạch; đang đọc "${grid.name}" (nhiều nhiệm vụ nhất). Chọn trang tính khác nếu cần.`));
  }
  if (built.tasks.length === 0) {
    findings.push(warning(grid.name, layout.headerRows[0], 'Bảng kế hoạch có dòng tiêu đề nhưng chưa có nhiệm vụ nào (STT là số).'));
  }
  for (const f of roles.findings) findings.push(f);
  // One finding per junk row can be 100 000 of them: too many for a spread call's arguments.
  const rowFindings = [...classified.findings, ...built.findings];
  rowFindings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  for (const f of rowFindings) findings.push(f);
  for (const f of errorValueWarnings(grid, layout)) findings.push(f);

  const lines = titleLines(grid, layout.headerRows[0]);
  const timings = built.tasks.flatMap((t) => t.deliverables.map((d) => d.timing));
  const { year, span, source, issuedOn } = detectPlanYear(timings, lines);
  if (source === 'issued') {
    findings.push(
      warning(grid.name, null, `Không có năm trong tiêu đề hay cột Thời gian thực hiện: lấy năm kế hoạch ${year} theo ngày ban hành ${issuedOn}; nếu là kế hoạch cho năm khác (ký cuối năm cho năm sau), nhập năm ở ô Năm kế hoạch hoặc --year.`),
    );
  }
  if (year === null) {
    findings.push(warning(grid.name, null, 'Không xác định được năm của kế hoạch (không có năm trong cột Thời gian thực hiện hay trong tiêu đề "… năm 2024"): hãy nhập năm.'));
  }
  const plan: PlanTable = {
    sheet: grid.name,
    year,
    span,
    title: pickTitle(lines),
    layout,
    sections: built.sections,
    tasks: built.tasks,
    warnings: findings,
    reading: { headerRows: best.table.headerRows, roles: roles.roles, guessed: roles.guessed },
  };
  return { plan, findings };
}

/**
 * The column letter and header of each role, for the summary and the JSON (SPEC §12).
 *
 * @example
 * roleColumnsOf(plan) // { no: { column: 'A', header: 'STT', source: 'header' }, lead: { column: 'D', … }, … }
 */
export function roleColumnsOf(plan: PlanTable): Record<string, { column: string; header: string; source: string }> {
  const out: Record<string, { column: string; header: string; source: string }> = {};
  const roles = plan.reading?.roles ?? {};
  for (const role of PLAN_ROLES) {
    const c = roles[role];
    if (c) out[role] = { column: columnLetter(c.column), header: c.header, source: c.source };
  }
  return out;
}
