import { zipSync } from 'fflate';
import { checkZipLimits } from './zipLimits';

describe('checkZipLimits', () => {
  test('counts entries and declared sizes of a real zip', () => {
    const zip = zipSync({ 'a.xml': new Uint8Array(1000), 'b/c.xml': new Uint8Array(250) });
    expect(checkZipLimits(zip)).toEqual({ ok: true, entries: 2, uncompressedBytes: 1250, hasExcelParts: false, hasWordParts: false });
    expect(checkZipLimits(zipSync({ 'word/document.xml': new Uint8Array(3) }))).toMatchObject({ hasExcelParts: false, hasWordParts: true });
    expect(checkZipLimits(zipSync({ 'xl/workbook.xml': new Uint8Array(3) }))).toMatchObject({ hasExcelParts: true, hasWordParts: false });
  });

  test('refuses a zip whose parts inflate past the limit (zip bomb)', () => {
    // 5 MB of zeros compresses to a few KB.
    const zip = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(5 * 1024 * 1024) }, { level: 9 });
    expect(zip.length).toBeLessThan(50_000);
    const result = checkZipLimits(zip, { maxUncompressedBytes: 1024 * 1024, maxEntries: 100 });
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ reason: 'too-large' });
  });

  test('refuses too many entries', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 30; i++) files[`f${i}`] = new Uint8Array(1);
    expect(checkZipLimits(zipSync(files), { maxUncompressedBytes: 1e9, maxEntries: 20 })).toMatchObject({ ok: false, reason: 'too-many-entries' });
  });

  test.each([
    ['empty', new Uint8Array()],
    ['a local header only', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
    ['random bytes', Uint8Array.from({ length: 500 }, (_, i) => (i * 73) % 251)],
  ])('%s is not a zip', (_name, bytes) => {
    expect(checkZipLimits(bytes)).toMatchObject({ ok: false, reason: 'not-zip' });
  });
});
