// Follow-through in Chromium with the production build (dist/chrome), on a profile directory
// the test owns:
// - checklist persistence: an item ticked through the popup's message stays ticked in the popup
//   after the browser stopped the service worker (DevTools protocol) — the popup still shows the
//   ticket's findings because the worker asks the tab to check again — and after the browser
//   is closed and started again on the same profile;
// - reminders: a follow-up confirmed for ~3 s from now raises a notification whose title and
//   text carry the ticket reference and the agent's label but no reply text; a click on it
//   (dispatched to the extension's own listener) focuses the ticket's tab, or opens it; the
//   toolbar badge counts the overdue follow-up.
//
// The tests run in order and share the profile.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { extensionIdOf, extensionServiceWorker } from './support/chromium';
import {
  ExtensionControl, dueIn, launchWithProfile, newProfileDir, removeProfile,
  stopExtensionWorker, tabState, zendeskTicket, type ExtensionGlobal,
  type ProfileLaunch, type TabStateLite,
} from './support/extension';
import { editorData, typeInComposer, waitForZendeskFixture } from './support/page';
import { startFixtureServer, type FixtureServer } from './support/server';

const TICKET = zendeskTicket('111');
const REPLY = "Hi Alex, calm down, I'll call you tomorrow with the tracking number.";
const NOTES_ITEM = 'The ticket notes are up to date for colleagues';
const LABEL = 'Call Alex back about the tracking number';

