import { cellAt, columnLetter, type CellValue, type SheetGrid } from '../grid';
import { warning, type Finding } from '../findings';
import type { HeaderLabel } from './headerLabels';
import type { ColumnMapping, PlanLayout, PlanRole, RoleColumn, RoleSource } from './model';
import { PLAN_ROLES } from './model';
import type { HeaderColumn, LocatedTable } from './locateTable';
import { isDateCell, namesPerson, namesUnit, readsAsStatus, readsAsTiming } from './cellMeaning';
import { isTaskCode, sttKindOf } from './sttKind';
import { matchKey } from '../text/normalize';
import { textOfCell } from './mergedCells';

/**
 * Stage 2 of reading a plan (SPEC §12 "Columns by meaning, not by position"): which column plays
 * each role. Header labels propose candidates; when several columns could fill one role, what
 * their cells hold decides (a column of people is never the lead; a column of free text or of
 * start dates is never the timing), and a role no header names is filled from the column whose
 * cells mean it, with a warning. The officer's mapping, when given, wins role by role.
 */

/** The columns of each role of a located table, and how each was chosen. */
export interface TableRoles {
  table: LocatedTable;
  columns: PlanLayout['columns'];
  roles: Partial<Record<PlanRole, RoleColumn>>;
  /** Some role was filled by a guess (content without a header naming it, or the table's shape). */
  guessed: boolean;
  findings: Finding[];
}

/** Why a table cannot be read: a Vietnamese sentence. */
export interface RolesRefusal {
  refused: string;
}

/** Rows of the body the evidence is taken from (the choice must not cost more on a long plan). */
const PROFILE_ROWS = 200;

const RANK_OF_LEAD: Partial<Record<HeaderLabel, number>> = { lead: 0, unitGroup: 1 };
/** How a role's column was chosen, in the officer's words (the CLI's summary and the pane). */
export const ROLE_SOURCE_NAMES: Readonly<Record<RoleSource, string>> = {
  header: 'theo tiêu đề',
  content: 'theo nội dung ô',
  shape: 'theo hình dạng bảng',
  officer: 'cán bộ chọn',
};

/** Role names in the officer's words (messages and the pane). */
export const ROLE_NAMES: Readonly<Record<PlanRole, string>> = {
  no: 'STT',
  task: 'Nội dung (nhiệm vụ)',
  result: 'Kết quả',
  lead: 'Chủ trì',
  support: 'Phối hợp',
  timing: 'Thời gian (thời hạn)',
  status: 'Trạng thái (tiến độ)',
  done: 'Ngày hoàn thành',
};

/**
 * What the first rows of a column hold (SPEC §12's evidence). Each measure is taken once, on first
 * use: most columns are only ever asked whether they name units.
 */
class ColumnProfile {
  private names: { units: number; persons: number; numbers: number; length: number } | null = null;
  private times: { timings: number; dates: number; statuses: number } | null = null;

  constructor(private readonly cells: readonly CellValue[]) {}

  get filled(): number {
    return this.cells.length;
  }

  private namesPass() {
    if (this.names) return this.names;
    const n = { units: 0, persons: 0, numbers: 0, length: 0 };
    let total = 0;
    let texts = 0;
    for (const v of this.cells) {
      if (typeof v !== 'string') {
        if (typeof v === 'number' && Number.isInteger(v) && v > 0) n.numbers++;
        continue;
      }
      const text = textOfCell(v);
      total += text.length;
      if (text.length <= 12 && sttKindOf(v).kind === 'task') {
        n.numbers++;
        continue;
      }
      texts++;
      // Long texts are task texts: no name test for them.
      if (text.length > 300) continue;
      if (namesPerson(text)) n.persons++;
      else if (namesUnit(text)) n.units++;
    }
    n.length = texts > 0 ? total / texts : 0;
    this.names = n;
    return n;
  }

  private timesPass() {
    if (this.times) return this.times;
    const t = { timings: 0, dates: 0, statuses: 0 };
    for (const v of this.cells) {
      if (typeof v === 'string' && v.length > 300) continue;
      if (isDateCell(v)) t.dates++;
      if (readsAsTiming(v)) t.timings++;
      else if (readsAsStatus(v)) t.statuses++;
    }
    this.times = t;
    return t;
  }

