// `npm start`: CalmReply in the system Chromium on the local Zendesk fixture.
//
// With a display ($DISPLAY or $WAYLAND_DISPLAY): opens a window on
// https://acme.zendesk.com/agent/tickets/101 with the extension loaded; type a reply and watch
// the underlines. Runs until Ctrl+C (or until the window is closed).
// Without a display: types the demo phrase, waits for the underline, hovers it so the card shows,
// and writes .demo/calmreply-demo.png and .demo/calmreply-popup.png. Exit code 1 when the
// underline did not appear within 10 s (the screenshots are written anyway).
//
// Environment: CALMREPLY_HEADLESS=1 forces the headless run; CALMREPLY_EXTENSION_DIR loads
// another unpacked extension instead of dist/chrome; CALMREPLY_CHROMIUM another Chromium binary.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../tests/fixtures/build';
import { launchChromium, type LaunchedChromium } from '../tests/e2e/support/chromium';
import { CARD, hoverHighlight, typeInComposer, waitForHighlight, waitForZendeskFixture } from '../tests/e2e/support/page';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/support/server';

const TICKET_URL = 'https://acme.zendesk.com/agent/tickets/101';
const PHRASE = "WE DON'T DO REFUNDS. Calm down.";

async function main(): Promise<number> {
  const root = repoRoot();
  const headed = !process.env.CALMREPLY_HEADLESS && !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  let server: FixtureServer | undefined;
  let browser: LaunchedChromium | undefined;
  const cleanup = async () => {
    await browser?.close();
    await server?.close();
  };
  try {
    server = await startFixtureServer();
    browser = await launchChromium({ server, headless: !headed, viewport: headed ? null : { width: 1440, height: 900 } });
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(TICKET_URL);
    await waitForZendeskFixture(page);

    if (headed) {
      console.log(`CalmReply demo: ${TICKET_URL} (fixture server on 127.0.0.1:${server.port})`);
      console.log(`Type a reply in the composer, e.g.  ${PHRASE}`);
      console.log('Ticket 102 (German) is in the second tab. Press Ctrl+C to stop.');
      await new Promise<void>((done) => {
        process.once('SIGINT', () => done());
        process.once('SIGTERM', () => done());
        browser!.context.once('close', () => done());
      });
      await cleanup();
      return 0;
    }

    const outDir = join(root, '.demo');
    mkdirSync(outDir, { recursive: true });
    const shot = join(outDir, 'calmreply-demo.png');
    const popupShot = join(outDir, 'calmreply-popup.png');

    await typeInComposer(page, PHRASE, 40);
    let ok = true;
    try {
      await waitForHighlight(page, 'calmreply-error', "WE DON'T DO REFUNDS", 10_000);
      await hoverHighlight(page, 'calmreply-error', "WE DON'T DO REFUNDS");
      await page
        .locator(CARD)
        .first()
        .waitFor({ state: 'visible', timeout: 3_000 })
        .catch(() => console.warn('The underline is there, but no hover card appeared within 3 s.'));
      await page.waitForTimeout(300); // let the card's transition settle
    } catch (err) {
      ok = false;
      console.error((err as Error).message);
    }
    await page.screenshot({ path: shot });
    console.log(`Screenshot of the demo ticket with CalmReply: ${shot}`);

    try {
      const popup = await browser.openPopup(await browser.tabId('https://*.zendesk.com/*'));
      await popup.setViewportSize({ width: 420, height: 640 });
      await popup.waitForLoadState('load');
      await popup
        .locator('[data-calmreply="finding-count"]')
        .first()
        .waitFor({ state: 'visible', timeout: 5_000 })
        .catch(() => console.warn('The popup shows no [data-calmreply="finding-count"].'));
      await popup.waitForTimeout(300);
      await popup.screenshot({ path: popupShot, fullPage: true });
      console.log(`Screenshot of the CalmReply popup:          ${popupShot}`);
    } catch (err) {
      console.error(`Could not capture the popup: ${(err as Error).message}`);
    }

    if (!ok) console.error('No underline appeared within 10 s: the screenshot shows the page without it.');
    await cleanup();
    return ok ? 0 : 1;
  } catch (err) {
    console.error((err as Error).message);
    await cleanup().catch(() => {});
    return 1;
  }
}

process.exit(await main());
