// Storage: every read validated, schema migrated, entries expire, no reply text ever stored.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ensureSchema, hashExcerpt, purgeExpired, readAllTickets, readLocalSettings, readSettings, readTicket,
  resetStorageCaches, SCHEMA_VERSION, ticketKey, updateTicket,
} from '../../src/background/storage';
import { handleStateContent, handleStatePage, invalidateSettings, withoutIgnored } from '../../src/background/state';
import type { Finding } from '../../src/engine/types';

vi.mock('webextension-polyfill', async () => ({ default: (await import('@webext-core/fake-browser')).fakeBrowser }));

const DAY = 24 * 60 * 60 * 1000;
const ticket = { helpdesk: 'zendesk' as const, ticketId: '123', url: 'https://acme.zendesk.com/agent/tickets/123' };
const everything = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

beforeEach(() => {
  fakeBrowser.reset();
  resetStorageCaches();
  invalidateSettings();
});
afterEach(() => vi.restoreAllMocks());

describe('ticket keys', () => {
  it('keys helpdesk tickets by id and generic pages by origin and path', () => {
    expect(ticketKey(ticket)).toBe('zendesk:123');
    expect(ticketKey({ helpdesk: 'generic', ticketId: null, url: 'https://help.acme.example/t/9?token=secret#x' }))
      .toBe('generic:https://help.acme.example/t/9');
  });
});

describe('validated reads', () => {
  it('falls back to default settings with a warning when stored settings are corrupt', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ settings: { gateMode: 'explode', retentionDays: -4, disabledRules: ['calm-down'] } });
    const settings = await readLocalSettings();
    expect(settings.gateMode).toBe('warn');
    expect(settings.retentionDays).toBe(30);
    expect(settings.disabledRules).toEqual(['calm-down']);
    expect(warn).toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect((await readLocalSettings()).notesMode).toBe('hostility-blame');
  });

  it('lets the administrator policy win over local settings', async () => {
    await fakeBrowser.storage.local.set({ settings: { gateMode: 'off', retentionDays: 90 } });
    await fakeBrowser.storage.managed.set({ gateMode: 'block' });
    const { settings, locked } = await readSettings();
    expect(settings.gateMode).toBe('block');
    expect(settings.retentionDays).toBe(90);
    expect(locked).toEqual(['gateMode']);
  });

  it('drops a corrupt ticket entry and repairs a partly corrupt one', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({
      'ticket:zendesk:1': 'not an object',
      'ticket:zendesk:2': {
        checklist: { 'notes-updated': true, 'made-up-item': true, 'sincere-apology': 'yes' },
        followUps: [
          { id: 'a1', label: 'Call back', due: '2030-01-01T10:00:00.000Z', ticketUrl: 'https://acme.zendesk.com/agent/tickets/2', ticketRef: '#2', done: false },
          { id: 'a2', label: 'Bad link', due: '2030-01-01T10:00:00.000Z', ticketUrl: 'javascript:alert(1)', ticketRef: '#2', done: false },
          { id: 'a3', label: 'Bad date', due: 'tomorrow', ticketUrl: 'https://acme.zendesk.com/agent/tickets/2', ticketRef: '#2', done: false },
        ],
        ignored: [{ ruleId: 'calm-down', hash: 'calm down please' }],
        updatedAt: 5,
      },
    });
    const tickets = await readAllTickets();
    expect(tickets.map((t) => t.key)).toEqual(['zendesk:2']);
    expect(tickets[0]!.checklist).toEqual({ 'notes-updated': true });
    expect(tickets[0]!.followUps.map((f) => f.id)).toEqual(['a1']);
    expect(tickets[0]!.ignored).toEqual([]);
    expect((await readTicket('zendesk:1')).followUps).toEqual([]);
  });
});

describe('expiry', () => {
  it('purges entries older than the retention period but keeps open follow-ups until they are due', async () => {
    const now = Date.UTC(2025, 5, 1);
    const followUp = (due: number, done = false) => ({ id: `f${due}`, label: '', due: new Date(due).toISOString(), ticketUrl: ticket.url, ticketRef: '#1', done });
    await fakeBrowser.storage.local.set({
      'ticket:zendesk:old': { checklist: { 'notes-updated': true }, followUps: [], ignored: [], updatedAt: now - 31 * DAY },
      'ticket:zendesk:recent': { checklist: { 'notes-updated': true }, followUps: [], ignored: [], updatedAt: now - 29 * DAY },
      'ticket:zendesk:promised': { checklist: {}, followUps: [followUp(now + 2 * DAY)], ignored: [], updatedAt: now - 60 * DAY },
      'ticket:zendesk:done': { checklist: {}, followUps: [followUp(now + 2 * DAY, true)], ignored: [], updatedAt: now - 60 * DAY },
      settings: { retentionDays: 30 },
    });
    const removed = await purgeExpired(30, now);
    expect(removed.sort()).toEqual(['zendesk:done', 'zendesk:old']);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual(['settings', 'ticket:zendesk:promised', 'ticket:zendesk:recent']);
  });

  it('removes an entry that becomes empty', async () => {
    await updateTicket('zendesk:9', (s) => { s.checklist['notes-updated'] = true; });
    expect(await everything()).toContain('ticket:zendesk:9');
    await updateTicket('zendesk:9', (s) => { delete s.checklist['notes-updated']; });
    expect(await everything()).not.toContain('ticket:zendesk:9');
  });
});

