import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import type { SheetGrid } from '../../src/core/grid';
import type { Deliverable, PlanTable } from '../../src/core/plan/model';
import { computePlanStatus, statusOf } from '../../src/core/status/computeStatus';
import { statusInputsOf } from '../../src/core/status/statusInputs';
import { cellText } from '../../src/core/text/normalize';
import { namedUnits } from '../../src/core/units/splitUnits';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { buildOfficerPlan, buildTaskExport, COMPLETION_FIXTURES, EXPORT_HEADERS, officerPlanKey, taskExportKey, type CompletionKey, type KeyDeliverable } from '../fixtures/completionWorkbooks';
import { looseText as loose } from '../support/looseText';
import { memoryIo } from '../support/memoryIo';

// SPEC §12 "Completion written in the plan", issue 22's acceptance: a task-system export (25 columns)
// and an officer's plan with "Tiến độ" / "Ngày hoàn thành" columns, each with its answer key
// (test/fixtures/completion/*.expected.json, made by test/fixtures/makeCompletionFixtures.ts).

const FIXTURES: [string, () => CompletionKey, () => Promise<Uint8Array>][] = [
  ['task-export', taskExportKey, buildTaskExport],
  ['officer-plan', officerPlanKey, buildOfficerPlan],
];

const fileOf = (name: string): string => path.join(COMPLETION_FIXTURES, `${name}.xlsx`);
const keyOf = (name: string): CompletionKey => JSON.parse(readFileSync(path.join(COMPLETION_FIXTURES, `${name}.expected.json`), 'utf8')) as CompletionKey;

async function gridsOf(bytes: Uint8Array, name: string): Promise<SheetGrid[]> {
  const book = await FileWorkbook.open(bytes, name);
  const grids: SheetGrid[] = [];
  for (const sheet of await book.sheetNames()) grids.push(await book.readSheet(sheet));
  return grids;
}

const texts = (grid: SheetGrid): string[][] => grid.values.map((line) => line.map((v) => cellText(v)));

describe('the fixture workbooks are what issue 22 describes, and the committed files are the generator\'s', () => {
  test.each(FIXTURES)('%s: committed workbook and key = generator output', async (name, key, build) => {
    expect(keyOf(name)).toEqual(JSON.parse(JSON.stringify(key())));
    const committed = await gridsOf(new Uint8Array(readFileSync(fileOf(name))), name);
    const fresh = await gridsOf(await build(), name);
    expect(committed.map((g) => [g.name, texts(g), g.merges])).toEqual(fresh.map((g) => [g.name, texts(g), g.merges]));
  });

  test('task-export: 25 columns, 40 tasks; people left of the units, free text left of the deadline dates; 27 "Đã hoàn thành"; decoy date columns', async () => {
    const [grid] = await gridsOf(new Uint8Array(readFileSync(fileOf('task-export'))), 'task-export');
    const header = texts(grid)[3];
    expect(header).toEqual([...EXPORT_HEADERS]);
    const col = (label: string): number => header.indexOf(label);
    expect(col('Đầu mối thực hiện')).toBeLessThan(col('Đơn vị chủ trì thực hiện'));
    expect(col('Lộ trình thực hiện')).toBeLessThan(col('Ngày hoàn thành'));
    for (const decoy of ['Hạn xử lý gốc', 'Ngày giao', 'Người giao nhiệm vụ']) expect(col(decoy)).toBeGreaterThanOrEqual(0);
    const body = grid.values.slice(4);
    expect(body).toHaveLength(40);
    expect(body.every((line) => line[col('Ngày hoàn thành')] instanceof Date && line[col('Hạn xử lý gốc')] instanceof Date && line[col('Ngày giao')] instanceof Date)).toBe(true);
    expect(body.every((line) => /^(?:Phó|Ông|Bà|Trưởng|Chánh)\s/u.test(cellText(line[col('Đầu mối thực hiện')])))).toBe(true);
    expect(body.filter((line) => cellText(line[col('Trạng thái nhiệm vụ')]) === 'Đã hoàn thành')).toHaveLength(27);
    // Read by position, 26 of the 27 were shown "Quá hạn": their deadlines are before the as-of day.
    const asOf = new Date(`${taskExportKey().asOf}T00:00:00Z`);
    expect(body.filter((line) => cellText(line[col('Trạng thái nhiệm vụ')]) === 'Đã hoàn thành' && (line[col('Ngày hoàn thành')] as Date) < asOf)).toHaveLength(26);
  });

  test('officer-plan: the seed\'s columns, then "Tiến độ" and "Ngày hoàn thành"; once and recurring deliverables; every kind of progress value', async () => {
    const [grid] = await gridsOf(new Uint8Array(readFileSync(fileOf('officer-plan'))), 'officer-plan');
    expect(texts(grid)[4]).toEqual(['STT', 'Nội dung công việc', 'Kết quả công việc', 'Đơn vị thực hiện', '', 'Thời gian thực hiện', 'Tiến độ', 'Ngày hoàn thành']);
    expect(texts(grid)[5].slice(3, 5)).toEqual(['Chủ trì', 'Phối hợp']);
    const progress = new Set(grid.values.slice(6).map((line) => cellText(line[6])));
    for (const v of ['Đã hoàn thành', 'x', 'Đang thực hiện', '85%', '']) expect(progress).toContain(v);
    expect(grid.values.slice(6).some((line) => line[7] instanceof Date)).toBe(true);
    const kinds = new Set(officerPlanKey().tasks.flatMap((t) => t.deliverables.map((d) => d.schedule.kind)));
    expect([...kinds].sort()).toEqual(['once', 'ongoing', 'recurring', 'unscheduled']);
  });
});

