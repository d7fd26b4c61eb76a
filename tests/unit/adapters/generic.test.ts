// @vitest-environment jsdom
// The generic adapter over tests/fixtures/generic: a textarea and a plain contenteditable reply
// box on a domain the agent added; fields CalmReply must leave alone.
import { beforeEach, describe, expect, it } from 'vitest';
import { genericAdapter, originMatcher } from '../../../src/content/adapters/generic';
import { adapterFor } from '../../../src/content/adapters/index';
import { zendesk } from '../../../src/content/adapters/zendesk';
import { readEditorText } from '../../../src/content/editor-text';
import { loadFixture, url } from './load-fixture';

const ORIGINS = ['https://support.acme.com', 'https://*.helpdesk.example/*', 'tickets.example.org'];

describe('generic: which pages', () => {
  it('never matches by itself: only the origins the agent added', () => {
    expect(adapterFor(url('https://support.acme.com/tickets/88'))).toBeNull();
    expect(adapterFor(url('https://support.acme.com/tickets/88'), ORIGINS)?.helpdesk).toBe('generic');
    expect(adapterFor(url('https://eu.helpdesk.example/t/1'), ORIGINS)?.helpdesk).toBe('generic');
    expect(adapterFor(url('https://tickets.example.org/'), ORIGINS)?.helpdesk).toBe('generic');
    expect(adapterFor(url('https://other.acme.com/'), ORIGINS)).toBeNull();
    expect(adapterFor(url('http://support.acme.com/'), ORIGINS)).toBeNull(); // scheme counts
    expect(adapterFor(url('https://support.acme.com.evil.example/'), ORIGINS)).toBeNull();
    // A known helpdesk keeps its own adapter even if the agent added its domain.
    expect(adapterFor(url('https://acme.zendesk.com/agent/tickets/1'), ['https://acme.zendesk.com'])).toBe(zendesk);
  });

  it('accepts origins, match patterns and host names, and ignores junk', () => {
    const matches = originMatcher(['*://desk.example.net/*', 'not a url', '']);
    expect(matches(url('http://desk.example.net/x'))).toBe(true);
    expect(matches(url('https://desk.example.net/x'))).toBe(true);
    expect(matches(url('https://example.net/'))).toBe(false);
  });

  it('has no ticket id (state is keyed by URL), no thread and no close controls', () => {
    const generic = genericAdapter(ORIGINS);
    loadFixture('generic');
    expect(generic.ticketId(url('https://support.acme.com/tickets/88'))).toBeNull();
    expect(generic.latestCustomerMessage(document)).toBeNull();
    expect(generic.closeControls(document)).toEqual([]);
  });
});

describe('generic: reply boxes in the fixture', () => {
  let generic = genericAdapter(ORIGINS);
  beforeEach(() => {
    generic = genericAdapter(ORIGINS);
    loadFixture('generic');
  });
  const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

  it('counts the writable textareas and contenteditable hosts, not inputs or read-only fields', () => {
    const ids = generic.findReplyBoxes!(document).map((b) => b.id);
    expect(ids).toEqual(['reply', 'rich', 'hidden-draft']);
  });

  it('picks nothing until the agent focuses a box, then the focused one', () => {
    expect(generic.findReplyBox(document)).toBeNull();
    $('#reply').focus();
    expect(generic.findReplyBox(document)).toBe($('#reply'));
    $('#rich').focus();
    expect(generic.findReplyBox(document)).toBe($('#rich'));
  });

  it('keeps the last box when focus moves to a field that is no reply box', () => {
    // The content script asks on every focusin, so the adapter sees the reply box being focused.
    $('#reply').focus();
    expect(generic.findReplyBox(document)).toBe($('#reply'));
    $('#search').focus();
    expect(generic.findReplyBox(document)).toBe($('#reply'));
    $('#log').focus(); // read-only textarea
    expect(generic.findReplyBox(document)).toBe($('#reply'));
    $('#reply').closest('form')!.hidden = true;
    expect(generic.findReplyBox(document)).toBeNull();
  });

  it('reads a textarea by its value and a contenteditable by its DOM text', () => {
    const textarea = $<HTMLTextAreaElement>('#reply');
    expect(readEditorText(textarea).text).toBe("Hi,\nplease calm down, we don't do refunds.");
    textarea.value = 'Edited by the agent';
    expect(readEditorText(textarea).text).toBe('Edited by the agent'); // not the default text node
    expect(readEditorText($('#rich')).text).toBe('Hello,\nAs I already explained, this is not our fault.');
  });
});
