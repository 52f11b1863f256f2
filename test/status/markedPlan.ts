import type { Deliverable, PlanTable } from '../../src/core/plan/model';

/** [timing, status cell, done-day cell, lead, support] of one task. */
export type MarkedRow = [string, string, string | null, string?, string?];

/**
 * A hand-built plan of one deliverable per task, with the plan's own status and "Ngày hoàn thành"
 * cells set (SPEC §12), as the reader gives them: task i on sheet row i + 2, lead Chi cục Thủy sản
 * unless told.
 */
export function markedPlan(rows: readonly MarkedRow[], year = 2025): PlanTable {
  return {
    sheet: 'Kế hoạch',
    year,
    title: null,
    layout: { headerRows: [1, 1], columns: { stt: 1, content: 2, result: 3, lead: 4, support: 5, timing: 6, override: null }, lastColumn: 8, lastRow: rows.length + 1 },
    sections: [],
    tasks: rows.map(([timing, statusText, doneDay, lead = 'Chi cục Thủy sản', support = ''], i) => {
      const d: Deliverable = { key: 'a', result: `Kết quả ${i + 1}`, lead, support, timing, timingDate: null, override: null, rows: [i + 2, i + 2], statusText, doneDay };
      return { no: i + 1, label: String(i + 1), id: String(i + 1), section: '', group: null, content: `Nhiệm vụ ${i + 1}`, deliverables: [d], rows: [i + 2, i + 2] };
    }),
    warnings: [],
  };
}
