import type { SheetGrid } from '../grid';
import { samplePlanWritePlan } from '../sample/samplePlan';
import { receiverOfIssuer, reportReceiverOf } from './reportReceiver';

test.each([
  ['UBND TỈNH QUẢNG NGÃI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'],
  ['UBND TỈNH QUẢNG NGÃI', 'UBND TỈNH QUẢNG NGÃI'],
  ['Ủy ban nhân dân tỉnh Quảng Ngãi\nSở Tư pháp', 'Sở Tư pháp'],
  ['SỞ NÔNG NGHIỆP VÀ PTNT\nCHI CỤC THỦY SẢN', 'SỞ NÔNG NGHIỆP VÀ PTNT'],
  ['BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nVĂN PHÒNG BỘ', 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'],
  // "Sổ" is not "Sở": a register's title is no receiver.
  ['SỔ THEO DÕI HỒ SƠ THỦ TỤC HÀNH CHÍNH', null],
  ['CHI CỤC THỦY SẢN', null],
  [null, null],
])('the body %j reports to %j', (issuer, receiver) => {
  expect(receiverOfIssuer(issuer)).toBe(receiver);
});

const register = (title: string[]): SheetGrid => ({
  name: 'Sổ',
  values: [...title.map((t) => [t]), ['STT', 'Mã hồ sơ', 'Ngày tiếp nhận']],
  merges: [],
});

describe('reportReceiverOf', () => {
  const planWrite = samplePlanWritePlan().sheets[0];
  const plan: SheetGrid = { name: planWrite.sheet, values: planWrite.values[0].values, merges: planWrite.merges };

  test('the plan in the same workbook names its issuing body: the receiver is its department', () => {
    expect(reportReceiverOf([plan, register(['SỔ THEO DÕI HỒ SƠ'])], { sheet: 'Sổ', headerRow: 2 })).toBe('SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN');
  });

  test('without a plan, the department written above the register', () => {
    expect(reportReceiverOf([register(['SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'CHI CỤC THỦY SẢN', 'SỔ THEO DÕI HỒ SƠ'])], { sheet: 'Sổ', headerRow: 4 })).toBe('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
  });

  test('neither says: unknown (the form leaves a line to write it in), never a fixed Sở', () => {
    expect(reportReceiverOf([register(['SỔ THEO DÕI HỒ SƠ', 'Đơn vị: Chi cục Thủy sản'])], { sheet: 'Sổ', headerRow: 3 })).toBeNull();
  });
});
