// What CalmReply needs to know about a helpdesk page. One adapter per helpdesk, each with its fixture.
import type { Helpdesk } from '../../shared/messages';

/** What the agent is writing: a reply the customer reads, an internal note, or a forward to a third party. */
export type ReplyKind = 'reply' | 'note' | 'forward';

export interface HelpdeskAdapter {
  helpdesk: Helpdesk;
  /** True when this adapter handles the page at `location`. */
  matches(location: Location | URL): boolean;
  /** The reply box the agent is writing in for the active ticket, or null when there is none. */
  findReplyBox(doc: Document): HTMLElement | null;
  /** Every reply box of this helpdesk in the document, visible or not (tests, diagnostics). */
  findReplyBoxes?(doc: Document): HTMLElement[];
  /** Whether `box` is a customer-facing reply, an internal note or a forward. Absent: always a reply. */
  replyKind?(box: HTMLElement): ReplyKind;
  /** Ticket id from the URL, or null when the page has none. */
  ticketId(location: Location | URL): string | null;
  /** Text of the customer's most recent message in the active ticket, or null. */
  latestCustomerMessage(doc: Document): string | null;
  /**
   * Controls that set the ticket to Solved/Closed (used by the checklist gate). Evaluate it when
   * the agent clicks (a click-time check), not once: some controls only close the ticket in a
   * certain state (Freshdesk's "Update" button only while the status field says Resolved/Closed).
   */
  closeControls(doc: Document): HTMLElement[];
}

/** True when the document has a layout engine behind it (a browser); false in jsdom, which has no layout. */
export function hasLayout(doc: Document): boolean {
  return doc.documentElement.getClientRects().length > 0;
}

/**
 * Whether `element` is shown. Two checks, so it works in the browser and is testable in jsdom:
 * 1. no ancestor-or-self is `hidden`, `display:none` (computed style, so stylesheet rules count)
 *    or `visibility:hidden|collapse`, and the element is in the document;
 * 2. where there is layout (a browser), it also has client rects (catches what step 1 cannot see,
 *    e.g. an inactive tab hidden by a rule jsdom does not compute). jsdom has no layout: every
 *    getClientRects() there is empty, so step 2 is skipped and step 1 decides.
 */
export function isVisible(element: Element): boolean {
  if (!element.isConnected) return false;
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    const style = view?.getComputedStyle(node);
    if (style?.display === 'none') return false;
    // visibility inherits, so the element's own computed value is enough, but a child may override it.
    if (node === element && (style?.visibility === 'hidden' || style?.visibility === 'collapse')) return false;
  }
  return hasLayout(element.ownerDocument) ? element.getClientRects().length > 0 : true;
}

/** The element `doc.activeElement` points to, looking through open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
