// Starts the system Chromium with the built extension loaded, pointed at the fixture server.
// Never downloads a browser: a missing /usr/bin/chromium is an error that says how to install it.
// `startChromiumSession` (at the end) is what most test files start with: server, browser, a tab.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { repoRoot } from '../../fixtures/build';
import { startFixtureServer, type FixtureServer } from './server';

/** The little of the extension API the harness uses inside the service worker. */
interface ChromeTabsApi {
  chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number; url?: string }[]> } };
}

export const CHROMIUM_PATH = process.env.CALMREPLY_CHROMIUM ?? '/usr/bin/chromium';

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** 'page' for a tab's frames, 'extension-page' for chrome-extension:// pages (popup, options),
   *  'service-worker' for a service worker's own requests. */
  origin: 'page' | 'extension-page' | 'service-worker' | 'unknown';
  /** URL of the frame or worker that made the request */
  initiator: string;
  failed?: string;
}

export interface LaunchOptions {
  server: FixtureServer;
  /** Unpacked extension directory; default dist/chrome (or $CALMREPLY_EXTENSION_DIR);
   *  false: no extension (fixture checks). */
  extensionDir?: string | false;
  headless?: boolean;
  /** Map every host name to the fixture server too, so any stray request shows in its log. */
  catchAll?: boolean;
  viewport?: { width: number; height: number } | null;
  /** More Chromium switches. */
  args?: string[];
  /**
   * A profile directory the caller owns (support/extension.ts, launchWithProfile): kept on
   * close, so a second launch on it finds the same extension storage. Default: a fresh
   * temporary one, removed on close.
   */
  userDataDir?: string;
}

