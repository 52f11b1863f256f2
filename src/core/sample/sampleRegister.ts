import type { CellValue } from '../grid';

/**
 * Seeded dossiers of a plausible one-stop register (sổ theo dõi hồ sơ): for the pane's sample,
 * the benchmarks and tests. Pure data; the same seed gives the same register.
 */

export interface SampleRegisterOptions {
  /** Dossiers to generate (default 200). */
  count?: number;
  /** Seed of the generator: the same seed gives the same register. */
  seed?: number;
  /** Days are drawn between these (ISO, default the year before 2024-Q1 through its end). */
  from?: string;
  to?: string;
  sheet?: string;
  /** Only these lĩnh vực (a unit's own fields; default all of them). */
  fields?: readonly string[];
}

/** mulberry32: small, seeded, good enough for sample data. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SAMPLE_FIELDS: [string, string[]][] = [
  ['Trồng trọt', ['Cấp Giấy chứng nhận đủ điều kiện buôn bán phân bón', 'Cấp Giấy xác nhận nội dung quảng cáo phân bón']],
  ['Bảo vệ thực vật', ['Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật', 'Cấp Giấy phép vận chuyển thuốc bảo vệ thực vật']],
  ['Thú y', ['Cấp Giấy chứng nhận cơ sở an toàn dịch bệnh động vật', 'Cấp Chứng chỉ hành nghề thú y']],
  ['Chăn nuôi', ['Cấp Giấy chứng nhận đủ điều kiện chăn nuôi trang trại quy mô lớn']],
  ['Thủy sản', ['Cấp Giấy phép khai thác thủy sản', 'Cấp văn bản chấp thuận đóng mới tàu cá']],
  ['Lâm nghiệp', ['Phê duyệt phương án khai thác thực vật rừng thông thường']],
  ['Thủy lợi', ['Cấp giấy phép cho các hoạt động trong phạm vi bảo vệ công trình thủy lợi']],
  ['Quản lý chất lượng nông lâm sản và thủy sản', ['Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm']],
];
const SAMPLE_CHANNELS = ['Trực tuyến toàn trình', 'Trực tuyến một phần', 'Trực tiếp', 'Dịch vụ bưu chính công ích'];
const SAMPLE_REASONS = ['Chờ ý kiến cơ quan phối hợp', 'Hồ sơ phức tạp, cần kiểm tra thực địa', 'Cán bộ thụ lý nghỉ phép', ''];

export const SAMPLE_REGISTER_HEADER = [
  'STT',
  'Mã hồ sơ',
  'Lĩnh vực',
  'Tên thủ tục hành chính',
  'Hình thức nộp',
  'Ngày tiếp nhận',
  'Ngày hẹn trả',
  'Ngày có kết quả',
  'Trạng thái',
  'Lý do quá hạn',
];

/**
 * Rows of a plausible register (header first), seeded: for the task pane's sample, the
 * benchmarks and tests. Dates are date cells with times of day; about one dossier in six is
 * late, one in twenty returned or withdrawn, one in twenty waiting for a supplement.
 */
export function sampleRegisterRows(options: SampleRegisterOptions = {}): CellValue[][] {
  const count = options.count ?? 200;
  const next = generator(options.seed ?? 1);
  const from = Date.parse(`${options.from ?? '2023-01-01'}T00:00:00Z`);
  const to = Date.parse(`${options.to ?? '2024-03-14'}T00:00:00Z`);
  const span = Math.max(1, Math.round((to - from) / 86400000));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const at = (base: number, days: number, hour: number, minute: number) => new Date(base + days * 86400000 + hour * 3600000 + minute * 60000);
  const wanted = options.fields;
  const fields = wanted ? SAMPLE_FIELDS.filter(([f]) => wanted.includes(f)) : SAMPLE_FIELDS;
  if (fields.length === 0) throw new RangeError(`sampleRegisterRows: no known field in ${JSON.stringify(wanted)}`);
  const rows: CellValue[][] = [SAMPLE_REGISTER_HEADER.slice()];
  for (let i = 0; i < count; i++) {
    const [field, procedures] = pick(fields);
    const receivedDay = from + Math.floor(next() * span) * 86400000;
    const received = at(receivedDay, 0, 7 + Math.floor(next() * 10), Math.floor(next() * 60));
    const dueDays = 5 + Math.floor(next() * 20);
    const due = at(receivedDay, dueDays, 17, 0);
    const roll = next();
    let resolved: Date | null = null;
    let status = 'Đã giải quyết';
    let reason = '';
    if (roll < 0.05) {
      status = pick(['Trả lại hồ sơ', 'Công dân rút hồ sơ']);
      resolved = at(receivedDay, Math.floor(next() * dueDays), 10, 0);
    } else if (roll < 0.1 && to - receivedDay < 40 * 86400000) {
      // Waiting for the applicant happens to recent dossiers, not to last year's.
      status = 'Chờ bổ sung';
    } else if (roll < 0.26) {
      const late = dueDays + 1 + Math.floor(next() * 15);
      if (receivedDay + late * 86400000 <= to) resolved = at(receivedDay, late, 15, 30);
      else status = 'Đang giải quyết';
      reason = pick(SAMPLE_REASONS);
    } else {
      const spent = Math.floor(next() * (dueDays + 1));
      if (receivedDay + spent * 86400000 <= to) resolved = at(receivedDay, spent, 8 + Math.floor(next() * 9), 0);
      else status = 'Đang giải quyết';
    }
    rows.push([
      i + 1,
      `000.00.12.H48-${String(i + 1).padStart(6, '0')}`,
      field,
      pick(procedures),
      pick(SAMPLE_CHANNELS),
      received,
      due,
      resolved,
      status,
      reason,
    ]);
  }
  return rows;
}
