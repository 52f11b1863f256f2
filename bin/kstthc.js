#!/usr/bin/env node
'use strict';
// Dates in the plan are Vietnamese calendar days: pin the zone before any Date is made.
process.env.TZ = process.env.TZ || 'Asia/Ho_Chi_Minh';
const path = require('node:path');
let main;
try {
  ({ main } = require(path.join(__dirname, '..', 'lib', 'cli', 'main.js')));
} catch (err) {
  process.stderr.write('kstthc chưa được biên dịch: hãy chạy "npm install" (hoặc "npm run build:cli") trong thư mục dự án.\n');
  process.exit(1);
}
// A reader that stops early ("kstthc --help | head") closes the pipe: that is no error to report.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(process.exitCode || 0);
  throw err;
});
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`Lỗi không mong đợi: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
