// Brings a ticket to the front: focuses a tab that already shows it, or opens one. Used by the
// reminder click and by the popup's follow-up list.
import browser from 'webextension-polyfill';

export async function openTicket(url: string): Promise<void> {
  if (!url.startsWith('https://')) return;
  // Without the "tabs" permission only helpdesk tabs (our host permissions) show their URL,
  // which is exactly where tickets are.
  const tabs = await browser.tabs.query({});
  const open = tabs.find((tab) => tab.url === url && tab.id !== undefined);
  if (open) {
    await browser.tabs.update(open.id!, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
  } else {
    await browser.tabs.create({ url, active: true });
  }
}