describe('follow-through: checklist persistence and reminders (Chromium)', () => {
  let server: FixtureServer;
  let profile: string;
  let browser: ProfileLaunch;
  let control: ExtensionControl;
  let ticketPage: Page;

  async function openTicket(): Promise<{ page: Page; tabId: number }> {
    const page = await browser.context.newPage();
    page.on('pageerror', (err) => console.error('[page error]', err.message));
    await page.goto(TICKET.url);
    await waitForZendeskFixture(page);
    return { page, tabId: await control.tabId(TICKET.url) };
  }

  /** The popup for `tabId`, and whether the checklist item `text` is ticked there. */
  async function popupFor(tabId: number): Promise<Page> {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${control.extensionId}/popup.html?tab=${tabId}`);
    return popup;
  }

  function popupItemTicked(popup: Page, text: string): Promise<boolean | null> {
    return popup.evaluate((t) => {
      const item = [...document.querySelectorAll('[data-calmreply="checklist-item"]')].find((li) => li.textContent?.includes(t));
      return item ? !!item.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked : null;
    }, text);
  }

  function popupFindingCount(popup: Page): Promise<number> {
    return popup.evaluate(() => Number.parseInt(document.querySelector('[data-calmreply="finding-count"]')?.textContent ?? '', 10));
  }

  /** The extension's worker, started if the browser had stopped it. */
  async function awakeWorker(): Promise<Worker> {
    await control.send({ type: 'page:list-follow-ups' });
    return extensionServiceWorker(browser.context);
  }

  beforeAll(async () => {
    server = await startFixtureServer();
    profile = newProfileDir();
    browser = await launchWithProfile({ server, userDataDir: profile });
    control = await ExtensionControl.open(browser.context);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (profile) removeProfile(profile);
  });

  let tabId: number;

  it('a ticked checklist item shows ticked in the popup', async () => {
    ({ page: ticketPage, tabId } = await openTicket());
    await typeInComposer(ticketPage, REPLY, 5);
    expect(await editorData(ticketPage)).toBe(`<p>${REPLY}</p>`);
    await expect
      .poll(async () => (await tabState(control, tabId))?.findings.some((f) => f.ruleId === 'calm-down') ?? false, { timeout: 15_000 })
      .toBe(true);

    const answer = await control.send({ type: 'page:set-checklist-override', ticket: TICKET, item: 'notes-updated', value: true });
    expect(answer).toMatchObject({ ok: true, state: { key: 'zendesk:111', checklist: { 'notes-updated': true } } });

    const popup = await popupFor(tabId);
    await expect.poll(() => popupItemTicked(popup, NOTES_ITEM), { timeout: 10_000 }).toBe(true);
    expect(await popupFindingCount(popup)).toBeGreaterThanOrEqual(1);
    await popup.close();
  });

  it('still ticked, with the findings, after the browser stopped the service worker', async () => {
    const worker = await awakeWorker();
    await worker.evaluate(() => {
      (globalThis as unknown as ExtensionGlobal).__calmreplyTestMark = 'before-stop';
    });
    await stopExtensionWorker(browser.context, control.page, control.extensionId);

    // The popup's request starts the worker again; it has no tab state in memory and asks the tab to check.
    const popup = await popupFor(tabId);
    await expect.poll(() => popupItemTicked(popup, NOTES_ITEM), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => popupFindingCount(popup), { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    const mark = await (await extensionServiceWorker(browser.context)).evaluate(() => (globalThis as unknown as ExtensionGlobal).__calmreplyTestMark);
    expect(mark, 'the worker really restarted (fresh global)').toBeUndefined();
    // The draft was never touched.
    expect(await editorData(ticketPage)).toBe(`<p>${REPLY}</p>`);
    await popup.close();
  });

  it('still ticked after the browser is closed and started again on the same profile', async () => {
    const extensionId = control.extensionId;
    await browser.close();
    browser = await launchWithProfile({ server, userDataDir: profile });
    control = await ExtensionControl.open(browser.context);
    expect(await extensionIdOf(browser.context)).toBe(extensionId);

    const stored = await control.send({ type: 'page:get-ticket-state', ticket: TICKET });
    expect(stored).toMatchObject({ ok: true, state: { checklist: { 'notes-updated': true } } });

    ({ page: ticketPage, tabId } = await openTicket());
    const popup = await popupFor(tabId);
    await expect.poll(() => popupItemTicked(popup, NOTES_ITEM), { timeout: 10_000 }).toBe(true);
    await popup.close();
  });

  let notificationId = '';

  it('a follow-up due in 3 s raises a reminder with the ticket and label, no reply text; the badge counts it', async () => {
    // The reply is back in the draft (the fixture does not keep drafts over a restart).
    await typeInComposer(ticketPage, REPLY, 5);
    await expect
      .poll(async () => ((await tabState(control, tabId)) as TabStateLite | null)?.findings.length ?? 0, { timeout: 15_000 })
      .toBeGreaterThan(0);

    // Record what the worker asks the browser to show (the notification itself is drawn by the OS).
    const worker = await awakeWorker();
    await worker.evaluate(() => {
      const g = globalThis as unknown as ExtensionGlobal;
      g.__calmreplyTestNotifications = [];
      const original = g.chrome.notifications.create.bind(g.chrome.notifications);
      g.chrome.notifications.create = (...args: unknown[]) => {
        g.__calmreplyTestNotifications.push({ id: args[0], options: args[1], at: Date.now() });
        return original(...args);
      };
    });
    expect(await worker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.action.getBadgeText({}))).toBe('');

    const due = dueIn(3_000);
    const confirmed = await control.send<{ ok: boolean; followUp: { id: string; ticketRef: string } }>({
      type: 'page:confirm-follow-up', ticket: TICKET, label: LABEL, due,
    });
    expect(confirmed).toMatchObject({ ok: true, followUp: { ticketRef: '#111', label: LABEL, due, done: false } });
    const alarms = await worker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.alarms.getAll());
    expect(alarms.map((a: { name: string }) => a.name)).toContain(`calmreply:follow-up:${confirmed.followUp.id}`);
    // Not due yet: no badge.
    expect(await worker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.action.getBadgeText({}))).toBe('');

    type Shown = { id: string; options: { title: string; message: string }; at: number };
    let shown: Shown[] = [];
    await expect
      .poll(async () => {
        shown = await worker.evaluate(() => (globalThis as unknown as ExtensionGlobal).__calmreplyTestNotifications as Shown[]);
        return shown.length;
      }, { timeout: 20_000, interval: 200 })
      .toBe(1);
    const [note] = shown;
    notificationId = note!.id;
    expect(notificationId).toBe(`calmreply:follow-up:${confirmed.followUp.id}`);
    expect(note!.at).toBeGreaterThanOrEqual(Date.parse(due) - 50);
    expect(note!.options.title).toContain('#111');
    expect(`${note!.options.title} ${note!.options.message}`).toContain(LABEL);
    for (const words of [REPLY, 'calm down', "I'll call you tomorrow", 'tracking number with']) {
      expect(`${note!.options.title}\n${note!.options.message}`.toLowerCase()).not.toContain(words.toLowerCase());
    }
    await expect
      .poll(() => worker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.action.getBadgeText({})), { timeout: 5_000 })
      .toBe('1');
    const listed = await control.send<{ ok: boolean; overdue: { id: string }[] }>({ type: 'page:list-follow-ups' });
    expect(listed.overdue.map((f) => f.id)).toEqual([confirmed.followUp.id]);
  });

  it('a click on the reminder focuses the ticket tab, or opens the ticket when no tab shows it', async () => {
    const worker = await awakeWorker();
    // Another tab in front: the click must bring the ticket back.
    await control.page.bringToFront();
    const activeUrl = () =>
      worker.evaluate(async () => {
        const tabs = (await (globalThis as unknown as ExtensionGlobal).chrome.tabs.query({ active: true })) as { url?: string }[];
        return tabs.map((t) => t.url ?? '');
      });
    expect(await activeUrl()).not.toContain(TICKET.url);

    const canDispatch = await worker.evaluate(() => typeof (globalThis as unknown as ExtensionGlobal).chrome.notifications.onClicked.dispatch === 'function');
    expect(canDispatch, 'chrome.notifications.onClicked.dispatch exists in this Chromium').toBe(true);
    const click = (id: string) =>
      worker.evaluate((nid) => {
        (globalThis as unknown as ExtensionGlobal).chrome.notifications.onClicked.dispatch(nid);
      }, id);

    const shownIds = () => worker.evaluate(async () => Object.keys(await (globalThis as unknown as ExtensionGlobal).chrome.notifications.getAll()));
    expect(await shownIds()).toContain(notificationId);
    await click(notificationId);
    await expect.poll(activeUrl, { timeout: 5_000 }).toContain(TICKET.url);
    // The click also takes the reminder off the screen.
    await expect.poll(shownIds).not.toContain(notificationId);
    expect(browser.context.pages().filter((p) => p.url() === TICKET.url)).toHaveLength(1);
    expect(await editorData(ticketPage)).toBe(`<p>${REPLY}</p>`);

    // No tab shows the ticket: the click opens it.
    await ticketPage.close();
    const opened = browser.context.waitForEvent('page', { timeout: 10_000 });
    await click(notificationId);
    const page = await opened;
    await page.waitForURL(TICKET.url);
    await waitForZendeskFixture(page);
    await expect.poll(activeUrl, { timeout: 5_000 }).toContain(TICKET.url);
  });
});
