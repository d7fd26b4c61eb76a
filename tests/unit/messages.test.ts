// The message contract: malformed payloads and strangers are turned away with a clear reason.
import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { isTrustedContentSender, isTrustedPageSender } from '../../src/background/trust';
import { MAX_REPLY_CHARS, parseContentMessage, parsePageMessage } from '../../src/shared/messages';

const ticket = { helpdesk: 'zendesk', ticketId: '101', url: 'https://acme.zendesk.com/agent/tickets/101' };
const ID = 'calmreply-id';

describe('content messages', () => {
  it('accepts a well-formed check request', () => {
    expect(parseContentMessage({ type: 'content:check-reply', ticket, text: 'Hi', customer: 'Where is it?' })).toMatchObject({ text: 'Hi', customer: 'Where is it?' });
  });

  it('ignores messages it does not know', () => {
    expect(parseContentMessage({ type: 'content:delete-everything' })).toBeNull();
    expect(parseContentMessage('check')).toBeNull();
    expect(parseContentMessage(null)).toBeNull();
  });

  it('explains what is wrong with a malformed request', () => {
    expect(parseContentMessage({ type: 'content:check-reply', ticket: { helpdesk: 'jira' }, text: 'x' })).toEqual({ invalid: 'ticket reference is malformed' });
    expect(parseContentMessage({ type: 'content:check-reply', ticket, text: 42 })).toEqual({ invalid: 'reply text missing' });
    expect(parseContentMessage({ type: 'content:check-reply', ticket, text: 'x', lang: 'fr' })).toEqual({ invalid: 'language malformed' });
  });

  it('refuses a huge paste with a message that says the limit', () => {
    const result = parseContentMessage({ type: 'content:check-reply', ticket, text: 'a'.repeat(MAX_REPLY_CHARS + 1) });
    expect(result).toHaveProperty('invalid');
    expect((result as { invalid: string }).invalid).toMatch(/100,000 characters/);
  });
});

describe('page messages', () => {
  it('accepts a state request for a tab and nothing else', () => {
    expect(parsePageMessage({ type: 'page:get-tab-state', tabId: 7 })).toEqual({ type: 'page:get-tab-state', tabId: 7 });
    expect(parsePageMessage({ type: 'page:get-tab-state', tabId: '7' })).toBeNull();
    expect(parsePageMessage({ type: 'content:check-reply', ticket, text: 'x' })).toBeNull();
  });
});

describe('senders', () => {
  const tab = (url: string) => ({ id: ID, url, tab: { id: 3, url } }) as unknown as Runtime.MessageSender;

  it('trusts our content script only on helpdesk pages over https', () => {
    expect(isTrustedContentSender(tab('https://acme.zendesk.com/agent/tickets/1'), ID)).toBe(true);
    expect(isTrustedContentSender(tab('https://acme.freshdesk.com/a/tickets/1'), ID)).toBe(true);
    expect(isTrustedContentSender(tab('https://evil.example/zendesk.com'), ID)).toBe(false);
    expect(isTrustedContentSender(tab('https://zendesk.com.evil.example/'), ID)).toBe(false);
    expect(isTrustedContentSender(tab('http://acme.zendesk.com/'), ID)).toBe(false);
    expect(isTrustedContentSender({ ...tab('https://acme.zendesk.com/'), id: 'other-extension' }, ID)).toBe(false);
  });

  it('trusts a custom helpdesk domain only once the agent granted it', () => {
    expect(isTrustedContentSender(tab('https://help.acme.example/ticket/9'), ID)).toBe(false);
    expect(isTrustedContentSender(tab('https://help.acme.example/ticket/9'), ID, ['https://help.acme.example'])).toBe(true);
  });

  it('trusts extension pages only from our own origin', () => {
    const origin = 'chrome-extension://abc/';
    expect(isTrustedPageSender({ id: ID, url: 'chrome-extension://abc/popup.html' } as Runtime.MessageSender, ID, origin)).toBe(true);
    expect(isTrustedPageSender({ id: ID, url: 'https://acme.zendesk.com/' } as Runtime.MessageSender, ID, origin)).toBe(false);
  });
});
