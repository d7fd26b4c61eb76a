// The close gate on the Freshdesk fixture in Chromium, with the production build (dist/chrome):
// https://acme.freshdesk.com/a/tickets/4711, the real Froala mounted by Reply. A reply that
// promises a follow-up without a reminder (and acknowledges the upset customer, so that promise
// is the only open item) stops every Freshdesk close path the adapter knows
// (src/content/adapters/freshdesk.ts closeControls): the Close button, "Send and set as"
// Resolved / Closed, and Update while the status field says Resolved (4) / Closed (5).
// "Go back to the reply" / Escape return focus to Froala with the draft intact; "Close anyway"
// performs the action exactly once (the fixture's `__fixture.actions` log); Update with a status
// that does not close goes straight through; once the follow-up is confirmed, Close does too.
//
// The tests run in order and share one browser and one ticket tab.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Action } from '../fixtures/freshdesk/app';
import { startChromiumSession, type ChromiumSession } from './support/chromium';
import {
  ExtensionControl, GATE_BACK, GATE_CLOSE_ANYWAY, dueIn, freshdeskTicket, gateSnapshot, waitForCheck, waitForGate,
  type ChecklistItem, type TabStateLite,
} from './support/extension';
import { FRESHDESK_EDITABLE, froalaHtml, type FreshdeskWindow } from './support/page';

const TICKET = freshdeskTicket('4711');
/** Acknowledges the upset customer ("sorry"), offers more help, promises an unscheduled call. */
const PROMISE = "Hi Jordan, I'm sorry your refund is still missing. I'll call you tomorrow with an update. Is there anything else I can do for you?";
const FOLLOW_UP = 'follow-ups-scheduled';
const FOLLOW_UP_ITEM = 'Every promised follow-up has a reminder';
/** Items the gate requires whatever their auto tick (src/guidance/checklist.ts, `onlyWhen`). */
const SITUATIONAL = new Set(['involved-lead', 'safety-protocol']);

const CLOSE_BUTTON = '[data-test-actions="close"]';
const SEND_AND_SET_TOGGLE = '[data-test-id="send-and-set-toggle"]';
const sendAndSetItem = (status: '4' | '5') => `a.send-and-set-item[data-status="${status}"]`;
const STATUS_SELECT = '#status';
const UPDATE_BUTTON = '[data-test-id="update-properties"]';

/** The same rule as openRequiredItems (src/guidance/checklist.ts), on the popup's view of the checklist. */
const openRequired = (s: TabStateLite): ChecklistItem[] =>
  s.checklist.filter((c) => !c.done && (c.auto === false || SITUATIONAL.has(c.id)));

/** Everything the agent did with send / close / update, oldest first. */
function fixtureActions(page: Page): Promise<Action[]> {
  return page.evaluate(() => (window as unknown as FreshdeskWindow).__fixture.actions.map((a) => ({ ...a })));
}

function ticketStatus(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as FreshdeskWindow).__fixture.status);
}

/** Is focus inside the active Froala editable? */
function focusInFroala(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = (window as unknown as FreshdeskWindow).__fixture.active?.el ?? null;
    const active = document.activeElement;
    return !!el && !!active && el.contains(active);
  });
}

/** Opens the reply editor (Reply mounts Froala on first use) unless it is the one shown. */
async function openReply(page: Page): Promise<void> {
  const kind = await page.evaluate(() => (window as unknown as FreshdeskWindow).__fixture.activeKind);
  if (kind !== 'reply') await page.locator('[data-test-actions="reply"]').click();
  await page.locator(`${FRESHDESK_EDITABLE} >> visible=true`).first().waitFor({ state: 'visible', timeout: 20_000 });
}

