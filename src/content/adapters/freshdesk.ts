// Freshdesk agent app (`https://<account>.freshdesk.com/a/tickets/<id>`, an Ember single-page app).
//
// From the public facts (DESIGN.md, "Facts about the helpdesk pages"):
// - reply box: Froala, `div.fr-element.fr-view[contenteditable="true"]` inside `.fr-wrapper`,
//   mounted only after the agent clicks Reply (`[data-test-id="active-editor"]` placeholder before);
// - thread: `.ticket-details__item`, the first is `[data-test-id="ticket-description"]`, bodies
//   `[data-test-conversation="conversation-text"]`;
// - close: `[data-test-actions="close"]`, "Send and set as…" items `a.send-and-set-item`, the status
//   field of the properties panel (Resolved = 4, Closed = 5).
//
// UNCONFIRMED (chosen to be plausible, mirrored in tests/fixtures/freshdesk; check on a real account):
// - reply vs note vs forward: read from the editor's containers: a `data-test-id`, class or
//   aria-label containing "note"/"private" → note, "forward"/"fwd" → forward, otherwise a reply.
//   The fixture wraps editors in `[data-test-id="reply-editor" | "note-editor" | "forward-editor"]`.
// - customer vs agent messages: the Freshdesk API calls a customer's message `incoming` and a note
//   `private`; we assume the DOM says the same with a class (`incoming`/`is-incoming` vs
//   `outgoing`/`is-outgoing`, `private-note`/`is-private`) or `data-incoming`/`data-private`
//   attributes. When no thread item carries any of these markers (our guess is wrong), only the
//   ticket description is used: it is the requester's opening message, so still the customer's words.
// - timestamps: `time[datetime]` (or `[data-timestamp]` in ms/ISO) inside an item; newest wins,
//   DOM order breaks ties (Freshdesk can show the thread oldest- or newest-first).
// - quoted history inside an email body (`blockquote`, `.freshdesk_quote`) is not the customer's new text.
// - status field: a native `select` named/identified "status" or inside `[data-test-id="status"]`
//   with option values 4/5; the Update button `[data-test-id="update-properties"]` or a button
//   whose text is "Update". The real panel may be an Ember power-select: then only the Close
//   button and the "Send and set as" items are found.
import { readEditorText } from '../editor-text';
import { deepActiveElement, isVisible, type HelpdeskAdapter, type ReplyKind } from './types';

export const FRESHDESK_EDITOR = '.fr-wrapper div.fr-element.fr-view[contenteditable="true"]';
export const FRESHDESK_PLACEHOLDER = '[data-test-id="active-editor"]';

const ITEM = '.ticket-details__item';
const DESCRIPTION = '[data-test-id="ticket-description"]';
const BODY = '[data-test-conversation="conversation-text"]';
const INCOMING = '.incoming, .is-incoming, [data-incoming="true"]';
const OUTGOING = '.outgoing, .is-outgoing, [data-incoming="false"]';
const PRIVATE = '.private-note, .is-private, [data-private="true"]';
const QUOTED = 'blockquote, .freshdesk_quote';

/** Status values of Freshdesk tickets that end the conversation. */
export const CLOSING_STATUSES = new Set(['4', '5']);
const STATUS_FIELD = 'select[name="status"], select#status, [data-test-id="status"] select';
const UPDATE_BUTTON = '[data-test-id="update-properties"]';
const CLOSING_LABEL = /\b(?:resolved|closed)\b|gelöst|geschlossen/i;

/** The box the agent last focused, so a click into CalmReply's own card does not switch boxes. */
let lastFocused: WeakRef<HTMLElement> | null = null;

function kindFromContainers(box: HTMLElement, stopAt: string): ReplyKind {
  for (let node: Element | null = box; node; node = node.parentElement) {
    const signal = [node.getAttribute('data-test-id'), typeof node.className === 'string' ? node.className : '', node.getAttribute('aria-label')]
      .filter(Boolean)
      .join(' ')
      .toLowerCase();
    if (/(?:^|[\s_-])(?:note|private)/.test(signal)) return 'note';
    if (/(?:^|[\s_-])(?:forward|fwd)/.test(signal)) return 'forward';
    if (/(?:^|[\s_-])reply/.test(signal)) return 'reply';
    if (node.matches(stopAt)) break;
  }
  return 'reply';
}

