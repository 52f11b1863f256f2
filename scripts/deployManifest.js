'use strict';
/**
 * The manifest for a department's own HTTPS host (`ADDIN_URL=https://host/path/ npm run build`).
 *
 * manifest.xml in the repository points at the dev server (https://localhost:3000/). For a
 * release, every URL in it is moved under ADDIN_URL, the AppDomain becomes that host's origin and
 * the Version follows package.json, so Office (which caches add-ins by Id and Version) picks up
 * the new release. Plain JS: webpack.config.js and `npm run validate` use it without a build step.
 */

/** The dev server's base, as written in manifest.xml. */
const DEV_BASE = 'https://localhost:3000/';

/**
 * ADDIN_URL checked and made canonical: an absolute https URL of a folder (trailing slash added),
 * no query, no fragment, not localhost. Throws a Vietnamese sentence for the IT officer otherwise.
 *
 * @example normalizeAddinUrl('https://tthc.snnmt.quangngai.gov.vn/kiem-soat-tthc') // '…/kiem-soat-tthc/'
 */
function normalizeAddinUrl(raw) {
  const text = String(raw || '').trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ADDIN_URL "${text}" không phải địa chỉ web đầy đủ: hãy viết dạng https://may-chu/duong-dan/.`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`ADDIN_URL "${text}" phải bắt đầu bằng https:// (Office chỉ nạp phần bổ trợ qua HTTPS).`);
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_URL "${text}" không được có phần "?…" hay "#…": hãy chỉ ghi địa chỉ thư mục.`);
  }
  if (/^(localhost|127\.|\[::1\])/i.test(url.hostname)) {
    throw new Error(`ADDIN_URL "${text}" trỏ vào máy cục bộ: hãy ghi địa chỉ máy chủ của Sở mà cán bộ truy cập được.`);
  }
  const pathname = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${pathname}`;
}

/**
 * package.json's "1.2.3" as the manifest's four-part Version "1.2.3.0" (Office compares it part
 * by part; a pre-release tag cannot be written there and is dropped).
 */
function manifestVersion(packageVersion) {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(String(packageVersion));
  if (!m) throw new Error(`Phiên bản "${packageVersion}" trong package.json không có dạng X.Y.Z.`);
  return `${Number(m[1])}.${Number(m[2])}.${Number(m[3])}.0`;
}

/**
 * The repository's manifest XML rewritten for a host: every dev URL under `addinUrl`, AppDomain
 * its origin, Version `version`. Throws when anything still points at localhost afterwards.
 *
 * @param {string} xml manifest.xml as in the repository
 * @param {{ addinUrl: string, version: string }} options canonical ADDIN_URL, four-part Version
 */
function manifestForHost(xml, options) {
  const base = normalizeAddinUrl(options.addinUrl);
  const origin = new URL(base).origin;
  const out = xml
    .split(DEV_BASE)
    .join(base)
    .replace(/<AppDomain>https:\/\/localhost:3000\/?<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${options.version}</Version>`);
  if (/localhost/i.test(out)) {
    throw new Error('manifest.xml còn địa chỉ localhost không thuộc https://localhost:3000/: hãy sửa manifest.xml.');
  }
  return out;
}

/** Every http(s) URL the manifest names (attribute values and AppDomain elements). */
function manifestUrls(xml) {
  return [
    ...[...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]),
    ...[...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]),
  ];
}

/**
 * IIS web.config for the published folder: hashed bundles cached for a year and immutable; pages,
 * the manifest and the icons revalidated every time, so a release is seen at the next opening.
 */
function iisWebConfig() {
  const noCache = ['taskpane.html', 'commands.html', 'help.html', 'manifest.xml']
    .map(
      (file) => `  <location path="${file}">
    <system.webServer>
      <staticContent>
        <clientCache cacheControlMode="DisableCache" />
      </staticContent>
    </system.webServer>
  </location>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Kiểm soát TTHC: quy tắc bộ nhớ đệm cho IIS (tạo bởi npm run build với ADDIN_URL). -->
<configuration>
  <system.webServer>
    <staticContent>
      <!-- Tệp .js có mã băm trong tên: không bao giờ đổi nội dung, lưu một năm. -->
      <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" cacheControlCustom="public, immutable" />
      <remove fileExtension=".xml" />
      <mimeMap fileExtension=".xml" mimeType="text/xml; charset=utf-8" />
    </staticContent>
  </system.webServer>
${noCache}
  <location path="assets">
    <system.webServer>
      <staticContent>
        <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="1.00:00:00" />
      </staticContent>
    </system.webServer>
  </location>
</configuration>
`;
}

module.exports = { DEV_BASE, normalizeAddinUrl, manifestVersion, manifestForHost, manifestUrls, iisWebConfig };