/** The plan the key describes, as the reader's model (so the status engine can be checked apart from the reader). */
function readingOf(key: CompletionKey): PlanTable {
  return {
    sheet: key.sheet,
    year: key.year,
    title: null,
    layout: { headerRows: [1, 1], columns: { stt: 1, content: 2, result: null, lead: 3, support: 4, timing: 5, override: null }, lastColumn: 8, lastRow: 100 },
    sections: [],
    tasks: key.tasks.map((t) => {
      const deliverables: Deliverable[] = t.deliverables.map((d) => {
        const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(d.timing);
        return { key: d.key, result: d.result, lead: d.lead, support: d.support, timing: d.timing, timingDate: m ? `${m[3]}-${m[2]}-${m[1]}` : null, override: null, rows: d.rows, statusText: d.statusText, doneDay: d.doneDay };
      });
      return { no: Number(t.id), label: t.id, id: t.id, section: '', group: null, content: t.content, deliverables, rows: [deliverables[0].rows[0], deliverables[deliverables.length - 1].rows[1]] };
    }),
    warnings: [],
  };
}

/** The fields of one deliverable the key fixes, as a JSON deliverable or a status gives them. */
interface Judged {
  schedule?: { kind: string; due: string[] };
  status?: string;
  nextDue?: string | null;
  completedBy?: string;
  late?: boolean;
  units?: { unit: string; role: string; status: string; completedBy?: string; late?: boolean }[];
}

