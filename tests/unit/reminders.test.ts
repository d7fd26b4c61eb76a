// Follow-ups become alarms at their due time, a notification with the ticket and the agent's
// label (never reply text), a click opens the ticket, the badge counts what is overdue, and
// alarms come back after a browser restart.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { syncCustomContentScripts } from '../../src/background/custom-origins';
import {
  alarmName, handleAlarm, handleNotificationClick, NOTIFICATION_PREFIX, notificationText, restoreReminders, updateBadge,
} from '../../src/background/reminders';
import { handleStatePage, invalidateSettings } from '../../src/background/state';
import { readTicket, resetStorageCaches } from '../../src/background/storage';
import type { FollowUp, FollowUpEntry } from '../../src/shared/ticket-state';

vi.mock('webextension-polyfill', async () => ({ default: (await import('@webext-core/fake-browser')).fakeBrowser }));

const HOUR = 60 * 60 * 1000;
const ticket = { helpdesk: 'zendesk' as const, ticketId: '123', url: 'https://acme.zendesk.com/agent/tickets/123' };

async function confirm(label: string, due: Date, t = ticket): Promise<FollowUp> {
  const answer = (await handleStatePage({ type: 'page:confirm-follow-up', ticket: t, label, due: due.toISOString() })) as { ok: true; followUp: FollowUp };
  expect(answer.ok).toBe(true);
  return answer.followUp;
}

beforeEach(() => {
  fakeBrowser.reset();
  resetStorageCaches();
  invalidateSettings();
});
afterEach(() => vi.restoreAllMocks());

describe('scheduling', () => {
  it('creates an alarm named after the follow-up at its due time', async () => {
    const due = new Date(Date.now() + 26 * HOUR);
    const followUp = await confirm('Call back about the refund', due);
    const alarm = await fakeBrowser.alarms.get(alarmName(followUp.id));
    expect(alarm?.scheduledTime).toBe(due.getTime());
    expect(followUp).toMatchObject({ label: 'Call back about the refund', ticketRef: '#123', ticketUrl: ticket.url, done: false });
  });

  it('moves the alarm when the due date is edited, drops it when done or deleted', async () => {
    const followUp = await confirm('Call back', new Date(Date.now() + HOUR));
    const later = new Date(Date.now() + 48 * HOUR);
    const edited = await handleStatePage({ type: 'page:update-follow-up', ticketKey: 'zendesk:123', id: followUp.id, changes: { due: later.toISOString() } });
    expect(edited).toMatchObject({ ok: true, followUp: { due: later.toISOString() } });
    expect((await fakeBrowser.alarms.get(alarmName(followUp.id)))?.scheduledTime).toBe(later.getTime());
    await handleStatePage({ type: 'page:update-follow-up', ticketKey: 'zendesk:123', id: followUp.id, changes: { done: true } });
    expect(await fakeBrowser.alarms.get(alarmName(followUp.id))).toBeUndefined();
    await handleStatePage({ type: 'page:update-follow-up', ticketKey: 'zendesk:123', id: followUp.id, changes: { done: false } });
    expect(await fakeBrowser.alarms.get(alarmName(followUp.id))).toBeDefined();
    expect(await handleStatePage({ type: 'page:delete-follow-up', ticketKey: 'zendesk:123', id: followUp.id })).toEqual({ ok: true });
    expect(await fakeBrowser.alarms.get(alarmName(followUp.id))).toBeUndefined();
    expect((await readTicket('zendesk:123')).followUps).toEqual([]);
    expect(await handleStatePage({ type: 'page:update-follow-up', ticketKey: 'zendesk:123', id: followUp.id, changes: { done: true } }))
      .toEqual({ ok: false, error: 'follow-up not found' });
  });

  it('lists overdue and upcoming follow-ups across tickets, soonest first', async () => {
    await confirm('Later', new Date(Date.now() + 5 * HOUR));
    await confirm('Sooner', new Date(Date.now() + HOUR), { ...ticket, ticketId: '7', url: 'https://acme.zendesk.com/agent/tickets/7' });
    await confirm('Missed', new Date(Date.now() - HOUR));
    const list = (await handleStatePage({ type: 'page:list-follow-ups' })) as { overdue: FollowUpEntry[]; upcoming: FollowUpEntry[] };
    expect(list.overdue.map((f) => f.label)).toEqual(['Missed']);
    expect(list.upcoming.map((f) => [f.label, f.ticketKey])).toEqual([['Sooner', 'zendesk:7'], ['Later', 'zendesk:123']]);
  });

  it('keeps checklist overrides per ticket', async () => {
    const answer = await handleStatePage({ type: 'page:set-checklist-override', ticket, item: 'notes-updated', value: true });
    expect(answer).toMatchObject({ ok: true, state: { key: 'zendesk:123', checklist: { 'notes-updated': true } } });
    await handleStatePage({ type: 'page:set-checklist-override', ticket, item: 'notes-updated', value: null });
    expect(await handleStatePage({ type: 'page:get-ticket-state', ticket })).toMatchObject({ ok: true, state: { checklist: {} } });
  });
});

