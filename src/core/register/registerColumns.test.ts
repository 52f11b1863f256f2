import type { SheetGrid } from '../grid';
import type { RegisterField } from './model';
import { findRegisterHeader, headerKey, headerMatch, registerHeaderText } from './registerColumns';

function grid(...rows: (string | null)[][]): SheetGrid {
  return { name: 'Sổ', values: rows, merges: [] };
}

describe('headerKey', () => {
  test.each([
    ['NgayTiepNhan', 'ngay tiep nhan'],
    ['NgayKetThucXuLy', 'ngay ket thuc xu ly'],
    ['MaHoSo', 'ma ho so'],
    ['Ngày, giờ tiếp nhận', 'ngay gio tiep nhan'],
    ['NGÀY TRẢ KẾT QUẢ', 'ngay tra ket qua'],
  ])('%j → %j', (text, key) => expect(headerKey(text)).toBe(key));
});

describe('headerMatch: ranked wordings (SPEC §8)', () => {
  test.each<[string, RegisterField, number | null]>([
    ['Ngày tiếp nhận', 'received', 1],
    ['NgayTiepNhan', 'received', 1],
    ['Ngày nhận hồ sơ', 'received', 2],
    ['Ngày nộp', 'received', 4],
    ['Ngày nộp hồ sơ', 'received', 4],
    ['Ngày đăng ký', 'received', 4],
    ['Người tiếp nhận', 'received', null],
    ['Ngày hẹn trả', 'due', 1],
    ['NgayHenTra', 'due', 1],
    ['Hẹn trả kết quả', 'due', 1],
    ['Ngày hẹn trả mới', 'due', null],
    ['Ngày hẹn trả mới (sau thư xin lỗi)', 'due', null],
    ['Ngày hẹn trả lần 2', 'due', null],
    ['Ngày hẹn trả sau bổ sung', 'due', 1],
    ['Ngày hẹn trả sau bổ sung', 'supplementDue', 1],
    ['Ngày hẹn trả mới sau bổ sung', 'supplementDue', 1],
    ['Ngày kết thúc xử lý', 'resolved', 1],
    ['NgayKetThucXuLy', 'resolved', 1],
    ['Ngày có kết quả', 'resolved', 1],
    ['Ngày hoàn thành', 'resolved', 1],
    ['Nhận kết quả từ cơ quan giải quyết', 'resolved', 1],
    ['Ngày trả kết quả', 'resolved', 3],
    ['NgayTra', 'resolved', 3],
    ['Trả kết quả cho cá nhân, tổ chức', 'resolved', 3],
    ['KenhThucHien', 'channel', 1],
    ['TrangThaiHoSo', 'status', 1],
    ['Mã TTHC', 'procedure', null],
    ['Tên thủ tục hành chính', 'procedure', 1],
    ['Mã lĩnh vực', 'field', null],
    ['Tên lĩnh vực', 'field', 1],
    // SPEC §14: how the result goes back is never the submission channel, nor a day.
    ['Phương thức nhận kết quả', 'channel', null],
    ['Hình thức nhận kết quả', 'channel', null],
    ['Hình thức trả kết quả', 'channel', null],
    ['Kênh trả kết quả', 'channel', null],
    ['Phương thức nhận kết quả', 'resolved', null],
    ['Hình thức trả kết quả', 'resolved', null],
    ['Hình thức nộp', 'channel', 1],
    ['Phương thức nộp hồ sơ', 'channel', 1],
  ])('%j as %s → rank %s', (text, field, rank) => expect(headerMatch(headerKey(text), field)?.rank ?? null).toBe(rank));
});

const PLAIN = ['Mã hồ sơ', 'Lĩnh vực', 'Hình thức nộp'];

