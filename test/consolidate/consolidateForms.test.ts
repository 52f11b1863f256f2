import { consolidateForms, startConsolidation, type UnitFileInput } from '../../src/core/consolidate/consolidateForms';
import { II05A_COUNT_KEYS } from '../../src/core/forms/definitions';
import { parsePeriodCode } from '../../src/core/periods/periods';
import { FileWorkbook, WorkbookOpenError } from '../../src/workbook/file/fileWorkbook';
import { consistentRow, gridsOfBytes, unitWorkbookBytes, Q1_2024, Q4_2023 } from '../fixtures/unitForms';
import { badFiles, goodFiles, EXPECTED_DEPARTMENT, EXPECTED_MISSING, EXPECTED_TOTAL, GOOD_SPECS } from '../fixtures/unitFormsSet';

const Q1 = parsePeriodCode('2024-Q1')!;

/** Opens bytes the way the CLI does: a file that fails carries its Vietnamese reason. */
async function inputOf(file: string, bytes: Uint8Array): Promise<UnitFileInput> {
  try {
    await FileWorkbook.open(bytes, file);
    return { file, grids: await gridsOfBytes(bytes, file) };
  } catch (err) {
    if (err instanceof WorkbookOpenError) return { file, openError: err.message };
    throw err;
  }
}

function countsRow(r: Record<string, unknown>): number[] {
  return II05A_COUNT_KEYS.map((k) => r[k] as number);
}

