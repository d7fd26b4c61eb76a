// Starts the system Firefox ESR through puppeteer-core (WebDriver BiDi) with the built Firefox
// extension installed as a temporary add-on. Firefox has no --host-resolver-rules, so it uses
// the fixture server as its HTTP(S) proxy for every host: CONNECT acme.zendesk.com:443 is
// tunnelled to the fixture's HTTPS server (self-signed; acceptInsecureCerts). Never downloads a
// browser: a missing /usr/bin/firefox-esr is an error that says how to install it.
// At the end: the page helpers the Firefox test needs, in puppeteer's terms. They are twins of
// the Playwright ones in support/page.ts and run the same in-page functions (support/in-page.ts),
// so "underlined" means the same thing in both browsers.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { repoRoot } from '../../fixtures/build';
import { selftestExtensionDir } from './chromium';
import { highlightRectInPage, highlightTextsInPage } from './in-page';
import { HIGHLIGHT_NAMES, type HighlightName } from './page';
import type { FixtureServer } from './server';

export const FIREFOX_PATH = process.env.CALMREPLY_FIREFOX ?? '/usr/bin/firefox-esr';

export interface LaunchedFirefox {
  browser: Browser;
  page: Page;
  extensionId: string;
  close(): Promise<void>;
}

export function firefoxMissingMessage(path = FIREFOX_PATH): string {
  return (
    `Firefox not found at ${path}. The end-to-end tests use the system Firefox ESR and never download a browser.\n` +
    `Install it with:  sudo apt-get update && sudo apt-get install -y firefox-esr\n` +
    `(or point CALMREPLY_FIREFOX at another Firefox binary).`
  );
}

export function defaultFirefoxExtensionDir(): string {
  return resolve(process.env.CALMREPLY_FIREFOX_EXTENSION_DIR ?? join(repoRoot(), 'dist', 'firefox'));
}

/** Prefs routing every request through the fixture server and keeping Firefox off the network. */
export function proxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1, // manual
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    // Quiet: no captive-portal / connectivity / telemetry / remote-settings traffic.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.server': '',
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    'browser.ping-centre.telemetry': false,
    'app.shield.optoutstudies.enabled': false,
    'browser.region.network.url': '',
    'geo.provider.network.url': '',
  };
}

export async function launchFirefox(opts: {
  server: FixtureServer;
  extensionDir?: string;
  headless?: boolean;
}): Promise<LaunchedFirefox> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(firefoxMissingMessage());
  const selftest = !opts.extensionDir && process.env.CALMREPLY_SELFTEST === '1';
  const extensionDir = selftest ? firefoxCopyOf(selftestExtensionDir()) : resolve(opts.extensionDir ?? defaultFirefoxExtensionDir());
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built Firefox extension at ${extensionDir} (manifest.json missing). Run \`npm run build\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    protocol: 'webDriverBiDi',
    headless: opts.headless ?? true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: proxyPrefs(opts.server.port),
    defaultViewport: { width: 1440, height: 900 },
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    return {
      browser,
      page,
      extensionId,
      async close() {
        await browser.close().catch(() => {});
        if (selftest) removeDir(extensionDir);
      },
    };
  } catch (err) {
    await browser.close().catch(() => {});
    if (selftest) removeDir(extensionDir);
    throw err;
  }
}

/**
 * A Firefox build of an unpacked Chrome MV3 extension directory (background.scripts, a gecko
 * id), for running the harness self-test stub in Firefox. dist/firefox needs no such step.
 */
export function firefoxCopyOf(chromeExtensionDir: string, geckoId = 'calmreply-selftest@example.invalid'): string {
  const dir = mkdtempSync(join(tmpdir(), 'calmreply-ffext-'));
  mkdirSync(dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(chromeExtensionDir, 'manifest.json'), 'utf8'));
  for (const f of ['background.js', 'content.js', 'popup.html', 'popup.js']) {
    if (existsSync(join(chromeExtensionDir, f))) writeFileSync(join(dir, f), readFileSync(join(chromeExtensionDir, f)));
  }
  manifest.background = { scripts: [manifest.background.service_worker] };
  manifest.browser_specific_settings = { gecko: { id: geckoId, strict_min_version: '140.0' } };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------- page helpers (puppeteer)

/** Puppeteer twin of page.ts `waitForHighlight`: waits until highlight `name` has a range covering
 *  exactly `text`; throws with what CSS.highlights had instead. */
export async function waitForHighlight(page: Page, name: HighlightName, text: string, timeout = 10_000): Promise<void> {
  try {
    await page.waitForFunction(highlightRectInPage, { timeout, polling: 100 }, [name, text] as const);
  } catch (err) {
    const seen = await page.evaluate(highlightTextsInPage, [...HIGHLIGHT_NAMES]).catch(() => null);
    throw new Error(
      `no ${name} highlight covering exactly ${JSON.stringify(text)} within ${timeout} ms; ` +
        `CSS.highlights had: ${JSON.stringify(seen)}\n(${(err as Error).message.split('\n')[0]})`,
    );
  }
}

/** Puppeteer twin of page.ts `hoverHighlight`: moves the mouse onto the middle of the highlighted
 *  text, in small steps from just below it, as a hand would. */
export async function hoverHighlight(page: Page, name: HighlightName, text: string): Promise<void> {
  const r = await page.evaluate(highlightRectInPage, [name, text] as const);
  if (!r) throw new Error(`no ${name} highlight covering ${JSON.stringify(text)}`);
  await page.mouse.move(r.x + r.width / 2 - 20, r.y + r.height / 2 + 30);
  await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2, { steps: 8 });
}
