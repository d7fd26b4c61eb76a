const tab = new URLSearchParams(location.search).get('tab');
async function show() {
  const got = await chrome.storage.session.get('tab:' + tab);
  document.querySelector('[data-calmreply=finding-count]').textContent = String(got['tab:' + tab] ?? 0);
}
show();
setInterval(show, 300);
