// Page helpers shared by the e2e tests and the demo: fixture readiness, typing into the real
// CKEditor, reading Froala's HTML, reading CalmReply's highlights, hovering them, and the privacy
// check. Playwright (Chromium) only; the Firefox test's puppeteer twins are in support/firefox.ts,
// and both run the same in-page functions (support/in-page.ts).

import type { Page } from 'playwright-core';
import type { FreshdeskFixtureApi } from '../../fixtures/freshdesk/app';
import type { RecordedRequest } from './chromium';
import { highlightRectInPage, highlightTextsInPage } from './in-page';
import type { LoggedRequest } from './server';

export const HIGHLIGHT_NAMES = ['calmreply-error', 'calmreply-warning', 'calmreply-hint'] as const;
export type HighlightName = (typeof HIGHLIGHT_NAMES)[number];

export const ZENDESK_EDITABLE = '.ck-editor__editable[contenteditable="true"][data-test-id="omnicomposer-rich-text-ckeditor"]';

/** The active ticket's composer: inactive tickets keep theirs in the DOM, hidden. */
export const ACTIVE_EDITABLE = `${ZENDESK_EDITABLE} >> visible=true`;

/** Waits until the Zendesk fixture's CKEditor for the active ticket has mounted and is visible
 *  (after a page load or a ticket switch). */
export async function waitForZendeskFixture(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__fixture?.editor != null, undefined, { timeout: 20_000 });
  await page.locator(ACTIVE_EDITABLE).first().waitFor({ state: 'visible', timeout: 20_000 });
}

/** The active editor's data, read back through the CKEditor API (never the DOM). */
export function editorData(page: Page): Promise<string> {
  return page.evaluate(() => window.__fixture.editor!.getData());
}

/** Clicks into the active ticket's composer and types with the keyboard, like an agent
 *  (`delay` ms between keys). */
export async function typeInComposer(page: Page, text: string, delay = 15): Promise<void> {
  await page.locator(ACTIVE_EDITABLE).first().click();
  await page.keyboard.type(text, { delay });
}

/** The text of every range of each CalmReply highlight (StaticRange or Range). */
export function highlightTexts(page: Page): Promise<Record<HighlightName, string[]>> {
  return page.evaluate(highlightTextsInPage, [...HIGHLIGHT_NAMES]) as Promise<Record<HighlightName, string[]>>;
}

/** Waits until `name` has a range covering exactly `text`; throws with what was there instead. */
export async function waitForHighlight(page: Page, name: HighlightName, text: string, timeout = 10_000): Promise<void> {
  try {
    await page.waitForFunction(highlightRectInPage, [name, text] as const, { timeout, polling: 100 });
  } catch (err) {
    const seen = await highlightTexts(page).catch(() => null);
    throw new Error(
      `no ${name} highlight covering exactly ${JSON.stringify(text)} within ${timeout} ms; ` +
        `CSS.highlights had: ${JSON.stringify(seen)}\n(${(err as Error).message.split('\n')[0]})`,
    );
  }
}

/** Viewport rectangle of the first range of `name` covering exactly `text`. */
export async function highlightRect(page: Page, name: HighlightName, text: string) {
  const rect = await page.evaluate(highlightRectInPage, [name, text] as const);
  if (!rect) throw new Error(`no ${name} highlight covering ${JSON.stringify(text)}`);
  return rect;
}

/** Moves the mouse onto the middle of the highlighted text (in small steps, as a hand would). */
export async function hoverHighlight(page: Page, name: HighlightName, text: string): Promise<void> {
  const r = await highlightRect(page, name, text);
  await page.mouse.move(r.x + r.width / 2 - 20, r.y + r.height / 2 + 30);
  await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2, { steps: 8 });
}

export const CARD = 'calmreply-root [data-calmreply="card"]';
export const REWRITE = 'calmreply-root [data-calmreply="rewrite"]';

