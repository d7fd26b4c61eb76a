// Content script: finds the reply box through the helpdesk's adapter, sends its text to the
// background worker after a pause in typing, draws the findings as underlines, shows the hover
// card, the status chip and — at once — the safety banner. It does no tone work itself, and it
// never changes the draft unless the agent clicks a rewrite. Everything here fails open: errors
// are logged, never thrown into the page.
import browser, { type Runtime } from 'webextension-polyfill';
import { h } from 'preact';
import { SEVERITY_ORDER } from '../engine/severity';
import type { CheckResult, Finding } from '../engine/types';
import { openRequiredItems, type ChecklistItemState } from '../guidance/checklist';
import type {
  CheckReplyRequest, CheckReplyResponse, ContentSettingsResponse, DisableRuleRequest, GetContentSettingsRequest, IgnoreFindingRequest, TicketRef,
} from '../shared/messages';
import { isRecheckRequest, parseRevealFinding } from '../shared/messages';
import { sanitizeHtml } from '../shared/sanitize';
import { DEFAULT_SETTINGS, type ContentSettings } from '../shared/settings';
import { uiLanguage, uiText } from '../shared/ui-text';
import { adapterFor } from './adapters/index';
import type { HelpdeskAdapter } from './adapters/types';
import { Card } from './card';
import { installCloseGate } from './close-gate';
import { rangeFor, readEditorText, type EditorText } from './editor-text';
import { clearHighlights, drawHighlights } from './highlights';
import { Overlay } from './overlay';
import { replaceInEditor } from './rewrite';
import { SafetyBanner } from './safety-banner';
import { SAFETY_TEXT } from './safety-text';
import { StatusChip } from './status-chip';
import { dropMirror, mirrorFor } from './textarea-mirror';

/** Pause in typing before a check, in milliseconds. */
const PAUSE_MS = 150;
/** Alt+Shift+N jumps to the next finding and opens its card. */
const isNextFindingKey = (event: KeyboardEvent) => event.altKey && event.shiftKey && !event.ctrlKey && event.code === 'KeyN';

interface Drawn {
  finding: Finding;
  range: Range;
}

class ReplyWatcher {
  private box: HTMLElement | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private drawn: Drawn[] = [];
  private result: CheckResult | null = null;
  /** The reply text the last result belongs to. */
  private checkedText = '';
  /** This ticket's checklist after the last check, so the close gate can decide at once. */
  private checklist: ChecklistItemState[] = [];
  private shownFinding: Finding | null = null;
  private ignored = new Set<string>();
  private lastUrl = location.href;
  private lastCustomer: string | null = null;
  private safetyAcknowledged = false;
  private readonly overlay = new Overlay();
  private readonly stop = new AbortController();
  /**
   * Changes the editor makes without an `input` event — its own undo/redo (CKEditor and Froala
   * handle Ctrl+Z themselves), a rewrite, the helpdesk setting a macro — still need a new check.
   */
  private readonly boxObserver = new MutationObserver(() => this.schedule());
  private language = uiLanguage(browser.i18n.getUILanguage());
  private text = uiText(this.language);

  constructor(private readonly adapter: HelpdeskAdapter, private settings: ContentSettings) {
    this.applySettings(settings);
  }

  /** New settings from the options page: language, gate mode and protocol text apply at once. */
  applySettings(settings: ContentSettings): void {
    this.settings = settings;
    this.language = settings.uiLanguage === 'auto' ? uiLanguage(browser.i18n.getUILanguage()) : settings.uiLanguage;
    this.text = uiText(this.language);
    this.schedule();
  }

