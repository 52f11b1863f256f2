/**
 * What `kstthc --help` and `kstthc <lệnh> --help` print: every command's options explained, the
 * period codes, the date forms, the exit statuses and examples, in Vietnamese. Held as data so a
 * new option is a row here.
 */

import { REGISTER_FIELD_LABELS, REGISTER_FIELDS } from '../core/register/model';

interface OptionHelp {
  /** As typed, with its value: "--as-of NGÀY". */
  flag: string;
  text: string;
}

interface CommandHelp {
  usage: string;
  summary: string;
  options: OptionHelp[];
  examples: string[];
}

const JSON_OPTION: OptionHelp = { flag: '--json', text: 'In kết quả dạng JSON ra stdout (chỉ JSON, thông báo ra stderr).' };
const HELP_OPTION: OptionHelp = { flag: '-h, --help', text: 'In hướng dẫn này.' };

export const COMMAND_HELP: Record<string, CommandHelp> = {
  plan: {
    usage: 'kstthc plan <kế-hoạch.xlsx | kế-hoạch.docx> [tùy chọn]',
    summary: 'Đọc bảng Phụ lục kế hoạch (từ sổ tính Excel, hoặc thẳng từ văn bản Word .docx), tính trạng thái từng kết quả và từng đơn vị tại một ngày, in tóm tắt; với --out ghi bản sao có tô màu và trang in tiến độ (từ .docx: sổ tính mới có trang "Phụ lục").',
    options: [
      { flag: '--as-of NGÀY', text: 'Ngày đối chiếu, viết dd/mm/yyyy (10/03/2024) hoặc yyyy-mm-dd (2024-03-10). Mặc định: hôm nay.' },
      { flag: '--window SỐ-NGÀY', text: 'Số ngày tính là "sắp đến hạn" kể từ ngày đối chiếu (0–366). Mặc định: 7.' },
      { flag: '--unit TÊN', text: 'Chỉ xem một đơn vị. Gõ tên đầy đủ, tên viết tắt hoặc một phần tên, không cần dấu ("thuy san"); phần tên trùng nhiều đơn vị thì kstthc liệt kê để chọn.' },
      { flag: '--sheet TÊN', text: 'Trang tính chứa bảng kế hoạch (mặc định: trang có nhiều nhiệm vụ nhất).' },
      { flag: '--year NĂM', text: 'Năm kế hoạch; luôn thắng năm đọc được từ bảng (ví dụ 2024).' },
      {
        flag: '--columns VAI=CỘT,…',
        text: 'Chọn cột cho từng vai trò khi kstthc đọc sai hoặc không nhận ra tiêu đề: no (STT), task (nội dung), result (kết quả), lead (chủ trì), support (phối hợp), timing (thời gian), status (trạng thái), done (ngày hoàn thành); "none" nếu bảng không có cột đó. Ví dụ no=A,task=B,lead=D,support=E,timing=F. Vai trò không ghi thì kstthc tự chọn.',
      },
      { flag: '--header-row SỐ', text: 'Dòng tiêu đề của bảng (dòng cuối nếu tiêu đề hai dòng); các dòng dưới nó là nhiệm vụ.' },
      { flag: '--issuer "CƠ QUAN"', text: 'Cơ quan ban hành in ở đầu trang Tiến độ (mặc định: lấy từ đầu văn bản kế hoạch); nhiều dòng thì viết \\n giữa các dòng (ví dụ "UBND TỈNH QUẢNG NGÃI\\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG").' },
      { flag: '--out TỆP.xlsx', text: 'Ghi bản sao có cột trạng thái, tô màu và trang in tiến độ (khác tệp kế hoạch; tệp gốc không bị sửa).' },
      JSON_OPTION,
      HELP_OPTION,
    ],
    examples: ['kstthc plan samples/ke-hoach-2026.xlsx --as-of 15/06/2026', 'kstthc plan samples/ke-hoach-2026.xlsx --as-of 15/06/2026 --unit "thuy san" --out tien-do-thuy-san.xlsx'],
  },
  init: {
    usage: 'kstthc init <kế-hoạch.xlsx> --out <tệp.xlsx> [tùy chọn]',
    summary: 'Thêm vào bản sao của kế hoạch trang "Danh mục đơn vị" và trang "Theo dõi thực hiện" (có danh sách chọn) để ghi việc đã hoàn thành.',
    options: [
      { flag: '--out TỆP.xlsx', text: 'Tệp kết quả (bắt buộc, khác tệp kế hoạch). Trang nào đã có thì giữ nguyên.' },
      { flag: '--sheet TÊN', text: 'Trang tính chứa bảng kế hoạch.' },
      { flag: '--year NĂM', text: 'Năm của danh sách Kỳ, khi bảng không ghi rõ năm.' },
      HELP_OPTION,
    ],
    examples: ['kstthc init samples/ke-hoach-2026-ban-goc.xlsx --out ke-hoach-theo-doi.xlsx'],
  },
  forms: {
    usage: 'kstthc forms <sổ-hồ-sơ.xlsx> --period KỲ [--unit "TÊN"] [tùy chọn]',
    summary: 'Tính biểu II.05a và II.06a của một kỳ từ sổ theo dõi hồ sơ của đơn vị; với --out ghi hai biểu vào sổ tính.',
    options: [
      { flag: '--period KỲ', text: 'Kỳ báo cáo (bắt buộc), xem "Mã kỳ báo cáo" bên dưới.' },
      { flag: '--unit "TÊN"', text: 'Đơn vị báo cáo, ghi ở đầu biểu. Mặc định: đơn vị ghi trên sổ (tiêu đề, dòng "Đơn vị: …"). Khác đơn vị ghi trên sổ thì bị từ chối.' },
      { flag: '--add-unit', text: 'Chấp nhận đơn vị báo cáo không có trong Danh mục đơn vị (chỉ cho lần lập biểu này).' },
      { flag: '--sheet TÊN', text: 'Trang tính của sổ (mặc định: trang đọc được như sổ theo dõi hồ sơ).' },
      {
        flag: '--map TRƯỜNG=CỘT',
        text: `Chọn cột của sổ cho một trường, thay cho cột kstthc tự nhận (khi nó không nhận ra, hoặc khi hai cột cùng tên khác nhau), ví dụ --map received=F (lặp lại được). Trường: ${REGISTER_FIELDS.map((f) => `${f} (${REGISTER_FIELD_LABELS[f]})`).join(', ')}.`,
      },
      {
        flag: '--channel KÊNH',
        text: 'Sổ không có cột kênh nộp: mọi hồ sơ nộp theo kênh này, truc-tuyen (cột 4) hoặc truc-tiep (trực tiếp, dịch vụ bưu chính, cột 5). Không chọn thì không lập biểu, vì không tách được cột (4) và (5).',
      },
      { flag: '--receiver "TÊN"', text: 'Đơn vị nhận báo cáo (mặc định: cơ quan ban hành ghi ở đầu kế hoạch trong cùng sổ tính, hoặc dòng "SỞ …" ở đầu sổ; không rõ thì để dòng trống để ghi tay).' },
      { flag: '--place "NƠI"', text: 'Địa danh ở dòng ngày ký (mặc định: Quảng Ngãi).' },
      {
        flag: '--template TỆP.xlsx',
        text: 'Điền vào biểu mẫu II.05a/II.06a của tỉnh (tìm biểu theo tiêu đề và dòng số cột (1) … (n), giữ nguyên mọi thứ khác của biểu mẫu); cần --out. Biểu mẫu thiếu cột cần thiết thì bị từ chối.',
      },
      { flag: '--out TỆP.xlsx', text: 'Ghi hai biểu vào tệp này (tệp đã có thì thay hai trang biểu của kỳ, giữ các trang khác); với --template: tệp biểu mẫu đã điền.' },
      JSON_OPTION,
      HELP_OPTION,
    ],
    examples: [
      'kstthc forms samples/so-ho-so-thuy-san.xlsx --period 2026-Q2 --out bieu-thuy-san.xlsx',
      'kstthc forms samples/so-ho-so-thuy-san.xlsx --period 2026-Q2 --unit "Chi cục Thủy sản" --json',
      'kstthc forms samples/so-ho-so-thuy-san.xlsx --period 2026-Q2 --template samples/bieu-mau-tinh.xlsx --out bieu-da-dien.xlsx',
    ],
  },
  consolidate: {
    usage: 'kstthc consolidate <đơn-vị.xlsx>... --period KỲ [tùy chọn]',
    summary: 'Kiểm tra biểu II.05a/II.06a trong tệp của từng đơn vị, cộng thành báo cáo của Sở, liệt kê tệp không nhận (kèm lý do) và đơn vị chưa gửi.',
    options: [
      { flag: '--period KỲ', text: 'Kỳ báo cáo (bắt buộc); tệp của kỳ khác bị loại.' },
      { flag: '--previous TỆP.xlsx', text: 'Báo cáo kỳ trước (của Sở hoặc đơn vị) để đối chiếu số "từ kỳ trước chuyển qua" (lặp lại được).' },
      {
        flag: '--template TỆP.xlsx',
        text: 'Điền biểu II.05a/II.06a của Sở vào biểu mẫu của tỉnh (đơn vị giải quyết ghi ở cột Ghi chú của II.06a); cần --out là tệp mới.',
      },
      { flag: '--out TỆP.xlsx', text: 'Ghi các trang tổng hợp và trang kiểm tra vào tệp này; với --template: biểu mẫu đã điền.' },
      JSON_OPTION,
      HELP_OPTION,
    ],
    examples: ['kstthc consolidate samples/don-vi/*.xlsx --period 2026-Q2 --out tong-hop.xlsx'],
  },
  remind: {
    usage: 'kstthc remind <kế-hoạch.xlsx> (--out THƯ-MỤC | --json) [tùy chọn]',
    summary:
      'Soạn thư nhắc việc (.eml, mở như thư nháp trong Outlook/Thunderbird) cho từng đơn vị chủ trì có kết quả quá hạn hoặc sắp đến hạn; với --reports, cho các đơn vị chưa gửi báo cáo quý.',
    options: [
      { flag: '--out THƯ-MỤC', text: 'Thư mục ghi thư nháp, mỗi đơn vị một tệp <tên đơn vị>.eml (tạo thư mục nếu chưa có).' },
      { flag: '--as-of NGÀY', text: 'Ngày đối chiếu, viết dd/mm/yyyy hoặc yyyy-mm-dd. Mặc định: hôm nay.' },
      { flag: '--window SỐ-NGÀY', text: 'Số ngày tính là "sắp đến hạn" (0–366). Mặc định: 7.' },
      { flag: '--unit TÊN', text: 'Chỉ soạn thư cho một đơn vị.' },
      { flag: '--sheet TÊN', text: 'Trang tính chứa bảng kế hoạch.' },
      { flag: '--year NĂM', text: 'Năm kế hoạch, khi bảng không ghi rõ năm.' },
      { flag: '--reports TỆP...', text: 'Nhắc gửi báo cáo: các tệp báo cáo đơn vị đã gửi; đơn vị giải quyết TTHC chưa có tệp được nhận sẽ được nhắc (cần --period).' },
      { flag: '--period KỲ', text: 'Kỳ báo cáo, dùng cùng --reports.' },
      JSON_OPTION,
      HELP_OPTION,
    ],
    examples: [
      'kstthc remind samples/ke-hoach-2026.xlsx --as-of 15/06/2026 --out thu-nhac',
      'kstthc remind samples/ke-hoach-2026.xlsx --reports samples/don-vi/*.xlsx --period 2026-Q2 --out thu-nhac',
    ],
  },
};

