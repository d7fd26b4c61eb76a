// "In the editor" on Zendesk (Chromium, production build, production match patterns): the full
// loop an agent goes through in the real CKEditor 5 — underline → hover → card → rewrite through
// the editor's own model → Ctrl+Z → keep typing — plus ticket switches (pushState through the
// fixture's tab bar), the mood chip, the safety banner, the Alt+Shift+N shortcut, the messaging
// (plain-text) composer and internal notes. The tests run in order and share one browser.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startChromiumSession, type ChromiumSession } from './support/chromium';
import {
  CARD,
  REWRITE,
  ZENDESK_EDITABLE,
  ZENDESK_PLAIN_EDITABLE,
  editorData,
  highlightRect,
  highlightTexts,
  openCardOn,
  privacyViolations,
  shadowHas,
  waitForHighlight,
  waitForNoHighlights,
  waitForShadowText,
  waitForZendeskFixture,
} from './support/page';

const HOST = 'acme.zendesk.com';
const DRAFT = 'Hi Jordan. Calm down, I am checking the refund now.';
const CHIP = '[data-calmreply="chip"]';
const BANNER = '[data-calmreply="safety-banner"]';

/** The visible composer of the active ticket (hidden tickets keep theirs in the DOM). */
const visibleComposer = (page: Page, selector = ZENDESK_EDITABLE) => page.locator(`${selector}:visible`).first();

function tab(page: Page, id: string) {
  return page.locator(`[data-test-id="header-tab-ticket-${id}"]`);
}

async function switchTicket(page: Page, id: string): Promise<void> {
  await tab(page, id).click();
  await page.waitForURL(`https://${HOST}/agent/tickets/${id}`);
  await page.waitForFunction((tid) => window.__fixture.editors[tid] != null && window.__fixture.editor === window.__fixture.editors[tid], id, {
    timeout: 20_000,
  });
}

