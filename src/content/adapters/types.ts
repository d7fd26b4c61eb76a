// What CalmReply needs to know about a helpdesk page. One adapter per helpdesk, each with its fixture.
import type { Helpdesk } from '../../shared/messages';

export interface HelpdeskAdapter {
  helpdesk: Helpdesk;
  /** True when this adapter handles the page at `location`. */
  matches(location: Location | URL): boolean;
  /** The reply box the agent is writing in for the active ticket, or null when there is none. */
  findReplyBox(doc: Document): HTMLElement | null;
  /** Ticket id from the URL, or null when the page has none. */
  ticketId(location: Location | URL): string | null;
  /** Text of the customer's most recent message in the active ticket, or null. */
  latestCustomerMessage(doc: Document): string | null;
  /** Controls that set the ticket to Solved/Closed right now (used by the checklist gate). */
  closeControls(doc: Document): HTMLElement[];
  /** A keyboard shortcut of the helpdesk that submits the ticket as solved, if it has one. */
  isCloseShortcut?(event: KeyboardEvent): boolean;
}

/** Elements hidden with display:none or in an inactive tab have no client rects. */
export function isVisible(element: Element): boolean {
  return element.getClientRects().length > 0;
}