const PERIODS = `Mã kỳ báo cáo (--period):
  2024-Q1 … 2024-Q4   Quý I … Quý IV năm 2024 (Quý I: 15/12/2023 – 14/03/2024)
  2024-H1             6 tháng đầu năm 2024 (15/12/2023 – 14/06/2024)
  2024-Y              Năm 2024 (15/12/2023 – 14/12/2024)`;

const EXIT_STATUSES = `Mã thoát:
  0  thành công (kể cả khi có cảnh báo)
  1  không dùng được tệp đầu vào (tệp không có, không phải sổ tính .xlsx/.xls/.ods/.xlsb, không có bảng/biểu)
  2  viết sai lệnh hoặc tùy chọn`;

function optionLines(options: readonly OptionHelp[]): string {
  const width = Math.max(...options.map((o) => o.flag.length)) + 2;
  return options.map((o) => `  ${o.flag.padEnd(width)}${o.text}`).join('\n');
}

/** The help of one command, or null when there is no such command. */
export function commandHelp(name: string): string | null {
  const help = COMMAND_HELP[name];
  if (!help) return null;
  const needsPeriods = help.options.some((o) => o.flag.startsWith('--period'));
  return [
    `Cách dùng: ${help.usage}`,
    '',
    help.summary,
    '',
    'Tùy chọn:',
    optionLines(help.options),
    ...(needsPeriods ? ['', PERIODS] : []),
    '',
    EXIT_STATUSES,
    '',
    'Ví dụ:',
    ...help.examples.map((e) => `  ${e}`),
    '',
  ].join('\n');
}