describe('consolidateForms on units filled the way units fill them', () => {
  let good: UnitFileInput[];
  let bad: (UnitFileInput & { reason: RegExp })[];
  beforeAll(async () => {
    good = await Promise.all((await goodFiles()).map((f) => inputOf(f.file, f.bytes)));
    bad = await Promise.all((await badFiles()).map(async (f) => ({ ...(await inputOf(f.file, f.bytes)), reason: f.reason })));
  });

  test('good files alone sum to the hand-worked department II.05a', () => {
    const result = consolidateForms(good, { period: Q1 });
    expect(result.files.map((f) => [f.file, f.status, f.reason])).toEqual(Object.keys(GOOD_SPECS).map((f) => [f, 'accepted', undefined]));
    expect(result.ii05a.rows.map((r) => [r.field, ...countsRow(r)])).toEqual(EXPECTED_DEPARTMENT);
    expect(countsRow(result.ii05a.total)).toEqual(EXPECTED_TOTAL);
    expect(result.missingUnits).toEqual(EXPECTED_MISSING);
  });

  test('units are named as the directory names them, whatever the header spelling', () => {
    const result = consolidateForms(good, { period: Q1 });
    expect(result.files.map((f) => f.unit)).toEqual(['Chi cục Thủy sản', 'Chi cục Chăn nuôi và Thú y', 'Chi cục Trồng trọt và Bảo vệ thực vật', 'Chi cục Kiểm lâm']);
    expect(result.files.map((f) => f.period)).toEqual(['Quý I/2024', 'Quý I/2024', 'Quý I/2024', 'Quý I/2024']);
  });

  test('II.06a lists every unit’s rows with the unit named and its text kept as typed', () => {
    const result = consolidateForms(good, { period: Q1 });
    expect(result.ii06a.rows.map((r) => [r.unit, r.field, r.procedure, r.count, r.reason])).toEqual([
      ['Chi cục Thủy sản', 'Thủy sản', 'Cấp giấy chứng nhận cơ sở đủ điều kiện nuôi trồng thủy sản', 1, '=HYPERLINK("http://x","y")'],
      ['Chi cục Chăn nuôi và Thú y', 'Thú y', 'Cấp giấy chứng nhận kiểm dịch động vật', 1, '+ chờ bổ sung hồ sơ'],
      ['Chi cục Chăn nuôi và Thú y', 'Thú y', 'Cấp chứng chỉ hành nghề thú y', 1, '-Thiếu cán bộ thẩm định'],
      ['Chi cục Trồng trọt và Bảo vệ thực vật', 'TRỒNG TRỌT', 'Cấp giấy chứng nhận lưu hành giống cây trồng', 1, '@Chờ ý kiến của Bộ'],
    ]);
    expect(result.ii06a.rows.reduce((t, r) => t + r.count, 0)).toBe(result.ii05a.total.c13);
  });

  test('bad files are rejected with their reason and the good ones still consolidate to the same sums', () => {
    // Bad files first and interleaved: order must not matter, and the duplicate comes after its original.
    const files = [bad[0], good[0], bad[3], good[1], bad[1], bad[4], good[2], bad[2], bad[5], good[3], bad[6]];
    const result = consolidateForms(files, { period: Q1 });
    expect(result.files.map((f) => f.file)).toEqual(files.map((f) => f.file));
    for (const b of bad) {
      const outcome = result.files.find((f) => f.file === b.file)!;
      expect([b.file, outcome.status]).toEqual([b.file, 'rejected']);
      expect(outcome.reason).toMatch(b.reason);
    }
    expect(result.files.filter((f) => f.status === 'accepted').map((f) => f.file)).toEqual(good.map((g) => g.file));
    expect(result.ii05a.rows.map((r) => [r.field, ...countsRow(r)])).toEqual(EXPECTED_DEPARTMENT);
    expect(countsRow(result.ii05a.total)).toEqual(EXPECTED_TOTAL);
    expect(result.missingUnits).toEqual(EXPECTED_MISSING);
  });

  test('a rejected first copy does not block the unit’s good copy that follows', async () => {
    const wrong = await inputOf('ts-cu.xlsx', await unitWorkbookBytes({ ...GOOD_SPECS['thuy-san.xlsx'], period: Q4_2023 }));
    const result = consolidateForms([wrong, good[0]], { period: Q1 });
    expect(result.files.map((f) => f.status)).toEqual(['rejected', 'accepted']);
  });

  test('II.06a that does not add up to II.05a (13) rejects the file', async () => {
    const spec = { ...GOOD_SPECS['thuy-san.xlsx'], ii06a: [{ ...GOOD_SPECS['thuy-san.xlsx'].ii06a[0], count: 3 }] };
    const result = consolidateForms([await inputOf('x.xlsx', await unitWorkbookBytes(spec))], { period: Q1 });
    expect(result.files[0].status).toBe('rejected');
    expect(result.files[0].reason).toMatch(/II\.06a \(3\) khác cột \(13\) của biểu II\.05a \(1\)/);
  });

  test('a missing II.06a while (13) has overdue dossiers is a warning, not a rejection', async () => {
    const spec = { ...GOOD_SPECS['thuy-san.xlsx'], style: { noIi06a: true } };
    const result = consolidateForms([await inputOf('x.xlsx', await unitWorkbookBytes(spec))], { period: Q1 });
    expect(result.files[0].status).toBe('accepted');
    expect(result.files[0].warnings.join('\n')).toMatch(/Cột \(13\) có 1 hồ sơ quá hạn/);
  });

  test('a form without the unit named is rejected; a unit outside the directory is accepted with a warning', async () => {
    const noUnit = await inputOf('a.xlsx', await unitWorkbookBytes({ ...GOOD_SPECS['kiem-lam.xlsx'], unit: '……' }));
    const stranger = await inputOf('b.xlsx', await unitWorkbookBytes({ ...GOOD_SPECS['kiem-lam.xlsx'], unit: 'Ban quản lý rừng phòng hộ' }));
    const result = consolidateForms([noUnit, stranger], { period: Q1 });
    expect(result.files[0]).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/không ghi "Đơn vị báo cáo"/) });
    expect(result.files[1]).toMatchObject({ status: 'accepted', unit: 'Ban quản lý rừng phòng hộ' });
    expect(result.files[1].warnings.join()).toMatch(/không có trong danh mục/);
  });

  test('a unit written with its abbreviation is the directory unit, with a warning saying so', async () => {
    const file = await inputOf('ty.xlsx', await unitWorkbookBytes({ ...GOOD_SPECS['chan-nuoi-thu-y.xlsx'], unit: 'Chi cục CN&TY' }));
    const result = consolidateForms([file], { period: Q1 });
    expect(result.files[0]).toMatchObject({ status: 'accepted', unit: 'Chi cục Chăn nuôi và Thú y' });
    expect(result.files[0].warnings).toEqual(['"Đơn vị báo cáo" ghi "Chi cục CN&TY", hiểu là "Chi cục Chăn nuôi và Thú y" theo chữ viết tắt.']);
    expect(result.missingUnits).not.toContain('Chi cục Chăn nuôi và Thú y');
  });

  test('a plain unit list works as the directory', () => {
    const result = consolidateForms(good, { period: Q1, directory: [{ name: 'Chi cục Kiểm lâm', handlesTthc: true }, { name: 'Chi cục Lâm nghiệp', handlesTthc: true }, { name: 'Văn phòng Sở', handlesTthc: false }] });
    expect(result.missingUnits).toEqual(['Chi cục Lâm nghiệp']);
  });

  test('nothing usable gives empty sums, every file rejected', () => {
    const result = consolidateForms(bad.filter((b) => b.file !== 'thuy-san (1).xlsx'), { period: Q1 });
    expect(result.files.every((f) => f.status === 'rejected')).toBe(true);
    expect(result.ii05a.rows).toEqual([]);
    expect(result.ii05a.total.c3).toBe(0);
  });
});

