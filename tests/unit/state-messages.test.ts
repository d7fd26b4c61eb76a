// The new ticket/follow-up/settings messages: well-formed ones pass, malformed ones get a reason,
// unknown ones are dropped, and each side only gets its own types.
import { describe, expect, it } from 'vitest';
import { parseStateContentMessage, parseStatePageMessage, parseContentMessage } from '../../src/shared/messages';
import { defaultSettings } from '../../src/shared/settings';

const ticket = { helpdesk: 'zendesk', ticketId: '101', url: 'https://acme.zendesk.com/agent/tickets/101' };
const due = '2030-03-04T09:30:00.000Z';

describe('page messages for ticket state and settings', () => {
  it('accepts well-formed requests', () => {
    expect(parseStatePageMessage({ type: 'page:get-ticket-state', ticket })).toEqual({ type: 'page:get-ticket-state', ticket });
    expect(parseStatePageMessage({ type: 'page:set-checklist-override', ticket, item: 'notes-updated', value: null }))
      .toMatchObject({ item: 'notes-updated', value: null });
    expect(parseStatePageMessage({ type: 'page:confirm-follow-up', ticket, label: '  Call   back ', due })).toMatchObject({ label: 'Call back', due });
    expect(parseStatePageMessage({ type: 'page:update-follow-up', ticketKey: 'zendesk:101', id: 'abc-1', changes: { done: true, extra: 1 } }))
      .toEqual({ type: 'page:update-follow-up', ticketKey: 'zendesk:101', id: 'abc-1', changes: { done: true } });
    expect(parseStatePageMessage({ type: 'page:delete-follow-up', ticketKey: 'generic:https://help.acme.example/t/1', id: 'x' })).toHaveProperty('id', 'x');
    expect(parseStatePageMessage({ type: 'page:list-follow-ups' })).toEqual({ type: 'page:list-follow-ups' });
    expect(parseStatePageMessage({ type: 'page:get-settings' })).toEqual({ type: 'page:get-settings' });
    expect(parseStatePageMessage({ type: 'page:set-settings', settings: defaultSettings() })).toMatchObject({ type: 'page:set-settings' });
  });

  it('explains what is wrong with malformed requests', () => {
    const reason = (raw: unknown) => (parseStatePageMessage(raw) as { invalid: string }).invalid;
    expect(reason({ type: 'page:get-ticket-state', ticket: { helpdesk: 'jira' } })).toBe('ticket reference is malformed');
    expect(reason({ type: 'page:set-checklist-override', ticket, item: 'made-up', value: true })).toBe('unknown checklist item');
    expect(reason({ type: 'page:set-checklist-override', ticket, item: 'notes-updated', value: 'yes' })).toMatch(/true, false or null/);
    expect(reason({ type: 'page:confirm-follow-up', ticket, label: 'x'.repeat(121), due })).toMatch(/120 characters/);
    expect(reason({ type: 'page:confirm-follow-up', ticket, label: 'x', due: 'tomorrow' })).toMatch(/ISO date-time/);
    expect(reason({ type: 'page:confirm-follow-up', ticket: { ...ticket, url: 'http://acme.zendesk.com/x' }, label: 'x', due })).toMatch(/https/);
    expect(reason({ type: 'page:update-follow-up', ticketKey: 'jira:1', id: 'a', changes: {} })).toBe('ticket key is malformed');
    expect(reason({ type: 'page:update-follow-up', ticketKey: 'zendesk:1', id: '../../etc', changes: {} })).toBe('follow-up id is malformed');
    expect(reason({ type: 'page:update-follow-up', ticketKey: 'zendesk:1', id: 'a', changes: { done: 'yes' } })).toMatch(/done/);
    expect(reason({ type: 'page:set-settings', settings: { gateMode: 'block' } })).toMatch(/administrator/);
    expect(reason({ type: 'page:set-settings', settings: 'all of them' })).toMatch(/settings not saved/);
  });

  it('drops what it does not know', () => {
    expect(parseStatePageMessage({ type: 'page:format-disk' })).toBeNull();
    expect(parseStatePageMessage({ type: 'content:ignore-finding', ticket, ruleId: 'calm-down', excerpt: 'x' })).toBeNull();
    expect(parseStatePageMessage(null)).toBeNull();
  });
});

describe('content messages for settings and ignoring', () => {
  it('accepts the three content requests', () => {
    expect(parseStateContentMessage({ type: 'content:get-settings' })).toEqual({ type: 'content:get-settings' });
    expect(parseStateContentMessage({ type: 'content:ignore-finding', ticket, ruleId: 'calm-down', excerpt: 'calm down' })).toMatchObject({ ruleId: 'calm-down' });
    expect(parseStateContentMessage({ type: 'content:disable-rule', ruleId: 'calm-down' })).toEqual({ type: 'content:disable-rule', ruleId: 'calm-down' });
  });

  it('refuses malformed ones and every settings change beyond turning off a rule', () => {
    expect(parseStateContentMessage({ type: 'content:ignore-finding', ticket, ruleId: 'Calm Down', excerpt: 'x' })).toEqual({ invalid: 'rule id is malformed' });
    expect(parseStateContentMessage({ type: 'content:ignore-finding', ticket, ruleId: 'calm-down', excerpt: 'x'.repeat(1001) })).toEqual({ invalid: 'excerpt is malformed' });
    expect(parseStateContentMessage({ type: 'content:ignore-finding', ticket, ruleId: 'calm-down', excerpt: ' ' })).toEqual({ invalid: 'excerpt is malformed' });
    expect(parseStateContentMessage({ type: 'content:disable-rule' })).toEqual({ invalid: 'rule id is malformed' });
    for (const type of ['page:set-settings', 'content:set-settings', 'content:set-gate-mode', 'page:list-follow-ups']) {
      expect(parseStateContentMessage({ type, settings: {} })).toBeNull();
    }
  });

  it('passes the internal-note flag of a check request through', () => {
    expect(parseContentMessage({ type: 'content:check-reply', ticket, text: 'x', internalNote: true })).toHaveProperty('internalNote', true);
    expect(parseContentMessage({ type: 'content:check-reply', ticket, text: 'x', internalNote: 'yes' })).not.toHaveProperty('internalNote');
  });
});
