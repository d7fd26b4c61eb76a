// Confirmed follow-ups as reminders: one `browser.alarms` alarm per open follow-up (the alarm
// name carries the follow-up id), a system notification at the due time ("Call back — ticket
// #123" and the agent's own label, never reply text), a click on it opens or focuses the ticket,
// and the number of overdue follow-ups is the toolbar badge.
//
// Alarms do not reliably survive a browser restart (Firefox drops them, Chrome may), so
// `restoreReminders` re-creates missing alarms from storage on every start-up and shows the
// reminders that fell due while the browser was closed.
// Permissions: alarms, notifications, storage.
import { openTicket } from '../shared/open-ticket';
import browser, { type Alarms } from 'webextension-polyfill';
import type { Language } from '../engine/types';
import { uiLanguage } from '../shared/ui-text';
import { readAllTickets, readSettings, updateTicket, type FollowUp, type TicketState } from './storage';

export const FOLLOW_UP_ALARM_PREFIX = 'calmreply:follow-up:';
export const NOTIFICATION_PREFIX = 'calmreply:follow-up:';
export const PURGE_ALARM = 'calmreply:purge';

const TEXT: Record<Language, { callBack: string; ticket: string; noLabel: string }> = {
  en: { callBack: 'Call back', ticket: 'ticket', noLabel: 'You promised this customer a follow-up.' },
  de: { callBack: 'Rückmeldung fällig', ticket: 'Ticket', noLabel: 'Sie haben diesem Kunden eine Rückmeldung zugesagt.' },
};

export function alarmName(followUpId: string): string {
  return FOLLOW_UP_ALARM_PREFIX + followUpId;
}

export function followUpIdFromAlarm(name: string): string | null {
  return name.startsWith(FOLLOW_UP_ALARM_PREFIX) ? name.slice(FOLLOW_UP_ALARM_PREFIX.length) : null;
}

interface Located {
  ticket: TicketState;
  followUp: FollowUp;
}

async function findFollowUp(id: string): Promise<Located | null> {
  for (const ticket of await readAllTickets()) {
    const followUp = ticket.followUps.find((f) => f.id === id);
    if (followUp) return { ticket, followUp };
  }
  return null;
}

/** Creates (or moves) the alarm of one follow-up; a done follow-up loses its alarm. */
export async function scheduleFollowUp(followUp: FollowUp): Promise<void> {
  if (followUp.done) {
    await browser.alarms.clear(alarmName(followUp.id));
    return;
  }
  // An alarm in the past fires at once; the browser clamps very near times itself.
  await browser.alarms.create(alarmName(followUp.id), { when: Date.parse(followUp.due) });
}

export async function cancelFollowUp(id: string): Promise<void> {
  await browser.alarms.clear(alarmName(id));
  await browser.notifications.clear(NOTIFICATION_PREFIX + id);
}

async function language(): Promise<Language> {
  const { settings } = await readSettings();
  if (settings.uiLanguage !== 'auto') return settings.uiLanguage;
  try {
    return uiLanguage(browser.i18n.getUILanguage());
  } catch {
    return 'en';
  }
}

/** Title and body of the reminder: the ticket reference and the agent's own label, nothing else. */
export function notificationText(followUp: Pick<FollowUp, 'label' | 'ticketRef'>, lang: Language): { title: string; message: string } {
  const t = TEXT[lang];
  return {
    title: `${t.callBack} — ${t.ticket} ${followUp.ticketRef}`,
    message: followUp.label.trim() || t.noLabel,
  };
}

async function notify(located: Located): Promise<void> {
  const { title, message } = notificationText(located.followUp, await language());
  await browser.notifications.create(NOTIFICATION_PREFIX + located.followUp.id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title,
    message,
  });
  await updateTicket(located.ticket.key, (state) => {
    const stored = state.followUps.find((f) => f.id === located.followUp.id);
    if (stored) stored.notifiedAt = Date.now();
  });
}

/** Number of open follow-ups whose due time has passed. */
export function countOverdue(tickets: TicketState[], now = Date.now()): number {
  let count = 0;
  for (const ticket of tickets) for (const f of ticket.followUps) if (!f.done && Date.parse(f.due) <= now) count += 1;
  return count;
}

export async function updateBadge(now = Date.now()): Promise<number> {
  const overdue = countOverdue(await readAllTickets(), now);
  await browser.action.setBadgeText({ text: overdue ? String(overdue) : '' });
  if (overdue) await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  return overdue;
}

/** An alarm fired: show the reminder if the follow-up is still open, then refresh the badge. */
export async function handleAlarm(alarm: Pick<Alarms.Alarm, 'name'>): Promise<void> {
  const id = followUpIdFromAlarm(alarm.name);
  if (id === null) return;
  const located = await findFollowUp(id);
  // notifiedAt: Chrome may keep an alarm over a restart that restoreReminders already handled.
  if (located && !located.followUp.done && located.followUp.notifiedAt === undefined) await notify(located);
  await updateBadge();
}

/** The agent clicked a reminder: focus a tab that shows the ticket, or open one. */
export async function handleNotificationClick(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  const located = await findFollowUp(notificationId.slice(NOTIFICATION_PREFIX.length));
  await browser.notifications.clear(notificationId);
  if (!located) return;
  await openTicket(located.followUp.ticketUrl);
}

/**
 * Start-up: every open follow-up gets its alarm back; those that fell due while the browser was
 * closed and were never shown are shown now. Then the badge. Returns the ids re-created.
 */
export async function restoreReminders(now = Date.now()): Promise<string[]> {
  const existing = new Set((await browser.alarms.getAll()).map((a) => a.name));
  const recreated: string[] = [];
  for (const ticket of await readAllTickets()) {
    for (const followUp of ticket.followUps) {
      if (followUp.done) continue;
      const due = Date.parse(followUp.due);
      if (due > now) {
        if (!existing.has(alarmName(followUp.id))) {
          await scheduleFollowUp(followUp);
          recreated.push(followUp.id);
        }
      } else if (followUp.notifiedAt === undefined) {
        await notify({ ticket, followUp });
      }
    }
  }
  await updateBadge(now);
  return recreated;
}

/** Registers the alarm and notification listeners (call once, at the top level of the worker). */
export function installReminderListeners(onPurge: () => Promise<unknown>): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    const task = alarm.name === PURGE_ALARM ? onPurge() : handleAlarm(alarm);
    task.catch((error) => console.warn('[CalmReply] alarm failed', error));
  });
  browser.notifications.onClicked.addListener((id) => {
    handleNotificationClick(id).catch((error) => console.warn('[CalmReply] reminder click failed', error));
  });
}

/** The daily purge alarm (idempotent). */
export async function ensurePurgeAlarm(): Promise<void> {
  if (!(await browser.alarms.get(PURGE_ALARM))) {
    await browser.alarms.create(PURGE_ALARM, { delayInMinutes: 24 * 60, periodInMinutes: 24 * 60 });
  }
}
