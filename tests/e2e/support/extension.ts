// Helpers for end-to-end tests that drive the extension itself rather than only the page:
// a Chromium launch on a profile directory the test owns (so a second launch finds the same
// storage), a "control" extension page that sends the background the messages the popup and
// options page send, the service worker (which the browser may stop and start again), waiting
// for the background's check of a draft (`waitForCheck`), and the in-page close gate.
//
// Messages from extension pages are accepted only from our own pages (src/background/trust.ts),
// so `ExtensionControl.send` evaluates `chrome.runtime.sendMessage` inside one (options.html).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { extensionIdOf, launchChromium, type LaunchedChromium } from './chromium';
import type { FixtureServer } from './server';

/* eslint-disable @typescript-eslint/no-explicit-any */
/** The extension API inside a service worker or extension page (the tests carry no @types/chrome). */
export type ChromeApi = any;
/** What `globalThis` is inside an extension page or the service worker. Write
 *  `(globalThis as unknown as ExtensionGlobal).chrome` inside `evaluate` callbacks: they are
 *  serialised, so they cannot call helpers imported here. */
export type ExtensionGlobal = { chrome: ChromeApi } & Record<string, any>;

/** Chromium on a profile directory the test owns; `close()` keeps the directory (see `removeProfile`). */
export type ProfileLaunch = LaunchedChromium;

/** A fresh, empty profile directory for `launchWithProfile`. */
export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'calmreply-profile-'));
}

export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Chromium with the built extension on the given profile directory: `launchChromium`
 * (support/chromium.ts) with the same flags, on a directory that outlives the browser.
 * Launch twice on one directory to test what survives a browser restart.
 */
export function launchWithProfile(opts: { server: FixtureServer; userDataDir: string; extensionDir?: string }): Promise<ProfileLaunch> {
  return launchChromium({
    server: opts.server,
    extensionDir: opts.extensionDir,
    userDataDir: opts.userDataDir,
    // Tabs the EXTENSION opens (a reminder click → tabs.create) can navigate before Playwright
    // has attached and applied ignoreHTTPSErrors to them; they then show Chromium's certificate
    // error page instead of the fixture. The browser-wide switch covers them too.
    args: ['--ignore-certificate-errors'],
  });
}

/**
 * Stops the extension's service worker through the DevTools protocol, as the browser does
 * after 30 s idle: `ServiceWorker.stopWorker` for every running version of our registration
 * (a page session sees them after `ServiceWorker.enable`). Resolves once the protocol reports
 * it `stopped`. Notes from Chromium 156 + Playwright 1.65: Playwright emits no `close` for the
 * stopped worker and keeps the same `Worker` object, which evaluates in the NEW global once a
 * message has started the worker again; evaluating while it is stopped hangs, so wake it first
 * (any message from an extension page does).
 */