describe('carry-over check against last quarter', () => {
  test('warns where (6) this quarter differs from (11) last quarter, unit by unit and for the department', async () => {
    const now = await inputOf('thuy-san.xlsx', await unitWorkbookBytes(GOOD_SPECS['thuy-san.xlsx']));
    const other = await inputOf('thu-y.xlsx', await unitWorkbookBytes(GOOD_SPECS['chan-nuoi-thu-y.xlsx']));
    // Last quarter, Thủy sản left 2 pending in "Thủy sản" (now 1 carried over) and 0 in "Khai thác thủy sản" (now 0).
    const unitBefore = await inputOf(
      'thuy-san-q4.xlsx',
      await unitWorkbookBytes({
        unit: 'Chi cục Thủy sản',
        period: Q4_2023,
        ii05a: [consistentRow('THỦY SẢN', 2, 0, 0, 0, 0, 0, 0), consistentRow('Khai thác thủy sản', 1, 0, 0, 1, 0, 0, 0)],
        ii06a: [],
        style: { noIi06a: true },
      }),
    );
    // The department's own report of last quarter: Thủy sản left 2 (now 1), Thú y 2 (now 2: fine), Chăn nuôi 1 (now 0).
    const departmentBefore = await inputOf(
      'so-q4.xlsx',
      await unitWorkbookBytes({
        unit: 'Sở Nông nghiệp và Phát triển nông thôn',
        period: Q4_2023,
        ii05a: [consistentRow('Thủy sản', 2, 0, 0, 0, 0, 0, 0), consistentRow('Thú y', 2, 0, 0, 0, 0, 0, 0), consistentRow('Chăn nuôi', 1, 0, 0, 0, 0, 0, 0)],
        ii06a: [],
        style: { noIi06a: true },
      }),
    );
    const wrongQuarter = await inputOf('kiem-lam-q1.xlsx', await unitWorkbookBytes(GOOD_SPECS['kiem-lam.xlsx']));
    const result = consolidateForms([now, other], { period: Q1, previous: [unitBefore, departmentBefore, wrongQuarter] });
    expect(result.carryOver.map((w) => [w.file ?? null, w.unit, w.field, w.thisQuarter, w.lastQuarter])).toEqual([
      ['thuy-san.xlsx', 'Chi cục Thủy sản', 'Thủy sản', 1, 2],
      [null, null, '', null, null],
      [null, null, 'Thủy sản', 1, 2],
      [null, null, 'Chăn nuôi', 0, 1],
    ]);
    expect(result.carryOver[1].message).toMatch(/kiem-lam-q1\.xlsx.*Quý I\/2024, không phải Quý IV\/2023/);
    expect(result.carryOver[0].message).toMatch(/Chi cục Thủy sản.*"Thủy sản".*cột 6\) là 1.*Quý IV\/2023 \(cột 11\) là 2/);
    // The unit-level warning also shows on the file's own line.
    expect(result.files[0].warnings).toContain(result.carryOver[0].message);
    expect(result.files[1].warnings).toEqual([]);
  });
});

describe('startConsolidation, one file at a time', () => {
  test('each file’s outcome comes back as it is added; the result equals consolidateForms', async () => {
    const files = await Promise.all((await goodFiles()).map((f) => inputOf(f.file, f.bytes)));
    const duplicate = { ...files[0], file: 'thuy-san (1).xlsx' };
    const run = startConsolidation({ period: Q1 });
    expect(run.add(files[0])).toMatchObject({ file: 'thuy-san.xlsx', status: 'accepted', unit: 'Chi cục Thủy sản' });
    expect(run.result().ii05a.total.c3).toBe(10);
    expect(run.add(duplicate)).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/thuy-san\.xlsx/) });
    for (const f of files.slice(1)) expect(run.add(f).status).toBe('accepted');
    expect(run.result()).toEqual(consolidateForms([files[0], duplicate, ...files.slice(1)], { period: Q1 }));
    // Asking twice gives the same answer (nothing accumulates in the result).
    expect(run.result()).toEqual(run.result());
  });
});