/** Asserts the in-page UI host has an OPEN shadow root holding the card. */
export function cardInOpenShadowRoot(page: Page): Promise<{ open: boolean; text: string; rewrites: number }> {
  return page.evaluate(() => {
    const host = document.querySelector('calmreply-root');
    const root = host?.shadowRoot;
    const card = root?.querySelector('[data-calmreply="card"]');
    return {
      open: !!root,
      text: (card?.textContent ?? '').trim(),
      rewrites: root?.querySelectorAll('[data-calmreply="rewrite"]').length ?? 0,
    };
  });
}

// ---------------------------------------------------------------- privacy

export interface PrivacyExpectation {
  /** The one host the fixture page may talk to, e.g. acme.zendesk.com */
  fixtureHost: string;
  extensionId: string;
  /**
   * Requests of the fixture page's own third-party code that the fixture's Content-Security-Policy
   * stops inside the browser (Chromium reports them as failed with "csp"; they never reach the
   * network, and the server log would show them if they did). Only page requests qualify.
   */
  blockedByFixtureCsp?: RegExp[];
}

/**
 * The browser itself still makes a request or two even with every background-networking switch
 * off: Chromium's component updater and connectivity check (Google hosts), Firefox's remote
 * settings (Mozilla hosts, a release build ignores services.settings.server). The catch-all
 * host mapping (Chromium) or the proxy (Firefox) sends those to the fixture server too. They
 * come from the browser process, without any of the headers a page, content script, extension
 * page or service worker request carries (Origin, Referer, Sec-Fetch-*). Requests made by the
 * extension in Chromium are, in addition, caught by the browser-side recorder.
 */
export function isBrowserInternal(r: LoggedRequest): boolean {
  const webPlatform = Object.keys(r.headers).some((k) => k === 'origin' || k === 'referer' || k.startsWith('sec-fetch-'));
  return !webPlatform && /(^|\.)(googleapis\.com|gstatic\.com|google\.com|mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com)$/.test(r.host);
}

const FIXTURE_PATH = /^\/agent\/tickets\/\d+\/?$|^\/a\/tickets\/\d+\/?$|^\/ticket\/\d+\/?$|^\/__fixtures\/[\w-]+\/[\w.-]+$/;

/**
 * Everything that is NOT allowed, as readable lines (empty = clean):
 * - the extension's service worker and pages may load only their own chrome-extension:// files;
 * - the helpdesk tab may load only the fixture host (and the extension's own files, data:, blob:);
 * - the fixture server must have seen only the fixture's own host and paths.
 */
export function privacyViolations(
  browserRequests: RecordedRequest[],
  serverLog: LoggedRequest[],
  { fixtureHost, extensionId, blockedByFixtureCsp = [] }: PrivacyExpectation,
  /** receives the server-log lines ruled browser-internal (see isBrowserInternal) */
  ignored: string[] = [],
): string[] {
  const own = `chrome-extension://${extensionId}/`;
  // chrome:// pages and resources are served from inside the browser (a test may open
  // chrome://extensions), never from the network.
  const local = (url: string) => url.startsWith(own) || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('chrome://');
  const out: string[] = [];
  for (const r of browserRequests) {
    if (local(r.url)) continue;
    if (r.origin === 'page' && r.failed === 'csp' && blockedByFixtureCsp.some((re) => re.test(r.url))) continue;
    if (r.origin === 'page') {
      let host = '';
      try {
        const u = new URL(r.url);
        host = u.protocol === 'https:' ? u.host : '';
      } catch {
        /* not a URL */
      }
      if (host === fixtureHost) continue;
    }
    out.push(`browser: ${r.origin} ${r.initiator || '?'} -> ${r.method} ${r.url}${r.failed ? ` (failed: ${r.failed})` : ''}`);
  }
  for (const r of serverLog) {
    if (r.host === fixtureHost && r.tls && FIXTURE_PATH.test(r.path)) continue;
    if (r.host === fixtureHost && r.method === 'CONNECT') continue; // Firefox's proxy tunnel to the fixture
    const target = r.method === 'CONNECT' ? r.path : `${r.tls ? 'https' : 'http'}://${r.host}${r.path}`;
    const line = `server saw: ${r.method} ${target} ${JSON.stringify(r.headers)}`;
    if (isBrowserInternal(r)) ignored.push(line);
    else out.push(line);
  }
  return out;
}