describe('close gate on Freshdesk (Chromium)', () => {
  let session: ChromiumSession;
  let page: Page;
  let control: ExtensionControl;
  let tabId: number;

  /** Waits until the background checked the draft `text` on this tab after `after` and `ready`
   *  holds (why `after` matters: support/extension.ts, waitForCheck). */
  const checked = (text: string, ready: (s: TabStateLite) => boolean, after?: number) =>
    waitForCheck({ control, tabId, readDraft: () => froalaHtml(page) }, text, ready, after);

  /** Opens Reply, empties Froala and types `text` like an agent; resolves with the time of the last key. */
  async function typeReply(text: string): Promise<number> {
    await openReply(page);
    await page.evaluate(() => {
      const editor = (window as unknown as FreshdeskWindow).__fixture.active!;
      editor.html.set('');
      editor.events.focus();
    });
    await page.locator(`${FRESHDESK_EDITABLE} >> visible=true`).first().press('Control+Home');
    await page.keyboard.type(text, { delay: 2 });
    return Date.now();
  }

  /** Types the promise and waits until the follow-up is the ONLY item the gate would list. */
  async function armed(): Promise<void> {
    const since = await typeReply(PROMISE);
    const state = await checked(PROMISE, (s) => openRequired(s).length > 0 && openRequired(s).every((c) => c.id === FOLLOW_UP), since);
    expect(state.ticket).toMatchObject({ helpdesk: 'freshdesk', ticketId: '4711' });
    expect(state.checklist.find((c) => c.id === FOLLOW_UP)).toMatchObject({ auto: false, done: false });
  }

  /** The gate is up with exactly the follow-up item, focus inside it, nothing done, the draft intact. */
  async function expectGate(actionsBefore: number): Promise<void> {
    await waitForGate(page, true);
    const gate = await gateSnapshot(page);
    expect(gate.items).toEqual([FOLLOW_UP_ITEM]);
    expect(gate.focusInside).toBe(true);
    expect(gate.focused).toBe('gate-back');
    expect(await fixtureActions(page)).toHaveLength(actionsBefore);
    expect(await froalaHtml(page)).toBe(`<p>${PROMISE}</p>`);
  }

  /** "Close anyway": the action happens once (a doubled replay would show within 300 ms). */
  async function closeAnyway(actionsBefore: number): Promise<Action> {
    await page.locator(GATE_CLOSE_ANYWAY).click();
    await waitForGate(page, false);
    await expect.poll(async () => (await fixtureActions(page)).length).toBe(actionsBefore + 1);
    await page.waitForTimeout(300);
    const actions = await fixtureActions(page);
    expect(actions).toHaveLength(actionsBefore + 1);
    return actions[actionsBefore]!;
  }

  /** Back to Open without Update (the select alone closes nothing). */
  async function reopen(): Promise<void> {
    await page.selectOption(STATUS_SELECT, '2');
    expect(await ticketStatus(page)).toBe('2');
  }

  beforeAll(async () => {
    session = await startChromiumSession();
    page = session.page;
    await page.goto(TICKET.url);
    control = await ExtensionControl.open(session.browser.context);
    tabId = await control.tabId(`https://*.freshdesk.com/*`);
    await page.bringToFront();
    // The customer is furious: the situational "I involved my lead" would be open too. The agent
    // ticks it (as in the popup) so the unscheduled promise is the one item the gate is about.
    const ticked = await control.send({ type: 'page:set-checklist-override', ticket: TICKET, item: 'involved-lead', value: true });
    expect(ticked).toMatchObject({ ok: true });
  });

  afterAll(() => session?.close());

  it('the Close button is stopped; "Go back to the reply" returns focus to Froala with the draft intact', async () => {
    await armed();
    await page.locator(CLOSE_BUTTON).click();
    await expectGate(0);

    await page.locator(GATE_BACK).click();
    await waitForGate(page, false);
    await expect.poll(() => focusInFroala(page)).toBe(true);
    expect(await froalaHtml(page)).toBe(`<p>${PROMISE}</p>`);
    expect(await fixtureActions(page)).toHaveLength(0);
    expect(await ticketStatus(page)).toBe('2');
  });

  it('Close: "Close anyway" closes the ticket exactly once', async () => {
    await page.locator(CLOSE_BUTTON).click();
    await expectGate(0);
    const action = await closeAnyway(0);
    expect(action).toMatchObject({ action: 'close', status: '5' });
    expect(await ticketStatus(page)).toBe('5');
    // The draft is not sent by Close.
    expect(await froalaHtml(page)).toBe(`<p>${PROMISE}</p>`);
    await reopen();
  });

  it('"Send and set as Resolved" is stopped (Escape goes back); "Close anyway" sends once as Resolved', async () => {
    await page.locator(SEND_AND_SET_TOGGLE).click();
    await page.locator(sendAndSetItem('4')).click();
    await expectGate(1);
    await page.keyboard.press('Escape');
    await waitForGate(page, false);
    await expect.poll(() => focusInFroala(page)).toBe(true);
    expect(await fixtureActions(page)).toHaveLength(1);

    const item = page.locator(sendAndSetItem('4'));
    // A submit the gate stopped leaves the helpdesk's menu open, as the agent left it.
    if (!(await item.isVisible())) await page.locator(SEND_AND_SET_TOGGLE).click();
    await item.click();
    await expectGate(1);
    const action = await closeAnyway(1);
    expect(action).toMatchObject({ action: 'send-and-set', kind: 'reply', status: '4', html: `<p>${PROMISE}</p>` });
    expect(await ticketStatus(page)).toBe('4');
    await reopen();
  });

  it('"Send and set as Closed" is stopped; "Close anyway" sends once as Closed', async () => {
    await armed();
    await page.locator(SEND_AND_SET_TOGGLE).click();
    await page.locator(sendAndSetItem('5')).click();
    await expectGate(2);
    const action = await closeAnyway(2);
    expect(action).toMatchObject({ action: 'send-and-set', kind: 'reply', status: '5', html: `<p>${PROMISE}</p>` });
    expect(await ticketStatus(page)).toBe('5');
    await reopen();
  });

  it('Update with the status set to Resolved, then Closed, is stopped; "Close anyway" updates once each', async () => {
    await armed();
    // Update while the status stays Open closes nothing: straight through, no dialog.
    await page.locator(UPDATE_BUTTON).click();
    await expect.poll(async () => (await fixtureActions(page)).length).toBe(4);
    expect((await fixtureActions(page))[3]).toMatchObject({ action: 'update', status: '2' });
    expect((await gateSnapshot(page)).open).toBe(false);

    await page.selectOption(STATUS_SELECT, '4');
    await page.locator(UPDATE_BUTTON).click();
    await expectGate(4);
    await page.locator(GATE_BACK).click();
    await waitForGate(page, false);
    await expect.poll(() => focusInFroala(page)).toBe(true);
    expect(await fixtureActions(page)).toHaveLength(4);

    await page.locator(UPDATE_BUTTON).click();
    await expectGate(4);
    expect(await closeAnyway(4)).toMatchObject({ action: 'update', status: '4' });

    await page.selectOption(STATUS_SELECT, '5');
    await page.locator(UPDATE_BUTTON).click();
    await expectGate(5);
    expect(await closeAnyway(5)).toMatchObject({ action: 'update', status: '5' });
    await reopen();
  });

  it('after the follow-up is confirmed, Close goes straight through', async () => {
    const stored = Date.now();
    const confirmed = await control.send({
      type: 'page:confirm-follow-up',
      ticket: TICKET,
      label: 'Call Jordan about the refund',
      due: dueIn(24 * 3600_000),
    });
    expect(confirmed).toMatchObject({ ok: true });
    // The stored change makes the tab check again; its checklist now has the promise covered.
    const state = await checked(PROMISE, (s) => s.checklist.find((c) => c.id === FOLLOW_UP)?.done === true, stored);
    expect(openRequired(state)).toEqual([]);

    await page.locator(CLOSE_BUTTON).click();
    await expect.poll(async () => (await fixtureActions(page)).length).toBe(7);
    expect((await fixtureActions(page))[6]).toMatchObject({ action: 'close', status: '5' });
    expect((await gateSnapshot(page)).open).toBe(false);
    await page.waitForTimeout(300);
    expect(await fixtureActions(page)).toHaveLength(7);
  });
});