describe('warnings that do not reject', () => {
  test('a lĩnh vực written twice is summed with a warning; days that contradict the label are pointed out', async () => {
    const spec = {
      unit: 'Chi cục Thủy lợi',
      period: 'Quý I/2024 (Từ ngày 15/12/2022 đến ngày 14/03/2023)',
      ii05a: [consistentRow('Thủy lợi', 1, 0, 0, 1, 0, 0, 0), consistentRow('THỦY LỢI', 2, 0, 0, 0, 2, 0, 0)],
      ii06a: [],
    };
    const result = consolidateForms([await inputOf('tl.xlsx', await unitWorkbookBytes(spec))], { period: Q1 });
    expect(result.files[0].status).toBe('accepted');
    expect(result.files[0].warnings).toEqual([
      expect.stringMatching(/dòng 12: lĩnh vực "THỦY LỢI" đã có ở dòng 11; hai dòng được cộng lại/),
      expect.stringMatching(/Quý I\/2024 là từ ngày 15\/12\/2023 đến ngày 14\/03\/2024/),
    ]);
    expect(result.ii05a.rows.map((r) => [r.field, r.c3, r.c8, r.c9])).toEqual([['Thủy lợi', 3, 1, 2]]);
  });

  test('a flat II.06a (no lĩnh vực headings) takes the unit’s only lĩnh vực with overdue dossiers', () => {
    const title05 = 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC';
    const title06 = 'NGUYÊN NHÂN QUÁ HẠN ĐỐI VỚI CÁC TRƯỜNG HỢP TỒN ĐỌNG TRONG GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC';
    const grids = [
      {
        name: 'S',
        merges: [],
        values: [
          [title05],
          ['Kỳ báo cáo: Quý I/2024'],
          ['Đơn vị báo cáo: Chi cục Kiểm lâm'],
          Array.from({ length: 13 }, (_, i) => `(${i + 1})`),
          [1, 'Lâm nghiệp', 2, 1, 1, 0, 0, 0, 0, 0, 2, 0, 2],
          [2, 'Kiểm lâm', 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0],
          [title06],
          ['Kỳ báo cáo: Quý I/2024'],
          ['(1)', '(2)', '(3)', '(4)', '(5)'],
          [1, 'Thẩm định hồ sơ thiết kế trồng rừng', 2, 'Chờ ý kiến Bộ'],
        ],
      },
    ];
    const result = consolidateForms([{ file: 'kl.xlsx', grids }], { period: Q1 });
    expect(result.files[0].status).toBe('accepted');
    expect(result.ii06a.rows).toEqual([
      { unit: 'Chi cục Kiểm lâm', field: 'Lâm nghiệp', procedure: 'Thẩm định hồ sơ thiết kế trồng rừng', count: 2, reason: 'Chờ ý kiến Bộ', note: '' },
    ]);
  });
});

describe('rows the department cannot place', () => {
  test('a row with counts but no lĩnh vực rejects the file, naming the row', () => {
    const title = 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC';
    const grids = [
      {
        name: 'II.05a',
        merges: [],
        values: [
          [title],
          ['Kỳ báo cáo: Quý I/2024'],
          ['Đơn vị báo cáo: Chi cục Thủy lợi'],
          Array.from({ length: 13 }, (_, i) => `(${i + 1})`),
          [1, 'Thủy lợi', 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0],
          [2, null, 2, 2, 0, 0, 2, 2, 0, 0, 0, 0, 0],
        ],
      },
    ];
    const result = consolidateForms([{ file: 'tl.xlsx', grids }], { period: Q1 });
    expect(result.files[0]).toMatchObject({ status: 'rejected', reason: "Trang tính 'II.05a', dòng 6: Dòng có số liệu nhưng không ghi lĩnh vực." });
  });
});

describe('the department II.06a (issue 14)', () => {
  test('"Lĩnh vực - Tên TTHC" in one column takes the field from the unit’s II.05a; rows with 0 overdue are dropped', async () => {
    const bytes = await unitWorkbookBytes({
      unit: 'Chi cục Trồng trọt và Bảo vệ thực vật',
      period: Q1_2024,
      ii05a: [consistentRow('Trồng trọt', 2, 1, 0, 1, 0, 0, 2), consistentRow('Bảo vệ thực vật', 2, 0, 0, 1, 0, 0, 1)],
      ii06a: [
        { field: 'Trồng trọt', procedure: 'Công nhận cây đầu dòng', count: 2, reason: 'Chờ thẩm định' },
        { field: 'Bảo vệ thực vật', procedure: 'Cấp giấy phép kiểm dịch', count: 0, reason: '' },
        { field: 'BẢO VỆ THỰC VẬT', procedure: 'Cấp giấy chứng nhận - gia hạn', count: 1, reason: 'Thiếu hồ sơ' },
      ],
      style: { fieldInName: true },
    });
    const result = consolidateForms([await inputOf('tt.xlsx', bytes)], { period: Q1 });
    expect(result.files[0]).toMatchObject({ status: 'accepted' });
    expect(result.ii06a.rows).toEqual([
      { unit: 'Chi cục Trồng trọt và Bảo vệ thực vật', field: 'Trồng trọt', procedure: 'Công nhận cây đầu dòng', count: 2, reason: 'Chờ thẩm định', note: '' },
      { unit: 'Chi cục Trồng trọt và Bảo vệ thực vật', field: 'Bảo vệ thực vật', procedure: 'Cấp giấy chứng nhận - gia hạn', count: 1, reason: 'Thiếu hồ sơ', note: '' },
    ]);
  });
});