describe('In the editor: Zendesk rich text and messaging composers (Chromium)', () => {
  let session: ChromiumSession;
  let page: Page;

  beforeAll(async () => {
    session = await startChromiumSession();
    page = session.page;
  });

  afterAll(() => session?.close());

  it('underlines exactly the dismissive phrase in the typed reply, inside the composer', async () => {
    const response = await page.goto(`https://${HOST}/agent/tickets/101`);
    expect(response?.status()).toBe(200);
    await waitForZendeskFixture(page);
    await visibleComposer(page).click();
    await page.keyboard.type(DRAFT, { delay: 10 });
    expect(await editorData(page)).toBe(`<p>${DRAFT}</p>`);
    await waitForHighlight(page, 'calmreply-warning', 'Calm down');
    // The underline sits on the words in the composer, not somewhere else on the page.
    const rect = await highlightRect(page, 'calmreply-warning', 'Calm down');
    const box = (await visibleComposer(page).boundingBox())!;
    expect(rect.x).toBeGreaterThanOrEqual(box.x);
    expect(rect.y).toBeGreaterThanOrEqual(box.y);
    expect(rect.x + rect.width).toBeLessThanOrEqual(box.x + box.width);
    expect(rect.y + rect.height).toBeLessThanOrEqual(box.y + box.height);
    expect((await highlightTexts(page))['calmreply-error']).toEqual([]);
  });

  it('hover → card → a rewrite replaces the phrase in the CKEditor model; Ctrl+Z restores it', async () => {
    const rewrites = await openCardOn(page, 'calmreply-warning', 'Calm down');
    const chosen = rewrites[0]!;
    expect(chosen).not.toMatch(/calm down/i);
    await page.locator(REWRITE).first().click();
    const rewritten = `<p>${DRAFT.replace('Calm down', chosen)}</p>`;
    await expect.poll(() => editorData(page), { timeout: 5_000 }).toBe(rewritten);
    await page.locator(CARD).first().waitFor({ state: 'detached', timeout: 5_000 });
    // The editor took the change itself: its own undo brings the agent's words back.
    await waitForNoHighlights(page, ['calmreply-warning']);
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorData(page), { timeout: 5_000 }).toBe(`<p>${DRAFT}</p>`);
    await waitForHighlight(page, 'calmreply-warning', 'Calm down');
    // Redo works too (the change is one step in CKEditor's history).
    await page.keyboard.press('Control+y');
    await expect.poll(() => editorData(page), { timeout: 5_000 }).toBe(rewritten);
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorData(page), { timeout: 5_000 }).toBe(`<p>${DRAFT}</p>`);
  });

  it('keeps every character when the agent types fast right after a check', async () => {
    await waitForHighlight(page, 'calmreply-warning', 'Calm down');
    await visibleComposer(page).press('Control+End');
    // Fast bursts with pauses just over the check delay, so checks land between and during bursts.
    const bursts = [' WE DON\'T DO REFUNDS.', ' Sorry, that was rude of me.', ' I will call you back before 5 pm today, promised.'];
    for (const burst of bursts) {
      await page.keyboard.type(burst, { delay: 0 });
      await page.waitForTimeout(170); // just past the content script's 150 ms typing pause, on purpose
    }
    const full = DRAFT + bursts.join('');
    await expect.poll(() => editorData(page), { timeout: 5_000 }).toBe(`<p>${full}</p>`);
    await waitForHighlight(page, 'calmreply-error', "WE DON'T DO REFUNDS");
    await waitForHighlight(page, 'calmreply-warning', 'Calm down');
    expect(await editorData(page)).toBe(`<p>${full}</p>`);
  });

  it('Alt+Shift+N focuses the first rewrite of the next finding and Enter applies it', async () => {
    const before = await editorData(page);
    // The card focuses its first rewrite once it has rendered (a Preact effect, after paint).
    const focusedRewrite = async () => {
      await page
        .waitForFunction(
          () => (document.querySelector('calmreply-root')?.shadowRoot?.activeElement as HTMLElement | null)?.dataset.calmreply === 'rewrite',
          undefined,
          { timeout: 5_000, polling: 50 },
        )
        .catch(() => undefined); // the assertion below says what had the focus instead
      return page.evaluate(() => {
        const active = document.querySelector('calmreply-root')?.shadowRoot?.activeElement as HTMLElement | null | undefined;
        return { kind: active?.dataset.calmreply ?? null, text: active?.textContent?.trim() ?? '' };
      });
    };
    // Caret at the start: the next finding is "Calm down".
    await visibleComposer(page).press('Control+Home');
    await page.keyboard.press('Alt+Shift+N');
    await page.locator(CARD).first().waitFor({ state: 'visible', timeout: 5_000 });
    const first = await focusedRewrite();
    expect(first.kind).toBe('rewrite');
    expect(first.text).not.toBe('');
    // Escape closes the card, back in the editor with the caret after "Calm down"; the next
    // Alt+Shift+N goes on to the finding after it, the shouting refusal.
    await page.keyboard.press('Escape');
    await page.locator(CARD).first().waitFor({ state: 'detached', timeout: 5_000 });
    await page.keyboard.press('Alt+Shift+N');
    await page.locator(CARD).first().waitFor({ state: 'visible', timeout: 5_000 });
    const second = await focusedRewrite();
    expect(second.kind).toBe('rewrite');
    await page.keyboard.press('Enter');
    const once = before.replace("WE DON'T DO REFUNDS", second.text);
    await expect.poll(() => editorData(page), { timeout: 5_000 }).toBe(once);
    // From the start again: Enter on the first rewrite of "Calm down".
    await waitForHighlight(page, 'calmreply-warning', 'Calm down');
    await visibleComposer(page).press('Control+Home');
    await page.keyboard.press('Alt+Shift+N');
    await page.locator(CARD).first().waitFor({ state: 'visible', timeout: 5_000 });
    expect(await focusedRewrite()).toEqual(first);
    await page.keyboard.press('Enter');
    await expect.poll(() => editorData(page), { timeout: 5_000 }).toBe(once.replace('Calm down', first.text));
    // Undo twice: the agent's original draft again, character for character.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorData(page), { timeout: 5_000 }).toBe(before);
  });

  it('the status chip shows the angry customer\'s mood', async () => {
    const chip = await waitForShadowText(page, CHIP, /angry|furious/);
    expect(chip).toMatch(/Customer mood: (angry|furious)/);
    expect(await shadowHas(page, BANNER)).toBe(false);
  });

  it('switching ticket (pushState, tab bar) drops the old underlines and shows the safety banner at once', async () => {
    await waitForHighlight(page, 'calmreply-warning', 'Calm down');
    await switchTicket(page, '103');
    await waitForNoHighlights(page);
    // Without typing a word: the customer's message alone brings the company's protocol up.
    const banner = await waitForShadowText(page, BANNER, /\S/);
    expect(banner.length).toBeGreaterThan(20);
    expect(await editorData(page)).toBe('');
  });

  it('watches the new ticket\'s composer (and leaves the old draft alone)', async () => {
    // The banner covers the top of the page; the agent acknowledges it first.
    await page.locator(`calmreply-root ${BANNER} button`).click();
    await expect.poll(() => shadowHas(page, BANNER)).toBe(false);
    await visibleComposer(page).click();
    await page.keyboard.type('Please calm down.', { delay: 10 });
    await waitForHighlight(page, 'calmreply-warning', 'Please calm down');
    expect(await editorData(page)).toBe('<p>Please calm down.</p>');
    expect(await page.evaluate(() => window.__fixture.editors['101']!.getData())).toContain('Calm down');
  });

  it('back on the first ticket: its draft is underlined again and the other ticket\'s banner does not follow', async () => {
    await switchTicket(page, '101');
    await waitForHighlight(page, 'calmreply-warning', 'Calm down');
    await waitForShadowText(page, CHIP, /angry|furious/);
    expect(await shadowHas(page, BANNER)).toBe(false);
  });

  it('underlines in the messaging (plain-text) composer too', async () => {
    await switchTicket(page, '104');
    await waitForNoHighlights(page);
    const composer = visibleComposer(page, ZENDESK_PLAIN_EDITABLE);
    await composer.waitFor({ state: 'visible' });
    await composer.click();
    await page.keyboard.type('hi robin, calm down please.', { delay: 10 });
    await waitForHighlight(page, 'calmreply-warning', 'calm down');
    const rewrites = await openCardOn(page, 'calmreply-warning', 'calm down');
    await page.locator(REWRITE).first().click();
    await expect.poll(() => editorData(page), { timeout: 5_000 }).toBe(`<p>hi robin, ${rewrites[0]!} please.</p>`);
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorData(page), { timeout: 5_000 }).toBe('<p>hi robin, calm down please.</p>');
  });

  it('internal note: "calm down" alone gets no warning, "you idiot" still gets an error', async () => {
    await switchTicket(page, '102');
    const composer = visibleComposer(page);
    await composer.click();
    await page.keyboard.type('Please calm down.', { delay: 10 });
    // As a public reply it is a warning …
    await waitForHighlight(page, 'calmreply-warning', 'Please calm down');
    // … switched to an internal note (default notes mode: hostility and blame only) it is not.
    await page.locator('[data-test-id="omnichannel-channel-switcher-button"]:visible').click();
    await expect.poll(() => page.locator('[data-test-id="omnichannel-channel-switcher-button"]:visible').textContent()).toBe('Internal note');
    await composer.click();
    await composer.press('Control+End');
    await page.keyboard.type(' ', { delay: 10 });
    await waitForNoHighlights(page);
    await page.keyboard.type('You idiot.', { delay: 10 });
    await waitForHighlight(page, 'calmreply-error', 'You idiot');
    expect((await highlightTexts(page))['calmreply-warning']).toEqual([]);
    expect(await editorData(page)).toBe('<p>Please calm down. You idiot.</p>');
  });

  it('threw no page errors and made no network request beyond the fixture host', async () => {
    expect(session.pageErrors).toEqual([]);
    const violations = privacyViolations(session.browser.requests, session.server.requests, {
      fixtureHost: HOST,
      extensionId: await session.browser.extensionId(),
    });
    expect(violations).toEqual([]);
  });
});