export async function stopExtensionWorker(context: BrowserContext, anyPage: Page, extensionId: string): Promise<void> {
  const scope = `chrome-extension://${extensionId}/`;
  const cdp = await context.newCDPSession(anyPage);
  type Version = { versionId: string; scriptURL: string; runningStatus: string };
  const status = new Map<string, Version>();
  let changed: () => void = () => {};
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: Version[] }) => {
    for (const v of event.versions) if (v.scriptURL.startsWith(scope)) status.set(v.versionId, v);
    changed();
  });
  const until = async (what: string, ok: () => boolean) => {
    const deadline = Date.now() + 10_000;
    while (!ok()) {
      if (Date.now() > deadline) throw new Error(`service worker: ${what} within 10 s (saw ${JSON.stringify([...status.values()])})`);
      await new Promise<void>((resolve) => {
        changed = resolve;
        setTimeout(resolve, 200);
      });
    }
  };
  try {
    await cdp.send('ServiceWorker.enable');
    await until('no running version of our worker reported', () => [...status.values()].some((v) => v.runningStatus === 'running'));
    for (const v of status.values()) {
      if (v.runningStatus === 'running') await cdp.send('ServiceWorker.stopWorker', { versionId: v.versionId });
    }
    await until('did not stop', () => [...status.values()].every((v) => v.runningStatus === 'stopped'));
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** An extension page kept open to talk to the background as the popup / options page do. */
export class ExtensionControl {
  private constructor(readonly page: Page, readonly extensionId: string) {}

  static async open(context: BrowserContext): Promise<ExtensionControl> {
    const id = await extensionIdOf(context);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    return new ExtensionControl(page, id);
  }

  /** `chrome.runtime.sendMessage(message)` from the extension page; resolves with the answer. */
  send<T = any>(message: unknown): Promise<T> {
    return this.page.evaluate((m) => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage(m), message) as Promise<T>;
  }

  /** The id of the first tab whose URL matches the pattern (our host permissions show Zendesk URLs). */
  async tabId(urlPattern: string): Promise<number> {
    const id = await this.page.evaluate(async (p) => {
      const tabs = (await (globalThis as unknown as ExtensionGlobal).chrome.tabs.query({ url: p })) as { id?: number }[];
      return tabs[0]?.id ?? -1;
    }, urlPattern);
    if (id < 0) throw new Error(`no tab matching ${urlPattern}`);
    return id;
  }

  async close(): Promise<void> {
    await this.page.close().catch(() => {});
  }
}

// ---------------------------------------------------------------- tickets and checklist

export interface TicketRef {
  helpdesk: 'zendesk' | 'freshdesk';
  ticketId: string;
  url: string;
}

export function zendeskTicket(id: string, host = 'acme.zendesk.com'): TicketRef {
  return { helpdesk: 'zendesk', ticketId: id, url: `https://${host}/agent/tickets/${id}` };
}

export function freshdeskTicket(id: string, host = 'acme.freshdesk.com'): TicketRef {
  return { helpdesk: 'freshdesk', ticketId: id, url: `https://${host}/a/tickets/${id}` };
}

export interface ChecklistItem {
  id: string;
  text: string;
  auto: boolean | null;
  override?: boolean;
  done: boolean;
}

export interface TabStateLite {
  ticket: TicketRef;
  findings: { ruleId: string; severity: string; category: string }[];
  checklist: ChecklistItem[];
  checkedAt: number;
  customer?: { anger: number; signals: string[] };
}

/** `page:get-tab-state` (what the popup shows for a tab; null before the tab's first check). */
export async function tabState(control: ExtensionControl, tabId: number): Promise<TabStateLite | null> {
  const answer = await control.send<{ ok: boolean; state: TabStateLite | null; error?: string }>({ type: 'page:get-tab-state', tabId });
  if (!answer?.ok) throw new Error(`page:get-tab-state failed: ${JSON.stringify(answer)}`);
  return answer.state;
}

/** The content script checks after this pause in typing (src/content/index.ts, PAUSE_MS). */
export const CHECK_PAUSE_MS = 150;

/** One ticket tab as the checklist tests watch it. */
export interface WatchedTab {
  control: ExtensionControl;
  tabId: number;
  /** The draft read back through the editor's own API (CKEditor `getData()`, Froala `html.get()`). */
  readDraft(): Promise<string | null>;
}

/**
 * Waits until the background checked the draft `text` (the editor holds exactly `<p>${text}</p>`)
 * on the tab and `ready(state)` holds; resolves with that tab state. The content script gets the
 * same checklist in the answer to that check, before the popup can see it.
 *
 * Why `after` (a Date.now()): the close gate decides from the last check the content script
 * ADOPTED (one whose text is still the draft's), and the tab state also records checks of a draft
 * still being typed. So only a check that finished well after `after` (the last key typed, or a
 * stored change that makes the tab check again) counts: the content script checks only after a
 * pause of CHECK_PAUSE_MS, and a check takes a few ms.
 *
 * On a timeout it throws with the draft and the last tab state it saw (ticket, check time
 * relative to `after`, customer, checklist as [id, auto, override, done]).
 */
export async function waitForCheck(tab: WatchedTab, text: string, ready: (s: TabStateLite) => boolean, after = 0): Promise<TabStateLite> {
  after += CHECK_PAUSE_MS / 3;
  let last: TabStateLite | null = null;
  let draft: string | null = '';
  try {
    await expect
      .poll(
        async () => {
          draft = await tab.readDraft();
          if (draft !== `<p>${text}</p>`) return false;
          last = await tabState(tab.control, tab.tabId);
          return !!last && last.checkedAt > after && ready(last);
        },
        { timeout: 15_000, interval: 100 },
      )
      .toBe(true);
  } catch {
    const seen = last as TabStateLite | null;
    throw new Error(
      `no check of ${JSON.stringify(text)} as expected; draft ${JSON.stringify(draft)}, last tab state: ` +
        JSON.stringify(seen && { ticket: seen.ticket, checkedAt: seen.checkedAt - after, customer: seen.customer, checklist: seen.checklist.map((c) => [c.id, c.auto, c.override, c.done]) }),
    );
  }
  return last!;
}

/** Dates a follow-up `ms` from now, as the ISO string the popup sends. */
export function dueIn(ms: number): string {
  return new Date(Date.now() + ms).toISOString();
}

// ---------------------------------------------------------------- close gate

export const GATE = 'calmreply-root [data-calmreply="close-gate"]';
export const GATE_ITEM = 'calmreply-root [data-calmreply="gate-item"]';
export const GATE_BACK = 'calmreply-root [data-calmreply="gate-back"]';
export const GATE_CLOSE_ANYWAY = 'calmreply-root [data-calmreply="gate-close-anyway"]';
export const SUBMIT_MENU = '[data-test-id="submit_button-menu-button"]';
export const SUBMIT_SOLVED = '[data-test-id="submit_button-menu-solved"]';

export interface GateSnapshot {
  open: boolean;
  items: string[];
  /** Focus is on an element inside the dialog (the host's open shadow root). */
  focusInside: boolean;
  /** The focused element inside our shadow root, e.g. `gate-back`. */
  focused: string | null;
}

/** What the page shows of the gate right now, read from the open shadow root. */
export function gateSnapshot(page: Page): Promise<GateSnapshot> {
  return page.evaluate(() => {
    const host = document.querySelector('calmreply-root');
    const root = host?.shadowRoot ?? null;
    const dialog = root?.querySelector('[data-calmreply="close-gate"]') ?? null;
    const active = root?.activeElement ?? null;
    return {
      open: !!dialog,
      items: [...(dialog?.querySelectorAll('[data-calmreply="gate-item"]') ?? [])].map((li) => (li.textContent ?? '').trim()),
      focusInside: !!dialog && document.activeElement === host && !!active && dialog.contains(active),
      focused: active?.getAttribute('data-calmreply') ?? null,
    };
  });
}

/** Waits until the gate dialog is shown (true) or gone (false). */
export async function waitForGate(page: Page, open: boolean, timeout = 5_000): Promise<void> {
  await page.waitForFunction(
    (want) => !!document.querySelector('calmreply-root')?.shadowRoot?.querySelector('[data-calmreply="close-gate"]') === want,
    open,
    { timeout, polling: 50 },
  );
}

/** Opens the active ticket's submit menu (unless it is open) and clicks "Submit as Solved". */
export async function submitAsSolvedFromMenu(page: Page): Promise<void> {
  const item = page.locator(`${SUBMIT_SOLVED} >> visible=true`).first();
  // A submit the gate stopped leaves the helpdesk's menu open, as the agent left it.
  if (!(await item.isVisible())) await page.locator(`${SUBMIT_MENU} >> visible=true`).first().click();
  await item.waitFor({ state: 'visible', timeout: 5_000 });
  await item.click();
}

/** The active ticket's main submit button. */
export const MAIN_SUBMIT = '[data-test-id="submit_button-button"] >> visible=true';

/** Number of replies the fixture recorded as submitted, and the last one. */
export function submissions(page: Page): Promise<{ ticketId: string; status: string; html: string }[]> {
  return page.evaluate(() => window.__fixture.submissions.map((s) => ({ ...s })));
}

/** Is focus inside the active ticket's CKEditor editable? */
export function focusInEditor(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const editable = window.__fixture.editor?.ui.getEditableElement() ?? null;
    const active = document.activeElement;
    return !!editable && !!active && editable.contains(active);
  });
}
