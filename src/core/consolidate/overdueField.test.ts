import { splitFieldProcedure } from './overdueField';

describe('splitFieldProcedure', () => {
  const fields = ['Trồng trọt', 'Bảo vệ thực vật', 'Thủy sản - Khai thác'];
  test.each([
    ['Trồng trọt - Công nhận cây đầu dòng', { field: 'Trồng trọt', procedure: 'Công nhận cây đầu dòng' }],
    ['TRỒNG TRỌT – Cấp giấy chứng nhận', { field: 'Trồng trọt', procedure: 'Cấp giấy chứng nhận' }],
    ['bao ve thuc vat: Cấp giấy phép', { field: 'Bảo vệ thực vật', procedure: 'Cấp giấy phép' }],
    ['Thủy sản - Khai thác - Cấp giấy phép khai thác', { field: 'Thủy sản - Khai thác', procedure: 'Cấp giấy phép khai thác' }],
    ['Cấp giấy phép - gia hạn', null],
    ['Trồng trọt - ', null],
    ['Trồng trọt', null],
  ])('%s', (text, expected) => expect(splitFieldProcedure(text, fields)).toEqual(expected));
});
