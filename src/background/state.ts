// The background's per-ticket state, follow-ups and settings: message handlers for the popup,
// the options page and the content script, the settings the engine runs with, and start-up
// (migration, expiry, reminders). `index.ts` only calls into this module.
import browser, { type Runtime } from 'webextension-polyfill';
import type { EngineSettings, Finding } from '../engine/types';
import type { ChecklistItemId } from '../guidance/checklist';
import { RULES } from '../rules/index';
import {
  parseStateContentMessage, parseStatePageMessage, type ContentSettingsResponse, type FollowUpResponse,
  type ListFollowUpsResponse, type OkResponse, type SettingsResponse, type StateContentRequest,
  type StatePageRequest, type TicketRef, type TicketStateResponse,
} from '../shared/messages';
import { contentSettings, engineSettingsFor, type Settings } from '../shared/settings';
import type { FollowUpEntry, TicketStateView } from '../shared/ticket-state';
import { syncCustomContentScripts } from './custom-origins';
import {
  cancelFollowUp, ensurePurgeAlarm, installReminderListeners, restoreReminders, scheduleFollowUp, updateBadge,
} from './reminders';
import {
  ensureSchema, hashExcerpt, purgeExpired, readAllTickets, readLocalSettings, readSettings, readTicket,
  ticketKey, ticketRefLabel, updateTicket, writeLocalSettings, type EffectiveSettings, type TicketState,
} from './storage';

const RULE_IDS = new Set(RULES.map((rule) => rule.id));

// ── settings cache ─────────────────────────────────────────────────────────
// Checks run on every pause in typing; settings are read from storage once and re-read when
// storage changes (options page, another window, a new policy).

let settingsCache: Promise<EffectiveSettings> | null = null;
let lastSettings: EffectiveSettings | null = null;

export function currentSettings(): Promise<EffectiveSettings> {
  settingsCache ??= readSettings().then((value) => (lastSettings = value));
  return settingsCache;
}

/** The settings as last read, for synchronous decisions (null before the first read). */
export function settingsSnapshot(): EffectiveSettings | null {
  return lastSettings;
}

export function invalidateSettings(): void {
  settingsCache = null;
}

// ── what a check needs ─────────────────────────────────────────────────────

export interface CheckContext {
  /** Null: this is an internal note and the notes mode says not to check notes. */
  engine: EngineSettings | null;
  overrides: Partial<Record<ChecklistItemId, boolean>>;
  scheduledFollowUps: number;
  settings: Settings;
}

/** Settings for `checkReply`, the agent's checklist ticks and how many follow-ups are scheduled. */
export async function checkContext(ticket: TicketRef, internalNote = false): Promise<CheckContext> {
  const [{ settings }, state] = await Promise.all([currentSettings(), readTicket(ticketKey(ticket))]);
  return {
    engine: engineSettingsFor(settings, internalNote),
    overrides: state.checklist,
    scheduledFollowUps: state.followUps.filter((f) => !f.done).length,
    settings,
  };
}

/** Drops the findings the agent ignored on this ticket (matched by rule id + excerpt hash). */
export async function withoutIgnored(ticket: TicketRef, findings: Finding[]): Promise<Finding[]> {
  const { ignored } = await readTicket(ticketKey(ticket));
  if (!ignored.length) return findings;
  const hashes = new Set(ignored.map((i) => `${i.ruleId}:${i.hash}`));
  const keep: Finding[] = [];
  for (const finding of findings) {
    if (!hashes.has(`${finding.ruleId}:${await hashExcerpt(finding.ruleId, finding.excerpt)}`)) keep.push(finding);
  }
  return keep;
}

// ── page handlers (popup, options) ─────────────────────────────────────────

function view(state: TicketState, ticketRef: string): TicketStateView {
  return { key: state.key, ticketRef, checklist: { ...state.checklist }, followUps: state.followUps.map((f) => ({ ...f })) };
}

function newId(): string {
  return crypto.randomUUID();
}

async function settingsAnswer(): Promise<SettingsResponse> {
  const { settings, locked, warnings } = await currentSettings();
  return { ok: true, settings, locked, warnings };
}

async function followUpChanged(key: string, id: string, state: TicketState, ticketRef: string): Promise<FollowUpResponse> {
  const followUp = state.followUps.find((f) => f.id === id);
  if (!followUp) return { ok: false, error: 'follow-up not found' };
  await scheduleFollowUp(followUp);
  await updateBadge();
  return { ok: true, followUp: { ...followUp }, state: view(state, ticketRef) };
}

