// Content script: finds the reply box through the helpdesk's adapter, sends its text to the
// background worker after a pause in typing, draws the findings as underlines and shows the
// hover card. It does no tone work itself, and it never changes the draft unless the agent
// clicks a rewrite. Everything here fails open: errors are logged, never thrown into the page.
import browser from 'webextension-polyfill';
import type { Finding } from '../engine/types';
import type { CheckReplyRequest, CheckReplyResponse, TicketRef } from '../shared/messages';
import { uiLanguage, uiText } from '../shared/ui-text';
import { adapterFor } from './adapters/index';
import type { HelpdeskAdapter } from './adapters/types';
import { Card } from './card';
import { rangeFor, readEditorText, type EditorText } from './editor-text';
import { clearHighlights, drawHighlights } from './highlights';
import { Overlay } from './overlay';
import { replaceInEditor } from './rewrite';
import { h } from 'preact';

/** Pause in typing before a check, in milliseconds. */
const PAUSE_MS = 150;

interface Drawn {
  finding: Finding;
  range: Range;
}

class ReplyWatcher {
  private box: HTMLElement | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private drawn: Drawn[] = [];
  private shownFinding: Finding | null = null;
  private ignored = new Set<string>();
  private lastUrl = location.href;
  private readonly overlay = new Overlay();
  private readonly text = uiText(uiLanguage(browser.i18n.getUILanguage()));

  constructor(private readonly adapter: HelpdeskAdapter) {}

  start(): void {
    document.addEventListener('input', (event) => this.onInput(event), true);
    document.addEventListener('focusin', () => this.findBox(), true);
    document.addEventListener('mousemove', (event) => this.onMouseMove(event), { passive: true });
    window.addEventListener('scroll', () => this.hideCard(), { passive: true, capture: true });
    // The helpdesks are single-page apps: watch for the composer appearing and for ticket switches.
    new MutationObserver(() => this.onPageChange()).observe(document.documentElement, { childList: true, subtree: true });
    setInterval(() => this.onPageChange(), 1000);
    this.findBox();
  }

  private ticket(): TicketRef {
    return { helpdesk: this.adapter.helpdesk, ticketId: this.adapter.ticketId(location), url: location.href };
  }

  private onPageChange(): void {
    if (location.href !== this.lastUrl) {
      // A different ticket: old underlines and the open card belong to the old one.
      this.lastUrl = location.href;
      this.reset();
    }
    this.findBox();
  }

  private reset(): void {
    this.drawn = [];
    this.ignored.clear();
    clearHighlights();
    this.hideCard();
  }

  private findBox(): void {
    const box = this.adapter.findReplyBox(document);
    if (box === this.box) return;
    this.box = box;
    this.reset();
    if (box && readEditorText(box).text.trim()) this.schedule();
  }

  private onInput(event: Event): void {
    this.findBox();
    if (this.box && event.target instanceof Node && this.box.contains(event.target)) this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check().catch((error) => console.warn('[CalmReply] check failed', error)), PAUSE_MS);
  }

  private async check(): Promise<void> {
    const box = this.box;
    if (!box) return;
    const editorText = readEditorText(box);
    const request: CheckReplyRequest = {
      type: 'content:check-reply',
      ticket: this.ticket(),
      text: editorText.text,
      customer: this.adapter.latestCustomerMessage(document) ?? undefined,
    };
    const response = (await browser.runtime.sendMessage(request)) as CheckReplyResponse | undefined;
    if (!response || box !== this.box) return;
    if (!response.ok) {
      console.info('[CalmReply]', response.error);
      this.reset();
      return;
    }
    // The agent may have typed on while we waited: draw only if the text is still the same.
    const now = readEditorText(box);
    if (now.text !== editorText.text) return this.schedule();
    this.draw(now, response.result.findings);
  }

  private draw(editorText: EditorText, findings: Finding[]): void {
    this.drawn = [];
    for (const finding of findings) {
      if (finding.severity === 'info' || this.ignored.has(this.ignoreKey(finding))) continue;
      const range = rangeFor(editorText, finding.start, finding.end);
      if (range) this.drawn.push({ finding, range });
    }
    drawHighlights(document, this.drawn.map((d) => ({ range: d.range, severity: d.finding.severity })));
    if (this.shownFinding && !this.drawn.some((d) => this.sameFinding(d.finding, this.shownFinding!))) this.hideCard();
  }

  private ignoreKey(finding: Finding): string {
    return `${finding.ruleId}:${finding.excerpt}`;
  }

  private sameFinding(a: Finding, b: Finding): boolean {
    return a.ruleId === b.ruleId && a.start === b.start && a.end === b.end;
  }

  private onMouseMove(event: MouseEvent): void {
    if (this.overlay.contains(event.target)) return;
    const hit = this.drawn.find(({ range }) =>
      [...range.getClientRects()].some((r) => event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top - 2 && event.clientY <= r.bottom + 4),
    );
    if (hit) this.showCard(hit);
    else if (this.shownFinding) this.hideCard();
  }

  private showCard({ finding, range }: Drawn): void {
    if (this.shownFinding && this.sameFinding(this.shownFinding, finding)) return;
    this.shownFinding = finding;
    const rect = range.getBoundingClientRect();
    this.overlay.show(
      document,
      h('div', { style: `position:fixed;left:${Math.max(8, rect.left)}px;top:${rect.bottom + 6}px;` },
        h(Card, {
          finding,
          text: this.text,
          onRewrite: (suggestion: string) => void this.rewrite(finding, suggestion),
          onIgnore: () => {
            this.ignored.add(this.ignoreKey(finding));
            this.hideCard();
            this.schedule();
          },
        }),
      ),
    );
  }

  private hideCard(): void {
    this.shownFinding = null;
    this.overlay.hide();
  }

  private async rewrite(finding: Finding, suggestion: string): Promise<void> {
    const box = this.box;
    if (!box) return;
    this.hideCard();
    const ok = await replaceInEditor(box, finding, suggestion);
    if (!ok) console.info('[CalmReply] the draft changed before the rewrite could be applied; nothing was replaced');
    this.schedule();
  }
}

function boot(): void {
  const adapter = adapterFor(location);
  if (!adapter) return;
  try {
    new ReplyWatcher(adapter).start();
  } catch (error) {
    console.warn('[CalmReply] could not start; the helpdesk works as usual', error);
  }
}

boot();
