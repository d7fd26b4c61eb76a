// CalmReply in Chromium on the Zendesk fixture, reached under its production host name so
// the shipped manifest's match patterns apply. The tests run in order and share one browser:
// type → underline → hover card → popup → privacy.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startChromiumSession, type ChromiumSession } from './support/chromium';
import {
  CARD,
  REWRITE,
  cardInOpenShadowRoot,
  editorData,
  hoverHighlight,
  privacyViolations,
  typeInComposer,
  waitForHighlight,
  waitForZendeskFixture,
} from './support/page';

const TICKET_URL = 'https://acme.zendesk.com/agent/tickets/101';
const PHRASE = "WE DON'T DO REFUNDS. Calm down.";

describe('CalmReply on Zendesk (Chromium)', () => {
  let session: ChromiumSession;
  let page: Page;

  beforeAll(async () => {
    session = await startChromiumSession();
    page = session.page;
  });

  afterAll(() => session?.close());

  it('opens the ticket under its production host name with the real CKEditor', async () => {
    const response = await page.goto(TICKET_URL);
    expect(response?.status()).toBe(200);
    await waitForZendeskFixture(page);
    expect(new URL(page.url()).host).toBe('acme.zendesk.com');
    expect(await editorData(page)).toBe('');
  });

  it('underlines the shouting refusal as an error and "Calm down" as a warning', async () => {
    await typeInComposer(page, PHRASE);
    expect(await editorData(page)).toBe(`<p>${PHRASE}</p>`);
    await waitForHighlight(page, 'calmreply-error', "WE DON'T DO REFUNDS");
    await waitForHighlight(page, 'calmreply-warning', 'Calm down');
    // Underlining never changes the agent's draft.
    expect(await editorData(page)).toBe(`<p>${PHRASE}</p>`);
  });

  it('shows the hover card with a message and rewrites in an open shadow root', async () => {
    await hoverHighlight(page, 'calmreply-error', "WE DON'T DO REFUNDS");
    const card = page.locator(CARD);
    await card.first().waitFor({ state: 'visible', timeout: 5_000 });
    const info = await cardInOpenShadowRoot(page);
    expect(info.open).toBe(true);
    expect(info.text.length).toBeGreaterThan(10);
    await expect.poll(() => page.locator(REWRITE).count()).toBeGreaterThanOrEqual(1);
    // A shouted refusal is hostile and a flat "no": two cards, one per category, never the same twice.
    const categories = (await page.locator(`${CARD} .category`).allTextContents()).map((c) => c.trim());
    expect(categories.length).toBeGreaterThanOrEqual(2);
    expect(new Set(categories).size).toBe(categories.length);
    expect(await editorData(page)).toBe(`<p>${PHRASE}</p>`);
  });

  it('popup for the tab lists the findings, tips and the checklist', async () => {
    const tabId = await session.browser.tabId('https://*.zendesk.com/*');
    const popup = await session.browser.openPopup(tabId);
    try {
      const count = popup.locator('[data-calmreply="finding-count"]');
      await count.first().waitFor({ state: 'attached', timeout: 10_000 });
      await expect
        .poll(async () => Number.parseInt((await count.first().textContent())?.trim() ?? '', 10), { timeout: 10_000 })
        .toBeGreaterThanOrEqual(2);
      await expect.poll(() => popup.locator('[data-calmreply="tip"]').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
      await expect
        .poll(() => popup.locator('[data-calmreply="checklist-item"]').count(), { timeout: 10_000 })
        .toBeGreaterThanOrEqual(1);
    } finally {
      await popup.close();
    }
  });

  it('made no network request beyond the fixture host (page, service worker, popup)', async () => {
    // Give any late, fire-and-forget request a moment to show up.
    await page.waitForTimeout(500);
    const chromiumOwn: string[] = [];
    const violations = privacyViolations(
      session.browser.requests,
      session.server.requests,
      { fixtureHost: 'acme.zendesk.com', extensionId: await session.browser.extensionId() },
      chromiumOwn,
    );
    if (chromiumOwn.length) console.info('Chromium\'s own background requests (not the extension):\n' + chromiumOwn.join('\n'));
    expect(violations).toEqual([]);
    // Sanity: the recorder did see the fixture's own traffic.
    expect(session.browser.requests.some((r) => r.url === TICKET_URL && r.origin === 'page')).toBe(true);
    expect(session.server.requests.some((r) => r.host === 'acme.zendesk.com' && r.path === '/agent/tickets/101')).toBe(true);
  });
});