  start(): void {
    const signal = this.stop.signal;
    document.addEventListener('input', (event) => this.onInput(event), { capture: true, signal });
    document.addEventListener('focusin', () => this.findBox(), { capture: true, signal });
    document.addEventListener('keydown', (event) => this.onKeyDown(event), { capture: true, signal });
    document.addEventListener('mousemove', (event) => this.onMouseMove(event), { passive: true, signal });
    window.addEventListener('scroll', () => this.onLayoutChange(), { passive: true, capture: true, signal });
    window.addEventListener('resize', () => this.onLayoutChange(), { passive: true, signal });
    // The helpdesks are single-page apps: watch for the composer appearing and for ticket switches.
    // Helpdesk pages mutate constantly: look at most every 100 ms, not on every mutation.
    let pending: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      pending ??= setTimeout(() => {
        pending = undefined;
        this.onPageChange();
      }, 100);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    const poll = setInterval(() => this.onPageChange(), 1000);
    const uninstallGate = installCloseGate({
      overlay: this.overlay,
      language: this.language,
      closeControls: () => this.adapter.closeControls(document),
      isCloseShortcut: this.adapter.isCloseShortcut,
      openItems: () => this.openChecklistItems(),
      // Orphaned (the extension was reloaded or removed under the page): let the action through
      // at once, even before the next page change takes the gate out.
      mode: () => (this.orphaned() ? 'off' : this.settings.gateMode),
      onBack: () => this.box?.focus(),
    });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      this.boxObserver.disconnect();
      clearInterval(poll);
      clearTimeout(this.timer);
      uninstallGate();
      this.reset();
      this.overlay.remove();
      if (this.box instanceof HTMLTextAreaElement) dropMirror(this.box);
    });
    this.findBox();
    this.schedule();
  }

  /**
   * After the extension is reloaded or updated, this copy of the content script is orphaned: it
   * can no longer reach the background. It then takes all its listeners and UI out of the page,
   * leaving the draft and the helpdesk exactly as they are.
   */
  private orphaned(): boolean {
    let alive = false;
    try {
      alive = !!browser.runtime?.id;
    } catch {
      alive = false;
    }
    if (!alive && !this.stop.signal.aborted) this.stop.abort();
    return !alive;
  }

  private openChecklistItems() {
    return openRequiredItems(this.checklist);
  }

  private ticket(): TicketRef {
    return { helpdesk: this.adapter.helpdesk, ticketId: this.adapter.ticketId(location), url: location.href };
  }

  private onPageChange(): void {
    if (this.orphaned()) return;
    if (location.href !== this.lastUrl) {
      // A different ticket: underlines, card, chip and banner belong to the old one.
      this.lastUrl = location.href;
      this.lastCustomer = null;
      this.safetyAcknowledged = false;
      this.reset();
      this.overlay.hide('banner');
    }
    this.findBox();
    const customer = this.adapter.latestCustomerMessage(document);
    if (customer !== this.lastCustomer) {
      this.lastCustomer = customer;
      this.schedule();
    }
    this.redrawIfStale();
  }

  /**
   * Editors re-render without any typing (CKEditor on blur or focus, Froala on toolbar use): our
   * ranges then point into nodes that left the page. With the same text, the last findings are
   * drawn again on the new nodes right away instead of waiting for the next check.
   */
  private redrawIfStale(): void {
    const box = this.box;
    if (!box || !this.result || !this.drawn.length) return;
    if (this.drawn.every(({ range }) => range.startContainer.isConnected && !range.collapsed)) return;
    const editorText = replyText(box);
    if (editorText.text === this.checkedText) this.draw(editorText, this.result.findings);
  }

  private reset(): void {
    this.drawn = [];
    this.result = null;
    this.checklist = [];
    this.ignored.clear();
    clearHighlights();
    this.hideCard();
    this.overlay.hide('chip');
  }

  private findBox(): void {
    const box = this.adapter.findReplyBox(document);
    if (box === this.box) return;
    // A textarea's text is not DOM text: its underlines are drawn on a mirror laid over it.
    if (this.box instanceof HTMLTextAreaElement) dropMirror(this.box);
    this.box = box;
    this.boxObserver.disconnect();
    if (box && !(box instanceof HTMLTextAreaElement)) this.boxObserver.observe(box, { characterData: true, childList: true, subtree: true });
    if (box instanceof HTMLTextAreaElement) mirrorFor(box);
    this.drawn = [];
    clearHighlights();
    this.hideCard();
    this.schedule();
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
    const customer = this.adapter.latestCustomerMessage(document) ?? undefined;
    // Without a reply box the customer's message is still read: the safety banner must not wait.
    if (!box && !customer) return;
    const editorText = box ? replyText(box) : { text: '', pieces: [] };
    const internalNote = !!box && this.adapter.replyKind?.(box) === 'note';
    const request: CheckReplyRequest = { type: 'content:check-reply', ticket: this.ticket(), text: editorText.text, customer, internalNote };
    if (this.orphaned()) return;
    const response = (await browser.runtime.sendMessage(request)) as CheckReplyResponse | undefined;
    if (!response || box !== this.box) return;
    if (!response.ok) {
      console.info('[CalmReply]', response.error);
      this.reset();
      return;
    }
    // The agent may have typed on while we waited: draw only if the text is still the same.
    const now = box ? replyText(box) : editorText;
    if (now.text !== editorText.text) return this.schedule();
    this.result = response.result;
    this.checkedText = now.text;
    this.checklist = response.checklist;
    this.draw(now, response.result.findings);
    this.showChip();
    this.showSafetyBanner();
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

  private showChip(): void {
    const box = this.box;
    if (!box || !this.result) return this.overlay.hide('chip');
    const rect = box.getBoundingClientRect();
    if (!rect.width) return this.overlay.hide('chip');
    // Above the editable's top-right corner: the toolbar's right end is usually empty, and the
    // helpdesk's submit buttons below the composer stay uncovered.
    const position = { right: Math.max(8, window.innerWidth - rect.right), top: Math.max(4, rect.top - 30) };
    this.overlay.show(document, 'chip', h(StatusChip, {
      findings: this.drawn.map((d) => d.finding),
      customer: this.result.customer,
      text: this.text,
      language: this.language,
      position,
    }));
  }

  private showSafetyBanner(): void {
    const risk = this.result?.customer?.signals.includes('safety-risk');
    if (!risk || this.safetyAcknowledged) return;
    const words = SAFETY_TEXT[this.language];
    this.overlay.show(document, 'banner', h(SafetyBanner, {
      // The company's own text comes from the settings: sanitised, it is not our markup.
      protocolHtml: sanitizeHtml(this.settings.safetyProtocol[this.language] || DEFAULT_SETTINGS.safetyProtocol[this.language]),
      title: words.title,
      acknowledge: words.acknowledge,
      onAcknowledge: () => {
        this.safetyAcknowledged = true;
        this.overlay.hide('banner');
      },
    }));
  }

  private onLayoutChange(): void {
    this.hideCard();
    if (this.result) this.showChip();
  }

  private ignoreKey(finding: Finding): string {
    return `${finding.ruleId}:${finding.excerpt}`;
  }

  private sameFinding(a: Finding, b: Finding): boolean {
    return a.ruleId === b.ruleId && a.start === b.start && a.end === b.end;
  }

  private onMouseMove(event: MouseEvent): void {
    if (this.overlay.contains(event.target)) {
      // On the way into the card (or inside it): keep it open.
      clearTimeout(this.hideTimer);
      return;
    }
    // The most specific finding under the pointer leads: a phrase inside a flagged sentence
    // opens the phrase's card first (the sentence's card comes along below it).
    const hit = this.drawn
      .filter(({ range }) =>
        [...range.getClientRects()].some((r) => event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top - 2 && event.clientY <= r.bottom + 4))
      .sort((a, b) => (a.finding.end - a.finding.start) - (b.finding.end - b.finding.start) || SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity])[0];
    if (hit) {
      clearTimeout(this.hideTimer);
      this.showCard(hit, false);
    } else if (this.shownFinding) {
      // A short grace period lets the pointer cross the gap between the phrase and the card.
      clearTimeout(this.hideTimer);
      this.hideTimer = setTimeout(() => this.hideCard(), 300);
    }
  }

  /** Checks right away (the worker restarted and the popup needs this tab's state). */
  async checkNow(): Promise<void> {
    clearTimeout(this.timer);
    await this.check().catch((error) => console.warn('[CalmReply] check failed', error));
  }

  /** The popup's "show me": scroll the editor to the finding, put the caret after it, open its card. */
  reveal(ruleId: string, start: number, end: number): boolean {
    const target = this.drawn.find((d) => d.finding.ruleId === ruleId && d.finding.start === start && d.finding.end === end);
    if (!target || !this.box) return false;
    const anchor = target.range.startContainer.parentElement;
    anchor?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.box.focus();
    const selection = document.getSelection();
    const caret = target.range.cloneRange();
    caret.collapse(false);
    selection?.removeAllRanges();
    selection?.addRange(caret);
    this.showCard(target, true);
    return true;
  }

  /** Keyboard: jump to the next finding after the caret, open its card and focus the first rewrite. */
  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.shownFinding) {
      this.hideCard();
      this.box?.focus();
      return;
    }
    if (!isNextFindingKey(event) || !this.box || !this.drawn.length) return;
    event.preventDefault();
    event.stopPropagation();
    const selection = document.getSelection();
    const caret = selection?.rangeCount ? selection.getRangeAt(0) : null;
    const next =
      this.drawn.find((d) => caret && this.box!.contains(caret.startContainer) && d.range.compareBoundaryPoints(Range.START_TO_END, caret) > 0 && !(this.shownFinding && this.sameFinding(d.finding, this.shownFinding))) ??
      this.drawn[0]!;
    selection?.removeAllRanges();
    const at = next.range.cloneRange();
    at.collapse(false);
    selection?.addRange(at);
    this.showCard(next, true);
  }

  /**
   * Opens the card for a finding, together with the other findings on the same words (a shouted
   * refusal is both hostile and a flat "no"), most severe first, one per category, at most three.
   */
  private showCard({ finding, range }: Drawn, focus: boolean): void {
    if (this.shownFinding && this.sameFinding(this.shownFinding, finding) && !focus) return;
    this.shownFinding = finding;
    const overlapping = this.drawn
      .filter((d) => d.finding.start < finding.end && finding.start < d.finding.end)
      .map((d) => d.finding)
      .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    // Two rules of one category on the same words ("we can't do that" is a closed door and a
    // flat "we don't"): one card says it, the first one found.
    const categories = new Set<string>();
    const shown = [finding, ...overlapping.filter((f) => !this.sameFinding(f, finding))]
      .filter((f) => !categories.has(f.category) && categories.add(f.category))
      .slice(0, 3);
    this.overlay.show(
      document,
      'card',
      h('div', { style: cardPosition(range.getBoundingClientRect()), class: 'cards' },
        shown.map((each, index) => h(Card, {
          key: `${each.ruleId}:${each.start}`,
          finding: each,
          text: this.text,
          autoFocus: focus && index === 0,
          onRewrite: (suggestion: string) => void this.rewrite(each, suggestion),
          onIgnore: () => {
            this.ignored.add(this.ignoreKey(each));
            this.hideCard();
            const request: IgnoreFindingRequest = { type: 'content:ignore-finding', ticket: this.ticket(), ruleId: each.ruleId, excerpt: each.excerpt };
            void browser.runtime.sendMessage(request).catch(() => undefined).finally(() => this.schedule());
          },
          onTurnOff: each.ruleId === 'team-phrase' ? undefined : () => {
            this.hideCard();
            const request: DisableRuleRequest = { type: 'content:disable-rule', ruleId: each.ruleId };
            void browser.runtime.sendMessage(request).catch(() => undefined).finally(() => this.schedule());
          },
        })),
      ),
    );
  }

  private hideCard(): void {
    clearTimeout(this.hideTimer);
    this.shownFinding = null;
    this.overlay.hide('card');
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

/** The reply's text and where each character sits; a textarea's text lives on its mirror. */
function replyText(box: HTMLElement): EditorText {
  return box instanceof HTMLTextAreaElement ? mirrorFor(box).editorText() : readEditorText(box);
}

/** Below the phrase, or above it when the phrase sits near the bottom of the window. */
function cardPosition(rect: DOMRect): string {
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - 356));
  const below = window.innerHeight - rect.bottom - 14;
  const above = rect.top - 14;
  // Never past the window's edge: the cards scroll inside their own box when space is short.
  return below >= 340 || below >= above
    ? `position:fixed;left:${left}px;top:${rect.bottom + 6}px;max-height:${Math.max(120, below)}px;overflow-y:auto;`
    : `position:fixed;left:${left}px;bottom:${window.innerHeight - rect.top + 6}px;max-height:${Math.max(120, above)}px;overflow-y:auto;`;
}

