// "In the editor" on Freshdesk (Chromium, production build, production match patterns): the
// fixture at https://acme.freshdesk.com/a/tickets/4711 mounts the REAL Froala editor only when
// the agent clicks Reply. Type → underline → hover → rewrite → the text is replaced in Froala
// (read back through Froala's own API) → Froala's undo restores it → the mood chip.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startChromiumSession, type ChromiumSession } from './support/chromium';
import {
  CARD,
  FRESHDESK_EDITABLE,
  REWRITE,
  froalaHtml,
  highlightTexts,
  openCardOn,
  privacyViolations,
  shadowHas,
  waitForHighlight,
  waitForShadowText,
  type FreshdeskWindow,
} from './support/page';

const HOST = 'acme.freshdesk.com';
const TICKET_URL = `https://${HOST}/a/tickets/4711`;
const DRAFT = 'Hi Jordan, please calm down. I am looking into your refund right now.';

describe('In the editor: Freshdesk with Froala (Chromium)', () => {
  let session: ChromiumSession;
  let page: Page;

  beforeAll(async () => {
    session = await startChromiumSession();
    page = session.page;
  });

  afterAll(() => session?.close());

  it('serves the Freshdesk fixture under its production host name; no editor before Reply', async () => {
    const response = await page.goto(TICKET_URL);
    expect(response?.status()).toBe(200);
    await page.locator('[data-test-id="active-editor"]').waitFor({ state: 'visible' });
    expect(await page.locator(FRESHDESK_EDITABLE).count()).toBe(0);
  });

  it('Reply mounts Froala; typing gets the phrase underlined', async () => {
    await page.locator('[data-test-actions="reply"]').click();
    const editable = page.locator(`${FRESHDESK_EDITABLE}:visible`).first();
    await editable.waitFor({ state: 'visible', timeout: 20_000 });
    await page.waitForFunction(() => document.activeElement?.classList.contains('fr-element'), undefined, { timeout: 10_000 });
    await page.keyboard.type(DRAFT, { delay: 10 });
    await expect.poll(() => froalaHtml(page)).toBe(`<p>${DRAFT}</p>`);
    await waitForHighlight(page, 'calmreply-warning', 'please calm down');
  });

  it('hover → card → rewrite replaces the phrase in Froala; Froala\'s undo restores it', async () => {
    const rewrites = await openCardOn(page, 'calmreply-warning', 'please calm down');
    await page.locator(REWRITE).first().click();
    const rewritten = `<p>${DRAFT.replace('please calm down', rewrites[0]!)}</p>`;
    await expect.poll(() => froalaHtml(page), { timeout: 5_000 }).toBe(rewritten);
    await page.locator(CARD).first().waitFor({ state: 'detached', timeout: 5_000 });
    await expect.poll(async () => (await highlightTexts(page))['calmreply-warning']).not.toContain('please calm down');
    // The rewrite went in as a step of Froala's own undo history: Froala's undo brings the agent's
    // words back. (Ctrl+Z itself cannot be used here: the fixture's unlicensed Froala swallows the
    // shortcut without undoing anything, even plain typing — see the fixture's `undo()`.)
    await page.evaluate(() => (window as unknown as FreshdeskWindow).__fixture.undo());
    await expect.poll(() => froalaHtml(page), { timeout: 5_000 }).toBe(`<p>${DRAFT}</p>`);
    await waitForHighlight(page, 'calmreply-warning', 'please calm down');
  });

  it('keeps typing after the undo without losing characters', async () => {
    await page.locator(`${FRESHDESK_EDITABLE}:visible`).first().press('Control+End');
    const more = ' You will hear from me today.';
    await page.keyboard.type(more, { delay: 0 });
    await expect.poll(() => froalaHtml(page), { timeout: 5_000 }).toBe(`<p>${DRAFT}${more}</p>`);
    await waitForHighlight(page, 'calmreply-warning', 'please calm down');
  });

  it('the status chip shows the angry customer\'s mood; no safety banner', async () => {
    const chip = await waitForShadowText(page, '[data-calmreply="chip"]', /angry|furious/);
    expect(chip).toMatch(/Customer mood: (angry|furious)/);
    expect(await shadowHas(page, '[data-calmreply="safety-banner"]')).toBe(false);
  });

  it('threw no page errors and made no network request beyond the fixture host', async () => {
    expect(session.pageErrors).toEqual([]);
    const violations = privacyViolations(session.browser.requests, session.server.requests, {
      fixtureHost: HOST,
      extensionId: await session.browser.extensionId(),
      // Unlicensed Froala's tracking pixel, stopped inside the browser by the fixture page's own
      // CSP (see tests/fixtures/freshdesk/index.html); the server log proves it never left.
      blockedByFixtureCsp: [/^https:\/\/c0\.froala\.com\//],
    });
    expect(violations).toEqual([]);
  });
});
