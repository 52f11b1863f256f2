/**
 * The webview check (src/taskpane/bootstrap/webviewCheck.js) must run where the pane cannot:
 * Internet Explorer 11's webview (Trident) parses ES5 only ("Browsers and webview controls used
 * by Office Add-ins"). Its source is ES5 (the built copy is checked in test/browser/webviews.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';

const SOURCE = path.join(__dirname, '..', '..', 'src', 'taskpane', 'bootstrap', 'webviewCheck.js');

test('the webview check is ES5', () => {
  expect(() => parse(readFileSync(SOURCE, 'utf8'), { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
});

test('it speaks Vietnamese and names what to update on Windows and on Mac', () => {
  const source = readFileSync(SOURCE, 'utf8');
  expect(source).toContain('Microsoft Edge WebView2 Runtime');
  expect(source).toContain('Safari 16.4');
  expect(source).toMatch(/cập nhật Office/);
});
