/**
 * The IT guide tells the truth about what the manifest makes Office do, per Microsoft's
 * "Deploy and publish Office Add-ins" and "Specify Office applications and API requirements":
 * - the ribbon buttons live in `<VersionOverrides>`, which a SharePoint app catalog does not
 *   support, so the guide must not recommend that catalog without saying the buttons vanish;
 * - a network-share catalog is "not supported for production add-ins";
 * - a `<Requirements>` set an Office version lacks makes Office hide the add-in ("won't appear in
 *   My Add-ins"): no "update Office" message can reach Office 2016/2019 users.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

describe('docs/deployment.md and the known limits match what the manifest makes Office do', () => {
  const manifest = read('manifest.xml');
  const guide = read('docs/deployment.md');
  const decisions = read('docs/decisions/excel-and-deployment.md');

  test('the manifest has ribbon buttons (VersionOverrides) and requires ExcelApi 1.13', () => {
    expect(manifest).toMatch(/<VersionOverrides[\s\S]*<Control xsi:type="Button"/);
    expect(manifest).toMatch(/<Requirements>[\s\S]*<Set Name="ExcelApi" MinVersion="1\.13"\/>[\s\S]*<\/Requirements>/);
  });

  test('the SharePoint catalog is never offered without saying both ribbon buttons vanish there', () => {
    for (const paragraph of guide.split(/\n(?=- |#)/).filter((p) => /SharePoint/.test(p))) {
      expect(paragraph).toMatch(/VersionOverrides/);
      expect(paragraph).toMatch(/không hiện/);
    }
    expect(guide).toMatch(/SharePoint/);
  });

  test('the network share is for testing only', () => {
    const share = guide.split(/\n(?=- )/).find((p) => /thư mục chia sẻ/.test(p)) ?? '';
    expect(share).toMatch(/chỉ để thử nghiệm/);
    expect(share).toMatch(/không dùng cho triển\s+khai chính thức/);
  });

  test('Office 2016/2019 are said never to show the add-in; nobody promises them an "update Office" message', () => {
    expect(guide).toMatch(/Office 2016\s+và 2019 không bao giờ hiện phần bổ trợ/);
    expect(`${guide}\n${decisions}`).not.toMatch(/get an "update Office" message/);
    expect(decisions).toMatch(/Office 2016\/2019 never show the add-in/);
  });
});