function itemTime(item: Element): number | null {
  const stamp = item.querySelector('time[datetime]')?.getAttribute('datetime') ?? item.querySelector('[data-timestamp]')?.getAttribute('data-timestamp');
  if (!stamp) return null;
  const time = /^\d+$/.test(stamp) ? Number(stamp) : Date.parse(stamp);
  return Number.isNaN(time) ? null : time;
}

/** The message's own text: paragraphs on their own lines, quoted history left out. */
export function messageText(body: Element): string {
  const copy = body.cloneNode(true) as HTMLElement;
  for (const quoted of copy.querySelectorAll(QUOTED)) quoted.remove();
  // Thread HTML is indented source, not an editor: collapse its layout whitespace line by line.
  return readEditorText(copy)
    .text.split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

export const freshdesk: HelpdeskAdapter = {
  helpdesk: 'freshdesk',

  // Only the agent app (/a/...): the customer portal on the same host (/support/...) has editors
  // the customer writes in, which are none of CalmReply's business.
  matches: (location) => /(^|\.)freshdesk\.com$/.test(location.hostname) && /^\/a(?:\/|$)/.test(location.pathname),

  findReplyBoxes: (doc) => [...doc.querySelectorAll<HTMLElement>(FRESHDESK_EDITOR)],

  findReplyBox(doc) {
    const boxes = freshdesk.findReplyBoxes!(doc);
    const active = deepActiveElement(doc);
    const focused = boxes.find((box) => active instanceof Node && box.contains(active));
    if (focused) {
      lastFocused = new WeakRef(focused);
      return focused;
    }
    const remembered = lastFocused?.deref();
    if (remembered && boxes.includes(remembered) && isVisible(remembered)) return remembered;
    return boxes.find(isVisible) ?? null;
  },

  replyKind: (box) => kindFromContainers(box, '.ticket-details, body'),

  ticketId: (location) => /^\/a\/tickets\/(\d+)/.exec(location.pathname)?.[1] ?? null,

  latestCustomerMessage(doc) {
    const items = [...doc.querySelectorAll(ITEM)];
    const description = items.find((item) => item.matches(DESCRIPTION) || item.querySelector(DESCRIPTION)) ?? doc.querySelector(DESCRIPTION);
    const markersKnown = items.some((item) => item.matches(`${INCOMING}, ${OUTGOING}, ${PRIVATE}`));
    let latest: { time: number; text: string } | null = null;
    for (const item of description && !items.includes(description) ? [description, ...items] : items) {
      const isDescription = item === description;
      if (item.matches(PRIVATE)) continue;
      if (!isDescription && (!markersKnown || !item.matches(INCOMING))) continue;
      const body = item.querySelector(BODY) ?? (isDescription ? item : null);
      if (!body) continue;
      const text = messageText(body);
      if (!text) continue;
      // Newest by timestamp, not by DOM order; items without one count as oldest, DOM order breaks ties.
      const time = itemTime(item) ?? Number.NEGATIVE_INFINITY;
      if (!latest || time >= latest.time) latest = { time, text };
    }
    return latest?.text ?? null;
  },

  closeControls(doc) {
    const controls = [...doc.querySelectorAll<HTMLElement>('[data-test-actions="close"]')];
    for (const item of doc.querySelectorAll<HTMLElement>('a.send-and-set-item')) {
      const status = item.getAttribute('data-status') ?? item.getAttribute('data-value');
      if ((status && CLOSING_STATUSES.has(status)) || CLOSING_LABEL.test(item.textContent ?? '')) controls.push(item);
    }
    // The Update button closes the ticket only while the status field says Resolved or Closed.
    const status = doc.querySelector<HTMLSelectElement>(STATUS_FIELD);
    if (status && CLOSING_STATUSES.has(status.value)) {
      const update =
        doc.querySelector<HTMLElement>(UPDATE_BUTTON) ??
        [...doc.querySelectorAll<HTMLElement>('button')].find((button) => /^\s*update\s*$/i.test(button.textContent ?? ''));
      if (update) controls.push(update);
    }
    return controls;
  },
};
