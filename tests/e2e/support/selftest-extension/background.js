// Self-test stub (not the product): remembers each tab's finding count in session storage.
chrome.runtime.onMessage.addListener((msg, sender) => {
  if (msg && msg.type === 'findings' && sender.tab && typeof msg.count === 'number') {
    chrome.storage.session.set({ ['tab:' + sender.tab.id]: msg.count });
  }
});