/**
 * The usage of one command and where its help is, printed after a mistake in that command
 * (the other commands' usage would only bury the line that matters).
 *
 * @example
 * commandUsage('remind') // 'Cách dùng: kstthc remind <kế-hoạch.xlsx> (--out THƯ-MỤC | --json) [tùy chọn]\nXem chi tiết: kstthc remind --help\n'
 */
export function commandUsage(name: string): string {
  const help = COMMAND_HELP[name];
  return help ? `Cách dùng: ${help.usage}\nXem chi tiết: kstthc ${name} --help\n` : USAGE;
}

/** The short usage (one line per command), printed when no command or an unknown one is given. */
export const USAGE = `Cách dùng:\n${Object.values(COMMAND_HELP)
  .map((h) => `  ${h.usage}`)
  .join('\n')}\nXem chi tiết: kstthc --help, kstthc <lệnh> --help\n`;

/** `kstthc --help`: every command with its purpose, the periods, dates, exit statuses, examples. */
export function generalHelp(): string {
  return [
    'kstthc — kiểm soát thủ tục hành chính trên tệp Excel (.xlsx), không cần mở Excel.',
    '',
    'Lệnh:',
    ...Object.entries(COMMAND_HELP).map(([name, h]) => `  ${name.padEnd(12)}${h.summary}`),
    '',
    `Cách dùng:\n${Object.values(COMMAND_HELP)
      .map((h) => `  ${h.usage}`)
      .join('\n')}`,
    '',
    'Tùy chọn của từng lệnh: kstthc <lệnh> --help (ví dụ kstthc plan --help).',
    '',
    'Ngày viết dd/mm/yyyy (10/03/2024) hoặc yyyy-mm-dd (2024-03-10).',
    '',
    'Tệp đọc được: .xlsx, .xls (Excel 97-2003), .ods (LibreOffice), .xlsb; kết quả luôn ghi thành .xlsx.',
    '',
    PERIODS,
    '',
    EXIT_STATUSES,
    '',
    'Ví dụ:',
    ...Object.values(COMMAND_HELP).map((h) => `  ${h.examples[0]}`),
    '',
  ].join('\n');
}
