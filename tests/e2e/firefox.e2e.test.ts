// CalmReply in Firefox ESR (puppeteer-core, WebDriver BiDi) on the Zendesk fixture, reached as
// https://acme.zendesk.com through the fixture server acting as Firefox's proxy. The extension
// is dist/firefox, installed as a temporary add-on with browser.installExtension().
// Underlines → hover card → rewrite through CKEditor's model → Ctrl+Z → typing on → privacy.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type LaunchedFirefox } from './support/firefox';
import { privacyViolations } from './support/page';
import { startFixtureServer, type FixtureServer } from './support/server';

const TICKET_URL = 'https://acme.zendesk.com/agent/tickets/101';
const PHRASE = "WE DON'T DO REFUNDS. Calm down.";
const EDITABLE = '.ck-editor__editable[contenteditable="true"][data-test-id="omnicomposer-rich-text-ckeditor"]';

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
    await ff.page.click(EDITABLE);
    await ff.page.keyboard.type(PHRASE, { delay: 15 });
    expect(await ff.page.evaluate(() => window.__fixture.editor!.getData())).toBe(`<p>${PHRASE}</p>`);
    const wait = (name: string, text: string) =>
      ff.page
        .waitForFunction(
          (n: string, t: string) => {
            const hl = CSS.highlights.get(n);
            if (!hl) return false;
            for (const r of hl) {
              const live = document.createRange();
              live.setStart(r.startContainer, r.startOffset);
              live.setEnd(r.endContainer, r.endOffset);
              if (live.toString() === t) return true;
            }
            return false;
          },
          { timeout: 10_000, polling: 100 },
          name,
          text,
        )
        .catch(async () => {
          const seen = await ff.page.evaluate(() =>
            ['calmreply-error', 'calmreply-warning', 'calmreply-hint'].map((n) => [
              n,
              [...(CSS.highlights.get(n) ?? [])].map((r) => {
                const live = document.createRange();
                live.setStart(r.startContainer, r.startOffset);
                live.setEnd(r.endContainer, r.endOffset);
                return live.toString();
              }),
            ]),
          );
          throw new Error(`no ${name} highlight covering exactly ${JSON.stringify(text)}; CSS.highlights had ${JSON.stringify(seen)}`);
        });
    await wait('calmreply-error', "WE DON'T DO REFUNDS");
    await wait('calmreply-warning', 'Calm down');
  });

  it('shows the hover card in the open shadow root', async () => {
    const rect = await ff.page.evaluate(() => {
      for (const r of CSS.highlights.get('calmreply-error') ?? []) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        if (live.toString() === "WE DON'T DO REFUNDS") {
          const b = live.getClientRects()[0] ?? live.getBoundingClientRect();
          return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        }
      }
      return null;
    });
    expect(rect).not.toBeNull();
    await ff.page.mouse.move(rect!.x - 20, rect!.y + 30);
    await ff.page.mouse.move(rect!.x, rect!.y, { steps: 8 });
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
    const until = async (want: string) => {
      const deadline = Date.now() + 5_000;
      let got = await data();
      while (got !== want && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        got = await data();
      }
      expect(got).toBe(want);
    };
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
