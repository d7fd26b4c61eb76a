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
  /** A keyboard shortcut of the helpdesk that submits the ticket as solved, if it has one. */
  isCloseShortcut?(event: KeyboardEvent): boolean;
}

/** True when the document has a layout engine behind it (a browser); false in jsdom, which has no layout. */
export function hasLayout(doc: Document): boolean {
  return doc.documentElement.getClientRects().length > 0;
}

/**
 * Whether `element` is shown, in the browser and (testably) in jsdom, which has no layout:
 * - in a browser: it has client rects (none when it or an ancestor is `display:none`, e.g. an
 *   inactive ticket tab or a `hidden` container) and its own computed `visibility` is not hidden;
 * - without layout (jsdom, where every getClientRects() is empty): no ancestor-or-self has the
 *   `hidden` attribute or computed `display:none` (stylesheet rules count) and its computed
 *   `visibility` is not hidden. Geometry-only hiding (zero size, off-screen) counts as shown in both.
 */
export function isVisible(element: Element): boolean {
  if (!element.isConnected) return false;
  const view = element.ownerDocument.defaultView;
  const visibility = view?.getComputedStyle(element).visibility;
  if (visibility === 'hidden' || visibility === 'collapse') return false;
  if (hasLayout(element.ownerDocument)) return element.getClientRects().length > 0;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || view?.getComputedStyle(node).display === 'none') return false;
  }
  return true;
}

/** The element `doc.activeElement` points to, looking through open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
