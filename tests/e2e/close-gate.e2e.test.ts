// The close gate on the Zendesk fixture in Chromium, with the production build (dist/chrome):
// a reply that promises a follow-up without a reminder stops "Submit as Solved" (menu, main
// button, Ctrl+Alt+S) with a dialog; "Go back"/Escape return to the draft, "Close anyway"
// submits exactly once; a confirmed follow-up, a ticked item or the gate turned off lets the
// submit straight through; and when the extension goes away mid-ticket (reloaded), the helpdesk
// works as before with the draft intact (fail open).
//
// The tests run in order and share one browser and one ticket tab. Messages the popup and the
// options page send are sent from an extension page (support/extension.ts: ExtensionControl).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionServiceWorker, startChromiumSession, type ChromiumSession } from './support/chromium';
import {
  ExtensionControl, GATE_BACK, GATE_CLOSE_ANYWAY, MAIN_SUBMIT, dueIn, focusInEditor, gateSnapshot,
  submissions, submitAsSolvedFromMenu, waitForCheck, waitForGate, zendeskTicket,
  type ExtensionGlobal, type TabStateLite,
} from './support/extension';
import { ACTIVE_EDITABLE, editorData, typeInComposer, waitForZendeskFixture } from './support/page';

const TICKET = zendeskTicket('110'); // the fixture's default calm customer (Alex Kim): the promise is the only open item
const PROMISE = "Hi Alex, I'll call you tomorrow with the tracking number.";
const FOLLOW_UP_ITEM = 'Every promised follow-up has a reminder';
const LEAD_ITEM = 'I involved my lead';
/** Two promises; the confirmed follow-up covers only the first, so the item is open again. */
const TWO_PROMISES = `${PROMISE} I will also email you the return label on Friday. Is there anything else I can do for you?`;

