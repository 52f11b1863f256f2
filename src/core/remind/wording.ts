/**
 * The reminders' wording, as data: an officer who wants another phrasing edits a string here
 * (and its test row), never the code. `{name}` marks a value filled in by {@link fillWording};
 * the register is the one of an official letter of the Sở ("Kính gửi", "Đề nghị", "Trân trọng./.").
 */
export const REMINDER_WORDING = {
  /** Place written before the date line of a printed notice. */
  place: 'Quảng Ngãi',
  dateLine: '{place}, ngày {day} tháng {month} năm {year}',
  greeting: 'Kính gửi: {unit}.',
  plan: {
    subject: 'Đôn đốc thực hiện Kế hoạch kiểm soát TTHC năm {year} - {unit} ({counts})',
    title: 'PHIẾU NHẮC VIỆC',
    titleSub: 'V/v đôn đốc thực hiện Kế hoạch kiểm soát thủ tục hành chính năm {year}',
    intro:
      'Thực hiện Kế hoạch kiểm soát thủ tục hành chính năm {year}, {sender} theo dõi, đôn đốc việc thực hiện các nhiệm vụ được giao. Tính đến ngày {asOf}, {unit} còn {countsWithin}, cụ thể như sau:',
    closing:
      'Đề nghị {unit} khẩn trương triển khai, hoàn thành các nhiệm vụ nêu trên và gửi kết quả về {sender} để tổng hợp, báo cáo Lãnh đạo Sở. Trường hợp đã hoàn thành, đề nghị thông báo để {sender} cập nhật vào trang theo dõi thực hiện.',
    /** The short (mailto) body's sentences. */
    shortIntro: 'Tính đến ngày {asOf}, đơn vị còn {counts}:',
    shortClosing: 'Đề nghị đơn vị khẩn trương hoàn thành, gửi kết quả về {sender}. Trân trọng./.',
    overdueCount: '{n} nhiệm vụ quá hạn',
    dueSoonCount: '{n} nhiệm vụ sắp đến hạn',
    /** After the due-soon count in the letter: what "sắp đến hạn" means. */
    dueSoonWithin: ' (đến hạn trong {window} ngày tới)',
    countsJoin: ' và ',
    /** One line of the short (mailto) body. */
    shortItem: '- Nhiệm vụ {label}: {result} (hạn {due}, {status})',
    shortMore: '- … và {n} nhiệm vụ khác (xem danh sách đầy đủ trong thư hoặc phiếu nhắc việc).',
    noDue: 'chưa có hạn',
  },
  report: {
    subject: 'Đôn đốc gửi báo cáo tình hình giải quyết TTHC {period} - {unit}',
    title: 'PHIẾU NHẮC VIỆC',
    titleSub: 'V/v đôn đốc gửi báo cáo tình hình, kết quả giải quyết thủ tục hành chính {period}',
    intro:
      'Theo quy định, các cơ quan, đơn vị tiếp nhận, giải quyết thủ tục hành chính gửi báo cáo tình hình, kết quả giải quyết thủ tục hành chính kỳ {period} (số liệu từ ngày {from} đến ngày {to}, biểu II.05a và II.06a) về Sở chậm nhất ngày {deadline}. Đến ngày {asOf}, {sender} chưa nhận được báo cáo của {unit}.',
    shortIntro: 'Đến ngày {asOf}, {sender} chưa nhận được báo cáo tình hình giải quyết TTHC kỳ {period} của đơn vị (hạn gửi: {deadline}).',
    shortClosing: 'Đề nghị đơn vị khẩn trương gửi báo cáo về {sender}. Trân trọng./.',
    rejected: 'Tệp "{file}" của đơn vị chưa được tiếp nhận vì: {reason}',
    closing:
      'Đề nghị {unit} khẩn trương hoàn thành và gửi báo cáo về {sender} để tổng hợp, báo cáo Ủy ban nhân dân tỉnh theo quy định.',
  },
  regards: 'Trân trọng./.',
  /** Headings of the deliverables' table (thư HTML and phiếu nhắc việc). */
  tableHeadings: ['STT', 'Nhiệm vụ', 'Nội dung', 'Kết quả', 'Hạn', 'Trạng thái'],
  /** CLI and pane warning for a unit with no address in "Danh mục đơn vị". */
  noEmail: 'Đơn vị "{unit}" chưa có địa chỉ email trong trang "Danh mục đơn vị": thư nháp vẫn được tạo, hãy điền người nhận trước khi gửi.',
  badEmail: 'Địa chỉ email "{email}" của đơn vị "{unit}" trong trang "Danh mục đơn vị" không đúng dạng: bỏ qua địa chỉ này.',
} as const;

/**
 * Fills `{name}` marks of a wording with values. A mark without a value is a programmer error
 * (the wording and the code disagree), so it throws rather than print "{unit}" to a unit.
 *
 * @example
 * fillWording('Kính gửi: {unit}.', { unit: 'Chi cục Thủy sản' }) // 'Kính gửi: Chi cục Thủy sản.'
 */
export function fillWording(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const v = values[name];
    if (v === undefined) throw new RangeError(`fillWording: no value for {${name}} in "${template}"`);
    return String(v);
  });
}
