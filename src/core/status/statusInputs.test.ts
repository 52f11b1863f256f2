import type { PlanTable } from '../plan/model';
import { DEFAULT_UNIT_DIRECTORY } from '../units/directory';
import { statusInputsOf } from './statusInputs';

const plan: PlanTable = {
  sheet: 'Phụ lục',
  year: 2024,
  title: null,
  sections: [],
  warnings: [],
  layout: { headerRows: [1, 2], columns: { stt: 1, content: 2, result: 3, lead: 4, support: 5, timing: 6, override: null }, lastColumn: 6, lastRow: 3 },
  tasks: [
    {
      no: 7,
      label: '7',
      id: '7',
      section: 'I',
      group: null,
      content: '',
      rows: [3, 3],
      deliverables: [{ key: 'a', result: '', lead: 'Chi cục Thủy sản', support: '', timing: 'Quý I', timingDate: null, override: null, rows: [3, 3] }],
    },
  ],
};
const planGrid = { name: 'Phụ lục', values: [], merges: [] };

describe('statusInputsOf', () => {
  test('no directory or tracking sheet: the default directory, no completions, no findings', () => {
    expect(statusInputsOf([planGrid], plan)).toEqual({
      directory: DEFAULT_UNIT_DIRECTORY,
      directoryLine: expect.stringMatching(/^Danh mục đơn vị: danh mục mặc định/),
      tracking: [],
      sheets: { directory: null, tracking: null },
      findings: [],
    });
  });

  test('both sheets, names matched loosely; the tracking sheet is read against the directory sheet', () => {
    const r = statusInputsOf(
      [
        planGrid,
        { name: 'DANH MUC DON VI', merges: [], values: [['Tên đơn vị', 'Tên viết tắt', 'Giải quyết TTHC'], ['Chi cục Thủy sản', 'TS', 'x']] },
        { name: 'Theo dõi thực hiện', merges: [], values: [['STT', 'Đơn vị', 'Ngày hoàn thành'], [7, 'TS', '01/03/2024'], [8, null, '01/03/2024']] },
      ],
      plan,
    );
    expect(r.directory.source).toBe('sheet');
    expect(r.sheets).toEqual({ directory: 'DANH MUC DON VI', tracking: 'Theo dõi thực hiện' });
    expect(r.tracking).toEqual([{ row: 2, taskId: '7', key: 'a', unit: 'Chi cục Thủy sản', period: null, done: '2024-03-01', note: '' }]);
    expect(r.findings).toEqual([expect.objectContaining({ sheet: 'Theo dõi thực hiện', row: 3 })]);
  });
});