describe('findRegisterHeader: the column that means what the form counts wins, whatever the order', () => {
  test.each<[string, string[], Partial<Record<RegisterField, string>>]>([
    ['Ngày nộp before Ngày tiếp nhận', ['Ngày nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả'], { received: 'Ngày tiếp nhận' }],
    ['Ngày đăng ký before Ngày tiếp nhận', ['Ngày đăng ký', 'Ngày hẹn trả', 'Ngày có kết quả', 'Ngày tiếp nhận'], { received: 'Ngày tiếp nhận' }],
    ['only Ngày nộp: it serves', ['Ngày nộp', 'Ngày hẹn trả', 'Ngày có kết quả'], { received: 'Ngày nộp' }],
    [
      'Ngày trả kết quả before Ngày kết thúc xử lý',
      ['Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Ngày kết thúc xử lý'],
      { resolved: 'Ngày kết thúc xử lý' },
    ],
    ['Ngày trả before Ngày hoàn thành', ['Ngày trả', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày hoàn thành'], { resolved: 'Ngày hoàn thành' }],
    ['only Ngày trả kết quả: it serves', ['Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả'], { resolved: 'Ngày trả kết quả' }],
    ['Ngày hẹn trả mới before the first', ['Ngày hẹn trả mới', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả'], { due: 'Ngày hẹn trả' }],
    [
      'a new date after a supplement is its own field',
      ['Ngày tiếp nhận', 'Ngày hẹn trả sau bổ sung', 'Ngày hẹn trả', 'Ngày có kết quả'],
      { due: 'Ngày hẹn trả', supplementDue: 'Ngày hẹn trả sau bổ sung' },
    ],
    [
      'national DVC sync field names',
      ['MaHoSo', 'NgayTra', 'NgayTiepNhan', 'NgayHenTra', 'NgayKetThucXuLy', 'TrangThaiHoSo', 'KenhThucHien'],
      { received: 'NgayTiepNhan', due: 'NgayHenTra', resolved: 'NgayKetThucXuLy', status: 'TrangThaiHoSo' },
    ],
  ])('%s', (_name, dates, expected) => {
    for (const headers of [[...PLAIN, ...dates], [...dates].reverse().concat(PLAIN)]) {
      const g = grid(headers);
      const { columns } = findRegisterHeader(g);
      const got = Object.fromEntries(Object.keys(expected).map((f) => [f, registerHeaderText(g, 1, columns[f as RegisterField] ?? 0)]));
      expect(got).toEqual(expected);
    }
  });

  test('"Phương thức nhận kết quả" beside the submission channel never takes its place, whatever the order', () => {
    for (const headers of [
      ['Mã hồ sơ', 'Lĩnh vực', 'Phương thức nhận kết quả', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả'],
      ['Mã hồ sơ', 'Lĩnh vực', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Phương thức nhận kết quả'],
    ]) {
      const g = grid(headers);
      const { columns } = findRegisterHeader(g);
      expect(registerHeaderText(g, 1, columns.channel ?? 0)).toBe('Hình thức nộp');
      expect(registerHeaderText(g, 1, columns.resolved ?? 0)).toBe('Ngày có kết quả');
    }
    const alone = findRegisterHeader(grid(['Mã hồ sơ', 'Lĩnh vực', 'Phương thức nhận kết quả', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả']));
    expect(alone.columns.channel).toBeUndefined();
  });

  test('equally named columns are rivals; a decoy of a lower rank is not', () => {
    const header = findRegisterHeader(grid([...PLAIN, 'Ngày tiếp nhận', 'Ngày nộp', 'Thời gian tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Ngày trả kết quả']));
    expect(header.columns.received).toBe(4);
    expect(header.rivals).toEqual({ received: [6] });
  });

  test("the officer's choice wins and has no rivals", () => {
    const header = findRegisterHeader(grid([...PLAIN, 'Ngày tiếp nhận', 'Thời gian tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả']), { received: 5 });
    expect(header.columns.received).toBe(5);
    expect(header.rivals).toEqual({});
  });
});
