// "In the editor" on a custom helpdesk domain (generic adapter, Chromium, production build):
// https://help.acme-support.test/ticket/9 gets nothing until the agent adds the domain in the
// options page and the host permission is granted. Then: textarea reply box → underline drawn on
// the mirror → rewrite (insertText / setRangeText) → Ctrl+Z; contenteditable box → underline →
// rewrite → Ctrl+Z.
//
// Granting the permission. The options page's "Add" button calls chrome.permissions.request
// from the click (a user gesture). In Chromium that opens a native permission prompt, and
// nothing in headless test automation can answer it (checked: the request stays pending;
// --apps-gallery-install-auto-confirm-for-tests does not apply). So the test grants the site the
// way a user also can, in the browser's own extension settings: chrome://extensions → CalmReply →
// Site access → "On specific sites" → add, which is chrome.developerPrivate.addHostPermission on
// the chrome://extensions page. After that the options page's own button is clicked as usual:
// its chrome.permissions.request resolves true without a prompt, and the page saves the domain
// with `page:set-settings`; the background then registers the content script for it. Nothing
// writes chrome.storage behind the extension's back.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startChromiumSession, type ChromiumSession, type LaunchedChromium } from './support/chromium';
import { CARD, REWRITE, highlightRect, highlightTexts, openCardOn, privacyViolations, waitForHighlight, waitForNoHighlights } from './support/page';
import { GENERIC_HOST } from './support/server';

const ORIGIN = `https://${GENERIC_HOST}`;
const TICKET_URL = `${ORIGIN}/ticket/9`;
const TEXTAREA_TEXT = "Hi,\nplease calm down, we don't do refunds.";

interface ChromeApis {
  chrome: {
    developerPrivate: { addHostPermission(id: string, host: string, done: () => void): void };
    runtime: { lastError?: { message?: string } };
    permissions: { contains(p: { origins: string[] }): Promise<boolean> };
    scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  };
}

