// Custom helpdesk domains: the agent grants an optional host permission for an https origin in
// the options page; here the content script is registered for exactly the granted origins (and
// unregistered when a permission is gone). Needs the `scripting` permission and
// `optional_host_permissions: ["https://*/*"]` in the manifest.
import browser from 'webextension-polyfill';

export const CUSTOM_SCRIPT_ID = 'calmreply-custom-origins';

export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** The origins among `wanted` whose host permission the agent actually granted. */
export async function grantedOrigins(wanted: readonly string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const origin of wanted) {
    try {
      if (await browser.permissions.contains({ origins: [originPattern(origin)] })) granted.push(origin);
    } catch {
      // An origin the browser does not accept as a pattern is simply not granted.
    }
  }
  return granted;
}

/** Registers our content script for the granted custom origins (or removes it when none). */
export async function syncCustomContentScripts(wanted: readonly string[]): Promise<string[]> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) {
    console.warn('[CalmReply] scripting API unavailable; custom helpdesk domains are not checked');
    return [];
  }
  const origins = await grantedOrigins(wanted);
  const existing = await scripting.getRegisteredContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
  if (existing.length) await scripting.unregisterContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
  if (origins.length) {
    await scripting.registerContentScripts([{
      id: CUSTOM_SCRIPT_ID,
      matches: origins.map(originPattern),
      js: ['content.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    }]);
  }
  return origins;
}
