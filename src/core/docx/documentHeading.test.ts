import { readTitleBlock } from './documentHeading';

describe('readTitleBlock: the opening lines of an official document', () => {
  test.each([
    [
      'a Sở plan (issuer on two levels, number, place and date, kind, title on two lines)',
      ['UBND TỈNH QUẢNG NGÃI', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'Số: 05/KH-SNNMT', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Quảng Ngãi, ngày 08 tháng 01 năm 2026', 'KẾ HOẠCH', 'Kiểm soát thủ tục hành chính', 'năm 2026', 'Căn cứ Nghị định số 63/2010/NĐ-CP;'],
      { issuer: 'UBND TỈNH QUẢNG NGÃI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', kind: 'KẾ HOẠCH', title: 'Kiểm soát thủ tục hành chính năm 2026', number: '05/KH-SNNMT', date: '2026-01-08' },
    ],
    [
      'a council written on two lines, a rule under the title, a date with slashes',
      ['ỦY BAN NHÂN DÂN', 'TỈNH ĐỒNG THÁP', 'Số: 552/KH-UBND', 'Đồng Tháp, ngày 19/11/2025', 'KẾ HOẠCH', 'Thực hiện lộ trình đổi mới công nghệ đến năm 2035', '___________', 'Thực hiện Quyết định số …'],
      { issuer: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP', kind: 'KẾ HOẠCH', title: 'Thực hiện lộ trình đổi mới công nghệ đến năm 2035', number: '552/KH-UBND', date: '2025-11-19' },
    ],
    [
      'kind and title on one line in capitals; an unsigned draft (no number, blank date)',
      ['SỞ TƯ PHÁP', 'Số:      /KH-STP', 'Quảng Ngãi, ngày     tháng     năm 2025', 'KẾ HOẠCH KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2025', 'I. MỤC ĐÍCH, YÊU CẦU'],
      { issuer: 'SỞ TƯ PHÁP', kind: 'KẾ HOẠCH', title: 'KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2025', number: null, date: null },
    ],
    ['no title block at all', ['Danh sách nhiệm vụ'], { issuer: null, kind: null, title: null, number: null, date: null }],
  ])('%s', (_name, lines, heading) => {
    expect(readTitleBlock(lines).heading).toEqual(heading);
  });

  test('the rows for the sheet: each line, the kind and its title in one cell (where the plan reader takes the title)', () => {
    const block = readTitleBlock(['ỦY BAN NHÂN DÂN', 'TỈNH ĐỒNG NAI', 'Số: 179/KH-UBND', 'KẾ HOẠCH', 'Phát triển kinh tế số giai đoạn 2026 - 2030', '______', 'Căn cứ …']);
    expect(block.rows).toEqual(['ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI', 'Số: 179/KH-UBND', 'KẾ HOẠCH\nPhát triển kinh tế số giai đoạn 2026 - 2030']);
    expect(block.consumed).toBe(5);
  });

  test('the appendix heading gives the number and date when the opening lines do not', () => {
    const block = readTitleBlock(['KẾ HOẠCH', 'Chuyển đổi số'], { extra: ['PHỤ LỤC', '(Kèm theo Kế hoạch số 617/KH-UBND ngày 01 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh)'] });
    expect(block.heading).toMatchObject({ number: '617/KH-UBND', date: '2025-12-01' });
  });
});
