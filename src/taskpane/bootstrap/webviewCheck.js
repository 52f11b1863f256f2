/*
 * Kiểm soát TTHC: the first script of the pane, in ES5 so that every webview Office may use can
 * run it, Internet Explorer 11's (Trident) included. The pane itself needs ES2022 (Chromium 94,
 * Safari 16.4: class static blocks, RegExp look-behind); an older webview cannot even parse it
 * and would leave "Đang khởi động…" on screen with no word. Microsoft's "Browsers and webview
 * controls used by Office Add-ins" lists Trident and EdgeHTML for older Office and Windows, and
 * recommends a graceful message there ("Support older Microsoft webviews and Office versions").
 * This script says, in Vietnamese, what to update: at once when the webview lacks what the pane
 * needs, or when the pane's script fails to parse.
 */
(function () {
  'use strict';

  var MESSAGE_TITLE = 'Kiểm soát TTHC không chạy được trên trình duyệt nhúng cũ của máy này.';
  var MESSAGE_BODY =
    'Office đang mở phần bổ trợ bằng một trình duyệt nhúng cũ (Internet Explorer, Edge cũ hoặc Safari cũ). ' +
    'Hãy nhờ cán bộ CNTT: trên Windows, cập nhật Office (Microsoft 365, Office 2021 hoặc mới hơn) và cài Microsoft Edge WebView2 Runtime; ' +
    'trên Mac hoặc iPad, cập nhật macOS hoặc iPadOS (Safari 16.4 trở lên). Sau đó đóng rồi mở lại Excel.';

  var shown = false;

  function say() {
    if (shown) return;
    shown = true;
    var root = document.getElementById('root');
    if (!root) return;
    while (root.firstChild) root.removeChild(root.firstChild);
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.setAttribute('data-testid', 'webview-too-old');
    box.style.padding = '16px';
    box.style.fontSize = '14px';
    box.style.lineHeight = '1.45';
    var title = document.createElement('p');
    title.style.fontWeight = '600';
    title.appendChild(document.createTextNode(MESSAGE_TITLE));
    var body = document.createElement('p');
    body.appendChild(document.createTextNode(MESSAGE_BODY));
    box.appendChild(title);
    box.appendChild(body);
    root.appendChild(box);
  }

  /** What the pane's ES2022 needs, tested without eval (the CSP forbids it). */
  function modern() {
    try {
      // RegExp look-behind: Chromium 62, Safari 16.4 (with class static blocks, the newest syntax the pane uses).
      new RegExp('(?<=a)b');
      // ES5 has no catch without a binding.
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
    } catch (e) {
      return false;
    }
    // ES2022 built-ins: Chromium 92–93, Safari 15.4.
    return typeof Array.prototype.at === 'function' && typeof Object.hasOwn === 'function' && typeof window.Promise === 'function';
  }

  if (!modern()) {
    // The pane's script (src/taskpane/index.tsx) does not start over this message.
    window.__kstthcWebviewTooOld = true;
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', say);
    else say();
  }

  // Whatever the test above missed: the pane's own script failing to parse is a syntax error
  // reported to the window.
  window.addEventListener('error', function (event) {
    var message = String((event && event.message) || '');
    var isSyntax = (event && event.error && event.error.name === 'SyntaxError') || /SyntaxError|syntax error|Unexpected|Expected/i.test(message);
    if (isSyntax && /\/taskpane\.[0-9a-f]{8}\.js|\/taskpane\.js/.test(String(event.filename || ''))) say();
  });
})();
