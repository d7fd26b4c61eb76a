// The Zendesk fixture itself, in Chromium WITHOUT the extension: it must match the facts in
// DESIGN.md that the adapter relies on, so a failure here is the fixture's, not CalmReply's.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startChromiumSession, type ChromiumSession } from './support/chromium';
import { ZENDESK_EDITABLE, editorData, typeInComposer, waitForZendeskFixture } from './support/page';

describe('Zendesk fixture (Chromium, no extension)', () => {
  let session: ChromiumSession;
  let page: Page;
  /** Uncaught errors and console errors: the fixture must log neither. */
  let errors: string[];

  beforeAll(async () => {
    session = await startChromiumSession({ extensionDir: false });
    page = session.page;
    errors = session.pageErrors;
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
  });

  afterAll(() => session?.close());

  it('is served under the production host name over HTTPS', async () => {
    const res = await page.goto('https://acme.zendesk.com/agent/tickets/101');
    expect(res?.status()).toBe(200);
    await waitForZendeskFixture(page);
    expect(page.url()).toBe('https://acme.zendesk.com/agent/tickets/101');
    expect(session.server.requests.map((r) => `${r.host}${r.path}`)).toContain('acme.zendesk.com/agent/tickets/101');
  });

  it('mounts the real CKEditor 5 with the composer attribute, reachable as ckeditorInstance', async () => {
    const info = await page.evaluate((sel) => {
      const el = document.querySelector(sel) as (HTMLElement & { ckeditorInstance?: unknown }) | null;
      return {
        found: !!el,
        instance: !!el && el.ckeditorInstance === window.__fixture.editor,
        version: (window as unknown as { CKEDITOR_VERSION?: string }).CKEDITOR_VERSION ?? '',
      };
    }, ZENDESK_EDITABLE);
    expect(info).toEqual({ found: true, instance: true, version: expect.stringMatching(/^48\./) });
  });

  it('has the thread markup: comment items, end-user/agent bodies, time[datetime]', async () => {
    const thread = await page.evaluate(() =>
      [...document.querySelectorAll('article[data-test-id="omni-log-comment-item"]')]
        .filter((a) => a.closest('[hidden]') === null)
        .map((a) => ({
          type: a.querySelector('[data-test-id="omni-log-item-message"]')?.getAttribute('type'),
          text: a.querySelector('[data-test-id="omni-log-item-message"]')?.textContent?.trim(),
          datetime: a.querySelector('time[datetime]')?.getAttribute('datetime'),
        })),
    );
    expect(thread.length).toBeGreaterThanOrEqual(3);
    expect(thread.map((t) => t.type)).toContain('agent');
    const last = thread[thread.length - 1]!;
    expect(last.type).toBe('end-user');
    expect(last.text).toBe("This is the THIRD time I'm writing! Your product is useless and I want a refund NOW.");
    for (const t of thread) expect(Number.isNaN(Date.parse(t.datetime ?? ''))).toBe(false);
  });

  it('takes keyboard typing, and keeps the composer attribute after blur', async () => {
    await typeInComposer(page, "WE DON'T DO REFUNDS. Calm down.");
    expect(await editorData(page)).toBe("<p>WE DON'T DO REFUNDS. Calm down.</p>");
    await page.locator('[data-test-id="omni-header-subject"]').first().click();
    await page.waitForTimeout(200);
    expect(await page.locator(ZENDESK_EDITABLE).count()).toBe(1);
  });

  it('supports the adapter technique from DESIGN.md: replace a DOM range through the editor, then undo', async () => {
    const after = await page.evaluate(() => {
      const editor = window.__fixture.editor!;
      const el = document.querySelector('[data-test-id="omnicomposer-rich-text-ckeditor"]')!;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode() as Text;
      const i = node.data.indexOf('Calm down');
      const conv = editor.editing.view.domConverter;
      const start = editor.editing.mapper.toModelPosition(conv.domPositionToView(node, i)!);
      const end = editor.editing.mapper.toModelPosition(conv.domPositionToView(node, i + 'Calm down'.length)!);
      editor.model.change((w) => {
        editor.model.insertContent(w.createText('I understand how frustrating this is'), w.createRange(start, end));
      });
      return editor.getData();
    });
    expect(after).toBe("<p>WE DON'T DO REFUNDS. I understand how frustrating this is.</p>");
    await page.locator(ZENDESK_EDITABLE).first().focus();
    await page.keyboard.press('Control+z');
    expect(await editorData(page)).toBe("<p>WE DON'T DO REFUNDS. Calm down.</p>");
  });

  it('renders a screenshot', async () => {
    const png = await page.screenshot();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000);
  });

  it('submits as Solved from the submit menu', async () => {
    await page.locator('[data-test-id="submit_button-menu-button"]').first().click();
    await page.locator('[data-test-id="submit_button-menu-solved"]').first().click();
    const subs = await page.evaluate(() => window.__fixture.submissions);
    expect(subs).toEqual([{ ticketId: '101', status: 'solved', html: "<p>WE DON'T DO REFUNDS. Calm down.</p>" }]);
    expect(await editorData(page)).toBe('');
    await expect.poll(() => page.locator('[data-test-id="submit_button-button"]').first().textContent()).toBe('Submit as Solved');
  });

  it('switches tickets with history.pushState and keeps both composers in the DOM', async () => {
    const navigations: string[] = [];
    page.on('framenavigated', (f) => navigations.push(f.url()));
    await page.locator('[data-test-id="header-tab-ticket-102"]').click();
    await page.waitForFunction(() => Object.keys(window.__fixture.editors).length === 2);
    expect(page.url()).toBe('https://acme.zendesk.com/agent/tickets/102');
    const composers = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-test-id="omnicomposer-rich-text-ckeditor"]')].map(
        (el) => el.offsetParent !== null,
      ),
    );
    expect(composers.sort()).toEqual([false, true]);
    // Only one document load in total: the switch was client-side.
    expect(session.server.requests.filter((r) => r.path.startsWith('/agent/tickets/')).length).toBe(1);
    await page.goBack();
    expect(page.url()).toBe('https://acme.zendesk.com/agent/tickets/101');
    await expect.poll(() => page.locator(ZENDESK_EDITABLE).filter({ visible: true }).count()).toBe(1);
  });

  it('logged no page errors', () => {
    expect(errors).toEqual([]);
  });
});
