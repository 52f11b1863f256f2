import { chooseUnitFile, isCopyName, savedAtText } from './duplicateFiles';

describe('isCopyName', () => {
  test.each([
    ['ChiCuc_TrongTrot_BVTV_Q1-2024 (1).xlsx', true],
    ['ChiCuc_TrongTrot_BVTV_Q1-2024 (12).xlsx', true],
    ['Báo cáo quý I - Copy.xlsx', true],
    ['Báo cáo quý I - Copy (2).xlsx', true],
    ['Copy of Báo cáo quý I.xlsx', true],
    ['Bản sao Báo cáo quý I.xlsx', true],
    ['Bản sao của Báo cáo quý I.xlsx', true],
    ['Báo cáo quý I - Bản sao.xlsx', true],
    ['Báo cáo quý I copy.xlsx', true],
    ['don-vi/ChiCuc_TrongTrot_BVTV_Q1-2024.xlsx', false],
    ['Báo cáo (Quý I).xlsx', false],
    ['Copywriter.xlsx', false],
    ['bao-cao-ban-2.xlsx', false],
  ])('%s → %s', (name, copy) => expect(isCopyName(name)).toBe(copy));
});

describe('chooseUnitFile', () => {
  const original = { file: 'TT_Q1.xlsx', modified: '2024-03-15T01:00:00Z', figures: 'A' };
  const copy = { file: 'TT_Q1 (1).xlsx', modified: '2024-03-15T01:00:00Z', figures: 'A' };
  const corrected = { file: 'TT_Q1 (1).xlsx', modified: '2024-03-16T02:30:00Z', figures: 'B' };

  test('same figures: the file not named as a copy is kept, the copy listed as a duplicate', () => {
    for (const order of [[original, copy], [copy, original]]) {
      const choice = chooseUnitFile('Chi cục Trồng trọt và Bảo vệ thực vật', order);
      expect(choice.kept).toBe('TT_Q1.xlsx');
      expect(choice.conflict).toBeNull();
      expect(choice.dropped).toEqual([{ file: 'TT_Q1 (1).xlsx', reason: expect.stringMatching(/^Bản trùng của tệp "TT_Q1\.xlsx"/) }]);
    }
  });

  test('different figures: the one saved last is kept, even when named as a copy; the conflict names both', () => {
    for (const order of [[original, corrected], [corrected, original]]) {
      const choice = chooseUnitFile('Chi cục Trồng trọt và Bảo vệ thực vật', order);
      expect(choice.kept).toBe('TT_Q1 (1).xlsx');
      expect(choice.conflict).toBe(
        'Đơn vị "Chi cục Trồng trọt và Bảo vệ thực vật" gửi 2 tệp khác số liệu: "TT_Q1 (1).xlsx" (lưu lúc 09:30 ngày 16/03/2024) và "TT_Q1.xlsx" (lưu lúc 08:00 ngày 15/03/2024). Dùng "TT_Q1 (1).xlsx" vì được lưu sau cùng. Hãy hỏi lại đơn vị bản nào đúng.',
      );
      expect(choice.dropped[0]).toEqual({ file: 'TT_Q1.xlsx', reason: expect.stringContaining('Bị thay bằng tệp "TT_Q1 (1).xlsx"') });
    }
  });

  test('different figures and no saved times: a choice is still made the same way, and said to be a guess', () => {
    const a = { file: 'a.xlsx', modified: null, figures: 'A' };
    const b = { file: 'a (1).xlsx', modified: null, figures: 'B' };
    const choice = chooseUnitFile('Chi cục Thủy sản', [b, a]);
    expect(choice).toEqual(chooseUnitFile('Chi cục Thủy sản', [a, b]));
    expect(choice.kept).toBe('a.xlsx');
    expect(choice.conflict).toMatch(/Không biết tệp nào lưu sau: tạm dùng "a\.xlsx"/);
  });

  test('saved times read in Việt Nam time', () => {
    expect(savedAtText('2024-03-14T17:05:00Z')).toBe('lưu lúc 00:05 ngày 15/03/2024');
    expect(savedAtText(null)).toBe('không rõ thời điểm lưu');
  });
});
