import type { SheetGrid } from '../../src/core/grid';
import type { PlanTable } from '../../src/core/plan/model';
import type { DeliverableStatus, PlanStatus, StatusKey, UnitStatus } from '../../src/core/status/model';

/**
 * A small plan sheet in the Word layout, built by hand so the highlight tests do not depend on
 * the reader: title rows 1–2, a two-row header (3–4), sections I (row 5) and II (row 9).
 * Task 1 has deliverables a (row 6) and b (row 7) with STT/Nội dung merged over 6–7; task 2 is
 * row 8; task 7 is row 10; task 3 (rows 11–12) is one deliverable split over a page break.
 */
export function handmadeGrid(): SheetGrid {
  return {
    name: 'Phụ lục',
    values: [
      ['PHỤ LỤC', null, null, null, null, null],
      ['Nội dung hoạt động kiểm soát TTHC năm 2024', null, null, null, null, null],
      ['STT', 'Nội dung công việc', 'Kết quả công việc', 'Đơn vị thực hiện', null, 'Thời gian thực hiện'],
      [null, null, null, 'Chủ trì', 'Phối hợp', null],
      ['I', 'Ban hành các văn bản', null, null, null, null],
      [1, 'Xây dựng, ban hành các văn bản về kiểm soát TTHC năm 2024', 'a) Kế hoạch rà soát.', 'Văn phòng Sở.', 'Các phòng, cơ quan, đơn vị thuộc Sở có liên quan.', 'Tháng 02/2024'],
      [null, null, 'b) Các Chi cục ban hành văn bản.', 'Các Chi cục', 'Văn phòng Sở', 'Quý I'],
      [2, 'Xây dựng TTHC trong dự thảo văn bản', 'Dự thảo văn bản.', 'Các phòng, cơ quan, đơn vị thuộc Sở có liên quan.', 'Văn phòng Sở.', 'Thường xuyên'],
      ['II', 'Rà soát, đơn giản hóa TTHC', null, null, null, null],
      [7, 'Xây dựng Kế hoạch rà soát', 'Kế hoạch của Sở.', 'Văn phòng Sở.', 'Các phòng, cơ quan, đơn vị thuộc Sở có liên quan.', new Date(Date.UTC(2024, 1, 19))],
      [3, '=Đánh giá tác động', '+Báo cáo kết quả', 'Thanh tra Sở', '-', 'Quý II'],
      [null, 'của TTHC (tiếp)', 'đánh giá.', null, null, null],
    ],
    merges: [
      { top: 1, left: 1, bottom: 1, right: 6 },
      { top: 3, left: 4, bottom: 3, right: 5 },
      { top: 3, left: 1, bottom: 4, right: 1 },
      { top: 6, left: 1, bottom: 7, right: 1 },
      { top: 6, left: 2, bottom: 7, right: 2 },
    ],
  };
}

export function handmadePlan(): PlanTable {
  const d = (key: string, result: string, lead: string, support: string, timing: string, rows: [number, number]) => ({
    key,
    result,
    lead,
    support,
    timing,
    timingDate: null,
    override: null,
    rows,
  });
  return {
    sheet: 'Phụ lục',
    year: 2024,
    title: 'Nội dung hoạt động kiểm soát TTHC năm 2024',
    layout: {
      headerRows: [3, 4],
      columns: { stt: 1, content: 2, result: 3, lead: 4, support: 5, timing: 6, override: null },
      lastColumn: 6,
      lastRow: 12,
    },
    sections: [
      { code: 'I', path: 'I', level: 'section', title: 'Ban hành các văn bản', row: 5 },
      { code: 'II', path: 'II', level: 'section', title: 'Rà soát, đơn giản hóa TTHC', row: 9 },
    ],
    tasks: [
      {
        no: 1,
        label: '1',
        id: '1',
        section: 'I',
        group: null,
        content: 'Xây dựng, ban hành các văn bản về kiểm soát TTHC năm 2024',
        deliverables: [
          d('a', 'a) Kế hoạch rà soát.', 'Văn phòng Sở.', 'Các phòng, cơ quan, đơn vị thuộc Sở có liên quan.', 'Tháng 02/2024', [6, 6]),
          d('b', 'b) Các Chi cục ban hành văn bản.', 'Các Chi cục', 'Văn phòng Sở', 'Quý I', [7, 7]),
        ],
        rows: [6, 7],
      },
      {
        no: 2,
        label: '2',
        id: '2',
        section: 'I',
        group: null,
        content: 'Xây dựng TTHC trong dự thảo văn bản',
        deliverables: [d('a', 'Dự thảo văn bản.', 'Các phòng, cơ quan, đơn vị thuộc Sở có liên quan.', 'Văn phòng Sở.', 'Thường xuyên', [8, 8])],
        rows: [8, 8],
      },
      {
        no: 7,
        label: '7',
        id: '7',
        section: 'II',
        group: null,
        content: 'Xây dựng Kế hoạch rà soát',
        deliverables: [d('a', 'Kế hoạch của Sở.', 'Văn phòng Sở.', 'Các phòng, cơ quan, đơn vị thuộc Sở có liên quan.', '19/02/2024', [10, 10])],
        rows: [10, 10],
      },
      {
        no: 3,
        label: '3',
        id: '3',
        section: 'II',
        group: null,
        content: '=Đánh giá tác động của TTHC (tiếp)',
        deliverables: [d('a', '+Báo cáo kết quả đánh giá.', 'Thanh tra Sở', '-', 'Quý II', [11, 12])],
        rows: [11, 12],
      },
    ],
    warnings: [],
  };
}

