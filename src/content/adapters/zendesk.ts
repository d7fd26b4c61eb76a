// Zendesk Agent Workspace: CKEditor 5 composers (rich text and messaging), ticket id in the
// URL, thread items with type="end-user". Several tickets' composers can be in the DOM at once.
//
// UNCONFIRMED (internal notes): Agent Workspace switches one composer between "Public reply" and
// "Internal note" with a channel switcher. We assume its button carries
// `data-test-id="omnichannel-channel-switcher-button"` and shows the channel's name (or a
// `data-channel` attribute) near the editor, and that the composer's container may carry a class or
// data-test-id with "internal". Nothing found → a public reply (the safe default: we check it).
import { isVisible, type HelpdeskAdapter, type ReplyKind } from './types';

const CHANNEL_SWITCHER = '[data-test-id="omnichannel-channel-switcher-button"]';
const INTERNAL = /\binternal\b|interne notiz/i;

/** Internal note or public reply, from the nearest channel switcher or a container marked "internal". */
export function zendeskReplyKind(box: HTMLElement): ReplyKind {
  let depth = 0;
  for (let node: HTMLElement | null = box; node && depth < 10; node = node.parentElement, depth += 1) {
    const marks = `${node.getAttribute('data-test-id') ?? ''} ${typeof node.className === 'string' ? node.className : ''}`;
    if (node !== box && /internal[-_]?note|is-internal/i.test(marks)) return 'note';
    const switcher = node.querySelector(CHANNEL_SWITCHER);
    if (switcher) {
      const channel = `${switcher.getAttribute('data-channel') ?? ''} ${switcher.textContent ?? ''}`;
      return INTERNAL.test(channel) ? 'note' : 'reply';
    }
  }
  return 'reply';
}

const COMPOSER =
  '.ck-editor__editable[contenteditable="true"][data-test-id="omnicomposer-rich-text-ckeditor"],' +
  '.ck-editor__editable[contenteditable="true"][data-test-id="omnicomposer-plain-text-ckeditor"]';

export const zendesk: HelpdeskAdapter = {
  helpdesk: 'zendesk',

  matches: (location) => /(^|\.)zendesk\.com$/.test(location.hostname),

  findReplyBox(doc) {
    const composers = [...doc.querySelectorAll<HTMLElement>(COMPOSER)];
    // The focused composer wins; otherwise the visible one (inactive ticket tabs are hidden).
    const active = doc.activeElement;
    const focused = composers.find((c) => active instanceof Node && c.contains(active));
    return focused ?? composers.find(isVisible) ?? null;
  },

  findReplyBoxes: (doc) => [...doc.querySelectorAll<HTMLElement>(COMPOSER)],

  replyKind: zendeskReplyKind,

  ticketId: (location) => /\/agent\/tickets\/(\d+)/.exec(location.pathname)?.[1] ?? null,

  latestCustomerMessage(doc) {
    let latest: { time: number; text: string } | null = null;
    for (const item of doc.querySelectorAll('article[data-test-id="omni-log-comment-item"]')) {
      // Other open tickets keep their thread in the DOM, hidden: only the active ticket's counts.
      if (!isVisible(item)) continue;
      const body = item.querySelector('[data-test-id="omni-log-item-message"][type="end-user"]');
      if (!body) continue;
      const stamp = Date.parse(item.querySelector('time[datetime]')?.getAttribute('datetime') ?? '');
      const time = Number.isNaN(stamp) ? 0 : stamp;
      // Newest by timestamp, not by DOM order: the thread can be sorted either way.
      if (!latest || time >= latest.time) latest = { time, text: (body.textContent ?? '').trim() };
    }
    return latest?.text || null;
  },

  closeControls(doc) {
    const controls = [...doc.querySelectorAll<HTMLElement>('[data-test-id="submit_button-menu-solved"]')];
    // The main submit button closes only when its current label says "Solved".
    for (const button of doc.querySelectorAll<HTMLElement>('[data-test-id="submit_button-button"]')) {
      if (/\b(solved|gelöst)\b/i.test(button.textContent ?? '')) controls.push(button);
    }
    return controls;
  },

  // Ctrl+Alt+S is Zendesk's "submit as solved".
  isCloseShortcut: (event) => event.ctrlKey && event.altKey && !event.shiftKey && event.code === 'KeyS',
};