export interface LaunchedChromium {
  context: BrowserContext;
  userDataDir: string;
  /** Every request the pages, extension pages and service workers made, oldest first. */
  requests: RecordedRequest[];
  extensionDir: string;
  /** The extension's service worker (waits for it to start). */
  serviceWorker(): Promise<Worker>;
  extensionId(): Promise<string>;
  /** The id of the first tab whose URL matches `pattern`, asked from the extension's service worker. */
  tabId(pattern?: string): Promise<number>;
  /** Opens chrome-extension://<id>/popup.html?tab=<tabId> in a new page. */
  openPopup(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

export function chromiumMissingMessage(path = CHROMIUM_PATH): string {
  return (
    `Chromium not found at ${path}. The end-to-end tests use the system Chromium and never download a browser.\n` +
    `Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n` +
    `(or point CALMREPLY_CHROMIUM at another Chromium binary).`
  );
}

/** The harness self-test stand-in (NOT the product), used when CALMREPLY_SELFTEST=1. */
export function selftestExtensionDir(): string {
  return join(repoRoot(), 'tests', 'e2e', 'support', 'selftest-extension');
}

export function defaultExtensionDir(): string {
  if (process.env.CALMREPLY_SELFTEST === '1') return selftestExtensionDir();
  return resolve(process.env.CALMREPLY_EXTENSION_DIR ?? join(repoRoot(), 'dist', 'chrome'));
}

/** The flags that keep Chromium from phoning home (the machine may have no network). */
export const QUIET_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-default-apps',
  '--metrics-recording-only',
  '--no-pings',
];

const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');

/**
 * The extension's service worker as it runs now. After the browser stopped it (or the extension
 * reloaded) Playwright reports a new Worker; a message from an extension page starts it again.
 */
export async function extensionServiceWorker(context: BrowserContext, timeout = 15_000): Promise<Worker> {
  const live = context.serviceWorkers().filter(isOurs);
  if (live.length) return live[live.length - 1]!;
  return context.waitForEvent('serviceworker', { predicate: isOurs, timeout });
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  return new URL((await extensionServiceWorker(context)).url()).host;
}

export async function launchChromium(opts: LaunchOptions): Promise<LaunchedChromium> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(chromiumMissingMessage());
  const extensionDir = opts.extensionDir === false ? '' : resolve(opts.extensionDir ?? defaultExtensionDir());
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir} (manifest.json missing). Run \`npm run build\` first.`);
  }
  const headless = opts.headless ?? true;
  const ownProfile = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'calmreply-chromium-'));
  const args = [
    ...QUIET_FLAGS,
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    `--host-resolver-rules=${opts.server.hostResolverRules({ catchAll: opts.catchAll ?? true })}`,
    ...(opts.args ?? []),
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');

  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    // Playwright passes --headless, which in Chromium >= 132 is the new headless mode: it loads
    // extensions and runs their service workers like a headed browser.
    headless,
    args,
    ignoreDefaultArgs: extensionDir ? ['--disable-extensions'] : [],
    ignoreHTTPSErrors: true,
    viewport: opts.viewport === undefined ? { width: 1440, height: 900 } : opts.viewport,
  });

  const requests: RecordedRequest[] = [];
  const entries = new Map<Request, RecordedRequest>();
  context.on('request', (req) => {
    let origin: RecordedRequest['origin'] = 'unknown';
    let initiator = '';
    const sw = req.serviceWorker();
    if (sw) {
      origin = 'service-worker';
      initiator = sw.url();
    } else {
      try {
        initiator = req.frame().url();
        origin = initiator.startsWith('chrome-extension://') ? 'extension-page' : 'page';
      } catch {
        origin = 'unknown';
      }
    }
    const entry: RecordedRequest = {
      url: req.url(),
      method: req.method(),
      resourceType: req.resourceType(),
      origin,
      initiator,
    };
    entries.set(req, entry);
    requests.push(entry);
  });
  context.on('requestfailed', (req) => {
    const e = entries.get(req);
    if (e) e.failed = req.failure()?.errorText ?? 'failed';
  });

  async function serviceWorker(): Promise<Worker> {
    if (!extensionDir) throw new Error('launched without an extension');
    return extensionServiceWorker(context);
  }

  async function extensionId(): Promise<string> {
    if (!extensionDir) throw new Error('launched without an extension');
    return extensionIdOf(context);
  }

  return {
    context,
    userDataDir,
    requests,
    extensionDir,
    serviceWorker,
    extensionId,
    async tabId(pattern = 'https://*.zendesk.com/*') {
      const sw = await serviceWorker();
      const id = await sw.evaluate(async (p) => {
        const api = (globalThis as unknown as ChromeTabsApi).chrome;
        const tabs = await api.tabs.query({ url: p });
        return tabs[0]?.id ?? -1;
      }, pattern);
      if (id < 0) throw new Error(`no tab matching ${pattern} (does the extension have host access to it?)`);
      return id;
    },
    async openPopup(tabId: number) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${await extensionId()}/popup.html?tab=${tabId}`);
      return page;
    },
    async close() {
      await context.close().catch(() => {});
      if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * What most Chromium test files need before their first test: the fixture server, Chromium
 * (with the built extension unless `extensionDir: false`) pointed at it, and one new tab.
 * The tests of a file run in order and share all three, so start it in `beforeAll` and call
 * `close()` in `afterAll`.
 */
export interface ChromiumSession {
  server: FixtureServer;
  browser: LaunchedChromium;
  /** A new, empty tab. */
  page: Page;
  /**
   * Uncaught errors thrown in `page`, oldest first. They are also printed as they happen, so a
   * failing run shows them; tests that promise a clean page assert this stays empty.
   */
  pageErrors: string[];
  /** Closes the browser, then the server. */
  close(): Promise<void>;
}

export async function startChromiumSession(opts: Omit<LaunchOptions, 'server'> = {}): Promise<ChromiumSession> {
  // A start that fails half-way closes what it had started: afterAll then has nothing to close.
  const server = await startFixtureServer();
  const browser = await launchChromium({ ...opts, server }).catch(async (err) => {
    await server.close();
    throw err;
  });
  const close = async () => {
    await browser.close();
    await server.close();
  };
  const page = await browser.context.newPage().catch(async (err) => {
    await close();
    throw err;
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => {
    pageErrors.push(err.message);
    console.error('[page error]', err.message);
  });
  return { server, browser, page, pageErrors, close };
}
