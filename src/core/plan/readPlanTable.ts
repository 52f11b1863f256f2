import { columnLetter, type SheetGrid } from '../grid';
import { error, warning, type Finding } from '../findings';
import { cellText, matchKey } from '../text/normalize';
import type { PlanTable, ReadPlanOptions } from './model';
import { findPlanHeader, type PlanHeader } from './findHeader';
import { assembleTasks, type AssembledPlan } from './assembleTasks';
import { detectPlanYear } from './planYear';

/** The plan read from a workbook, or null with an error finding saying why. */
export interface ReadPlanResult {
  plan: PlanTable | null;
  findings: Finding[];
}

interface Candidate {
  grid: SheetGrid;
  header: PlanHeader;
  assembled: AssembledPlan;
}

const EXCEL_ERROR = /^#(?:REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/;

/** Table cells holding an Excel error (a formula broken in the source file): kept as text, each warned about. */
function errorValueWarnings(grid: SheetGrid, header: PlanHeader, lastRow: number): Finding[] {
  const found: Finding[] = [];
  for (let r = header.headerRows[1] + 1; r <= lastRow; r++) {
    const line = grid.values[r - 1] ?? [];
    for (let c = 1; c <= Math.min(header.lastColumn, line.length); c++) {
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
 * Reads the plan's appendix table (SPEC §1) from the sheets of a workbook: finds the sheet
 * that holds it (the one with the most tasks; `options.sheet` to choose), its header
 * anywhere in the sheet, and its sections, tasks and deliverables in either layout (Word
 * merges or PDF page splits). Never throws on bad data: no table gives `plan: null` and an
 * error finding with a Vietnamese sentence; guesses give warnings naming the sheet row.
 *
 * @example
 * const { plan, findings } = readPlanTable([grid]);
 * plan?.tasks.length // 37 for the seed appendix
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

  const candidates: Candidate[] = [];
  for (const grid of pool) {
    const header = findPlanHeader(grid);
    if (header) candidates.push({ grid, header, assembled: assembleTasks(grid, header) });
  }
  const withTasks = candidates.filter((c) => c.assembled.tasks.length > 0);
  const best = (withTasks.length > 0 ? withTasks : candidates).reduce<Candidate | null>(
    (a, c) => (a === null || c.assembled.tasks.length > a.assembled.tasks.length ? c : a),
    null,
  );
  if (!best) {
    const where = options.sheet !== undefined ? `trang tính "${pool[0].name}"` : 'sổ tính';
    return {
      plan: null,
      findings: [
        error(
          pool[0].name,
          null,
          `Không tìm thấy bảng kế hoạch trong ${where}: cần một dòng tiêu đề có cột STT, cột nhiệm vụ (Nội dung, Nhiệm vụ …) và cột chủ trì (Chủ trì, Cơ quan chủ trì, Đơn vị thực hiện …); Phối hợp, Thời gian thực hiện và Kết quả có thì đọc.`,
        ),
      ],
    };
  }

  const { grid, header, assembled } = best;
  const findings: Finding[] = [];
  const others = withTasks.filter((c) => c !== best).map((c) => `"${c.grid.name}"`);
  if (others.length > 0) {
    findings.push(
      warning(grid.name, null, `Trang tính ${others.join(', ')} cũng có bảng kế hoạch; đang đọc "${grid.name}" (nhiều nhiệm vụ nhất). Chọn trang tính khác nếu cần.`),
    );
  }
  if (assembled.tasks.length === 0) {
    findings.push(warning(grid.name, header.headerRows[0], 'Bảng kế hoạch có dòng tiêu đề nhưng chưa có nhiệm vụ nào (STT là số).'));
  }
  // One finding per junk row can be 100 000 of them: too many for a spread call's arguments.
  for (const f of assembled.findings) findings.push(f);
  for (const f of errorValueWarnings(grid, header, assembled.lastRow)) findings.push(f);

  const lines = titleLines(grid, header.headerRows[0]);
  const timings = assembled.tasks.flatMap((t) => t.deliverables.map((d) => d.timing));
  const { year, span, source, issuedOn } = detectPlanYear(timings, lines);
  if (source === 'issued') {
    findings.push(
      warning(grid.name, null, `Không có năm trong tiêu đề hay cột Thời gian thực hiện: lấy năm kế hoạch ${year} theo ngày ban hành ${issuedOn}; nếu là kế hoạch cho năm khác (ký cuối năm cho năm sau), nhập năm ở ô Năm kế hoạch hoặc --year.`),
    );
  }
  if (year === null) {
    findings.push(
      warning(grid.name, null, 'Không xác định được năm của kế hoạch (không có năm trong cột Thời gian thực hiện hay trong tiêu đề "… năm 2024"): hãy nhập năm.'),
    );
  }
  const plan: PlanTable = {
    sheet: grid.name,
    year,
    span,
    title: pickTitle(lines),
    layout: {
      headerRows: header.headerRows,
      columns: header.columns,
      lastColumn: header.lastColumn,
      lastRow: assembled.lastRow,
    },
    sections: assembled.sections,
    tasks: assembled.tasks,
    warnings: findings,
  };
  return { plan, findings };
}