export async function handleStatePageRequest(message: StatePageRequest): Promise<unknown> {
  switch (message.type) {
    case 'page:get-ticket-state': {
      const state = await readTicket(ticketKey(message.ticket));
      return { ok: true, state: view(state, ticketRefLabel(message.ticket)) } satisfies TicketStateResponse;
    }
    case 'page:set-checklist-override': {
      const state = await updateTicket(ticketKey(message.ticket), (s) => {
        if (message.value === null) delete s.checklist[message.item];
        else s.checklist[message.item] = message.value;
      });
      return { ok: true, state: view(state, ticketRefLabel(message.ticket)) } satisfies TicketStateResponse;
    }
    case 'page:confirm-follow-up': {
      const key = ticketKey(message.ticket);
      const ref = ticketRefLabel(message.ticket);
      const id = newId();
      const state = await updateTicket(key, (s) => {
        s.followUps.push({ id, label: message.label, due: message.due, ticketUrl: message.ticket.url, ticketRef: ref, done: false });
      });
      return followUpChanged(key, id, state, ref);
    }
    case 'page:update-follow-up': {
      let ref = '';
      let found = false;
      const state = await updateTicket(message.ticketKey, (s) => {
        const followUp = s.followUps.find((f) => f.id === message.id);
        if (!followUp) return;
        found = true;
        ref = followUp.ticketRef;
        const { label, due, done } = message.changes;
        if (label !== undefined) followUp.label = label;
        if (due !== undefined && due !== followUp.due) {
          followUp.due = due;
          delete followUp.notifiedAt; // a new due time gets its own reminder
        }
        if (done !== undefined) followUp.done = done;
      });
      if (!found) return { ok: false, error: 'follow-up not found' } satisfies FollowUpResponse;
      return followUpChanged(message.ticketKey, message.id, state, ref);
    }
    case 'page:delete-follow-up': {
      await updateTicket(message.ticketKey, (s) => {
        s.followUps = s.followUps.filter((f) => f.id !== message.id);
      });
      await cancelFollowUp(message.id);
      await updateBadge();
      return { ok: true } satisfies OkResponse;
    }
    case 'page:list-follow-ups': {
      const now = Date.now();
      const entries: FollowUpEntry[] = (await readAllTickets())
        .flatMap((t) => t.followUps.filter((f) => !f.done).map((f) => ({ ...f, ticketKey: t.key })))
        .sort((a, b) => Date.parse(a.due) - Date.parse(b.due));
      return {
        ok: true,
        overdue: entries.filter((f) => Date.parse(f.due) <= now),
        upcoming: entries.filter((f) => Date.parse(f.due) > now),
      } satisfies ListFollowUpsResponse;
    }
    case 'page:get-settings':
      return settingsAnswer();
    case 'page:set-settings': {
      // Fields the administrator set keep the agent's stored value untouched (the policy wins anyway).
      const { locked } = await currentSettings();
      const local = await readLocalSettings();
      const next: Settings = { ...message.settings };
      for (const field of locked) (next as unknown as Record<string, unknown>)[field] = local[field];
      await writeLocalSettings(next);
      invalidateSettings();
      const answer = await settingsAnswer();
      if (answer.ok) await applySettingsSideEffects(answer.settings);
      return answer;
    }
  }
}

/** A ticket/settings message from an extension page, validated; undefined when it is not one of ours. */
export function handleStatePage(raw: unknown): Promise<unknown> | undefined {
  const message = parseStatePageMessage(raw);
  if (!message) return undefined;
  if ('invalid' in message) return Promise.resolve({ ok: false, error: message.invalid });
  return handleStatePageRequest(message);
}

// ── content handlers ───────────────────────────────────────────────────────

export async function handleStateContentRequest(message: StateContentRequest): Promise<unknown> {
  switch (message.type) {
    case 'content:get-settings': {
      const { settings } = await currentSettings();
      return { ok: true, settings: contentSettings(settings) } satisfies ContentSettingsResponse;
    }
    case 'content:ignore-finding': {
      const hash = await hashExcerpt(message.ruleId, message.excerpt);
      await updateTicket(ticketKey(message.ticket), (s) => {
        if (!s.ignored.some((i) => i.ruleId === message.ruleId && i.hash === hash)) s.ignored.push({ ruleId: message.ruleId, hash });
      });
      return { ok: true } satisfies OkResponse;
    }
    case 'content:disable-rule': {
      if (!RULE_IDS.has(message.ruleId)) return { ok: false, error: 'unknown rule' } satisfies OkResponse;
      const { locked } = await currentSettings();
      if (locked.includes('disabledRules')) return { ok: false, error: 'rules are set by your administrator' } satisfies OkResponse;
      const local = await readLocalSettings();
      if (!local.disabledRules.includes(message.ruleId)) {
        await writeLocalSettings({ ...local, disabledRules: [...local.disabledRules, message.ruleId] });
        invalidateSettings();
      }
      return { ok: true } satisfies OkResponse;
    }
  }
}

/** A settings/ignore message from our content script; undefined when it is not one of ours. */
export function handleStateContent(raw: unknown, _sender?: Runtime.MessageSender): Promise<unknown> | undefined {
  const message = parseStateContentMessage(raw);
  if (!message) return undefined;
  if ('invalid' in message) return Promise.resolve({ ok: false, error: message.invalid });
  return handleStateContentRequest(message);
}

// ── start-up ───────────────────────────────────────────────────────────────

async function applySettingsSideEffects(settings: Settings): Promise<void> {
  try {
    await syncCustomContentScripts(settings.customOrigins);
  } catch (error) {
    console.warn('[CalmReply] could not register the content script for custom domains', error);
  }
}

export async function purgeNow(): Promise<string[]> {
  const { settings } = await currentSettings();
  const removed = await purgeExpired(settings.retentionDays);
  if (removed.length) await updateBadge();
  return removed;
}

/** Registers listeners; call once, synchronously, at the top level of the service worker. */
export function installStateListeners(): void {
  installReminderListeners(purgeNow);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'local' || area === 'managed') invalidateSettings();
  });
  browser.permissions?.onRemoved?.addListener(() => {
    void currentSettings().then(({ settings }) => applySettingsSideEffects(settings));
  });
}

/** Migration, expiry, reminders and the content script for custom domains. Never throws. */
export async function startState(): Promise<void> {
  try {
    await ensureSchema();
    invalidateSettings();
    const { settings } = await currentSettings();
    await purgeExpired(settings.retentionDays);
    await restoreReminders();
    await ensurePurgeAlarm();
    await applySettingsSideEffects(settings);
  } catch (error) {
    console.warn('[CalmReply] start-up of stored state failed', error);
  }
}
