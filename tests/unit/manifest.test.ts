// The one manifest.json must give a valid extension for each browser, with minimal permissions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../scripts/manifest.mjs';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));

describe('manifest', () => {
  it('asks host access for Zendesk and Freshdesk only, other domains only as optional, and no broad permissions', () => {
    expect(manifest.host_permissions).toEqual(['https://*.zendesk.com/*', 'https://*.freshdesk.com/*']);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    // storage: settings and per-ticket state · alarms + notifications: follow-up reminders ·
    // scripting: content scripts for custom helpdesk domains the agent grants.
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'notifications', 'scripting', 'storage']);
    for (const script of manifest.content_scripts) {
      for (const match of script.matches) expect(match).toMatch(/^https:\/\/\*\.(zendesk|freshdesk)\.com\/\*$/);
    }
  });

  it('gives Chrome a service worker', () => {
    const chrome = manifestFor(manifest, 'chrome');
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('opens the popup from a keyboard command', () => {
    expect(manifest.commands._execute_action.suggested_key.default).toMatch(/^Alt\+Shift\+/);
  });

  it('gives Firefox background scripts, a gecko id, minimum versions and no data collection', () => {
    const firefox = manifestFor(manifest, 'firefox');
    expect(firefox.storage).toBeUndefined();
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(firefox.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(firefox.browser_specific_settings.gecko_android.strict_min_version).toBe('142.0');
  });

  it('names icons that exist at 16, 32, 48 and 128 px', () => {
    for (const size of ['16', '32', '48', '128']) {
      const png = readFileSync(new URL(`../../${manifest.icons[size]}`, import.meta.url));
      expect(png.readUInt32BE(16)).toBe(Number(size)); // IHDR width
      expect(png.readUInt32BE(20)).toBe(Number(size)); // IHDR height
    }
  });
});
