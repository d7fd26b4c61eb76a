// CalmReply in Firefox ESR (puppeteer-core, WebDriver BiDi) on the Zendesk fixture, reached as
// https://acme.zendesk.com through the fixture server acting as Firefox's proxy. The extension
// is dist/firefox, installed as a temporary add-on with browser.installExtension().
// Underlines → hover card → rewrite through CKEditor's model → Ctrl+Z → typing on → privacy.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoverHighlight, launchFirefox, waitForHighlight, type LaunchedFirefox } from './support/firefox';
import { ZENDESK_EDITABLE, privacyViolations } from './support/page';
import { startFixtureServer, type FixtureServer } from './support/server';

const TICKET_URL = 'https://acme.zendesk.com/agent/tickets/101';
const PHRASE = "WE DON'T DO REFUNDS. Calm down.";

describe('CalmReply on Zendesk (Firefox ESR)', () => {
  let server: FixtureServer;
  let ff: LaunchedFirefox;

  beforeAll(async () => {
    server = await startFixtureServer();
    ff = await launchFirefox({ server });
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('opens the ticket under its production host name with the real CKEditor', async () => {
    const res = await ff.page.goto(TICKET_URL);
    expect(res?.status()).toBe(200);
    await ff.page.waitForFunction(() => window.__fixture?.editor != null, { timeout: 20_000 });
    expect(new URL(ff.page.url()).host).toBe('acme.zendesk.com');
  });

  it('underlines the shouting refusal as an error and "Calm down" as a warning', async () => {
    await ff.page.click(ZENDESK_EDITABLE);
    await ff.page.keyboard.type(PHRASE, { delay: 15 });
    expect(await ff.page.evaluate(() => window.__fixture.editor!.getData())).toBe(`<p>${PHRASE}</p>`);
    await waitForHighlight(ff.page, 'calmreply-error', "WE DON'T DO REFUNDS");
    await waitForHighlight(ff.page, 'calmreply-warning', 'Calm down');
  });

  it('shows the hover card in the open shadow root', async () => {
    await hoverHighlight(ff.page, 'calmreply-error', "WE DON'T DO REFUNDS");
    await ff.page.waitForFunction(
      () => {
        const card = document.querySelector('calmreply-root')?.shadowRoot?.querySelector<HTMLElement>('[data-calmreply="card"]');
        return !!card && card.getClientRects().length > 0 && (card.textContent ?? '').trim().length > 10;
      },
      { timeout: 5_000, polling: 100 },
    );
  });

  it('a rewrite from the card replaces the phrase in the CKEditor model; Ctrl+Z restores it', async () => {
    const data = () => ff.page.evaluate(() => window.__fixture.editor!.getData());
    // The hover card from the previous test is still open; click its first rewrite like a hand would.
    await ff.page.waitForFunction(
      () => {
        const button = document.querySelector('calmreply-root')?.shadowRoot?.querySelector<HTMLElement>('[data-calmreply="rewrite"]');
        return !!button && button.getClientRects().length > 0;
      },
      { timeout: 5_000, polling: 100 },
    );
    const target = await ff.page.evaluate(() => {
      const button = document.querySelector('calmreply-root')!.shadowRoot!.querySelector<HTMLElement>('[data-calmreply="rewrite"]')!;
      const r = button.getBoundingClientRect();
      return { text: (button.textContent ?? '').trim(), x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    const suggestion = target.text;
    expect(suggestion).not.toBe('');
    await ff.page.mouse.move(target.x, target.y, { steps: 4 });
    await ff.page.mouse.click(target.x, target.y);
    const until = (want: string) => expect.poll(data, { timeout: 5_000, interval: 100 }).toBe(want);
    // The card was opened on the shouting refusal: its first rewrite takes its place.
    await until(`<p>${PHRASE.replace("WE DON'T DO REFUNDS", suggestion)}</p>`);
    await ff.page.keyboard.down('Control');
    await ff.page.keyboard.press('z');
    await ff.page.keyboard.up('Control');
    await until(`<p>${PHRASE}</p>`);
    // Typing goes on where the agent left off, every character arrives.
    await ff.page.keyboard.down('Control');
    await ff.page.keyboard.press('End');
    await ff.page.keyboard.up('Control');
    await ff.page.keyboard.type(' Thanks!', { delay: 0 });
    await until(`<p>${PHRASE} Thanks!</p>`);
  });

  it('made no network request beyond the fixture host', async () => {
    await new Promise((r) => setTimeout(r, 500));
    const firefoxOwn: string[] = [];
    const violations = privacyViolations([], server.requests, { fixtureHost: 'acme.zendesk.com', extensionId: ff.extensionId }, firefoxOwn);
    if (firefoxOwn.length) console.info(`Firefox's own background requests (not the extension): ${firefoxOwn.length}, e.g.\n${firefoxOwn.slice(0, 3).join('\n')}`);
    expect(violations).toEqual([]);
    expect(server.requests.some((r) => r.host === 'acme.zendesk.com' && r.path === '/agent/tickets/101')).toBe(true);
  });
});