async function loadSettings(): Promise<ContentSettings> {
  try {
    const request: GetContentSettingsRequest = { type: 'content:get-settings' };
    const response = (await browser.runtime.sendMessage(request)) as ContentSettingsResponse | undefined;
    if (response?.ok) return response.settings;
  } catch (error) {
    console.info('[CalmReply] using default settings', error);
  }
  const { disabledRules, teamPhrases, notesMode, gateMode, safetyProtocol, customOrigins, uiLanguage: language } = DEFAULT_SETTINGS;
  return structuredClone({ disabledRules, teamPhrases, notesMode, gateMode, safetyProtocol, customOrigins, uiLanguage: language });
}

async function boot(): Promise<void> {
  const settings = await loadSettings();
  // Custom helpdesk domains get the generic adapter; Zendesk and Freshdesk their own.
  const adapter = adapterFor(location, settings.customOrigins);
  if (!adapter) return;
  const watcher = new ReplyWatcher(adapter, settings);
  watcher.start();
  // Only our own extension pages (the popup) may ask; web pages cannot reach this listener.
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    if (isRecheckRequest(raw)) return watcher.checkNow().then(() => ({ ok: true }));
    const reveal = parseRevealFinding(raw);
    return reveal ? Promise.resolve({ ok: watcher.reveal(reveal.ruleId, reveal.start, reveal.end) }) : undefined;
  });
  // Settings changed in the options page (or by "Turn off this rule"): ask for them again.
  browser.storage.onChanged.addListener(() => void loadSettings().then((next) => watcher.applySettings(next)));
}

boot().catch((error) => console.warn('[CalmReply] could not start; the helpdesk works as usual', error));