  get units(): number {
    return this.namesPass().units;
  }
  get persons(): number {
    return this.namesPass().persons;
  }
  get numbers(): number {
    return this.namesPass().numbers;
  }
  /** Average length of its texts. */
  get length(): number {
    return this.namesPass().length;
  }
  get timings(): number {
    return this.timesPass().timings;
  }
  get dates(): number {
    return this.timesPass().dates;
  }
  get statuses(): number {
    return this.timesPass().statuses;
  }
  /** Cells that are task codes ("NV-001"), when no two are the same; 0 otherwise. */
  get codes(): number {
    if (this.codeCount === null) {
      const codes = this.cells.filter(isTaskCode).map((v) => String(v).trim());
      this.codeCount = new Set(codes).size === codes.length ? codes.length : 0;
    }
    return this.codeCount;
  }
  private codeCount: number | null = null;
}

/** The filled cells of a column in the first rows of the body, up to two blank rows in a row (what follows may be the signature block). */
function profileOf(grid: SheetGrid, table: LocatedTable, column: number): ColumnProfile {
  const cells: CellValue[] = [];
  const last = Math.min(grid.values.length, table.bodyTop + PROFILE_ROWS - 1);
  let blanks = 0;
  for (let r = table.bodyTop; r <= last; r++) {
    if (isBlankRow(grid, r, table.lastColumn)) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    const v = cellAt(grid, r, column);
    if (v !== null && v !== '') cells.push(v);
  }
  return new ColumnProfile(cells);
}

const share = (n: number, of: number): number => (of === 0 ? 0 : n / of);

function isBlankRow(grid: SheetGrid, row: number, lastColumn: number): boolean {
  const line = grid.values[row - 1];
  if (!line) return true;
  for (let c = 0; c < Math.min(line.length, lastColumn); c++) if (line[c] !== null && line[c] !== '') return false;
  return true;
}

/** 0 for a deadline's wording ("Hạn hoàn thành"), 2 for the day work was done ("… thực tế"), 1 otherwise. */
function deadlineRank(header: string): number {
  const key = matchKey(header);
  if (/\bthuc te\b/.test(key)) return 2;
  return /^(han|thoi han)\b/.test(key) ? 0 : 1;
}

/** A column of people or their titles (SPEC §12): never the lead where another column names units. */
function namesPeople(p: ColumnProfile): boolean {
  return p.persons > 0 && p.persons >= p.units && share(p.persons, p.filled) >= 0.3;
}

/**
 * The columns of a located table by role (SPEC §12): header labels first, cells' meaning where
 * labels leave a choice or a gap, the officer's mapping over both. A refusal when the table has
 * no task numbers, no task text or (unless the officer says so) no lead.
 *
 * @example
 * columnRoles(grid, locateTables(grid)[0]).roles.lead // { column: 5, header: 'Đơn vị chủ trì thực hiện', source: 'content', … }
 */
