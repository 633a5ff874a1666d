/*
 * TD Lens in a Word that cannot run it. The pane is JavaScript modules built for current web engines (Chromium
 * and Safari from 2023 on); some Word versions show add-ins in Internet Explorer 11 ("Trident") or Edge Legacy
 * ("EdgeHTML") instead: volume-licensed Office 2016 and 2019, and Office without the WebView2 runtime
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins). There the
 * pane's script never runs (IE11 ignores modules) or fails to parse (EdgeHTML), and the pane would stay blank.
 * Microsoft recommends a graceful message for these webviews
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/develop/support-ie-11): this plain script, which every
 * webview runs, shows one. It is ES5 on purpose, and only writes text nodes.
 */
(function () {
  var root = document.getElementById('root');
  if (!root) return;

  function started() {
    return document.documentElement.getAttribute('data-td-lens') === 'running';
  }

  function show() {
    if (started() || root.getAttribute('data-older-word') === 'shown') return;
    root.setAttribute('data-older-word', 'shown');
    while (root.firstChild) root.removeChild(root.firstChild);
    var box = document.createElement('div');
    box.style.cssText = 'padding:12px;font:14px/1.45 "Segoe UI",sans-serif;color:#242424;';
    var lines = [
      ['h1', 'TD Lens cannot run in this Word'],
      [
        'p',
        'This Word shows add-ins in Internet Explorer 11 or in Edge Legacy, which cannot run TD Lens: it is built for current web engines.',
      ],
      ['p', 'TD Lens runs in:'],
      [
        'li',
        'Microsoft 365 or Word 2021 and later on Windows, with the Microsoft Edge WebView2 runtime (Microsoft 365 installs it from version 2101);',
      ],
      ['li', 'Word 2016 or 2019 bought retail, once WebView2 is installed;'],
      ['li', 'Word on Mac or iPad (kept up to date), and Word on the web in a current browser.'],
      [
        'p',
        'Volume-licensed Office 2016 and 2019 always use Internet Explorer 11 for add-ins. Ask your IT team for one of the above, or use TD Lens in Word on the web.',
      ],
    ];
    var list = null;
    for (var i = 0; i < lines.length; i++) {
      var element = document.createElement(lines[i][0]);
      element.appendChild(document.createTextNode(lines[i][1]));
      if (lines[i][0] === 'h1') element.style.cssText = 'font-size:16px;margin:0 0 8px;';
      if (lines[i][0] === 'li') {
        if (!list) {
          list = document.createElement('ul');
          list.style.cssText = 'padding-left:18px;margin:0 0 8px;';
          box.appendChild(list);
        }
        list.appendChild(element);
      } else {
        list = null;
        element.style.margin = element.style.margin || '0 0 8px';
        box.appendChild(element);
      }
    }
    root.appendChild(box);
  }

  // Engines without JavaScript modules (IE11) never run the pane: say so at once.
  var modules = 'noModule' in document.createElement('script');
  // Features every engine the pane is built for has, and Edge Legacy lacks (Array.prototype.findLast: 2022).
  var current = typeof Array.prototype.findLast === 'function' && typeof window.structuredClone === 'function';
  if (!modules || !current) {
    show();
    return;
  }
  // A module that fails to parse reports a script error and never starts.
  if (window.addEventListener) {
    window.addEventListener('error', function (event) {
      if (!started() && event && (event.error instanceof SyntaxError || /SyntaxError/.test(String(event.message))))
        show();
    });
  }
})();
