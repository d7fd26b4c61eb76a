// Who may talk to the background worker: content scripts only from helpdesk tabs, and
// settings or state requests only from the extension's own pages. Everything else is dropped.
import type { Runtime } from 'webextension-polyfill';

const HELPDESK_HOST = /(^|\.)(zendesk|freshdesk)\.com$/;

export function isHelpdeskUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && HELPDESK_HOST.test(parsed.hostname);
  } catch {
    return false;
  }
}

/** A content script of ours, running in a helpdesk tab. */
export function isTrustedContentSender(sender: Runtime.MessageSender, extensionId: string, grantedOrigins: readonly string[] = []): boolean {
  if (sender.id !== extensionId || !sender.tab || sender.tab.id === undefined) return false;
  const url = sender.url ?? sender.tab.url;
  if (isHelpdeskUrl(url)) return true;
  try {
    return !!url && grantedOrigins.includes(new URL(url).origin);
  } catch {
    return false;
  }
}

/** One of our own extension pages (popup, options). */
export function isTrustedPageSender(sender: Runtime.MessageSender, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}
