import { computeForms } from '../../src/core/forms/computeForms';
import type { SheetGrid } from '../../src/core/grid';
import { reportPeriod } from '../../src/core/periods/periods';
import { NO_CHANNEL_MESSAGE, readRegister } from '../../src/core/register/readRegister';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { buildRegisterXlsx, buildSampleRegister, day, sampleRegisterRows, type RegisterSpec } from '../fixtures/registers';

async function gridOf(spec: RegisterSpec): Promise<SheetGrid> {
  const book = await FileWorkbook.open(await buildRegisterXlsx(spec), 'so.xlsx');
  return book.readSheet(spec.sheet ?? 'Sổ theo dõi');
}

describe('readRegister: layouts of other one-stop systems', () => {
  test('two-row header ("Ngày" over three dates), other names and order, cover sheet', async () => {
    const grid = await gridOf({
      sheetsBefore: ['Bìa'],
      titleLines: ['DANH SÁCH HỒ SƠ'],
      header: [
        ['Số hồ sơ', 'Thủ tục', 'Lĩnh vực', 'Kênh', 'Ngày', null, null, 'Tình trạng', 'Nguyên nhân'],
        [null, null, null, null, 'Nhận', 'Hạn xử lý', 'Trả', null, null],
      ],
      merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:G2', 'H2:H3', 'I2:I3'],
      rows: [
        ['X1', 'Thủ tục A', 'Lâm nghiệp', 'Online', '02/01/2024', '10/01/2024', '09/01/2024', 'Hoàn thành', null],
        ['X2', 'Thủ tục A', 'LÂM NGHIỆP', 'Bưu điện', '03/01/2024', '10/01/2024', null, 'Đang xử lý', 'Thiếu hồ sơ gốc'],
      ],
    });
    const read = readRegister(grid);
    expect(read.headerRow).toBe(3);
    expect(read.columns).toEqual({ code: 1, procedure: 2, field: 3, channel: 4, received: 5, due: 6, resolved: 7, status: 8, reason: 9 });
    expect(read.rejected).toEqual([]);
    const { ii05a, ii06a } = computeForms(read.dossiers, reportPeriod(2024, 'Q1'));
    expect(ii05a.rows).toEqual([{ field: 'Lâm nghiệp', c3: 2, c4: 1, c5: 1, c6: 0, c7: 1, c8: 1, c9: 0, c10: 0, c11: 1, c12: 0, c13: 1 }]);
    expect(ii06a.rows).toMatchObject([{ field: 'Lâm nghiệp', procedure: 'Thủ tục A', count: 1, reason: 'Thiếu hồ sơ gốc', codes: ['X2'] }]);
  });

  test('"Ngày hẹn trả" and "Ngày trả" are told apart, "Mã TTHC" is not the procedure name', async () => {
    const grid = await gridOf({
      header: [['Mã TTHC', 'Tên thủ tục hành chính', 'Ngày trả kết quả', 'Ngày hẹn trả kết quả', 'Ngày nhận hồ sơ', 'Hình thức tiếp nhận', 'Lĩnh vực giải quyết']],
      rows: [['1.001', 'TT', day(2024, 1, 9), day(2024, 1, 10), day(2024, 1, 2), 'Trực tiếp', 'Thủy lợi']],
    });
    const read = readRegister(grid);
    expect(read.columns).toMatchObject({ procedure: 2, resolved: 3, due: 4, received: 5, channel: 6, field: 7 });
    expect(read.columns.code).toBeUndefined();
    expect(read.dossiers[0]).toMatchObject({ received: '2024-01-02', due: '2024-01-10', resolved: '2024-01-09', channel: 'direct' });
  });

  test('a column that cannot be placed is named; the officer maps it and reading goes on', async () => {
    const spec: RegisterSpec = {
      header: [['Mã hồ sơ', 'Lĩnh vực', 'Tên TTHC', 'Cột 4', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả']],
      rows: [['M1', 'Thủy sản', 'TT', 'Trực tuyến', day(2024, 1, 2), day(2024, 1, 5), day(2024, 1, 4)]],
    };
    const grid = await gridOf(spec);
    const unplaced = readRegister(grid);
    expect(unplaced.dossiers).toEqual([]);
    expect(unplaced.findings).toEqual([
      {
        sheet: 'Sổ theo dõi',
        row: 1,
        severity: 'error',
        message: NO_CHANNEL_MESSAGE,
      },
    ]);
    const mapped = readRegister(grid, { mapping: { channel: 4 } });
    expect(mapped.dossiers).toMatchObject([{ row: 2, code: 'M1', channel: 'online', resolved: '2024-01-04' }]);
    expect(mapped.findings.map((f) => f.severity)).toEqual(['warning', 'warning']);
  });

  test('a mapping wins over what the header says', async () => {
    const grid = await gridOf({
      header: [['Mã hồ sơ', 'Lĩnh vực', 'Lĩnh vực cũ', 'Kênh', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả']],
      rows: [['M1', 'Thủy sản', 'Nông nghiệp', 'Trực tuyến', day(2024, 1, 2), day(2024, 1, 5), null]],
    });
    expect(readRegister(grid).dossiers[0].field).toBe('Thủy sản');
    expect(readRegister(grid, { mapping: { field: 3 } }).dossiers[0].field).toBe('Nông nghiệp');
  });

  test('a sheet that is not a register says so', async () => {
    const grid = await gridOf({ header: [['Họ tên', 'Chức vụ']], rows: [['Nguyễn Văn A', 'Chuyên viên']] });
    const read = readRegister(grid);
    expect(read.headerRow).toBeNull();
    expect(read.findings).toHaveLength(1);
    expect(read.findings[0].message).toContain('Không tìm thấy dòng tiêu đề');
  });

  test.each([
    [['R', 'Thủy sản', 'TT', 'Trực tuyến', '10/01/2024', '', null, 'Đang giải quyết'], 'Hồ sơ R: thiếu ngày hẹn trả'],
    [['R', 'Thủy sản', 'TT', 'Trực tuyến', '10/13/2024', '20/01/2024', null, ''], 'Hồ sơ R: ngày tiếp nhận "10/13/2024" không đọc được'],
    [['R', 'Thủy sản', 'TT', 'Trực tuyến', '10/01/2024', '20/01/2024', 'sớm', ''], 'Hồ sơ R: ngày có kết quả "sớm" không đọc được'],
    [['R', 'Thủy sản', 'TT', 'Trực tuyến', '10/01/2024', '20/01/2024', '09/01/2024', ''], 'Hồ sơ R: ngày có kết quả (09/01/2024) trước ngày tiếp nhận (10/01/2024)'],
    [['R', 'Thủy sản', 'TT', '', '10/01/2024', '20/01/2024', null, ''], 'Hồ sơ R: thiếu kênh nộp hồ sơ'],
    [['R', '', 'TT', 'Trực tiếp', '10/01/2024', '20/01/2024', null, ''], 'Hồ sơ R: thiếu lĩnh vực'],
    [['R', 'Thủy sản', 'TT', 'Trực tiếp', '10/01/2024', '20/01/2024', null, 'Đã giải quyết'], 'Hồ sơ R: trạng thái "Đã giải quyết" nhưng không có ngày có kết quả'],
    [['', 'Thủy sản', 'TT', 'Trực tiếp', null, '20/01/2024', null, ''], 'Thiếu ngày tiếp nhận'],
  ])('row %j is rejected: %s', async (row, message) => {
    const grid = await gridOf({
      header: [['Mã hồ sơ', 'Lĩnh vực', 'Tên TTHC', 'Kênh', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Trạng thái', 'Lý do quá hạn']],
      rows: [['OK', 'Thủy sản', 'TT', 'Trực tiếp', '10/01/2024', '20/01/2024', null, ''], row],
    });
    const read = readRegister(grid);
    expect(read.dossiers.map((d) => d.code)).toEqual(['OK']);
    expect(read.rejected).toHaveLength(1);
    expect(read.rejected[0].row).toBe(3);
    expect(read.rejected[0].message).toBe(`${message}. Dòng này không được tính vào biểu.`);
  });

  test('a repeated dossier code is counted once; unknown status words are one warning each', async () => {
    const grid = await gridOf({
      header: [['Mã hồ sơ', 'Lĩnh vực', 'Kênh', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Trạng thái']],
      rows: [
        ['D', 'Thủy sản', 'Trực tiếp', '10/01/2024', '20/01/2024', null, 'Lưu kho'],
        ['E', 'Thủy sản', 'Trực tiếp', '10/01/2024', '20/01/2024', null, 'Lưu kho'],
        ['D', 'Thủy sản', 'Trực tiếp', '10/01/2024', '20/01/2024', null, ''],
      ],
    });
    const read = readRegister(grid);
    expect(read.dossiers.map((d) => d.row)).toEqual([2, 3]);
    expect(read.rejected.map((f) => [f.row, f.message])).toEqual([[4, 'Hồ sơ D: trùng mã hồ sơ với dòng 2. Dòng này không được tính vào biểu.']]);
    expect(read.findings.filter((f) => f.message.includes('Lưu kho'))).toEqual([
      expect.objectContaining({ row: 2, severity: 'warning', message: expect.stringContaining('(2 hồ sơ)') }),
    ]);
  });
});

describe('readRegister + computeForms on large registers', () => {
  test('the sample register reads whole and its forms keep the rules', async () => {
    const book = await FileWorkbook.open(await buildSampleRegister({ count: 500, seed: 3 }), 'mau.xlsx');
    const read = readRegister(await book.readSheet('Sổ theo dõi hồ sơ'));
    expect(read.rejected).toEqual([]);
    expect(read.dossiers).toHaveLength(500);
    const { ii05a, ii06a, findings } = computeForms(read.dossiers, reportPeriod(2024, 'Q1'));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(ii05a.total.c3).toBeGreaterThan(0);
    expect(ii06a.rows.reduce((n, r) => n + r.count, 0)).toBe(ii05a.total.c13);
  });

  // About 0.3 s on an idle machine; the bound only catches non-linear work (the CI box is shared).
  test('100 000 dossiers read and count in a few seconds at most', () => {
    const values = [['SỔ THEO DÕI'], ...sampleRegisterRows({ count: 100_000, seed: 11 })];
    const grid: SheetGrid = { name: 'Sổ', values, merges: [] };
    const started = performance.now();
    const read = readRegister(grid);
    const result = computeForms(read.dossiers, reportPeriod(2024, 'Q1'));
    const ms = performance.now() - started;
    expect(read.dossiers).toHaveLength(100_000);
    expect(result.ii05a.total.c3).toBeGreaterThan(10_000);
    expect(ms).toBeLessThan(6000);
  });
});

describe('readRegister: competing columns', () => {
  test('"Ngày có kết quả" wins over "Ngày trả kết quả"; "Hình thức nộp" over "Hình thức trả kết quả"', async () => {
    const grid = await gridOf({
      header: [['Mã hồ sơ', 'Lĩnh vực', 'Hình thức trả kết quả', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Ngày có kết quả']],
      rows: [['M', 'Thủy lợi', 'Bưu chính', 'Trực tuyến', '02/01/2024', '10/01/2024', '12/01/2024', '09/01/2024']],
    });
    const read = readRegister(grid);
    expect(read.columns).toMatchObject({ channel: 4, received: 5, due: 6, resolved: 8 });
    expect(read.dossiers[0]).toMatchObject({ channel: 'online', resolved: '2024-01-09' });
  });
});

describe('readRegister: lĩnh vực given by group rows or merged cells', () => {
  test('group heading rows ("I. LĨNH VỰC …" merged across, "Lĩnh vực …") name the lĩnh vực of the rows below', async () => {
    const grid = await gridOf({
      header: [['STT', 'Mã hồ sơ', 'Tên TTHC', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả']],
      merges: ['A2:G2'],
      rows: [
        ['I. LĨNH VỰC TRỒNG TRỌT'],
        [1, 'T1', 'Cấp phép A', 'Trực tuyến', '02/01/2024', '10/01/2024', '05/01/2024'],
        [2, 'T2', 'Cấp phép A', 'Trực tiếp', '03/01/2024', '10/01/2024', null],
        [null, 'Cộng: 2 hồ sơ'],
        ['Lĩnh vực: Thú y'],
        [1, 'Y1', 'Cấp phép B', 'BCCI', '04/01/2024', '10/01/2024', '12/01/2024'],
        [2, 'Y2'],
      ],
    });
    const read = readRegister(grid);
    expect(read.dossiers.map((d) => [d.code, d.field])).toEqual([
      ['T1', 'TRỒNG TRỌT'],
      ['T2', 'TRỒNG TRỌT'],
      ['Y1', 'Thú y'],
    ]);
    expect(read.rejected.map((f) => f.row)).toEqual([8]);
    expect(read.findings.map((f) => f.message)).toEqual(['Không thấy cột "Trạng thái"; các dòng được đọc không có thông tin này.', 'Không thấy cột "Lý do quá hạn"; các dòng được đọc không có thông tin này.']);
  });

  test('lĩnh vực and TTHC merged down over their dossiers', async () => {
    const grid = await gridOf({
      header: [['Lĩnh vực', 'Tên TTHC', 'Mã hồ sơ', 'Kênh', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả']],
      merges: ['A2:A4', 'B2:B3'],
      rows: [
        ['Thủy lợi', 'Cấp phép C', 'L1', 'Trực tuyến', '02/01/2024', '10/01/2024', null],
        [null, null, 'L2', 'Trực tuyến', '02/01/2024', '10/01/2024', null],
        [null, 'Cấp phép D', 'L3', 'Trực tuyến', '02/01/2024', '10/01/2024', null],
      ],
    });
    const read = readRegister(grid);
    expect(read.dossiers.map((d) => [d.code, d.field, d.procedure])).toEqual([
      ['L1', 'Thủy lợi', 'Cấp phép C'],
      ['L2', 'Thủy lợi', 'Cấp phép C'],
      ['L3', 'Thủy lợi', 'Cấp phép D'],
    ]);
  });

  test('no lĩnh vực column and no group rows: the column is named as missing', async () => {
    const grid = await gridOf({
      header: [['Mã hồ sơ', 'Tên TTHC', 'Kênh', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả']],
      rows: [['L1', 'Cấp phép C', 'Trực tuyến', '02/01/2024', '10/01/2024', null]],
    });
    const read = readRegister(grid);
    expect(read.dossiers).toEqual([]);
    expect(read.rejected).toEqual([]);
    expect(read.findings).toEqual([expect.objectContaining({ severity: 'error', message: 'Không xác định được cột: Lĩnh vực. Hãy chọn cột tương ứng trong sổ.' })]);
  });
});