describe('In the editor: custom helpdesk domain, generic adapter (Chromium)', () => {
  let session: ChromiumSession;
  let browser: LaunchedChromium;
  /** The ticket tab: these tests open their own (a fresh load once the domain is added); the
   *  session's empty tab stays unused. */
  let page: Page;
  let extensionId: string;

  beforeAll(async () => {
    session = await startChromiumSession();
    browser = session.browser;
    extensionId = await browser.extensionId();
  });

  afterAll(() => session?.close());

  const registered = async () => {
    const sw = await browser.serviceWorker();
    return sw.evaluate(async () => (globalThis as unknown as ChromeApis).chrome.scripting.getRegisteredContentScripts());
  };

  it('does nothing on the custom domain before the agent adds it', async () => {
    page = await browser.context.newPage();
    const response = await page.goto(TICKET_URL);
    expect(response?.status()).toBe(200);
    expect(await registered()).toEqual([]);
    await page.locator('#reply').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Calm down.');
    // A negative check has nothing to wait for; give a content script, were there one, well over
    // its typing pause (150 ms) to react.
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => !!document.querySelector('calmreply-root, [data-calmreply-mirror]'))).toBe(false);
    expect(await highlightTexts(page)).toEqual({ 'calmreply-error': [], 'calmreply-warning': [], 'calmreply-hint': [] });
    await page.close();
  });

  it('the agent adds the domain in the options page; the host permission is granted', async () => {
    // The browser's extension settings: site access for this one site (see the file comment).
    const extensions = await browser.context.newPage();
    await extensions.goto('chrome://extensions/');
    const error = await extensions.evaluate(
      ([id, host]) =>
        new Promise<string>((done) => {
          const { chrome } = globalThis as unknown as ChromeApis;
          chrome.developerPrivate.addHostPermission(id, host, () => done(chrome.runtime.lastError?.message ?? ''));
        }),
      [extensionId, `*://${GENERIC_HOST}/*`] as const,
    );
    expect(error).toBe('');
    await extensions.close();

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('[data-calmreply="domain-input"]').fill(ORIGIN);
    await options.locator('[data-calmreply="domain-add"]').click();
    await expect.poll(() => options.locator('[data-calmreply="domain"]').allTextContents(), { timeout: 10_000 }).toEqual([
      expect.stringContaining(ORIGIN),
    ]);
    expect(await options.locator('[data-calmreply="domain-error"]').count()).toBe(0);
    expect(
      await options.evaluate((o) => (globalThis as unknown as ChromeApis).chrome.permissions.contains({ origins: [`${o}/*`] }), ORIGIN),
    ).toBe(true);
    await expect.poll(async () => (await registered()).flatMap((s) => s.matches ?? []), { timeout: 10_000 }).toEqual([`${ORIGIN}/*`]);
    await options.close();
  });

  it('textarea: the underline is drawn on the mirror over the textarea', async () => {
    page = await browser.context.newPage();
    await page.goto(TICKET_URL);
    expect(await page.locator('#reply').inputValue()).toBe(TEXTAREA_TEXT);
    await page.locator('#reply').click();
    await waitForHighlight(page, 'calmreply-warning', 'please calm down');
    // The range lives in CalmReply's mirror, laid over the textarea's own glyphs.
    const inMirror = await page.evaluate(() =>
      [...(CSS.highlights.get('calmreply-warning') ?? [])].some((r) => !!r.startContainer.parentElement?.closest('[data-calmreply-mirror]')),
    );
    expect(inMirror).toBe(true);
    const rect = await highlightRect(page, 'calmreply-warning', 'please calm down');
    const box = (await page.locator('#reply').boundingBox())!;
    expect(rect.x).toBeGreaterThanOrEqual(box.x);
    expect(rect.y).toBeGreaterThanOrEqual(box.y);
    expect(rect.x + rect.width).toBeLessThanOrEqual(box.x + box.width);
    expect(rect.y + rect.height).toBeLessThanOrEqual(box.y + box.height);
  });

  it('textarea: a rewrite replaces the phrase in the value; Ctrl+Z restores it', async () => {
    const rewrites = await openCardOn(page, 'calmreply-warning', 'please calm down');
    await page.locator(REWRITE).first().click();
    const rewritten = TEXTAREA_TEXT.replace('please calm down', rewrites[0]!);
    await expect.poll(() => page.locator('#reply').inputValue(), { timeout: 5_000 }).toBe(rewritten);
    await page.locator(CARD).first().waitFor({ state: 'detached', timeout: 5_000 });
    await expect.poll(async () => (await highlightTexts(page))['calmreply-warning']).not.toContain('please calm down');
    await page.locator('#reply').press('Control+z');
    await expect.poll(() => page.locator('#reply').inputValue(), { timeout: 5_000 }).toBe(TEXTAREA_TEXT);
    await waitForHighlight(page, 'calmreply-warning', 'please calm down');
  });

  it('contenteditable: underline, rewrite, Ctrl+Z', async () => {
    const rich = page.locator('#rich');
    const original = await rich.innerText();
    await rich.locator('p').nth(1).click();
    await waitForHighlight(page, 'calmreply-warning', 'As I already explained');
    // Only the focused box is the reply: the textarea's underlines are gone.
    await expect.poll(async () => (await highlightTexts(page))['calmreply-warning']).toEqual(['As I already explained']);
    const rewrites = await openCardOn(page, 'calmreply-warning', 'As I already explained');
    await page.locator(REWRITE).first().click();
    await expect.poll(() => rich.locator('p').nth(1).innerText(), { timeout: 5_000 }).toBe(`${rewrites[0]!}, this is not our fault.`);
    // The bold words and the non-editable signature chip are untouched.
    expect(await rich.locator('b').innerText()).toBe('this is not our fault');
    expect(await rich.locator('.chip[contenteditable="false"]').innerText()).toBe('Signature');
    await waitForNoHighlights(page, ['calmreply-warning']);
    await page.keyboard.press('Control+z');
    await expect.poll(() => rich.innerText(), { timeout: 5_000 }).toBe(original);
    await waitForHighlight(page, 'calmreply-warning', 'As I already explained');
  });

  it('made no network request beyond the custom domain', async () => {
    const violations = privacyViolations(browser.requests, session.server.requests, { fixtureHost: GENERIC_HOST, extensionId });
    expect(violations).toEqual([]);
  });
});