describe('close gate on Zendesk (Chromium)', () => {
  let session: ChromiumSession;
  let page: Page;
  let control: ExtensionControl;
  let tabId: number;

  /** Waits until the background checked the draft `text` on this tab after `after` and `ready`
   *  holds (why `after` matters: support/extension.ts, waitForCheck). */
  const checked = (text: string, ready: (s: TabStateLite) => boolean, after?: number) =>
    waitForCheck({ control, tabId, readDraft: () => editorData(page) }, text, ready, after);

  const item = (s: TabStateLite, id: string) => s.checklist.find((c) => c.id === id);

  /** Empties the composer through CKEditor (as after a submit) and types `text` like an agent;
   *  resolves with the time the last key was typed. */
  async function typeReply(text: string): Promise<number> {
    await page.evaluate(() => window.__fixture.editor!.setData(''));
    await typeInComposer(page, text, 5);
    return Date.now();
  }

  async function submitCount(): Promise<number> {
    return (await submissions(page)).length;
  }

  beforeAll(async () => {
    session = await startChromiumSession();
    page = session.page;
    await page.goto(TICKET.url);
    await waitForZendeskFixture(page);
    control = await ExtensionControl.open(session.browser.context);
    tabId = await control.tabId('https://*.zendesk.com/*');
    await page.bringToFront();
  });

  afterAll(() => session?.close());

  it('stops "Submit as Solved" from the menu: the dialog lists the open item and takes focus', async () => {
    const since = await typeReply(PROMISE);
    const state = await checked(PROMISE, (s) => item(s, 'follow-ups-scheduled')?.done === false, since);
    expect(item(state, 'follow-ups-scheduled')?.auto).toBe(false);

    await submitAsSolvedFromMenu(page);
    await waitForGate(page, true);
    const gate = await gateSnapshot(page);
    expect(gate.items).toContain(FOLLOW_UP_ITEM);
    expect(gate.focusInside).toBe(true);
    expect(gate.focused).toBe('gate-back');
    expect(await submitCount()).toBe(0);
    expect(await editorData(page)).toBe(`<p>${PROMISE}</p>`);
  });

  it('Escape closes the dialog, focus returns to the editor, nothing is submitted', async () => {
    await page.keyboard.press('Escape');
    await waitForGate(page, false);
    await expect.poll(() => focusInEditor(page)).toBe(true);
    expect(await submitCount()).toBe(0);
    expect(await editorData(page)).toBe(`<p>${PROMISE}</p>`);
    // The agent can type on at once: the caret is in the reply.
  });

  it('"Go back to the reply" does the same', async () => {
    await submitAsSolvedFromMenu(page);
    await waitForGate(page, true);
    await page.locator(GATE_BACK).click();
    await waitForGate(page, false);
    await expect.poll(() => focusInEditor(page)).toBe(true);
    expect(await submitCount()).toBe(0);
    expect(await editorData(page)).toBe(`<p>${PROMISE}</p>`);
  });

  it('"Close anyway" submits exactly once, as Solved', async () => {
    await submitAsSolvedFromMenu(page);
    await waitForGate(page, true);
    await page.locator(GATE_CLOSE_ANYWAY).click();
    await waitForGate(page, false);
    await expect.poll(submitCount).toBe(1);
    const [first] = await submissions(page);
    expect(first).toMatchObject({ ticketId: '110', status: 'solved' });
    expect(first!.html).toBe(`<p>${PROMISE}</p>`);
    // A replay must not be doubled: give any second submit a moment to show.
    await page.waitForTimeout(300);
    expect(await submitCount()).toBe(1);
  });

  it('Ctrl+Alt+S is stopped the same way; "Close anyway" then submits once', async () => {
    const since = await typeReply(PROMISE);
    await checked(PROMISE, (s) => item(s, 'follow-ups-scheduled')?.done === false, since);
    await page.locator(ACTIVE_EDITABLE).first().focus();
    await page.keyboard.press('Control+Alt+KeyS');
    await waitForGate(page, true);
    const gate = await gateSnapshot(page);
    expect(gate.items).toContain(FOLLOW_UP_ITEM);
    expect(gate.focusInside).toBe(true);
    expect(await submitCount()).toBe(1);

    await page.keyboard.press('Escape');
    await waitForGate(page, false);
    await expect.poll(() => focusInEditor(page)).toBe(true);
    expect(await submitCount()).toBe(1);
    expect(await editorData(page)).toBe(`<p>${PROMISE}</p>`);

    await page.keyboard.press('Control+Alt+KeyS');
    await waitForGate(page, true);
    await page.locator(GATE_CLOSE_ANYWAY).click();
    await expect.poll(submitCount).toBe(2);
    expect((await submissions(page))[1]).toMatchObject({ ticketId: '110', status: 'solved', html: `<p>${PROMISE}</p>` });
    await page.waitForTimeout(300);
    expect(await submitCount()).toBe(2);
  });

  it('after the follow-up is confirmed the ticket closes straight away (menu and main button)', async () => {
    const since = await typeReply(PROMISE);
    await checked(PROMISE, (s) => item(s, 'follow-ups-scheduled')?.done === false, since);
    const stored = Date.now();
    const confirmed = await control.send({
      type: 'page:confirm-follow-up',
      ticket: TICKET,
      label: 'Call Alex with the tracking number',
      due: dueIn(24 * 3600_000),
    });
    expect(confirmed).toMatchObject({ ok: true });
    // The stored change makes the tab check again; its checklist now has the promise covered.
    await checked(PROMISE, (s) => item(s, 'follow-ups-scheduled')?.done === true, stored);

    await submitAsSolvedFromMenu(page);
    await expect.poll(submitCount).toBe(3);
    expect((await gateSnapshot(page)).open).toBe(false);
    expect((await submissions(page))[2]).toMatchObject({ status: 'solved', html: `<p>${PROMISE}</p>` });

    // The ticket is Solved now, so the main button reads "Submit as Solved": also a close control.
    const main = page.locator(MAIN_SUBMIT).first();
    await expect.poll(() => main.textContent()).toBe('Submit as Solved');
    const again = await typeReply(PROMISE);
    await checked(PROMISE, (s) => item(s, 'follow-ups-scheduled')?.done === true, again);
    await main.click();
    await expect.poll(submitCount).toBe(4);
    expect((await gateSnapshot(page)).open).toBe(false);
  });

  it('the main button labelled Solved is gated too while an item is open', async () => {
    // Two promises, one reminder: the item is open again.
    const text = TWO_PROMISES;
    const since = await typeReply(text);
    await checked(text, (s) => item(s, 'follow-ups-scheduled')?.done === false, since);
    await page.locator(MAIN_SUBMIT).first().click();
    await waitForGate(page, true);
    expect((await gateSnapshot(page)).items).toContain(FOLLOW_UP_ITEM);
    expect(await submitCount()).toBe(4);
    await page.keyboard.press('Escape');
    await waitForGate(page, false);
  });

  it('with the gate off in the settings, the same submit goes straight through', async () => {
    const text = TWO_PROMISES;
    const current = await control.send<{ ok: boolean; settings: Record<string, unknown> }>({ type: 'page:get-settings' });
    expect(current.ok).toBe(true);
    const t = Date.now();
    const saved = await control.send({ type: 'page:set-settings', settings: { ...current.settings, gateMode: 'off' } });
    expect(saved).toMatchObject({ ok: true, settings: { gateMode: 'off' } });
    // The tab reads the new settings and checks again; the item is still open, the gate is not.
    await checked(text, (s) => item(s, 'follow-ups-scheduled')?.done === false, t);
    await submitAsSolvedFromMenu(page);
    await expect.poll(submitCount).toBe(5);
    expect((await gateSnapshot(page)).open).toBe(false);
    expect((await submissions(page))[4]).toMatchObject({ status: 'solved', html: `<p>${text}</p>` });

    const back = Date.now();
    await control.send({ type: 'page:set-settings', settings: { ...current.settings, gateMode: 'warn' } });
    const again = await typeReply(text);
    await checked(text, (s) => item(s, 'follow-ups-scheduled')?.done === false, Math.max(back, again));
    await submitAsSolvedFromMenu(page);
    await waitForGate(page, true);
    await page.keyboard.press('Escape');
    await waitForGate(page, false);
    expect(await submitCount()).toBe(5);
  });

  it('a customer who asked for a supervisor: "I involved my lead" gates until ticked', async () => {
    await page.evaluate(() => window.__fixture.openTicket('102'));
    await waitForZendeskFixture(page);
    const ticket = zendeskTicket('102');
    const text = 'Es tut mir leid, dass Ihre Bestellung noch nicht angekommen ist. Ich prüfe den Versand sofort. Kann ich sonst noch etwas für Sie tun?';
    const since = await typeReply(text);
    const state = await checked(text, (s) => s.ticket.ticketId === '102' && item(s, 'involved-lead')?.done === false, since);
    expect(state.customer?.signals).toContain('escalation-request');

    await submitAsSolvedFromMenu(page);
    await waitForGate(page, true);
    expect((await gateSnapshot(page)).items).toContain(LEAD_ITEM);
    await page.locator(GATE_BACK).click();
    await waitForGate(page, false);

    const tickedAt = Date.now();
    const ticked = await control.send({ type: 'page:set-checklist-override', ticket, item: 'involved-lead', value: true });
    expect(ticked).toMatchObject({ ok: true, state: { checklist: { 'involved-lead': true } } });
    await checked(text, (s) => s.ticket.ticketId === '102' && item(s, 'involved-lead')?.done === true, tickedAt);
    const before = await submitCount();
    await submitAsSolvedFromMenu(page);
    await expect.poll(submitCount).toBe(before + 1);
    expect((await gateSnapshot(page)).open).toBe(false);
    expect((await submissions(page))[before]).toMatchObject({ ticketId: '102', status: 'solved', html: `<p>${text}</p>` });
  });

  it('fail open: the extension reloads mid-ticket; the draft is intact and Solved still submits', async () => {
    await page.evaluate(() => window.__fixture.openTicket('110'));
    await waitForZendeskFixture(page);
    const text = TWO_PROMISES;
    const since = await typeReply(text);
    await checked(text, (s) => s.ticket.ticketId === '110' && item(s, 'follow-ups-scheduled')?.done === false, since);
    // Armed: the gate would stop this submit.
    await submitAsSolvedFromMenu(page);
    await waitForGate(page, true);
    await page.keyboard.press('Escape');
    await waitForGate(page, false);
    const before = await submitCount();

    // The extension goes away under the page (an update or a reload from chrome://extensions).
    // Its pages close when it unloads: that is the moment to click, before the orphaned content
    // script's next look at the page (a DOM change or its 1 s poll) takes its listeners out.
    const unloaded = control.page.waitForEvent('close', { timeout: 10_000 });
    const sw = await extensionServiceWorker(session.browser.context);
    await sw.evaluate(() => {
      setTimeout(() => (globalThis as unknown as ExtensionGlobal).chrome.runtime.reload(), 50);
    });
    await unloaded;
    expect(await editorData(page)).toBe(`<p>${text}</p>`);

    await submitAsSolvedFromMenu(page);
    await expect.poll(submitCount).toBe(before + 1);
    expect((await gateSnapshot(page)).open).toBe(false);
    expect((await submissions(page))[before]).toMatchObject({ ticketId: '110', status: 'solved', html: `<p>${text}</p>` });
    // The orphaned content script has taken its UI out of the page.
    await page.waitForFunction(() => !document.querySelector('calmreply-root'), undefined, { timeout: 5_000, polling: 100 });
  });

  it('fail open: after the extension is gone, Ctrl+Alt+S and the main button work as usual', async () => {
    const text = TWO_PROMISES;
    const before = await submitCount();
    await typeReply(text);
    await page.locator(ACTIVE_EDITABLE).first().focus();
    await page.keyboard.press('Control+Alt+KeyS');
    await expect.poll(submitCount).toBe(before + 1);
    expect((await submissions(page))[before]).toMatchObject({ status: 'solved', html: `<p>${text}</p>` });
    await typeReply(text);
    await page.locator(MAIN_SUBMIT).first().click();
    await expect.poll(submitCount).toBe(before + 2);
    expect((await gateSnapshot(page)).open).toBe(false);
  });
});
