import type { CellValue } from '../grid';
import type { SheetWrite } from '../write/writePlan';
import { STATUS_PALETTE } from './palette';
import { ALL_UNITS_SHEET, ISSUER_BLANK, STATUS_SHEET_ROWS, statusSheetWrite, unitSheetName } from './statusSheet';
import { statusText } from '../status/labels';
import { handmadePlan, handmadeStatus } from '../../../test/highlight/handmadePlan';

const rows = (w: SheetWrite): CellValue[][] => w.values[0].values;
/** Rows of the table body: from the first body row to the blank row above the signature block. */
const SIGNATURE_ROWS = 7;
const bodyOf = (w: SheetWrite): CellValue[][] => rows(w).slice(STATUS_SHEET_ROWS.firstBody - 1, -SIGNATURE_ROWS);
const fillOfRow = (w: SheetWrite, row: number): string | null | undefined => {
  let fill: string | null | undefined;
  for (const f of w.formats) if (f.format.fill !== undefined && f.range.top <= row && row <= f.range.bottom && f.range.left === 1) fill = f.format.fill;
  return fill;
};

describe('unitSheetName', () => {
  test.each([
    ['Chi cục Thủy sản', undefined, 'Tiến độ - Chi cục Thủy sản'],
    ['Văn phòng Sở', undefined, 'Tiến độ - Văn phòng Sở'],
    ['Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản', undefined, 'Tiến độ - CC Quản lý chất lượng'],
    ['Trung tâm Nước sạch và Vệ sinh môi trường nông thôn', undefined, 'Tiến độ - TT Nước sạch & Vệ'],
    ['Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản', 'CC QLCL NLS&TS', 'Tiến độ - CC QLCL NLS&TS'],
    ['Phòng A/B: [Kế hoạch]*?', undefined, 'Tiến độ - Phòng A B Kế hoạch'],
    // A directory row with an empty short name: the name, never "Tiến độ - ".
    ['Chi cục Thủy sản', '', 'Tiến độ - Chi cục Thủy sản'],
  ])('%s (short %s) → %s', (unit, short, expected) => {
    const name = unitSheetName(unit, short);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[[\]:*?/\\]/);
  });
});

