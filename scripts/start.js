#!/usr/bin/env node
/**
 * `npm start`: builds the task pane (development) and serves it with webpack's dev server on
 * https://localhost:3000 (certificate from office-addin-dev-certs), or on http://localhost:3000
 * when the certificate cannot be made or trusted on this machine. Then says, in Vietnamese,
 * where the pane is and how to open it in a browser or sideload it into Excel.
 * Works without Excel. Ctrl+C stops it.
 */
const path = require('node:path');
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
const makeConfig = require('../webpack.config.js');

const ROOT = path.resolve(__dirname, '..');
const PORT = Number(process.env.PORT || 3000);

/**
 * Why no certificate could be made, in Vietnamese, from the library's English error: the raw
 * text (a shell's "sudo: not found", a command line) never reaches the screen; KSTTHC_DEBUG=1
 * adds it for whoever debugs.
 */
function certificateReason(message) {
  const text = String(message || '');
  let reason;
  if (/sudo\b.*not found|sudo: command not found/i.test(text)) reason = 'máy này không có lệnh sudo, cần để cài chứng chỉ vào kho chứng chỉ của hệ thống';
  else if (/password|authentication|permission denied|EACCES|EPERM/i.test(text)) reason = 'không có quyền quản trị để cài chứng chỉ';
  else if (/install/i.test(text)) reason = 'không cài được chứng chỉ gốc vào kho chứng chỉ của máy';
  else reason = 'không tạo được chứng chỉ';
  return process.env.KSTTHC_DEBUG === '1' ? `${reason}; chi tiết: ${text.trim()}` : reason;
}

/**
 * Certificate for https://localhost, or null with the reason (no admin rights, no CA store …).
 * office-addin-dev-certs writes English progress to the console and its child shell writes to
 * stderr: both are kept off the screen while it runs.
 */
async function certificate(devCerts = require('office-addin-dev-certs')) {
  if (process.env.KSTTHC_HTTP === '1') return { options: null, reason: 'đã đặt KSTTHC_HTTP=1' };
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error, write: process.stderr.write };
  const quiet = () => true;
  console.log = console.info = console.warn = console.error = () => undefined;
  process.stderr.write = quiet;
  try {
    const o = await devCerts.getHttpsServerOptions();
    return { options: { ca: o.ca, key: o.key, cert: o.cert }, reason: null };
  } catch (err) {
    return { options: null, reason: certificateReason((err && err.message) || err) };
  } finally {
    Object.assign(console, { log: saved.log, info: saved.info, warn: saved.warn, error: saved.error });
    process.stderr.write = saved.write;
  }
}

/** An error of the server or the build, in Vietnamese (the library's text only with KSTTHC_DEBUG=1). */
function failure(what, err) {
  const detail = process.env.KSTTHC_DEBUG === '1' ? ` Chi tiết: ${(err && err.message) || err}` : ' Chạy lại với KSTTHC_DEBUG=1 để xem chi tiết.';
  return `${what}.${detail}`;
}

function banner(url, https, reason) {
  const lines = [
    '',
    '=== Kiểm soát TTHC — phần bổ trợ Excel đang chạy ===',
    '',
    `Ngăn tác vụ:      ${url}/taskpane.html`,
    `Lệnh ruy-băng:    ${url}/commands.html`,
    `Hướng dẫn:        ${url}/help.html`,
    '',
  ];
  if (!https) {
    lines.push(
      'LƯU Ý: không tạo/cài được chứng chỉ HTTPS cho localhost trên máy này',
      `  (${reason}).`,
      '  Đang phục vụ qua HTTP: dùng được trong trình duyệt (chế độ tệp), nhưng Excel chỉ nạp',
      '  phần bổ trợ qua HTTPS. Trên máy có Excel, chạy với quyền quản trị:',
      '    npx office-addin-dev-certs install',
      '  rồi chạy lại "npm start".',
      '',
    );
  }
  lines.push(
    'Dùng không cần Excel (trình duyệt):',
    `  Mở ${url}/taskpane.html trong Chrome/Edge/Firefox. Ngăn tác vụ chạy ở "chế độ tệp":`,
    '  chọn hoặc kéo thả tệp .xlsx có bảng Phụ lục kế hoạch (hoặc bấm "Dùng dữ liệu mẫu");',
    '  kết quả được tải về thành tệp .xlsx mới.',
    '',
    'Nạp vào Excel (sideload) bằng manifest.xml — xem docs/deployment.md, mục "Sideloading into Excel":',
    '  - Excel trên web: Trang đầu → Phần bổ trợ → Thêm phần bổ trợ → Tải lên phần bổ trợ → chọn manifest.xml.',
    '  - Windows: chia sẻ thư mục chứa manifest.xml, thêm vào Trust Center → Trusted Add-in Catalogs,',
    '    khởi động lại Excel → Trang đầu → Phần bổ trợ → Thư mục dùng chung → Kiểm soát TTHC.',
    '  - Mac: chép manifest.xml vào ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/,',
    '    khởi động lại Excel → Trang đầu → Phần bổ trợ → Phần bổ trợ của nhà phát triển.',
    '',
    'Nhấn Ctrl+C để dừng.',
    '',
  );
  console.log(lines.join('\n'));
}

async function main() {
  process.chdir(ROOT);
  const cert = await certificate();
  const https = cert.options !== null;
  const config = await makeConfig({ WEBPACK_SERVE: true, httpsOptions: cert.options }, { mode: 'development' });
  config.infrastructureLogging = { level: 'warn' };
  config.stats = 'errors-warnings';
  const compiler = webpack(config);
  const server = new WebpackDevServer({ ...config.devServer, port: PORT }, compiler);
  const url = `${https ? 'https' : 'http'}://localhost:${PORT}`;
  let announced = false;
  compiler.hooks.done.tap('kstthc-start', (stats) => {
    if (stats.hasErrors()) {
      console.error('Biên dịch có lỗi (xem ở trên); sửa mã nguồn, trang sẽ tự tải lại.');
      return;
    }
    if (!announced) banner(url, https, cert.reason);
    else console.log(`Đã biên dịch lại (${new Date().toLocaleTimeString('vi-VN')}).`);
    announced = true;
  });
  console.log(`Đang biên dịch ngăn tác vụ và khởi động máy chủ trên cổng ${PORT}…`);
  try {
    await server.start();
  } catch (err) {
    const busy = err && err.code === 'EADDRINUSE';
    console.error(busy ? `Cổng ${PORT} đang được dùng: dừng chương trình đang chiếm cổng hoặc chạy PORT=3001 npm start (manifest.xml trỏ tới cổng 3000).` : failure('Không khởi động được máy chủ', err));
    process.exit(1);
  }
  const stop = () => server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(failure('npm start thất bại', err));
    process.exit(1);
  });
}

module.exports = { banner, certificate, certificateReason };
