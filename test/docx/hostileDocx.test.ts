import { strToU8, unzipSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { main } from '../../src/cli/main';
import { memoryIo } from '../support/memoryIo';
import { declareSize } from '../bad-input/corpus';
import { docxOf, documentXml, p, PLAN_HEADER, row, tbl } from './docxOf';

/**
 * SPEC §13 / issue 23: a file that is not a readable plan document gets one Vietnamese
 * sentence and exit 1 from `kstthc plan x.docx`, within the limits the workbook readers
 * enforce, and nothing hangs.
 */

async function plan(file: string, bytes: Uint8Array) {
  const io = memoryIo({ [file]: bytes });
  const code = await main(['plan', file, '--as-of', '2025-06-01'], io);
  return { code, out: io.out, err: io.err };
}

/** One sentence on stderr, nothing on stdout, exit 1, and no library text or stack. */
function expectRefusal(r: { code: number; out: string; err: string }, says: RegExp) {
  expect(r.code).toBe(1);
  expect(r.out).toBe('');
  expect(r.err).toMatch(says);
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err).not.toMatch(/Error|at .*\.ts|undefined|invalid|zip/);
}

const goodPlan = () => docxOf(p('KẾ HOẠCH') + tbl([row(PLAN_HEADER), row(['1', 'Rà soát', 'Văn phòng Sở', '', 'Quý I/2025'])]));

test('the good document this file spoils reads', async () => {
  const r = await plan('kh.docx', goodPlan());
  expect(r.code).toBe(0);
  expect(r.out).toContain('0 mục, 1 nhiệm vụ, 1 kết quả');
});

test('a Word 97-2003 .doc (OLE container)', async () => {
  const ole = new Uint8Array(4096);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  expectRefusal(await plan('ke-hoach.doc', ole), /^Tệp "ke-hoach.doc" là văn bản Word 97-2003 \(\.doc\).*lưu lại dưới dạng \.docx/);
});

test('a .docx without a plan table (a letter with a table of recipients)', async () => {
  const bytes = docxOf(p('CÔNG VĂN') + tbl([row(['Nơi nhận:', 'GIÁM ĐỐC'])]) + p('Kính gửi các phòng.'));
  expectRefusal(await plan('cong-van.docx', bytes), /^Không tìm thấy bảng kế hoạch trong văn bản Word "cong-van.docx": cần một bảng có dòng tiêu đề gồm cột nhiệm vụ/);
});

test('a damaged .docx (a download cut short)', async () => {
  const good = goodPlan();
  expectRefusal(await plan('kh.docx', good.slice(0, Math.floor(good.length / 2))), /^Không đọc được tệp "kh.docx": tệp \.docx bị hỏng/);
});

test('random bytes and an empty file', async () => {
  expectRefusal(await plan('kh.docx', new Uint8Array(300).fill(7)), /^Tệp "kh.docx" không phải văn bản Word \(\.docx\)/);
  expectRefusal(await plan('kh.docx', new Uint8Array(0)), /^Tệp "kh.docx" rỗng \(0 byte\)/);
});

test('a zip with no main document part, and an Excel workbook named .docx', async () => {
  const noMain = unzipSync(goodPlan());
  delete noMain['word/document.xml'];
  noMain['word/styles.xml'] = strToU8('<w:styles/>');
  const { zipSync } = await import('fflate');
  expectRefusal(await plan('kh.docx', zipSync(noMain)), /bị hỏng/);
  const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
  expectRefusal(await plan('kh.docx', xlsx), /^Tệp "kh.docx" là sổ tính Excel, không phải văn bản Word/);
});

test('XXE: a DOCTYPE declaring entities (external file, billion laughs) is refused, never expanded', async () => {
  const xxe = documentXml(p('&xxe;')).replace('<w:document', '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document');
  expectRefusal(await plan('kh.docx', docxOf({ body: '', documentXml: xxe })), /chứa khai báo DOCTYPE.*có thể là tệp độc hại/);
  let laughs = '<!ENTITY l0 "ha">';
  for (let i = 1; i < 10; i++) laughs += `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`;
  const bomb = documentXml(p('&l9;')).replace('<w:document', `<!DOCTYPE w:document [${laughs}]><w:document`);
  expectRefusal(await plan('kh.docx', docxOf({ body: '', documentXml: bomb })), /DOCTYPE/);
  // In the numbering part too.
  const numbering = '<w:abstractNum w:abstractNumId="0"/>';
  const bytes = unzipSync(docxOf({ body: p('x'), numbering }));
  bytes['word/numbering.xml'] = strToU8(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "http://example.org/">]><w:numbering xmlns:w="w">&e;</w:numbering>`);
  const { zipSync } = await import('fflate');
  expectRefusal(await plan('kh.docx', zipSync(bytes)), /DOCTYPE/);
});

test('thousands of nested tables: refused at once', async () => {
  const depth = 5000;
  const nested = '<w:tbl><w:tr><w:tc>'.repeat(depth) + p('x') + '</w:tc></w:tr></w:tbl>'.repeat(depth);
  const t0 = Date.now();
  expectRefusal(await plan('kh.docx', docxOf(nested)), /bảng lồng trong bảng quá 32 tầng.*có thể là tệp độc hại/);
  expect(Date.now() - t0).toBeLessThan(5_000);
});

test('markup that never closes', async () => {
  const broken = documentXml(p('x')).replace('</w:body></w:document>', '<w:p><w:r><w:t');
  expectRefusal(await plan('kh.docx', docxOf({ body: '', documentXml: broken })), /bị hỏng/);
});

/** A .docx with one more part, deflated from `megabytes` of one byte. */
async function withBigPart(name: string, megabytes: number, fill: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await new Promise<void>((resolve, reject) => {
    const zip = new Zip((err, chunk, final) => {
      if (err) return reject(err);
      chunks.push(chunk);
      if (final) resolve();
    });
    for (const [part, data] of Object.entries(unzipSync(goodPlan()))) {
      if (part === name) continue;
      const entry = new ZipPassThrough(part);
      zip.add(entry);
      entry.push(data, true);
    }
    const bomb = new ZipDeflate(name, { level: 1 });
    zip.add(bomb);
    const mb = new Uint8Array(1024 * 1024).fill(fill);
    for (let i = 0; i < megabytes; i++) bomb.push(mb, i === megabytes - 1);
    zip.end();
  });
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

test('a zip bomb (a part that inflates past 400 MB) is refused from the zip directory, before inflating', async () => {
  // The directory says what each part inflates to: 500 MB here, past the workbook readers' 400 MB.
  const bytes = await withBigPart('word/media/image1.bin', 1, 0);
  declareSize(bytes, 'word/media/image1.bin', 500 * 1024 * 1024);
  expectRefusal(await plan('kh.docx', bytes), /^Tệp "kh.docx" khi giải nén vượt quá 400 MB: quá lớn để mở an toàn \(có thể là tệp độc hại\)/);
});

test('a zip bomb lying about its size (a 40 MB document part declared as 2 000 bytes): read no further than declared', async () => {
  const bytes = await withBigPart('word/document.xml', 40, 0x41);
  declareSize(bytes, 'word/document.xml', 2000);
  const t0 = Date.now();
  expectRefusal(await plan('kh.docx', bytes), /bị hỏng/);
  expect(Date.now() - t0).toBeLessThan(10_000);
}, 30_000);
