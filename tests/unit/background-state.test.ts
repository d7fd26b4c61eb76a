// The background worker end to end with the fake browser: checks use the settings (disabled
// rules, internal-note mode), drop findings ignored on this ticket, apply the agent's checklist
// ticks, and the new messages reach their handlers only from the right senders.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { invalidateSettings } from '../../src/background/state';
import { resetStorageCaches } from '../../src/background/storage';

vi.mock('webextension-polyfill', async () => ({ default: (await import('@webext-core/fake-browser')).fakeBrowser }));

const ticketUrl = 'https://acme.zendesk.com/agent/tickets/5';
const ticket = { helpdesk: 'zendesk', ticketId: '5', url: ticketUrl };
const contentSender = { id: fakeBrowser.runtime.id, url: ticketUrl, tab: { id: 9, url: ticketUrl } };
const pageSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
const strangerSender = { id: fakeBrowser.runtime.id, url: 'https://evil.example/', tab: { id: 10, url: 'https://evil.example/' } };

async function send(message: unknown, sender: object): Promise<any> {
  const [answer] = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {});
  return answer;
}

beforeAll(async () => {
  Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'en-US' });
  Object.assign(fakeBrowser.permissions, { contains: async () => false, onRemoved: { addListener: () => {} } });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: async () => [], unregisterContentScripts: async () => {}, registerContentScripts: async () => {},
  });
});

beforeEach(async () => {
  fakeBrowser.reset();
  resetStorageCaches();
  invalidateSettings();
  vi.resetModules();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  await import('../../src/background/index');
  await new Promise((r) => setTimeout(r, 10));
});

describe('background with stored state', () => {
  const check = (text: string, extra: object = {}) => send({ type: 'content:check-reply', ticket, text, ...extra }, contentSender);

  it('marks storage with the schema on start-up and schedules the daily purge', async () => {
    expect((await fakeBrowser.storage.local.get('schemaVersion')).schemaVersion).toBe(1);
    expect(await fakeBrowser.alarms.get('calmreply:purge')).toBeDefined();
  });

  it('honours a rule the agent turned off from the hover card', async () => {
    expect((await check('Calm down. We are looking into it.')).result.findings.map((f: any) => f.ruleId)).toContain('calm-down');
    expect(await send({ type: 'content:disable-rule', ruleId: 'calm-down' }, contentSender)).toEqual({ ok: true });
    expect((await check('Calm down. We are looking into it.')).result.findings.map((f: any) => f.ruleId)).not.toContain('calm-down');
  });

  it('drops a finding ignored on this ticket', async () => {
    const first = await check('Calm down. We are looking into it.');
    const finding = first.result.findings.find((f: any) => f.ruleId === 'calm-down');
    await send({ type: 'content:ignore-finding', ticket, ruleId: 'calm-down', excerpt: finding.excerpt }, contentSender);
    expect((await check('Calm down. We are looking into it.')).result.findings.map((f: any) => f.ruleId)).not.toContain('calm-down');
    const other = { ...ticket, ticketId: '6', url: 'https://acme.zendesk.com/agent/tickets/6' };
    const elsewhere = await send({ type: 'content:check-reply', ticket: other, text: 'Calm down. We are looking into it.' }, contentSender);
    expect(elsewhere.result.findings.map((f: any) => f.ruleId)).toContain('calm-down');
  });

  it('checks internal notes only for hostility and blame by default', async () => {
    const note = await check('Calm down. We are looking into it.', { internalNote: true });
    expect(note.ok).toBe(true);
    expect(note.result.findings.map((f: any) => f.category).filter((c: string) => c !== 'hostility' && c !== 'blame')).toEqual([]);
  });

  it('puts the agent checklist ticks into the popup state', async () => {
    await send({ type: 'page:set-checklist-override', ticket, item: 'notes-updated', value: true }, pageSender);
    await check('Thanks for waiting.');
    const state = await send({ type: 'page:get-tab-state', tabId: 9 }, pageSender);
    expect(state.state.checklist.find((i: any) => i.id === 'notes-updated')).toMatchObject({ override: true, done: true });
  });

  it('answers settings requests only from extension pages, and the content subset to content scripts', async () => {
    expect(await send({ type: 'page:get-settings' }, pageSender)).toMatchObject({ ok: true, locked: [] });
    expect(await send({ type: 'page:get-settings' }, contentSender)).toBeUndefined();
    expect(await send({ type: 'page:set-settings', settings: { gateMode: 'off' } }, contentSender)).toBeUndefined();
    const subset = await send({ type: 'content:get-settings' }, contentSender);
    expect(Object.keys(subset.settings)).not.toContain('retentionDays');
    expect(await send({ type: 'content:get-settings' }, strangerSender)).toBeUndefined();
  });
});