export function columnRoles(grid: SheetGrid, table: LocatedTable, mapping: ColumnMapping = {}): TableRoles | RolesRefusal {
  const profiles = new Map<number, ColumnProfile>();
  const profile = (c: number): ColumnProfile => {
    let p = profiles.get(c);
    if (!p) {
      p = profileOf(grid, table, c);
      profiles.set(c, p);
    }
    return p;
  };
  const headerOf = (c: number): HeaderColumn => table.headers[c - 1] ?? { column: c, text: '', label: null };
  const roles: Partial<Record<PlanRole, RoleColumn>> = {};
  const taken = new Set<number>();
  const none = new Set<PlanRole>();
  const guesses: PlanRole[] = [];
  const findings: Finding[] = [];
  const note = (message: string) => findings.push(warning(grid.name, table.headerRows?.[0] ?? table.bodyTop, message.charAt(0).toUpperCase() + message.slice(1)));
  const set = (role: PlanRole, column: number, source: RoleSource, evidence: string) => {
    roles[role] = { column, header: headerOf(column).text, source, evidence };
    taken.add(column);
  };
  const labelled = (labels: readonly HeaderLabel[]) => table.headers.filter((h) => h.label !== null && labels.includes(h.label) && !taken.has(h.column));
  const free = () => table.headers.filter((h) => h.label === null && !taken.has(h.column));
  const byHeader = (h: HeaderColumn) => `tiêu đề "${h.text}"`;
  const described = (c: number) => `cột ${columnLetter(c)}${headerOf(c).text !== '' ? ` "${headerOf(c).text}"` : ''}`;

  // The officer's choices first: nothing the reader does overrides them (SPEC §12 "The officer corrects").
  const officer = mapping.columns ?? {};
  const chosen = new Map<number, PlanRole>();
  for (const role of PLAN_ROLES) {
    const c = officer[role];
    if (c === undefined) continue;
    if (c === null) {
      none.add(role);
      continue;
    }
    if (!Number.isInteger(c) || c < 1 || c > 16_384) throw new RangeError(`columnRoles: bad column ${c} for ${role}`);
    const other = chosen.get(c);
    if (other) return { refused: `Cột ${columnLetter(c)} được chọn cho cả ${ROLE_NAMES[other]} và ${ROLE_NAMES[role]}: mỗi cột chỉ giữ một vai trò.` };
    chosen.set(c, role);
    set(role, c, 'officer', 'cán bộ chọn');
  }
  const open = (role: PlanRole) => roles[role] === undefined && !none.has(role);
  let sttCodes = false;

  // STT: its label, else the column of task numbers.
  if (open('no')) {
    const h = labelled(['stt'])[0];
    if (h) set('no', h.column, 'header', byHeader(h));
    else {
      const cands = table.headers.filter((x) => !taken.has(x.column) && x.column <= 4).map((x) => ({ x, p: profile(x.column) }));
      const best = cands.filter((c) => c.p.numbers >= 2 && share(c.p.numbers, c.p.filled) >= 0.4).sort((a, b) => b.p.numbers - a.p.numbers)[0];
      if (best) {
        set('no', best.x.column, table.foundBy === 'shape' ? 'shape' : 'content', `${best.p.numbers}/${best.p.filled} ô là số thứ tự`);
        guesses.push('no');
      } else {
        // A task system's export without STT: its column of task codes numbers the tasks (SPEC §12, "never dead-end").
        const coded = cands.filter((c) => c.p.codes >= 2 && share(c.p.codes, c.p.filled) >= 0.9).sort((a, b) => b.p.codes - a.p.codes || a.x.column - b.x.column)[0];
        if (coded) {
          set('no', coded.x.column, 'content', `${coded.p.codes}/${coded.p.filled} ô là mã nhiệm vụ, không có cột STT`);
          guesses.push('no');
          sttCodes = true;
        }
      }
    }
  }
  if (roles.no === undefined) return { refused: 'Không thấy cột STT (số thứ tự nhiệm vụ).' };
  // The officer's number column may be one of codes too: read as such when its cells are codes, not numbers.
  if (roles.no.source === 'officer') {
    const p = profile(roles.no.column);
    sttCodes = p.numbers === 0 && p.codes >= 1 && share(p.codes, p.filled) >= 0.9;
  }

  // Task text: its label, else the column of the longest texts that name neither units nor dates.
  if (open('task')) {
    const h = labelled(['content'])[0];
    if (h) set('task', h.column, 'header', byHeader(h));
    else {
      const texts = free()
        .map((x) => ({ x, p: profile(x.column) }))
        .filter(({ p }) => p.filled >= 2 && p.length >= 15 && share(p.units + p.persons, p.filled) < 0.5 && share(p.timings, p.filled) < 0.5);
      // The task comes first after STT in every plan met: the first column of sentences (30 characters
      // on average, or a third of the longest) wins over a longer description or result further right
      // ("Quy mô, mục tiêu, kết quả" of several paragraphs).
      const longest = Math.max(0, ...texts.map(({ p }) => p.length));
      const best = texts.filter(({ p }) => p.length >= Math.min(30, longest / 3)).sort((a, b) => a.x.column - b.x.column)[0];
      if (best) {
        set('task', best.x.column, table.foundBy === 'shape' ? 'shape' : 'content', `cột chữ dài đầu tiên (trung bình ${Math.round(best.p.length)} ký tự)`);
        guesses.push('task');
      }
    }
  }
  if (roles.task === undefined) return { refused: 'Không thấy cột nội dung nhiệm vụ.' };

  // Lead: the labelled column whose cells name units; people and their titles never lead.
  if (open('lead')) {
    const cands = labelled(['lead', 'unitGroup']);
    const unitsElsewhere = (h: HeaderColumn) =>
      [...cands, ...free()].some((x) => x !== h && !namesPeople(profile(x.column)) && profile(x.column).units >= 1 && share(profile(x.column).units, profile(x.column).filled) >= 0.5);
    const people = cands.filter((h) => namesPeople(profile(h.column)) && unitsElsewhere(h));
    const fit = cands
      .filter((h) => !people.includes(h))
      .sort((a, b) => (RANK_OF_LEAD[a.label ?? 'lead'] ?? 2) - (RANK_OF_LEAD[b.label ?? 'lead'] ?? 2) || share(profile(b.column).units, profile(b.column).filled) - share(profile(a.column).units, profile(a.column).filled) || a.column - b.column);
    const byCells = (c: number) => `${profile(c).units}/${profile(c).filled} ô ghi tên đơn vị`;
    if (fit.length > 0) set('lead', fit[0].column, people.length > 0 || fit.length > 1 ? 'content' : 'header', people.length > 0 || fit.length > 1 ? byCells(fit[0].column) : byHeader(fit[0]));
    else {
      // Of two columns of units, Chủ trì stands before Phối hợp in every plan met (the support names more units, so its share is no guide).
      const best = free()
        .map((x) => ({ x, p: profile(x.column) }))
        .filter(({ p }) => p.units >= 2 && share(p.units, p.filled) >= 0.6 && !namesPeople(p))
        .sort((a, b) => a.x.column - b.x.column)[0];
      if (best) {
        set('lead', best.x.column, table.foundBy === 'shape' ? 'shape' : 'content', byCells(best.x.column));
        guesses.push('lead');
      }
    }
    if (people.length > 0 && roles.lead) {
      note(`${people.map((h) => described(h.column)).join(', ')} ghi tên người hoặc chức danh, không phải đơn vị: lấy ${described(roles.lead.column)} làm cột Chủ trì.`);
    }
  }
  if (roles.lead === undefined && !none.has('lead')) return { refused: 'Không thấy cột đơn vị chủ trì (cột ghi tên đơn vị).' };

  // Support: the labelled column of units (the best one when several are named Phối hợp).
  if (open('support')) {
    const named = labelled(['support']);
    // Content chooses among several Phối hợp columns; a single one is kept whatever it holds.
    const cands = named.length > 1 ? named.filter((h) => !namesPeople(profile(h.column))) : named;
    const best = cands.sort((a, b) => share(profile(b.column).units, profile(b.column).filled) - share(profile(a.column).units, profile(a.column).filled) || a.column - b.column)[0];
    if (best) set('support', best.column, cands.length > 1 ? 'content' : 'header', byHeader(best));
    else if (roles.lead) {
      // A second column of units supports: the nearest one where the lead itself was guessed, else
      // only the column right after the lead (its header a word the reader does not know).
      const lead = roles.lead.column;
      const near = guesses.includes('lead') ? () => true : (c: number) => c === lead + 1;
      const second = free()
        .filter((x) => near(x.column))
        .map((x) => ({ x, p: profile(x.column) }))
        .filter(({ p }) => p.units >= 2 && share(p.units, p.filled) >= 0.5 && !namesPeople(p))
        .sort((a, b) => Math.abs(a.x.column - lead) - Math.abs(b.x.column - lead))[0];
      if (second) {
        set('support', second.x.column, table.foundBy === 'shape' ? 'shape' : 'content', `${second.p.units}/${second.p.filled} ô ghi tên đơn vị`);
        guesses.push('support');
      }
    }
  }

  // Timing: a column whose cells read as schedules; free text and start dates never.
  const timingScore = (c: number) => (profile(c).filled === 0 ? 1 : share(profile(c).timings, profile(c).filled));
  // Of two such columns, "Hạn hoàn thành" is the deadline and "Ngày hoàn thành (thực tế)" the day it was done.
  const doneDates = labelled(['doneDate'])
    .filter((h) => profile(h.column).filled === 0 || share(profile(h.column).dates, profile(h.column).filled) >= 0.5)
    .sort((a, b) => deadlineRank(a.text) - deadlineRank(b.text) || a.column - b.column);
  if (open('timing')) {
    const cands = labelled(['timing']);
    // Cells are weighed only where columns compete: a single timing column is the timing by its header.
    const scheduled = cands.length === 1 && doneDates.length === 0 ? cands : cands.filter((h) => timingScore(h.column) >= 0.3);
    const progress = labelled(['progress']).filter((h) => !(profile(h.column).filled > 0 && share(profile(h.column).statuses, profile(h.column).filled) >= 0.5 && timingScore(h.column) < 0.5));
    const best = (list: HeaderColumn[]) => list.slice().sort((a, b) => timingScore(b.column) - timingScore(a.column) || a.column - b.column)[0];
    const byCells = (c: number) => `${profile(c).timings}/${profile(c).filled} ô là thời hạn`;
    if (scheduled.length === 0 && doneDates.length > 0) {
      // "Ngày hoàn thành" with no other timing column is the deadline (SPEC §12).
      set('timing', doneDates[0].column, cands.length > 0 ? 'content' : 'header', cands.length > 0 ? byCells(doneDates[0].column) : byHeader(doneDates[0]));
      if (cands.length > 0) note(`${cands.map((h) => described(h.column)).join(', ')} không ghi thời hạn: lấy ${described(doneDates[0].column)} làm cột Thời gian.`);
    } else if (cands.length > 0) {
      const pick = best(cands);
      set('timing', pick.column, cands.length > 1 ? 'content' : 'header', cands.length > 1 ? byCells(pick.column) : byHeader(pick));
    } else if (progress.length > 0) set('timing', progress[0].column, 'header', byHeader(progress[0]));
    else if (doneDates.length > 0) set('timing', doneDates[0].column, 'header', byHeader(doneDates[0]));
    else {
      const start = labelled(['timingStart'])[0];
      if (start) set('timing', start.column, 'header', byHeader(start));
      else {
        const guess = free()
          .map((x) => ({ x, p: profile(x.column) }))
          .filter(({ p }) => p.timings >= 3 && share(p.timings, p.filled) >= 0.7)
          .sort((a, b) => share(b.p.timings, b.p.filled) - share(a.p.timings, a.p.filled) || a.x.column - b.x.column)[0];
        if (guess) {
          set('timing', guess.x.column, table.foundBy === 'shape' ? 'shape' : 'content', byCells(guess.x.column));
          guesses.push('timing');
        }
      }
    }
  }

  // Result: its label.
  if (open('result')) {
    const h = labelled(['result'])[0];
    if (h) set('result', h.column, 'header', byHeader(h));
  }

  // Status: its label, or "Tiến độ" beside a timing column when its cells read as statuses.
  if (open('status')) {
    const h =
      labelled(['status'])[0] ??
      labelled(['progress']).find((x) => {
        const p = profile(x.column);
        return p.filled === 0 || (share(p.statuses, p.filled) >= 0.5 && share(p.timings, p.filled) < 0.5);
      });
    if (h) set('status', h.column, 'header', byHeader(h));
  }

  // Done day: "Ngày hoàn thành" that is not the timing.
  if (open('done')) {
    // A deadline's wording ("Hạn hoàn thành") is never the day the work was done: read so, every task would count as done.
    const h = doneDates
      .filter((x) => !taken.has(x.column) && deadlineRank(x.text) > 0)
      .sort((a, b) => deadlineRank(b.text) - deadlineRank(a.text) || a.column - b.column)[0];
    if (h) set('done', h.column, 'header', byHeader(h));
  }

  const override = labelled(['override'])[0]?.column ?? null;
  const col = (role: PlanRole): number | null => roles[role]?.column ?? null;
  const columns: PlanLayout['columns'] = {
    stt: roles.no.column,
    content: roles.task.column,
    result: col('result'),
    lead: col('lead'),
    support: col('support'),
    timing: col('timing'),
    override,
  };
  if (roles.status) columns.status = roles.status.column;
  if (roles.done) columns.done = roles.done.column;
  if (sttCodes) columns.sttCodes = true;
  if (guesses.length > 0) {
    const named = guesses.map((role) => `${ROLE_NAMES[role]} = ${described(roles[role]?.column ?? 0)} (${roles[role]?.evidence ?? ''})`).join('; ');
    const why = table.foundBy === 'shape' ? 'Không thấy dòng tiêu đề của bảng kế hoạch; đọc theo hình dạng bảng' : 'Tiêu đề không gọi tên một số cột; đọc theo nội dung các ô';
    note(`${why}: ${named}. Kiểm tra ở mục "Cột của bảng" (hoặc dùng --columns) nếu chưa đúng.`);
  }
  return { table, columns, roles, guessed: guesses.length > 0, findings };
}

/** Whether stage 2 refused the table. */
export function isRefusal(x: TableRoles | RolesRefusal): x is RolesRefusal {
  return 'refused' in x;
}
