/**
 * The add-in's settings kept with the workbook (SPEC §12: the officer's column mapping; the issuer
 * typed for the status sheets): Excel's document settings through the recording fake, and a very
 * hidden sheet in a file, kept across save and reopen.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { OfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { SETTINGS_SHEET } from '../../src/workbook/settingsSheet';
import { FakeExcel } from '../fakes/excelFake';

async function bookWithPlan(): Promise<FileWorkbook> {
  const book = FileWorkbook.create('ke-hoach.xlsx');
  const excel = await book.excelBook();
  excel.addWorksheet('Kế hoạch').addRow(['STT', 'Nội dung', 'Chủ trì']);
  return book;
}

describe('settings in a workbook file', () => {
  it('are read back after save and reopen, and the settings sheet is very hidden and never listed', async () => {
    const book = await bookWithPlan();
    await book.setSetting('kstthc.columns.Kế hoạch', '{"lead":4}');
    await book.setSetting('kstthc.issuer', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
    const bytes = await book.save();

    const reopened = await FileWorkbook.open(bytes, 'ke-hoach.xlsx');
    expect(await reopened.sheetNames()).toEqual(['Kế hoạch']);
    expect(await reopened.getSetting('kstthc.columns.Kế hoạch')).toBe('{"lead":4}');
    expect(await reopened.getSetting('kstthc.issuer')).toBe('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
    expect(await reopened.getSetting('kstthc.other')).toBeNull();

    const workbookXml = strFromU8(unzipSync(bytes)['xl/workbook.xml']);
    expect(workbookXml).toMatch(new RegExp(`<sheet [^>]*name="${SETTINGS_SHEET}"[^>]*state="veryHidden"`));
  });

  it('replaces a value, removes one with null, and keeps a formula-like value as text', async () => {
    const book = await bookWithPlan();
    await book.setSetting('a', '1');
    await book.setSetting('b', '=SUM(A1:A2)');
    await book.setSetting('a', '2');
    await book.setSetting('c', '3');
    await book.setSetting('c', null);
    const reopened = await FileWorkbook.open(await book.save(), 'x.xlsx');
    expect(await reopened.getSetting('a')).toBe('2');
    expect(await reopened.getSetting('b')).toBe('=SUM(A1:A2)');
    expect(await reopened.getSetting('c')).toBeNull();
    const sheetXml = Object.entries(unzipSync(await reopened.save())).filter(([n]) => n.startsWith('xl/worksheets/')).map(([, b]) => strFromU8(b)).join('');
    expect(sheetXml).not.toContain('<f>');
  });

  it('a workbook without settings answers null and gains no sheet from reading', async () => {
    const book = await bookWithPlan();
    expect(await book.getSetting('kstthc.issuer')).toBeNull();
    await book.setSetting('kstthc.issuer', null);
    expect((await book.excelBook()).worksheets.map((w) => w.name)).toEqual(['Kế hoạch']);
  });

  it('refuses a key no workbook can keep (programmer misuse)', async () => {
    const book = await bookWithPlan();
    await expect(book.setSetting('', 'x')).rejects.toThrow(RangeError);
    await expect(book.setSetting('k', 'x'.repeat(40_000))).rejects.toThrow(RangeError);
  });
});

describe('settings in Excel (document settings, recording fake)', () => {
  it('writes with one sync, reads with one sync, removes an existing setting', async () => {
    const fake = new FakeExcel();
    fake.seed('Kế hoạch', [['STT']]);
    const book = new OfficeWorkbook({ run: fake.run });

    await book.setSetting('kstthc.issuer', 'UBND TỈNH QUẢNG NGÃI');
    expect(fake.syncs).toBe(1);
    expect(fake.settings.get('kstthc.issuer')).toBe('UBND TỈNH QUẢNG NGÃI');

    fake.resetCounts();
    expect(await book.getSetting('kstthc.issuer')).toBe('UBND TỈNH QUẢNG NGÃI');
    expect(await book.getSetting('missing')).toBeNull();
    expect(fake.syncs).toBe(2);

    await book.setSetting('kstthc.issuer', null);
    expect(fake.settings.has('kstthc.issuer')).toBe(false);
    await book.setSetting('kstthc.issuer', null);
    // No sheet was touched.
    expect(fake.writes).toEqual([]);
  });

  it('a value another add-in version stored as an object comes back as its JSON', async () => {
    const fake = new FakeExcel();
    fake.settings.set('kstthc.columns.A', { lead: 4 });
    expect(await new OfficeWorkbook({ run: fake.run }).getSetting('kstthc.columns.A')).toBe('{"lead":4}');
  });

  it('settings of many sheets are read in one sync, in the order asked, null for those not set', async () => {
    const fake = new FakeExcel();
    fake.settings.set('kstthc.columns.B', '{"lead":3}');
    fake.settings.set('kstthc.columns.D', '{"lead":5}');
    const keys = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((s) => `kstthc.columns.${s}`);
    const before = fake.syncs;
    const values = await new OfficeWorkbook({ run: fake.run }).getSettings(keys);
    expect(values).toEqual([null, '{"lead":3}', null, '{"lead":5}', null, null, null, null]);
    expect(fake.syncs - before).toBe(1);
  });

  it('a file reads the same settings from its settings sheet', async () => {
    const book = FileWorkbook.create('a.xlsx');
    await book.setSetting('kstthc.columns.B', '{"lead":3}');
    expect(await book.getSettings(['kstthc.columns.A', 'kstthc.columns.B'])).toEqual([null, '{"lead":3}']);
    expect(await book.getSettings([])).toEqual([]);
  });
});