const unitStatus = (unit: string, role: 'lead' | 'support', status: StatusKey, nextDue: string | null): UnitStatus => ({ unit, role, status, nextDue });

export const CHI_CUC = ['Chi cục Thủy sản', 'Chi cục Kiểm lâm', 'Chi cục Thủy lợi', 'Chi cục Chăn nuôi và Thú y'];

/**
 * Statuses at 10/03/2024: 1a overdue (Văn phòng Sở), 1b due soon for three chi cục and done for
 * Chi cục Thủy sản, 2 ongoing, 7 overdue, 3 pending (Thanh tra Sở).
 */
export function handmadeStatus(): PlanStatus {
  const ds = (taskNo: number, key: string, status: StatusKey, nextDue: string | null, units: UnitStatus[], rows: [number, number]): DeliverableStatus => ({
    taskId: String(taskNo),
    key,
    schedule: { kind: 'once', due: nextDue ? [nextDue] : [], adhoc: false },
    status,
    nextDue,
    units,
    unresolved: [],
    rows,
  });
  return {
    asOf: '2024-03-10',
    window: 7,
    year: 2024,
    deliverables: [
      ds(1, 'a', 'overdue', '2024-02-29', [unitStatus('Văn phòng Sở', 'lead', 'overdue', '2024-02-29'), unitStatus('Chi cục Thủy sản', 'support', 'overdue', '2024-02-29')], [6, 6]),
      ds(
        1,
        'b',
        'due-soon',
        '2024-03-16',
        [
          unitStatus('Chi cục Thủy sản', 'lead', 'done', null),
          ...CHI_CUC.slice(1).map((u) => unitStatus(u, 'lead', 'due-soon', '2024-03-16')),
          unitStatus('Văn phòng Sở', 'support', 'due-soon', '2024-03-16'),
        ],
        [7, 7],
      ),
      ds(2, 'a', 'ongoing', null, [unitStatus('Chi cục Thủy sản', 'lead', 'ongoing', null), unitStatus('Văn phòng Sở', 'support', 'ongoing', null)], [8, 8]),
      ds(7, 'a', 'overdue', '2024-02-19', [unitStatus('Văn phòng Sở', 'lead', 'overdue', '2024-02-19')], [10, 10]),
      ds(3, 'a', 'pending', '2024-06-30', [unitStatus('Thanh tra Sở', 'lead', 'pending', '2024-06-30')], [11, 12]),
    ],
    warnings: [],
  };
}

/**
 * A plan of `n` one-deliverable tasks in one section (rows 3 … n + 2), with statuses cycling
 * through every status and groups of 13 lead units, for size tests.
 */
export function largePlanAndStatus(n: number): { plan: PlanTable; status: PlanStatus } {
  const keys: StatusKey[] = ['overdue', 'due-soon', 'pending', 'unscheduled', 'ongoing', 'done'];
  const units = Array.from({ length: 13 }, (_, i) => `Đơn vị ${i + 1}`);
  const tasks = Array.from({ length: n }, (_, i) => ({
    no: i + 1,
    label: String(i + 1),
    id: String(i + 1),
    section: 'I',
    group: null,
    content: `Nội dung công việc số ${i + 1} với một đoạn mô tả khá dài để kiểm tra việc ngắt dòng`,
    deliverables: [
      { key: 'a', result: `Kết quả ${i + 1}`, lead: 'Các phòng, cơ quan, đơn vị thuộc Sở', support: 'Văn phòng Sở', timing: 'Hàng quý', timingDate: null, override: null, rows: [i + 4, i + 4] as [number, number] },
    ],
    rows: [i + 4, i + 4] as [number, number],
  }));
  const plan: PlanTable = {
    ...handmadePlan(),
    layout: { headerRows: [1, 2], columns: { stt: 1, content: 2, result: 3, lead: 4, support: 5, timing: 6, override: null }, lastColumn: 6, lastRow: n + 3 },
    sections: [{ code: 'I', path: 'I', level: 'section', title: 'Mục I', row: 3 }],
    tasks,
  };
  const status: PlanStatus = {
    asOf: '2024-03-10',
    window: 7,
    year: 2024,
    deliverables: tasks.map((t, i) => ({
      taskId: t.id,
      key: 'a',
      schedule: { kind: 'recurring', due: ['2024-03-16'], adhoc: false },
      status: keys[i % keys.length],
      nextDue: '2024-03-16',
      units: units.map((unit, u) => unitStatus(unit, 'lead', keys[(i + (u % 2)) % keys.length], '2024-03-16')),
      unresolved: [],
      rows: t.rows,
    })),
    warnings: [],
  };
  return { plan, status };
}
