// @vitest-environment jsdom
// Zendesk's reply-vs-internal-note signal (UNCONFIRMED, see zendesk.ts) and layout-free visibility.
// The Zendesk page fixture itself (tests/fixtures/zendesk) is built by the e2e branch.
import { describe, expect, it } from 'vitest';
import { zendesk } from '../../../src/content/adapters/zendesk';

function composer(switcher: string): HTMLElement {
  document.body.innerHTML = `
    <section data-test-id="ticket-composer">
      <div class="toolbar">${switcher}</div>
      <div class="ck ck-editor"><div class="ck-editor__editable" contenteditable="true"
        data-test-id="omnicomposer-rich-text-ckeditor"><p>Hi</p></div></div>
    </section>`;
  return document.querySelector<HTMLElement>('.ck-editor__editable')!;
}

describe('zendesk: reply kind', () => {
  it('is a public reply by default and when the channel switcher says so', () => {
    expect(zendesk.replyKind!(composer(''))).toBe('reply');
    expect(zendesk.replyKind!(composer('<button data-test-id="omnichannel-channel-switcher-button">Public reply</button>'))).toBe('reply');
  });

  it('is a note when the channel switcher shows an internal note (English or German UI, or data-channel)', () => {
    expect(zendesk.replyKind!(composer('<button data-test-id="omnichannel-channel-switcher-button">Internal note</button>'))).toBe('note');
    expect(zendesk.replyKind!(composer('<button data-test-id="omnichannel-channel-switcher-button">Interne Notiz</button>'))).toBe('note');
    expect(zendesk.replyKind!(composer('<button data-test-id="omnichannel-channel-switcher-button" data-channel="internal"></button>'))).toBe('note');
  });

  it('finds every composer and the visible one without layout (jsdom)', () => {
    document.body.innerHTML = `
      <div hidden><div class="ck-editor__editable" contenteditable="true" data-test-id="omnicomposer-rich-text-ckeditor">old tab</div></div>
      <div><div class="ck-editor__editable" contenteditable="true" data-test-id="omnicomposer-plain-text-ckeditor">active</div></div>`;
    expect(zendesk.findReplyBoxes!(document)).toHaveLength(2);
    expect(zendesk.findReplyBox(document)?.textContent).toBe('active');
  });

  it("reads the latest customer message of the visible ticket only, not a hidden tab's newer one", () => {
    const item = (at: string, text: string) => `
      <article data-test-id="omni-log-comment-item"><time datetime="${at}"></time>
        <div data-test-id="omni-log-item-message" type="end-user"><p>${text}</p></div></article>`;
    document.body.innerHTML = `
      <section hidden>${item('2026-01-02T10:00:00Z', 'other ticket, newer')}</section>
      <section>${item('2026-01-01T08:00:00Z', 'first')}${item('2026-01-01T09:00:00Z', 'I want your supervisor')}</section>`;
    expect(zendesk.latestCustomerMessage(document)).toBe('I want your supervisor');
  });
});