// ---------------------------------------------------------------- in-page UI and editors

export const ZENDESK_PLAIN_EDITABLE = '.ck-editor__editable[contenteditable="true"][data-test-id="omnicomposer-plain-text-ckeditor"]';
export const FRESHDESK_EDITABLE = '.fr-wrapper div.fr-element.fr-view[contenteditable="true"]';

/**
 * `window` on the Freshdesk fixture page. Write `(window as unknown as FreshdeskWindow).__fixture`
 * inside `evaluate` callbacks: the Freshdesk fixture cannot declare `__fixture` on Window, the
 * Zendesk fixture's type owns that name (tests/fixtures/freshdesk/app.ts).
 */
export type FreshdeskWindow = { __fixture: FreshdeskFixtureApi };

/** The active Froala editor's HTML through Froala's `html.get()` (never the DOM), minus the
 *  attribution paragraph unlicensed Froala adds; null before Reply / Add note / Forward. */
export function froalaHtml(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as unknown as FreshdeskWindow).__fixture.activeHtml());
}

/** Waits until no CalmReply highlight has a range (old underlines gone). */
export async function waitForNoHighlights(page: Page, names: readonly HighlightName[] = HIGHLIGHT_NAMES, timeout = 10_000): Promise<void> {
  try {
    await page.waitForFunction((ns) => ns.every((n) => (CSS.highlights.get(n)?.size ?? 0) === 0), [...names], { timeout, polling: 100 });
  } catch (err) {
    const seen = await highlightTexts(page).catch(() => null);
    throw new Error(`CalmReply highlights ${names.join(', ')} still drawn after ${timeout} ms: ${JSON.stringify(seen)}\n(${(err as Error).message.split('\n')[0]})`);
  }
}

/** Text of an element inside `calmreply-root`'s open shadow root ('' when absent). */
export function shadowText(page: Page, selector: string): Promise<string> {
  return page.evaluate(
    (sel) => (document.querySelector('calmreply-root')?.shadowRoot?.querySelector(sel)?.textContent ?? '').trim(),
    selector,
  );
}

/** Waits until the shadow-root element `selector` is shown and its text matches `pattern`; returns the text. */
export async function waitForShadowText(page: Page, selector: string, pattern: RegExp, timeout = 10_000): Promise<string> {
  try {
    await page.waitForFunction(
      ([sel, src, flags]) => {
        const el = document.querySelector('calmreply-root')?.shadowRoot?.querySelector<HTMLElement>(sel);
        return !!el && el.getClientRects().length > 0 && new RegExp(src, flags).test(el.textContent ?? '');
      },
      [selector, pattern.source, pattern.flags] as const,
      { timeout, polling: 100 },
    );
  } catch (err) {
    throw new Error(
      `no ${selector} matching ${pattern} in calmreply-root within ${timeout} ms; it says ${JSON.stringify(await shadowText(page, selector))}\n` +
        `(${(err as Error).message.split('\n')[0]})`,
    );
  }
  return shadowText(page, selector);
}

/** True when the shadow-root element `selector` exists. */
export function shadowHas(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => !!document.querySelector('calmreply-root')?.shadowRoot?.querySelector(sel), selector);
}

/** Hovers the highlighted `text` until the card shows; returns the first rewrite's text. */
export async function openCardOn(page: Page, name: HighlightName, text: string): Promise<string[]> {
  await hoverHighlight(page, name, text);
  await page.locator(CARD).first().waitFor({ state: 'visible', timeout: 5_000 });
  const rewrites = await page.locator(REWRITE).allTextContents();
  if (!rewrites.length) throw new Error(`the card for ${JSON.stringify(text)} offers no rewrite`);
  return rewrites.map((r) => r.trim());
}
