// Any other helpdesk: a `<textarea>` or a plain `contenteditable` reply box on a domain the agent
// added in the options page (and granted host access to). It never matches by itself: the content
// script passes the origins from the settings to `genericAdapter(origins)`. There is no ticket id
// (state is keyed by URL), no thread to read and no close control to gate.
import { deepActiveElement, isVisible, type HelpdeskAdapter } from './types';

/**
 * Turns what the options page stores into a matcher: full origins (`https://support.acme.com`),
 * match patterns (`https://support.acme.com/*`, `https://*.acme.com/*`) or bare host names
 * (`support.acme.com`, meaning https). Anything else is ignored.
 */
export function originMatcher(origins: readonly string[]): (location: Location | URL) => boolean {
  const rules: Array<{ scheme: string; host: string; wildcard: boolean }> = [];
  for (const raw of origins) {
    const m = /^(?:(https?|\*):\/\/)?(\*\.)?([a-z0-9.-]+|\[[0-9a-f:]+\])(?::\d+)?(?:\/.*)?$/i.exec(raw.trim());
    if (!m) continue;
    rules.push({ scheme: (m[1] ?? 'https').toLowerCase(), host: m[3]!.toLowerCase(), wildcard: Boolean(m[2]) });
  }
  return (location) => {
    const scheme = location.protocol.replace(/:$/, '');
    const host = location.hostname.toLowerCase();
    return rules.some(
      (rule) =>
        (rule.scheme === '*' ? scheme === 'http' || scheme === 'https' : rule.scheme === scheme) &&
        (host === rule.host || (rule.wildcard && host.endsWith(`.${rule.host}`))),
    );
  };
}

/** A textarea the agent can type in. */
function isWritableTextarea(element: Element): element is HTMLTextAreaElement {
  return element instanceof HTMLTextAreaElement && !element.disabled && !element.readOnly;
}

/** The outermost element of the contenteditable region `element` is in (the editing host), or null. */
export function editingHost(element: Element): HTMLElement | null {
  let host: HTMLElement | null = null;
  for (let node: Element | null = element; node instanceof HTMLElement; node = node.parentElement) {
    const value = node.getAttribute('contenteditable');
    if (value === 'false') break;
    if (value !== null && value !== 'false') host = node; // '', 'true', 'plaintext-only'
  }
  return host;
}

/** The reply box an element belongs to: the textarea itself or its contenteditable editing host. */
function boxOf(element: Element | null): HTMLElement | null {
  if (!element || element.closest('calmreply-root')) return null;
  if (isWritableTextarea(element)) return element;
  return editingHost(element);
}

export function genericAdapter(origins: readonly string[]): HelpdeskAdapter {
  const matches = originMatcher(origins);
  /** The box the agent last focused: clicking into CalmReply's card must not lose it. */
  let lastFocused: WeakRef<HTMLElement> | null = null;

  return {
    helpdesk: 'generic',
    matches,

    findReplyBoxes(doc) {
      const boxes = new Set<HTMLElement>();
      for (const element of doc.querySelectorAll<HTMLElement>('textarea, [contenteditable]')) {
        const box = boxOf(element);
        if (box) boxes.add(box);
      }
      return [...boxes];
    },

    // Only the focused editable (or the one focused last, while it is still shown): a generic page
    // can have many text fields, and only the one the agent writes in is the reply.
    findReplyBox(doc) {
      const focused = boxOf(deepActiveElement(doc));
      if (focused) {
        lastFocused = new WeakRef(focused);
        return focused;
      }
      const remembered = lastFocused?.deref();
      return remembered && remembered.ownerDocument === doc && isVisible(remembered) ? remembered : null;
    },

    replyKind: () => 'reply',
    ticketId: () => null,
    latestCustomerMessage: () => null,
    closeControls: () => [],
  };
}
