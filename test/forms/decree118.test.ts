import { computeForms } from '../../src/core/forms/computeForms';
import type { CellValue, SheetGrid } from '../../src/core/grid';
import { reportPeriod } from '../../src/core/periods/periods';
import { NO_CHANNEL_MESSAGE, readRegister } from '../../src/core/register/readRegister';

/**
 * Reading a register after Nghị định 118/2025 (SPEC §14): stopped procedures end like a
 * withdrawal, a pause waits, the result's delivery is never the channel, a register without a
 * channel column waits for the officer's choice, the national code's day is checked.
 */
const Q3 = reportPeriod(2025, 'Q3'); // 15/06/2025 – 14/09/2025
const HEADER = ['Mã hồ sơ', 'Lĩnh vực', 'Tên TTHC', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày kết thúc xử lý', 'Trạng thái'];

function register(header: string[], rows: CellValue[][]): SheetGrid {
  return { name: 'Sổ', values: [header, ...rows], merges: [] };
}

describe('stopping and pausing (SPEC §14)', () => {
  // Received 01/07, due 10/07; ended 20/07, ten days late, or still open at the end of the period.
  test.each([
    ['Dừng giải quyết', '20/07/2025', 'c9'],
    ['Dừng thực hiện', '20/07/2025', 'c9'],
    ['Thông báo dừng', '20/07/2025', 'c9'],
    ['Công dân yêu cầu rút hồ sơ', '20/07/2025', 'c9'],
    ['Đã trả kết quả', '20/07/2025', 'c10'],
    ['Tạm dừng', null, 'c12'],
    ['Tạm dừng giải quyết', null, 'c12'],
    ['Đang xử lý', null, 'c13'],
  ])('"%s" → (%s)', (status, ended, column) => {
    const read = readRegister(register(HEADER, [['H48-250701-0001', 'Thủy sản', 'Cấp phép', 'Trực tuyến', '01/07/2025', '10/07/2025', ended, status]]));
    expect(read.rejected).toEqual([]);
    const { total } = computeForms(read.dossiers, Q3).ii05a;
    const outcome = (['c8', 'c9', 'c10', 'c12', 'c13'] as const).filter((k) => total[k] === 1);
    expect(outcome).toEqual([column]);
  });

  test('a stop counts on the stop day: stopped after the period, it is still open in it', () => {
    const read = readRegister(register(HEADER, [['H48-250910-0001', 'Thủy sản', 'Cấp phép', 'Trực tiếp', '10/09/2025', '12/09/2025', '20/09/2025', 'Dừng giải quyết']]));
    expect(computeForms(read.dossiers, Q3).ii05a.total).toMatchObject({ c3: 1, c5: 1, c7: 0, c11: 1, c13: 1 });
  });

  test('a stopped dossier without its stop day is refused, as a withdrawal is', () => {
    const read = readRegister(register(HEADER, [['H48-250701-0001', 'Thủy sản', 'Cấp phép', 'Trực tuyến', '01/07/2025', '10/07/2025', null, 'Thông báo dừng']]));
    expect(read.dossiers).toEqual([]);
    expect(read.rejected.map((f) => f.message)).toEqual(['Hồ sơ H48-250701-0001: trạng thái "Thông báo dừng" nhưng không có ngày có kết quả. Dòng này không được tính vào biểu.']);
  });
});

describe('"Phương thức nhận kết quả" is never the channel', () => {
  const rows: CellValue[][] = [
    ['H48-250701-0001', 'Thủy sản', 'Cấp phép', 'Trực tiếp', 'Trực tuyến', '01/07/2025', '10/07/2025', '05/07/2025'],
    ['H48-250702-0002', 'Thủy sản', 'Cấp phép', 'Trực tuyến', 'Dịch vụ bưu chính', '02/07/2025', '10/07/2025', '05/07/2025'],
  ];

  test('beside the submission channel, whichever comes first', () => {
    const before = ['Mã hồ sơ', 'Lĩnh vực', 'Tên TTHC', 'Hình thức nộp', 'Phương thức nhận kết quả', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả'];
    const after = ['Mã hồ sơ', 'Lĩnh vực', 'Tên TTHC', 'Phương thức nhận kết quả', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả'];
    const swapped = rows.map((r) => [r[0], r[1], r[2], r[4], r[3], ...r.slice(5)]);
    for (const read of [readRegister(register(before, rows)), readRegister(register(after, swapped))]) {
      expect(read.sources.channel?.header).toBe('Hình thức nộp');
      expect(read.dossiers.map((d) => d.channel)).toEqual(['direct', 'online']);
    }
  });

  test('alone, it leaves the register without a channel: refused, never guessed', () => {
    const header = ['Mã hồ sơ', 'Lĩnh vực', 'Tên TTHC', 'Phương thức nhận kết quả', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả'];
    const read = readRegister(register(header, rows.map((r) => [...r.slice(0, 3), ...r.slice(4)])));
    expect(read.channelFrom).toBe('missing');
    expect(read.dossiers).toEqual([]);
    expect(read.findings).toEqual([{ sheet: 'Sổ', row: 1, severity: 'error', message: NO_CHANNEL_MESSAGE }]);
  });
});

describe('a register without a channel column: the officer chooses', () => {
  const header = ['Mã hồ sơ', 'Lĩnh vực', 'Tên TTHC', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả'];
  const rows: CellValue[][] = [
    ['H48-250701-0001', 'Thủy sản', 'Cấp phép', '01/07/2025', '10/07/2025', '05/07/2025'],
    ['H48-250702-0002', 'Trồng trọt', 'Công nhận', '02/07/2025', '10/07/2025', null],
  ];

  test('unchosen: (4)/(5) refused with the reason, nothing counted', () => {
    const read = readRegister(register(header, rows));
    expect(read.findings.map((f) => [f.severity, f.message])).toEqual([['error', NO_CHANNEL_MESSAGE]]);
    expect(read.dossiers).toEqual([]);
  });

  test.each([
    ['online', { c3: 2, c4: 2, c5: 0 }, 'trực tuyến'],
    ['direct', { c3: 2, c4: 0, c5: 2 }, 'trực tiếp, dịch vụ bưu chính'],
  ] as const)('chosen %s', (channel, counts, words) => {
    const read = readRegister(register(header, rows), { channel });
    expect(read.channelFrom).toBe('officer');
    expect(read.rejected).toEqual([]);
    expect(computeForms(read.dossiers, Q3).ii05a.total).toMatchObject(counts);
    expect(read.findings.map((f) => f.message)).toContain(`Sổ không có cột kênh nộp: mọi hồ sơ được tính là nộp ${words}, theo lựa chọn của cán bộ.`);
  });

  test('the choice never overrides a channel column', () => {
    const read = readRegister(register(HEADER, [['H48-250701-0001', 'Thủy sản', 'Cấp phép', 'Trực tuyến', '01/07/2025', '10/07/2025', null, 'Đang xử lý']]), { channel: 'direct' });
    expect(read.channelFrom).toBe('column');
    expect(read.dossiers.map((d) => d.channel)).toEqual(['online']);
  });
});

describe('the national dossier code carries the receipt day', () => {
  test('one warning listing the rows whose Ngày tiếp nhận differs; the figures keep the column', () => {
    const read = readRegister(
      register(HEADER, [
        ['000.00.12.H48-250701-0001', 'Thủy sản', 'Cấp phép', 'Trực tuyến', '01/07/2025 08:30:00', '10/07/2025', null, 'Đang xử lý'],
        ['000.00.12.H48-250701-0002', 'Thủy sản', 'Cấp phép', 'Trực tuyến', '02/07/2025', '10/07/2025', null, 'Đang xử lý'],
        ['HS-03', 'Thủy sản', 'Cấp phép', 'Trực tuyến', '03/07/2025', '10/07/2025', null, 'Đang xử lý'],
        ['000.00.12.H48-250614-0004', 'Thủy sản', 'Cấp phép', 'Trực tuyến', '16/06/2025', '10/07/2025', null, 'Đang xử lý'],
      ]),
    );
    const warnings = read.findings.filter((f) => f.message.startsWith('Mã hồ sơ ghi ngày tiếp nhận'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ sheet: 'Sổ', row: 3, severity: 'warning' });
    expect(warnings[0].message).toContain('ở 2 dòng: dòng 3 (mã ghi 01/07/2025, sổ ghi 02/07/2025); dòng 5 (mã ghi 14/06/2025, sổ ghi 16/06/2025)');
    expect(read.dossiers.map((d) => d.received)).toEqual(['2025-07-01', '2025-07-02', '2025-07-03', '2025-06-16']);
  });
});
