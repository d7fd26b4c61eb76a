// @vitest-environment jsdom
// The Freshdesk adapter over the fixture: index.html is the page before the agent clicks Reply;
// mounted.html is the same page after the REAL Froala editor mounted in Chromium (reply, forward
// and note editors, the note shown; regenerate with tests/fixtures/freshdesk/snapshot.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import { FRESHDESK_EDITOR, FRESHDESK_PLACEHOLDER, freshdesk } from '../../../src/content/adapters/freshdesk';
import { adapterFor } from '../../../src/content/adapters/index';
import { isVisible } from '../../../src/content/adapters/types';
import { readEditorText } from '../../../src/content/editor-text';
import { loadFixture, url } from './load-fixture';

const ANGRY = "This is the THIRD time I'm writing! Your service is a joke and I want my money back NOW.\nIf nobody calls me today I will cancel my account.";

describe('freshdesk: page and ticket', () => {
  it('matches the agent app on *.freshdesk.com only', () => {
    expect(freshdesk.matches(url('https://acme.freshdesk.com/a/tickets/4711'))).toBe(true);
    expect(freshdesk.matches(url('https://acme.freshdesk.com/a/dashboard/default'))).toBe(true);
    expect(freshdesk.matches(url('https://acme.freshdesk.com/support/tickets/new'))).toBe(false); // customer portal
    expect(freshdesk.matches(url('https://freshdesk.com.evil.example/a/tickets/1'))).toBe(false);
    expect(freshdesk.matches(url('https://acme.zendesk.com/agent/tickets/1'))).toBe(false);
    expect(adapterFor(url('https://acme.freshdesk.com/a/tickets/4711'))).toBe(freshdesk);
  });

  it('reads the ticket id from the URL', () => {
    expect(freshdesk.ticketId(url('https://acme.freshdesk.com/a/tickets/4711'))).toBe('4711');
    expect(freshdesk.ticketId(url('https://acme.freshdesk.com/a/tickets/4711/edit'))).toBe('4711');
    expect(freshdesk.ticketId(url('https://acme.freshdesk.com/a/tickets/filters/all_tickets'))).toBeNull();
    expect(freshdesk.ticketId(url('https://acme.freshdesk.com/a/dashboard/default'))).toBeNull();
  });
});

describe('freshdesk: before the agent clicks Reply', () => {
  beforeEach(() => void loadFixture('freshdesk'));

  it('finds no reply box, only the placeholder', () => {
    expect(document.querySelector(FRESHDESK_PLACEHOLDER)).not.toBeNull();
    expect(freshdesk.findReplyBoxes!(document)).toHaveLength(0);
    expect(freshdesk.findReplyBox(document)).toBeNull();
  });

  it('reads the newest incoming message by timestamp, not DOM order, without notes or quoted history', () => {
    // DOM order: description, angry (14 Mar 16:45), agent, "Any news?" (12 Mar), private note (14 Mar 17:05), agent.
    expect(freshdesk.latestCustomerMessage(document)).toBe(ANGRY);
  });

  it('uses DOM order when items carry no timestamp', () => {
    for (const time of document.querySelectorAll('.ticket-details__item time')) time.remove();
    expect(freshdesk.latestCustomerMessage(document)).toBe('Any news? Nobody from billing has contacted me.');
  });

  it('falls back to the ticket description when no item says who wrote it (our markers are a guess)', () => {
    for (const item of document.querySelectorAll('.ticket-details__item')) item.classList.remove('incoming', 'outgoing', 'private-note');
    expect(freshdesk.latestCustomerMessage(document)).toBe('Hello,\nI returned the ProBlend 600 on 3 March (RMA-48213). When will I get my refund?');
  });

  it('returns null without a thread', () => {
    document.querySelector('.ticket-details')!.remove();
    expect(freshdesk.latestCustomerMessage(document)).toBeNull();
  });

  it('finds the Close button and the Resolved/Closed "Send and set as" items', () => {
    const controls = freshdesk.closeControls(document);
    expect(controls.map((c) => c.textContent?.trim())).toEqual(['Close', 'Resolved', 'Closed']);
    expect(controls[0]!.matches('[data-test-actions="close"]')).toBe(true);
  });

  it('counts the Update button only while the status field says Resolved (4) or Closed (5)', () => {
    const status = document.querySelector<HTMLSelectElement>('select[name="status"]')!;
    const update = document.querySelector('[data-test-id="update-properties"]');
    expect(freshdesk.closeControls(document)).not.toContain(update);
    status.value = '4';
    expect(freshdesk.closeControls(document)).toContain(update);
    status.value = '5';
    expect(freshdesk.closeControls(document)).toContain(update);
    status.value = '3';
    expect(freshdesk.closeControls(document)).not.toContain(update);
  });
});

describe('freshdesk: with the Froala editors mounted', () => {
  beforeEach(() => {
    (document.activeElement as HTMLElement | null)?.blur?.();
    loadFixture('freshdesk', 'mounted.html');
  });

  const box = (kind: string) => document.querySelector<HTMLElement>(`[data-test-id="${kind}-editor"] ${FRESHDESK_EDITOR}`)!;

  it("finds Froala's three editables (reply, forward, note) and takes the shown one", () => {
    const boxes = freshdesk.findReplyBoxes!(document);
    expect(boxes).toHaveLength(3);
    expect(boxes.every((b) => b.closest('.fr-wrapper') && b.classList.contains('fr-view'))).toBe(true);
    expect(boxes.map(isVisible)).toEqual([false, false, true]);
    expect(freshdesk.findReplyBox(document)).toBe(box('note'));
  });

  it('tells reply, note and forward apart', () => {
    expect(freshdesk.replyKind!(box('reply'))).toBe('reply');
    expect(freshdesk.replyKind!(box('note'))).toBe('note');
    expect(freshdesk.replyKind!(box('forward'))).toBe('forward');
  });

  it("reads what was typed into Froala's editable", () => {
    expect(readEditorText(box('reply')).text).toBe('Please calm down. We do not do refunds.');
    expect(readEditorText(box('note')).text).toBe('Customer is upset, refund never triggered.');
  });

  it('prefers the focused editor, and keeps it when focus moves to something else (e.g. the hover card)', () => {
    document.querySelector<HTMLElement>('[data-test-id="reply-editor"]')!.hidden = false;
    box('reply').focus();
    expect(document.activeElement).toBe(box('reply'));
    expect(freshdesk.findReplyBox(document)).toBe(box('reply'));
    box('reply').blur();
    expect(freshdesk.findReplyBox(document)).toBe(box('reply'));
    // Once the remembered editor is hidden (the agent switched mode), the shown one wins.
    document.querySelector<HTMLElement>('[data-test-id="reply-editor"]')!.hidden = true;
    expect(freshdesk.findReplyBox(document)).toBe(box('note'));
  });

  it('finds nothing when every editor is hidden (the agent sent or discarded)', () => {
    document.querySelector<HTMLElement>('[data-test-id="note-editor"]')!.hidden = true;
    expect(freshdesk.findReplyBox(document)).toBeNull();
  });
});