describe('migration', () => {
  it('marks fresh storage with the current schema', async () => {
    expect(await ensureSchema()).toBe(SCHEMA_VERSION);
    expect((await fakeBrowser.storage.local.get('schemaVersion')).schemaVersion).toBe(1);
  });

  it('migrates the v0 layout to v1 and hashes the excerpts v0 kept in clear', async () => {
    const seen = Date.UTC(2025, 4, 20);
    await fakeBrowser.storage.local.set({
      calmreplySettings: { disabled: ['calm-down', 'Not A Rule!'], gate: 'block', keepDays: 14 },
      calmreplyTickets: {
        'zendesk:77': {
          url: 'https://acme.zendesk.com/agent/tickets/77',
          ticked: ['restated-concern', 'bogus'],
          reminders: [{ id: 'r1', note: 'Call about the refund', at: Date.UTC(2025, 5, 2, 9), done: false }, { id: 'r2', at: 'soon' }],
          ignoredFindings: [{ rule: 'calm-down', text: 'Calm down, please' }],
          seen,
        },
        'not a key': { url: 'https://x.example' },
      },
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await ensureSchema()).toBe(0);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored.schemaVersion).toBe(1);
    expect(stored.calmreplySettings).toBeUndefined();
    expect(stored.calmreplyTickets).toBeUndefined();
    expect(stored.settings).toMatchObject({ disabledRules: ['calm-down'], gateMode: 'warn', retentionDays: 14 });
    const migrated = await readTicket('zendesk:77');
    expect(migrated.checklist).toEqual({ 'restated-concern': true });
    expect(migrated.followUps).toEqual([{
      id: 'r1', label: 'Call about the refund', due: '2025-06-02T09:00:00.000Z',
      ticketUrl: 'https://acme.zendesk.com/agent/tickets/77', ticketRef: '#77', done: false,
    }]);
    expect(migrated.updatedAt).toBe(seen);
    expect(migrated.ignored).toEqual([{ ruleId: 'calm-down', hash: await hashExcerpt('calm-down', 'calm  down, PLEASE') }]);
    expect(JSON.stringify(stored).toLowerCase()).not.toContain('calm down, please');
    // Running it again changes nothing.
    expect(await ensureSchema()).toBe(1);
  });
});

describe('privacy', () => {
  it('stores an ignored finding only as rule id and salted hash, and filters it on this ticket only', async () => {
    const excerpt = 'Calm down';
    const answer = await handleStateContent({ type: 'content:ignore-finding', ticket, ruleId: 'calm-down', excerpt });
    expect(answer).toEqual({ ok: true });
    expect((await everything()).toLowerCase()).not.toContain('calm down');
    const finding = { ruleId: 'calm-down', excerpt: 'calm  down' } as Finding;
    expect(await withoutIgnored(ticket, [finding])).toEqual([]);
    expect(await withoutIgnored({ ...ticket, ticketId: '124' }, [finding])).toEqual([finding]);
    const salt = (await fakeBrowser.storage.local.get('hashSalt')).hashSalt;
    expect(salt).toMatch(/^[0-9a-f]{32}$/);
  });

  it('lets the content script turn off a known rule and nothing else', async () => {
    expect(await handleStateContent({ type: 'content:disable-rule', ruleId: 'calm-down' })).toEqual({ ok: true });
    expect((await readLocalSettings()).disabledRules).toEqual(['calm-down']);
    expect(await handleStateContent({ type: 'content:disable-rule', ruleId: 'no-such-rule' })).toEqual({ ok: false, error: 'unknown rule' });
    expect(await handleStateContent({ type: 'content:set-settings', settings: { gateMode: 'off' } })).toBeUndefined();
    await fakeBrowser.storage.managed.set({ disabledRules: [] });
    invalidateSettings();
    expect(await handleStateContent({ type: 'content:disable-rule', ruleId: 'shouting' })).toMatchObject({ ok: false });
  });

  it('saves settings from the options page, keeping fields the administrator locked', async () => {
    await fakeBrowser.storage.managed.set({ gateMode: 'block' });
    const current = (await handleStatePage({ type: 'page:get-settings' })) as { settings: Record<string, unknown>; locked: string[] };
    expect(current.locked).toEqual(['gateMode']);
    const saved = (await handleStatePage({ type: 'page:set-settings', settings: { ...current.settings, gateMode: 'off', retentionDays: 10 } })) as { ok: boolean; settings: { gateMode: string; retentionDays: number } };
    expect(saved.ok).toBe(true);
    expect(saved.settings.gateMode).toBe('block');
    expect(saved.settings.retentionDays).toBe(10);
    expect(await handleStatePage({ type: 'page:set-settings', settings: { retentionDays: 'forever' } })).toMatchObject({ ok: false });
  });
});