describe('statusSheetWrite, all units', () => {
  const w = statusSheetWrite(handmadePlan(), handmadeStatus(), { asOf: '2024-03-10' });
  const R = STATUS_SHEET_ROWS;

  test('title, unit and as-of date, legend with counts, header', () => {
    expect(w.sheet).toBe(ALL_UNITS_SHEET);
    expect(w.mode).toBe('create');
    expect(rows(w)[R.title - 1][0]).toBe('TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH KIỂM SOÁT TTHC NĂM 2024');
    expect(rows(w)[R.subtitle - 1][0]).toBe('Đơn vị: Tất cả các đơn vị — Tính đến ngày 10/03/2024');
    expect(rows(w)[R.legend - 1].slice(0, 3)).toEqual(['Chú giải:', `${statusText('overdue')}: 2`, `${statusText('due-soon')}: 1`]);
    expect(rows(w)[R.header - 1]).toEqual(['STT', 'Nội dung công việc', 'Kết quả', 'Chủ trì', 'Phối hợp', 'Thời gian', 'Hạn tiếp theo', 'Trạng thái']);
  });

  test('grouped by section, one row per deliverable, coloured by status', () => {
    const body = bodyOf(w);
    expect(body.map((r) => r[0])).toEqual(['I', '1a', '1b', '2', 'II', '7', '3']);
    expect(body[0][1]).toBe('Ban hành các văn bản');
    expect(body[1][1]).toBe('Xây dựng, ban hành các văn bản về kiểm soát TTHC năm 2024');
    expect(body[2][1]).toBe('');
    expect(body[1][6]).toEqual(new Date(Date.UTC(2024, 1, 29)));
    expect(body[1][7]).toBe(statusText('overdue'));
    expect(body[2][7]).toContain('3 đơn vị khác');
    expect(body[3][7]).toBe(statusText('ongoing'));
    expect(fillOfRow(w, R.firstBody + 1)).toBe(STATUS_PALETTE.overdue.fill);
    expect(fillOfRow(w, R.firstBody + 2)).toBe(STATUS_PALETTE['due-soon'].fill);
    expect(fillOfRow(w, R.firstBody + 3)).toBe(STATUS_PALETTE.ongoing.fill);
    expect(fillOfRow(w, R.firstBody + 5)).toBe(STATUS_PALETTE.overdue.fill);
  });

  test('a group in one state says how many units; the legend entries are wide enough (narrow columns merged)', () => {
    const status = handmadeStatus();
    const same = { ...status, deliverables: status.deliverables.map((d) => (d.taskId === '1' && d.key === 'b' ? { ...d, units: d.units.map((u) => ({ ...u, status: 'due-soon' as const, nextDue: '2024-03-16' })) } : d)) };
    const sheet = statusSheetWrite(handmadePlan(), same, { asOf: '2024-03-10' });
    expect(rows(sheet)[R.firstBody + 1][7]).toBe(`${statusText('due-soon')} (4 đơn vị)`);
    const legendMerges = w.merges.filter((m) => m.top === R.legend);
    expect(legendMerges).toEqual([{ top: R.legend, left: 6, bottom: R.legend, right: 7 }]);
    expect(rows(w)[R.legend - 1][5]).toBe(`${statusText('ongoing')}: 1`);
    expect(rows(w)[R.legend - 1][7]).toBe(`${statusText('done')}: 0`);
  });

  test('tasks outside the listed sections are still shown, after them', () => {
    const plan = handmadePlan();
    const orphan = { ...plan, sections: plan.sections.slice(0, 1) };
    const body = bodyOf(statusSheetWrite(orphan, handmadeStatus(), { asOf: '2024-03-10' }));
    expect(body.map((r) => r[0])).toEqual(['I', '1a', '1b', '2', 'II', '7', '3']);
    const none = { ...plan, sections: [], tasks: plan.tasks.map((t) => ({ ...t, section: '' })) };
    expect(bodyOf(statusSheetWrite(none, handmadeStatus(), { asOf: '2024-03-10' })).map((r) => r[0])).toEqual(['1a', '1b', '2', '7', '3']);
  });

  test('the whole sheet is set in one named font, so bold cells print in the same family', () => {
    const w = statusSheetWrite(handmadePlan(), handmadeStatus(), { asOf: '2024-03-10' });
    const last = rows(w).length;
    expect(w.formats[0]).toEqual({ range: { top: 1, left: 1, bottom: last, right: rows(w)[0].length }, format: { fontName: 'Times New Roman' } });
    expect(w.formats.slice(1).every((f) => f.format.fontName === undefined)).toBe(true);
  });

  test('a section code used twice lists each task once, under the heading above it', () => {
    const plan = handmadePlan();
    const twice = { ...plan, sections: plan.sections.map((sec) => ({ ...sec, code: 'I' })), tasks: plan.tasks.map((t) => ({ ...t, section: 'I' })) };
    const body = bodyOf(statusSheetWrite(twice, handmadeStatus(), { asOf: '2024-03-10' }));
    expect(body.map((r) => r[0])).toEqual(['I', '1a', '1b', '2', 'I', '7', '3']);
  });

  test('formula-looking text stays in the plan as plain strings', () => {
    expect(rows(w)[R.firstBody + 5][1]).toBe('=Đánh giá tác động của TTHC (tiếp)');
  });

  test('page setup: A4 landscape, one page wide, header repeated, footer with pages and date, print area', () => {
    expect(w.pageSetup).toMatchObject({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      printTitleRows: [R.header, R.header],
      printArea: { top: 1, left: 1, bottom: R.firstBody + 6 + SIGNATURE_ROWS, right: 8 },
    });
    expect(w.pageSetup?.footer).toMatch(/^&CTrang &P\/&N/);
    expect(w.pageSetup?.footer).toContain('10/03/2024');
    expect(w.freeze).toEqual({ rows: R.header, cols: 0 });
  });

  test('issuing body top left (given, else a line to fill), date line top right, signature block under the table', () => {
    expect(rows(w)[R.issuer - 1][0]).toBe(ISSUER_BLANK);
    expect(rows(w)[R.issuer - 1][5]).toBe('Quảng Ngãi, ngày 10 tháng 3 năm 2024');
    const signed = statusSheetWrite(handmadePlan(), handmadeStatus(), { asOf: '2024-03-10', issuer: 'UBND TỈNH QUẢNG NGÃI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', place: 'Đồng Nai' });
    expect(rows(signed)[R.issuer - 1][0]).toBe('UBND TỈNH QUẢNG NGÃI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
    expect(rows(signed)[R.issuer - 1][5]).toBe('Đồng Nai, ngày 10 tháng 3 năm 2024');
    expect(signed.rowHeights?.find((h) => h.row === R.issuer)?.height).toBeGreaterThanOrEqual(30);
    const tail = rows(w).slice(-SIGNATURE_ROWS);
    expect(tail[1][0]).toBe('Người lập');
    expect(tail[1][5]).toBe('Lãnh đạo đơn vị');
    expect(tail[2][0]).toBe('(Ký, ghi rõ họ tên)');
  });

  test('row heights grow with long text and stay within Excel’s limit', () => {
    const height = (row: number) => w.rowHeights?.find((h) => h.row === row)?.height ?? 0;
    expect(height(R.firstBody + 1)).toBeGreaterThan(height(R.firstBody + 6));
    for (const h of w.rowHeights ?? []) expect(h.height).toBeLessThanOrEqual(409);
  });
});

describe('statusSheetWrite, one unit', () => {
  const w = statusSheetWrite(handmadePlan(), handmadeStatus(), { asOf: '2024-03-10', unit: 'Chi cục Thủy sản' });
  const R = STATUS_SHEET_ROWS;

  test('only its deliverables, with its role and its own status; sections without any are left out', () => {
    expect(w.sheet).toBe('Tiến độ - Chi cục Thủy sản');
    expect(rows(w)[R.subtitle - 1][0]).toBe('Đơn vị: Chi cục Thủy sản — Tính đến ngày 10/03/2024');
    expect(rows(w)[R.header - 1]).toContain('Vai trò');
    const body = bodyOf(w);
    expect(body.map((r) => r[0])).toEqual(['I', '1a', '1b', '2']);
    expect(body.slice(1).map((r) => [r[6], r[8]])).toEqual([
      ['Phối hợp', statusText('overdue')],
      ['Chủ trì', statusText('done')],
      ['Chủ trì', statusText('ongoing')],
    ]);
    expect(rows(w)[R.legend - 1]).toContain(`${statusText('done')}: 1`);
    // Nine columns: the two narrow pairs are merged so each legend entry has room.
    expect(w.merges.filter((m) => m.top === R.legend)).toEqual([
      { top: R.legend, left: 6, bottom: R.legend, right: 7 },
      { top: R.legend, left: 8, bottom: R.legend, right: 9 },
    ]);
  });
});
