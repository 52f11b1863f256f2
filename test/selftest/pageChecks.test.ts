/**
 * The self-test's check of the pane's page (issue 28 point 4): office.js from the documented
 * address, a Content-Security-Policy that allows it and the Office files it loads, nothing blocked.
 */
import { checkOfficeJsPage, policySources, type PageSurface } from '../../src/taskpane/selftest/pageChecks';

const ONECDN = 'https://officeapis.public.onecdn.static.microsoft';
const OLD_CDN = 'https://appsforoffice.microsoft.com';
const OFFICE_JS = `${ONECDN}/1/office.js`;
const BOTH = `default-src 'self'; script-src 'self' ${ONECDN} ${OLD_CDN}; connect-src 'self' ${ONECDN} ${OLD_CDN}`;

function page(over: Partial<PageSurface> = {}): PageSurface {
  return { scripts: [OFFICE_JS, 'https://addin.example/taskpane.1234abcd.js'], csp: BOTH, blocked: [], officeJs: OFFICE_JS, resources: [OFFICE_JS, `${OLD_CDN}/lib/1/hosted/excel-win32-16.01.js`, 'https://addin.example/office-workbook.1234abcd.chunk.js'], ...over };
}

describe("the self-test's check of office.js and the page's policy", () => {
  test('office.js from the documented address, both Office domains allowed, nothing blocked: passes and says where Office files came from', () => {
    expect(checkOfficeJsPage(page(), 'https://addin.example')).toBe(`office.js từ ${OFFICE_JS}; tệp của Office tải từ ${ONECDN}, ${OLD_CDN}`);
  });

  test('a policy that allows only the old domain fails, naming the directive and the origin', () => {
    const old = `default-src 'self'; script-src 'self' ${OLD_CDN}; connect-src 'self' ${OLD_CDN}`;
    expect(() => checkOfficeJsPage(page({ csp: old }), 'https://addin.example')).toThrow(`Chính sách bảo mật (script-src) không cho phép ${ONECDN}.`);
  });

  test('Office files from a domain the policy does not allow fail', () => {
    const onlyNew = `default-src 'self'; script-src 'self' ${ONECDN}; connect-src 'self' ${ONECDN}`;
    expect(() => checkOfficeJsPage(page({ csp: onlyNew }), 'https://addin.example')).toThrow(`không cho phép ${OLD_CDN}, nơi Office tải tệp của mình`);
  });

  test('office.js from elsewhere, or anything blocked since the pane opened, fails', () => {
    expect(() => checkOfficeJsPage(page({ scripts: [`${OLD_CDN}/lib/1/hosted/office.js`] }), 'https://addin.example')).toThrow(`office.js không được tải từ ${OFFICE_JS}`);
    expect(() => checkOfficeJsPage(page({ blocked: [`${ONECDN}/1/excel-web-16.00.js (script-src-elem)`] }), 'https://addin.example')).toThrow('Địa chỉ bị chính sách bảo mật chặn');
  });

  test('policy sources fall back to default-src', () => {
    expect(policySources("default-src 'self' https://x.vn; img-src data:", 'script-src')).toEqual(["'self'", 'https://x.vn']);
    expect(policySources("default-src 'self'; script-src 'self' https://a.vn", 'script-src')).toEqual(["'self'", 'https://a.vn']);
  });
});
