import type { CellValue } from '../grid';
import type { SheetWrite, WritePlan } from '../write/writePlan';

/**
 * A province's own template of II.05a and II.06a for the samples/ folder (SPEC §14), laid out the
 * way Văn phòng UBND tỉnh sends it and unlike the built-in forms: an instruction sheet first; each
 * form from column B with its own header wording in two rows, a numbered row "(1) … (n)", three
 * blank bordered data rows, a "Tổng số" row and a signature block. `kstthc forms … --template`
 * fills it; nothing in it is real data.
 */

const FONT = { fontName: 'Times New Roman', fontSize: 12 } as const;
const LEFT = 2;

function formSheet(name: string, title: string, header: [CellValue[], CellValue[]], merges: [number, number, number, number][], width: number, blankRows: number, total: string): SheetWrite {
  const right = LEFT + width - 1;
  const headerTop = 8;
  const numbered = headerTop + 2;
  const totalRow = numbered + blankRows + 1;
  const values: CellValue[][] = [
    ['Biểu mẫu của tỉnh (mẫu thử)'],
    [title],
    ['Kỳ báo cáo: ……………'],
    ['Đơn vị báo cáo: ……………'],
    ['Đơn vị nhận báo cáo: ……………'],
    ['Đơn vị tính: Số hồ sơ TTHC'],
    [],
    header[0],
    header[1],
    Array.from({ length: width }, (_, i) => `(${i + 1})`),
    ...Array.from({ length: blankRows }, () => []),
    [null, total],
    [],
    [null, null, null, '……, ngày … tháng … năm 20…'],
    ['NGƯỜI LẬP BIỂU', null, null, 'THỦ TRƯỞNG ĐƠN VỊ'],
  ];
  const table = { top: headerTop, left: LEFT, bottom: totalRow, right };
  return {
    sheet: name,
    mode: 'create',
    values: [{ row: 1, col: LEFT, values }],
    formats: [
      { range: { top: 1, left: LEFT, bottom: totalRow + 3, right }, format: { ...FONT, wrap: true, vertical: 'middle' } },
      { range: { top: 2, left: LEFT, bottom: 2, right }, format: { ...FONT, bold: true, horizontal: 'center' } },
      { range: { top: headerTop, left: LEFT, bottom: numbered, right }, format: { ...FONT, bold: true, horizontal: 'center' } },
      { range: table, format: { ...FONT, border: 'thin' } },
      { range: { top: totalRow, left: LEFT, bottom: totalRow, right }, format: { ...FONT, bold: true } },
      { range: { top: totalRow + 2, left: LEFT, bottom: totalRow + 3, right }, format: { ...FONT, horizontal: 'center' } },
      { range: { top: totalRow + 3, left: LEFT, bottom: totalRow + 3, right }, format: { ...FONT, bold: true, horizontal: 'center' } },
    ],
    // The heading lines and the signature block span the table, as a province lays them out.
    merges: [
      ...[1, 2, 3, 4, 5, 6].map((row) => ({ top: row, left: LEFT, bottom: row, right })),
      { top: totalRow + 2, left: LEFT + 3, bottom: totalRow + 2, right },
      { top: totalRow + 3, left: LEFT, bottom: totalRow + 3, right: LEFT + 2 },
      { top: totalRow + 3, left: LEFT + 3, bottom: totalRow + 3, right },
      ...merges.map(([top, left, bottom, r]) => ({ top, left: LEFT + left - 1, bottom, right: LEFT + r - 1 }))],
    rowHeights: [
      { row: 2, height: 32 },
      { row: headerTop, height: 30 },
      { row: headerTop + 1, height: 30 },
    ],
    columnWidths: [{ col: 1, width: 2 }, { col: LEFT, width: 6 }, { col: LEFT + 1, width: 34 }, ...Array.from({ length: width - 2 }, (_, i) => ({ col: LEFT + 2 + i, width: 11 }))],
    pageSetup: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
  };
}

/**
 * The sample province template as a write plan: "Hướng dẫn", "Biểu II.05a", "Biểu II.06a".
 *
 * @example
 * sampleProvinceTemplate().sheets.map((s) => s.sheet) // ['Hướng dẫn', 'Biểu II.05a', 'Biểu II.06a']
 */
export function sampleProvinceTemplate(): WritePlan {
  const help: SheetWrite = {
    sheet: 'Hướng dẫn',
    mode: 'create',
    values: [{ row: 1, col: 1, values: [['Hướng dẫn: điền số liệu vào hai biểu của tỉnh; không sửa tiêu đề cột và dòng số cột (1), (2) …'], ['Mẫu thử để chạy kstthc forms --template; không phải biểu mẫu chính thức.']] }],
    formats: [{ range: { top: 1, left: 1, bottom: 2, right: 1 }, format: { ...FONT, wrap: true } }],
    merges: [],
    columnWidths: [{ col: 1, width: 90 }],
  };
  const ii05a = formSheet(
    'Biểu II.05a',
    'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC',
    [
      ['STT', 'Lĩnh vực giải quyết', 'Số hồ sơ nhận giải quyết', null, null, null, 'Số hồ sơ đã giải quyết', null, null, null, 'Số hồ sơ đang giải quyết', null, null],
      [null, null, 'Tổng số', 'Trực tuyến', 'Trực tiếp, bưu chính', 'Kỳ trước chuyển sang', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'],
    ],
    [
      [8, 1, 9, 1],
      [8, 2, 9, 2],
      [8, 3, 8, 6],
      [8, 7, 8, 10],
      [8, 11, 8, 13],
    ],
    13,
    3,
    'Tổng số',
  );
  const ii06a = formSheet(
    'Biểu II.06a',
    'NGUYÊN NHÂN QUÁ HẠN ĐỐI VỚI CÁC TRƯỜNG HỢP TỒN ĐỌNG TRONG GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC',
    [
      ['STT', 'Lĩnh vực, tên thủ tục hành chính', 'Số hồ sơ quá hạn', 'Nguyên nhân quá hạn', 'Ghi chú'],
      [null, null, null, null, null],
    ],
    [
      [8, 1, 9, 1],
      [8, 2, 9, 2],
      [8, 3, 9, 3],
      [8, 4, 9, 4],
      [8, 5, 9, 5],
    ],
    5,
    3,
    'Tổng số',
  );
  return { sheets: [help, ii05a, ii06a] };
}