/** Differences between a judged deliverable and the key's. */
function judgedDifferences(tag: string, got: Judged | undefined, want: KeyDeliverable): string[] {
  if (!got) return [`${tag}: no status`];
  const out: string[] = [];
  const pair = (field: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${tag} ${field}: ${JSON.stringify(a)} != ${JSON.stringify(b)}`);
  };
  pair('schedule', got.schedule ? [got.schedule.kind, got.schedule.due] : null, [want.schedule.kind, want.schedule.due]);
  pair('status', got.status, want.status);
  pair('nextDue', got.nextDue, want.nextDue);
  pair('completedBy', got.completedBy ?? null, want.completedBy ?? null);
  pair('late', got.late ?? false, want.late ?? false);
  const leads = (got.units ?? []).filter((u) => u.role === 'lead').map((u) => [u.unit, u.status, u.completedBy ?? null, u.late ?? false]);
  const wanted = want.units.map((u) => [u.unit, u.status, u.completedBy ?? null, u.late ?? false]);
  const sorted = (list: unknown[][]) => list.map((x) => JSON.stringify(x)).sort();
  pair('lead units', sorted(leads), sorted(wanted));
  return out;
}

describe('the status engine gives each key from the reading the key describes (SPEC §12, apart from the reader)', () => {
  test.each(FIXTURES)('%s', async (name) => {
    const key = keyOf(name);
    const plan = readingOf(key);
    const inputs = statusInputsOf(await gridsOf(new Uint8Array(readFileSync(fileOf(name))), name), plan);
    expect(inputs.findings).toEqual([]);
    const status = computePlanStatus(plan, { asOf: key.asOf, directory: inputs.directory, tracking: inputs.tracking });
    const out: string[] = [];
    for (const t of key.tasks) {
      for (const d of t.deliverables) {
        const tag = `task ${t.id}${d.key}`;
        if (JSON.stringify(namedUnits(d.lead, d.support).lead) !== JSON.stringify(d.leadUnits)) out.push(`${tag} leadUnits`);
        out.push(...judgedDifferences(tag, statusOf(status, t.id, d.key), d));
      }
    }
    expect(out).toEqual([]);
    expect(status.warnings.filter((w) => /đơn vị|Cột trạng thái/.test(w.message))).toEqual([]);
  });

  test('the export: 27 done by the plan, none by tracking; the rest judged on their deadlines', async () => {
    const key = keyOf('task-export');
    const plan = readingOf(key);
    const inputs = statusInputsOf(await gridsOf(new Uint8Array(readFileSync(fileOf('task-export'))), 'task-export'), plan);
    const status = computePlanStatus(plan, { asOf: key.asOf, directory: inputs.directory });
    const count = (f: (s: (typeof status.deliverables)[number]) => boolean) => status.deliverables.filter(f).length;
    expect(count((s) => s.status === 'done' && s.completedBy === 'plan')).toBe(27);
    expect(count((s) => s.status === 'overdue')).toBe(5);
    // Văn phòng Đăng ký đất đai leads its own tasks: Văn phòng Sở is not charged with them (SPEC §12 "Units").
    const vpLeads = status.deliverables.filter((s) => s.units.some((u) => u.unit === 'Văn phòng Sở' && u.role === 'lead')).map((s) => s.taskId);
    expect(vpLeads).toEqual(['1', '14', '27', '40']);
  });
});

/** Differences between `kstthc plan --json` and a key. */
function documentDifferences(doc: Record<string, unknown>, key: CompletionKey): string[] {
  const out: string[] = [];
  if (doc.sheet !== key.sheet) out.push(`sheet ${String(doc.sheet)} != ${key.sheet}`);
  if (doc.year !== key.year) out.push(`year ${String(doc.year)} != ${key.year}`);
  const columns = (doc.columns ?? {}) as Record<string, { column?: string } | null | undefined>;
  for (const role of ['no', 'task', 'result', 'lead', 'support', 'timing', 'status', 'done'] as const) {
    const got = columns[role]?.column ?? null;
    const want = key.columns[role] ?? null;
    if (got !== want) out.push(`columns.${role}: ${String(got)} != ${String(want)}`);
  }
  const tasks = (doc.tasks ?? []) as { id: string; content: string; deliverables: (Record<string, unknown> & Judged)[] }[];
  if (tasks.length !== key.tasks.length) out.push(`${tasks.length} tasks, key ${key.tasks.length}`);
  key.tasks.forEach((k, i) => {
    const t = tasks[i];
    if (!t) return;
    const tag = `task ${k.id}`;
    if (t.id !== k.id) out.push(`${tag}: id ${t.id}`);
    if (loose(t.content) !== loose(k.content)) out.push(`${tag}: content ${JSON.stringify(t.content)}`);
    if (t.deliverables.length !== k.deliverables.length) out.push(`${tag}: ${t.deliverables.length} deliverables, key ${k.deliverables.length}`);
    k.deliverables.forEach((kd, j) => {
      const d = t.deliverables[j];
      if (!d) return;
      const dtag = `${tag}${kd.key}`;
      if (JSON.stringify(d.rows) !== JSON.stringify(kd.rows)) out.push(`${dtag} rows ${JSON.stringify(d.rows)}`);
      for (const f of ['result', 'lead', 'support', 'timing'] as const) {
        if (loose(d[f] as string) !== loose(kd[f])) out.push(`${dtag} ${f}: ${JSON.stringify(d[f])} != ${JSON.stringify(kd[f])}`);
      }
      const leadUnits = ((d.leadUnits ?? []) as string[]).map(loose).sort();
      if (JSON.stringify(leadUnits) !== JSON.stringify(kd.leadUnits.map(loose).sort())) out.push(`${dtag} leadUnits ${JSON.stringify(d.leadUnits)}`);
      out.push(...judgedDifferences(dtag, d, kd));
    });
  });
  const warnings = (doc.warnings ?? []) as { message: string }[];
  for (const w of warnings) if (/Cột trạng thái/.test(w.message)) out.push(`warning: ${w.message}`);
  return out;
}

// PENDING on the lead's reader (SPEC §12 "Columns by meaning" and the status/done roles): today the
// export's lead is read from "Đầu mối thực hiện" and its timing from "Lộ trình thực hiện", and no
// reader fills `statusText` / `doneDay` or the JSON `columns`, so these fail. They are meant to fail
// until the reader is done; do not skip or weaken them.
describe('PENDING (lead\'s §12 reader): kstthc plan --json reads each fixture exactly as its key', () => {
  test.each(FIXTURES)('%s', async (name) => {
    const key = keyOf(name);
    const io = memoryIo({ [key.file]: new Uint8Array(readFileSync(fileOf(name))) }, key.asOf);
    expect(await main(['plan', key.file, '--json', '--as-of', key.asOf], io)).toBe(0);
    expect(io.err).toBe('');
    expect(documentDifferences(JSON.parse(io.out) as Record<string, unknown>, key)).toEqual([]);
  });
});
