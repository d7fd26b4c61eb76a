// Self-test stub (not the product): underlines two fixed phrases in the Zendesk composer.
(() => {
  const RULES = [
    { text: "WE DON'T DO REFUNDS", name: 'calmreply-error', message: 'Shouting reads as anger.' },
    { text: 'Calm down', name: 'calmreply-warning', message: '"Calm down" dismisses the feeling.' },
  ];
  const host = document.createElement('calmreply-root');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<style>[data-calmreply=card]{position:fixed;background:#fff;border:1px solid #888;padding:8px;font:13px sans-serif;z-index:2147483647}</style>' +
    '<div data-calmreply="card" hidden><p data-calmreply="message"></p><button data-calmreply="rewrite">rewrite</button></div>';
  const card = shadow.querySelector('[data-calmreply=card]');
  let current = [];
  function check() {
    const editable = document.querySelector('[data-test-id="omnicomposer-rich-text-ckeditor"]');
    if (!editable) return;
    if (!host.isConnected) document.documentElement.append(host);
    const found = [];
    const walker = document.createTreeWalker(editable, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (const rule of RULES) {
        let i = n.data.indexOf(rule.text);
        while (i >= 0) {
          const r = new Range();
          r.setStart(n, i);
          r.setEnd(n, i + rule.text.length);
          found.push({ rule, range: r });
          i = n.data.indexOf(rule.text, i + 1);
        }
      }
    }
    current = found;
    for (const name of ['calmreply-error', 'calmreply-warning', 'calmreply-hint']) {
      const ranges = found.filter((f) => f.rule.name === name).map((f) => f.range);
      if (ranges.length) CSS.highlights.set(name, new Highlight(...ranges));
      else CSS.highlights.delete(name);
    }
    chrome.runtime.sendMessage({ type: 'findings', count: found.length }).catch(() => {});
  }
  let timer = 0;
  new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(check, 150); })
    .observe(document.documentElement, { subtree: true, childList: true, characterData: true });
  document.addEventListener('mousemove', (ev) => {
    for (const f of current) {
      for (const rect of f.range.getClientRects()) {
        if (ev.clientX >= rect.left && ev.clientX <= rect.right && ev.clientY >= rect.top && ev.clientY <= rect.bottom) {
          card.querySelector('[data-calmreply=message]').textContent = f.rule.message;
          card.style.left = rect.left + 'px';
          card.style.top = rect.bottom + 4 + 'px';
          card.hidden = false;
          return;
        }
      }
    }
  });
  const style = document.createElement('style');
  style.textContent = '::highlight(calmreply-error){text-decoration:underline wavy red}::highlight(calmreply-warning){text-decoration:underline wavy orange}';
  document.documentElement.append(style);
})();