describe('notifications', () => {
  it('shows the ticket and the agent label at the due time, nothing else', async () => {
    const followUp = await confirm('Refund status', new Date(Date.now() + HOUR));
    await handleAlarm({ name: alarmName(followUp.id) });
    const shown = fakeBrowser.notifications.getAllCreateOptions()[NOTIFICATION_PREFIX + followUp.id];
    expect(shown).toMatchObject({ type: 'basic', title: 'Call back — ticket #123', message: 'Refund status' });
    expect((await readTicket('zendesk:123')).followUps[0]!.notifiedAt).toBeTypeOf('number');
    expect(notificationText({ label: '', ticketRef: '#5' }, 'de')).toEqual({
      title: 'Rückmeldung fällig — Ticket #5', message: 'Sie haben diesem Kunden eine Rückmeldung zugesagt.',
    });
  });

  it('does not notify for a follow-up that is done or gone', async () => {
    const followUp = await confirm('Done already', new Date(Date.now() + HOUR));
    await handleStatePage({ type: 'page:update-follow-up', ticketKey: 'zendesk:123', id: followUp.id, changes: { done: true } });
    await handleAlarm({ name: alarmName(followUp.id) });
    await handleAlarm({ name: alarmName('unknown') });
    await handleAlarm({ name: 'someone-else' });
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('opens the ticket when the notification is clicked, or focuses the tab that has it', async () => {
    const followUp = await confirm('Call back', new Date(Date.now() + HOUR));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleNotificationClick(NOTIFICATION_PREFIX + followUp.id);
    expect(create).toHaveBeenCalledWith({ url: ticket.url, active: true });
    const tabs = await fakeBrowser.tabs.query({});
    const opened = tabs.find((t) => t.url === ticket.url)!;
    await fakeBrowser.tabs.create({ url: 'https://example.org/', active: true });
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    await handleNotificationClick(NOTIFICATION_PREFIX + followUp.id);
    expect(update).toHaveBeenCalledWith(opened.id, { active: true });
    expect(create).toHaveBeenCalledTimes(2); // the example.org tab above, no second ticket tab
  });

  it('shows the number of overdue follow-ups on the toolbar badge', async () => {
    await confirm('One', new Date(Date.now() - 2 * HOUR));
    await confirm('Two', new Date(Date.now() - HOUR));
    await confirm('Not yet', new Date(Date.now() + HOUR));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    const list = (await handleStatePage({ type: 'page:list-follow-ups' })) as { overdue: FollowUpEntry[] };
    for (const f of list.overdue) await handleStatePage({ type: 'page:update-follow-up', ticketKey: f.ticketKey, id: f.id, changes: { done: true } });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await updateBadge(Date.now() + 2 * HOUR)).toBe(1);
  });
});

describe('browser restart', () => {
  it('re-creates missing alarms from storage and shows reminders missed while closed, once', async () => {
    const upcoming = await confirm('Tomorrow', new Date(Date.now() + 24 * HOUR));
    const missed = await confirm('Missed while closed', new Date(Date.now() + HOUR));
    await fakeBrowser.alarms.clearAll(); // the browser dropped the alarms
    const later = Date.now() + 2 * HOUR;
    const recreated = await restoreReminders(later);
    expect(recreated).toEqual([upcoming.id]);
    expect((await fakeBrowser.alarms.get(alarmName(upcoming.id)))?.scheduledTime).toBe(Date.parse(upcoming.due));
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual([NOTIFICATION_PREFIX + missed.id]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    await fakeBrowser.notifications.clear(NOTIFICATION_PREFIX + missed.id);
    await restoreReminders(later);
    await handleAlarm({ name: alarmName(missed.id) });
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });
});

describe('custom helpdesk domains', () => {
  it('registers the content script only for granted origins', async () => {
    const registered: unknown[] = [];
    Object.assign(fakeBrowser.permissions, {
      contains: vi.fn(async ({ origins }: { origins: string[] }) => origins[0] === 'https://help.acme.example/*'),
    });
    Object.assign(fakeBrowser.scripting, {
      getRegisteredContentScripts: vi.fn(async () => registered.splice(0)),
      unregisterContentScripts: vi.fn(async () => {}),
      registerContentScripts: vi.fn(async (scripts: unknown[]) => { registered.push(...scripts); }),
    });
    expect(await syncCustomContentScripts(['https://help.acme.example', 'https://not-granted.example'])).toEqual(['https://help.acme.example']);
    expect(registered).toEqual([expect.objectContaining({ matches: ['https://help.acme.example/*'], js: ['content.js'] })]);
    expect(await syncCustomContentScripts([])).toEqual([]);
    expect(registered).toEqual([]);
  });
});
