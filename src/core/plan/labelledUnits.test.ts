import { labelledUnitsOf } from './labelledUnits';

describe('a lead cell that labels its parties', () => {
  test.each([
    ['Chủ trì: Văn phòng Sở; phối hợp: các phòng, đơn vị', '', { lead: 'Văn phòng Sở', support: 'các phòng, đơn vị' }],
    ['- Chủ trì: Sở Nội vụ.\n- Phối hợp: Các sở, ban, ngành', '', { lead: 'Sở Nội vụ', support: 'Các sở, ban, ngành' }],
    ['Cơ quan chủ trì: Văn phòng Sở\nCơ quan phối hợp: Thanh tra Sở', '', { lead: 'Văn phòng Sở', support: 'Thanh tra Sở' }],
    ['CHỦ TRÌ: Chi cục Thủy lợi', '', { lead: 'Chi cục Thủy lợi', support: '' }],
    ['Chủ trì - Phòng Kế hoạch - Tài chính; Phối hợp - Văn phòng Sở', '', { lead: 'Phòng Kế hoạch - Tài chính', support: 'Văn phòng Sở' }],
    // The support column's own text stays first.
    ['Chủ trì: Văn phòng Sở; phối hợp: các phòng', 'Thanh tra Sở', { lead: 'Văn phòng Sở', support: 'Thanh tra Sở; các phòng' }],
    ['Sở Nội vụ chủ trì, phối hợp với các sở, ngành', '', { lead: 'Sở Nội vụ', support: 'các sở, ngành' }],
    ['Văn phòng Sở chủ trì, phối hợp các phòng', 'Thanh tra Sở', { lead: 'Văn phòng Sở', support: 'Thanh tra Sở; các phòng' }],
    ['Chi cục Thủy lợi chủ trì và phối hợp với UBND cấp xã.', '', { lead: 'Chi cục Thủy lợi', support: 'UBND cấp xã' }],
    // NFD text pasted from a Mac.
    ['Chủ trì: Văn phòng Sở; Phối hợp: Thanh tra Sở'.normalize('NFD'), '', { lead: 'Văn phòng Sở', support: 'Thanh tra Sở' }],
  ])('%j', (lead, support, expected) => {
    expect(labelledUnitsOf(lead, support)).toEqual(expected);
  });

  test.each([['Văn phòng Sở'], ['Các đơn vị chủ trì thực hiện'], ['Sở Nội vụ chủ trì'], ['Phối hợp: Văn phòng Sở'], ['Các sở, ngành (Văn phòng Sở chủ trì, phối hợp với các phòng)'], ['']])('%j is read as it stands', (lead) => {
    expect(labelledUnitsOf(lead, '')).toBeNull();
  });
});
