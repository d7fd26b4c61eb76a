// The ONE module that reads and writes `browser.storage.local` (and reads the administrator's
// policy from `browser.storage.managed`). Every read is validated: corrupt data gives defaults
// and a console warning, never an exception.
//
// Layout (schemaVersion 1):
//   schemaVersion       1
//   settings            the agent's own Settings (see src/shared/settings.ts)
//   hashSalt            random per-install salt for excerpt hashes
//   ticket:<key>        TicketState for one ticket; <key> is `zendesk:123`, `freshdesk:45`
//                       or `generic:<origin+path>` (see `ticketKey`)
//
// Privacy: a ticket entry holds ids, the agent's checklist ticks, confirmed follow-ups (the
// agent's own short label, due date and ticket link) and ignored findings as rule id + salted
// hash of the excerpt. Never the reply text, never an excerpt in clear. Entries expire after
// the retention period (`purgeExpired`, run on start-up and by a daily alarm).
import browser from 'webextension-polyfill';
import { CHECKLIST, type ChecklistItemId } from '../guidance/checklist';
import type { TicketRef } from '../shared/messages';
import {
  FOLLOW_UP_LIMITS, isHttpsUrl, isTicketKey, isValidDue, type FollowUp,
} from '../shared/ticket-state';
import {
  applyPolicy, defaultSettings, parseSettings, type SettingKey, type Settings,
} from '../shared/settings';

export type { FollowUp } from '../shared/ticket-state';
export const SCHEMA_VERSION = 1;
const TICKET_PREFIX = 'ticket:';
const DAY_MS = 24 * 60 * 60 * 1000;

export const STORAGE_LIMITS = {
  ...FOLLOW_UP_LIMITS,
  followUpsPerTicket: 50,
  ignoredPerTicket: 200,
} as const;

export interface IgnoredFinding {
  ruleId: string;
  /** Salted SHA-256 (hex, 32 chars) of the normalised excerpt; the excerpt itself is never stored. */
  hash: string;
}

export interface TicketState {
  key: string;
  checklist: Partial<Record<ChecklistItemId, boolean>>;
  followUps: FollowUp[];
  ignored: IgnoredFinding[];
  updatedAt: number;
}

// ── helpers ────────────────────────────────────────────────────────────────

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function warn(message: string, detail?: unknown): void {
  console.warn(`[CalmReply] storage: ${message}`, ...(detail === undefined ? [] : [detail]));
}

/** All storage writes and read-modify-write updates run one after the other. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

const CHECKLIST_IDS = new Set<string>(CHECKLIST.map((item) => item.id));
const HASH_RE = /^[0-9a-f]{32}$/;
const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;
const RULE_ID_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;

// ── ticket keys ────────────────────────────────────────────────────────────

/** The storage key of a ticket: `helpdesk:ticketId`, or `generic:` + origin and path for other pages. */
export function ticketKey(ticket: TicketRef): string {
  if (ticket.ticketId !== null && ticket.helpdesk !== 'generic') return `${ticket.helpdesk}:${ticket.ticketId}`;
  try {
    const url = new URL(ticket.url);
    return `generic:${url.origin}${url.pathname}`;
  } catch {
    return `generic:${ticket.url.split(/[?#]/)[0]}`;
  }
}

/** "#123" for helpdesk tickets, the host for generic pages. */
export function ticketRefLabel(ticket: TicketRef): string {
  if (ticket.ticketId) return `#${ticket.ticketId}`.slice(0, STORAGE_LIMITS.ticketRefLength);
  try {
    return new URL(ticket.url).host.slice(0, STORAGE_LIMITS.ticketRefLength);
  } catch {
    return 'ticket';
  }
}

// ── validation of stored values ────────────────────────────────────────────

export function parseFollowUp(raw: unknown): FollowUp | null {
  if (!isRecord(raw)) return null;
  const { id, label, due, ticketUrl, ticketRef, done, notifiedAt } = raw;
  if (typeof id !== 'string' || !ID_RE.test(id)) return null;
  if (typeof label !== 'string' || label.length > STORAGE_LIMITS.labelLength) return null;
  if (!isValidDue(due) || !isHttpsUrl(ticketUrl)) return null;
  if (typeof ticketRef !== 'string' || ticketRef.length > STORAGE_LIMITS.ticketRefLength) return null;
  if (typeof done !== 'boolean') return null;
  const followUp: FollowUp = { id, label, due, ticketUrl, ticketRef, done };
  if (typeof notifiedAt === 'number' && Number.isFinite(notifiedAt)) followUp.notifiedAt = notifiedAt;
  return followUp;
}

/** A stored ticket entry, repaired where possible; null when nothing usable is left. */
export function parseTicketState(key: string, raw: unknown): TicketState | null {
  if (!isRecord(raw)) {
    warn(`ticket entry ${key} is corrupt; dropped`, raw);
    return null;
  }
  const state: TicketState = { key, checklist: {}, followUps: [], ignored: [], updatedAt: Date.now() };
  let repaired = false;
  if (isRecord(raw.checklist)) {
    for (const [id, value] of Object.entries(raw.checklist)) {
      if (CHECKLIST_IDS.has(id) && typeof value === 'boolean') state.checklist[id as ChecklistItemId] = value;
      else repaired = true;
    }
  } else if (raw.checklist !== undefined) repaired = true;
  if (Array.isArray(raw.followUps)) {
    for (const entry of raw.followUps.slice(0, STORAGE_LIMITS.followUpsPerTicket)) {
      const followUp = parseFollowUp(entry);
      if (followUp) state.followUps.push(followUp);
      else repaired = true;
    }
  } else if (raw.followUps !== undefined) repaired = true;
  if (Array.isArray(raw.ignored)) {
    for (const entry of raw.ignored.slice(-STORAGE_LIMITS.ignoredPerTicket)) {
      if (isRecord(entry) && typeof entry.ruleId === 'string' && RULE_ID_RE.test(entry.ruleId)
        && typeof entry.hash === 'string' && HASH_RE.test(entry.hash)) {
        state.ignored.push({ ruleId: entry.ruleId, hash: entry.hash });
      } else repaired = true;
    }
  } else if (raw.ignored !== undefined) repaired = true;
  if (typeof raw.updatedAt === 'number' && Number.isFinite(raw.updatedAt)) state.updatedAt = raw.updatedAt;
  else repaired = true;
  if (repaired) warn(`ticket entry ${key} had corrupt parts; kept what was valid`);
  return state;
}

function isEmpty(state: TicketState): boolean {
  return Object.keys(state.checklist).length === 0 && state.followUps.length === 0 && state.ignored.length === 0;
}

// ── hashing ────────────────────────────────────────────────────────────────

let saltPromise: Promise<string> | null = null;

function randomHex(bytes: number): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function salt(): Promise<string> {
  saltPromise ??= (async () => {
    const stored = (await browser.storage.local.get('hashSalt')).hashSalt;
    if (typeof stored === 'string' && /^[0-9a-f]{32}$/.test(stored)) return stored;
    const fresh = randomHex(16);
    await browser.storage.local.set({ hashSalt: fresh });
    return fresh;
  })();
  try {
    return await saltPromise;
  } catch (error) {
    saltPromise = null;
    throw error;
  }
}

/** Same excerpt, same hash: case and spacing do not matter. */
export function normaliseExcerpt(excerpt: string): string {
  return excerpt.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Salted SHA-256 of rule id + normalised excerpt, 32 hex characters. */
export async function hashExcerpt(ruleId: string, excerpt: string): Promise<string> {
  const data = new TextEncoder().encode(`${await salt()}\u0000${ruleId}\u0000${normaliseExcerpt(excerpt)}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return [...digest.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

// ── schema and migration ───────────────────────────────────────────────────

/**
 * v0 (the pre-release build, no `schemaVersion`): everything under two keys,
 *   calmreplySettings: { disabled: string[], gate: 'off'|'warn', keepDays: number }
 *   calmreplyTickets: { "<helpdesk>:<id>": { url, ticked: ChecklistItemId[],
 *       reminders: [{ id, note, at: epoch ms, done? }], ignoredFindings: [{ rule, text }], seen: epoch ms } }
 * v0 stored ignored excerpts in clear; v1 keeps only their salted hashes.
 */
export async function migrateV0toV1(old: Record<string, unknown>): Promise<{ set: Record<string, unknown>; remove: string[] }> {
  const set: Record<string, unknown> = { schemaVersion: 1 };
  const remove = ['calmreplySettings', 'calmreplyTickets'];
  const oldSettings = isRecord(old.calmreplySettings) ? old.calmreplySettings : {};
  const parsed = parseSettings({
    disabledRules: oldSettings.disabled,
    gateMode: oldSettings.gate,
    retentionDays: oldSettings.keepDays,
  });
  for (const warning of parsed.warnings) warn(`migrating v0 settings: ${warning}`);
  set.settings = parsed.settings;

  const tickets = isRecord(old.calmreplyTickets) ? old.calmreplyTickets : {};
  for (const [key, value] of Object.entries(tickets)) {
    if (!isRecord(value) || !isTicketKey(key)) {
      warn(`migrating v0 ticket ${key}: unreadable, dropped`);
      continue;
    }
    const url = isHttpsUrl(value.url) ? value.url : null;
    const ticketRef = key.startsWith('generic:') ? 'ticket' : `#${key.slice(key.indexOf(':') + 1)}`;
    const checklist: Record<string, boolean> = {};
    if (Array.isArray(value.ticked)) for (const id of value.ticked) if (typeof id === 'string' && CHECKLIST_IDS.has(id)) checklist[id] = true;
    const followUps: FollowUp[] = [];
    if (Array.isArray(value.reminders) && url) {
      for (const reminder of value.reminders) {
        if (!isRecord(reminder) || typeof reminder.at !== 'number' || !Number.isFinite(reminder.at)) continue;
        const followUp = parseFollowUp({
          id: typeof reminder.id === 'string' ? reminder.id : randomHex(8),
          label: typeof reminder.note === 'string' ? reminder.note.slice(0, STORAGE_LIMITS.labelLength) : '',
          due: new Date(reminder.at).toISOString(),
          ticketUrl: url,
          ticketRef,
          done: reminder.done === true,
        });
        if (followUp) followUps.push(followUp);
      }
    }
    const ignored: IgnoredFinding[] = [];
    if (Array.isArray(value.ignoredFindings)) {
      for (const entry of value.ignoredFindings) {
        if (isRecord(entry) && typeof entry.rule === 'string' && RULE_ID_RE.test(entry.rule) && typeof entry.text === 'string') {
          ignored.push({ ruleId: entry.rule, hash: await hashExcerpt(entry.rule, entry.text) });
        }
      }
    }
    const state: TicketState = {
      key, checklist, followUps, ignored,
      updatedAt: typeof value.seen === 'number' && Number.isFinite(value.seen) ? value.seen : Date.now(),
    };
    if (!isEmpty(state)) set[TICKET_PREFIX + key] = state;
  }
  return { set, remove };
}

/** Brings storage to the current schema. Returns the version found. Safe to call on every start. */
export function ensureSchema(): Promise<number> {
  return serial(async () => {
    const all = await browser.storage.local.get(null);
    const version = all.schemaVersion;
    if (version === SCHEMA_VERSION) return SCHEMA_VERSION;
    if (version === undefined) {
      if ('calmreplySettings' in all || 'calmreplyTickets' in all) {
        const { set, remove } = await migrateV0toV1(all);
        await browser.storage.local.set(set);
        await browser.storage.local.remove(remove);
        return 0;
      }
      await browser.storage.local.set({ schemaVersion: SCHEMA_VERSION });
      return SCHEMA_VERSION;
    }
    if (typeof version === 'number' && version > SCHEMA_VERSION) {
      // Written by a newer CalmReply (downgrade): read it with validation, do not rewrite it.
      warn(`storage schema ${version} is newer than ${SCHEMA_VERSION}; reading what is valid`);
      return version;
    }
    warn(`unknown storage schema version ${JSON.stringify(version)}; resetting the version marker`);
    await browser.storage.local.set({ schemaVersion: SCHEMA_VERSION });
    return SCHEMA_VERSION;
  });
}

// ── settings ───────────────────────────────────────────────────────────────

export async function readLocalSettings(): Promise<Settings> {
  try {
    const raw = (await browser.storage.local.get('settings')).settings;
    const parsed = parseSettings(raw);
    if (parsed.warnings.length) warn('stored settings had problems; using defaults for those', parsed.warnings);
    return parsed.settings;
  } catch (error) {
    warn('could not read settings; using defaults', error);
    return defaultSettings();
  }
}

export function writeLocalSettings(settings: Settings): Promise<void> {
  return serial(() => browser.storage.local.set({ settings }));
}

/** The administrator's policy, or undefined when there is none (or the browser has no managed storage). */
export async function readPolicy(): Promise<unknown> {
  try {
    const managed = browser.storage.managed;
    if (!managed) return undefined;
    return await managed.get(null);
  } catch {
    // Chrome rejects when no managed_schema/policy exists; Firefox when no policy is installed.
    return undefined;
  }
}

export interface EffectiveSettings {
  settings: Settings;
  /** Fields set by the administrator's policy (read-only in the options page). */
  locked: SettingKey[];
  warnings: string[];
}

/** Local settings with the administrator's policy on top. */
export async function readSettings(): Promise<EffectiveSettings> {
  const [local, policy] = await Promise.all([readLocalSettings(), readPolicy()]);
  const result = applyPolicy(local, policy);
  if (result.warnings.length) warn('administrator policy had problems', result.warnings);
  return result;
}

// ── tickets ────────────────────────────────────────────────────────────────

export function emptyTicket(key: string): TicketState {
  return { key, checklist: {}, followUps: [], ignored: [], updatedAt: Date.now() };
}

export async function readTicket(key: string): Promise<TicketState> {
  const storageKey = TICKET_PREFIX + key;
  const raw = (await browser.storage.local.get(storageKey))[storageKey];
  if (raw === undefined) return emptyTicket(key);
  return parseTicketState(key, raw) ?? emptyTicket(key);
}

/** Read-modify-write of one ticket; an entry left empty is removed. Returns the new state. */
export function updateTicket(key: string, change: (state: TicketState) => TicketState | void): Promise<TicketState> {
  return serial(async () => {
    const current = await readTicket(key);
    const next = change(current) ?? current;
    next.key = key;
    next.updatedAt = Date.now();
    next.followUps = next.followUps.slice(-STORAGE_LIMITS.followUpsPerTicket);
    next.ignored = next.ignored.slice(-STORAGE_LIMITS.ignoredPerTicket);
    if (isEmpty(next)) await browser.storage.local.remove(TICKET_PREFIX + key);
    else await browser.storage.local.set({ [TICKET_PREFIX + key]: next });
    return next;
  });
}

export async function readAllTickets(): Promise<TicketState[]> {
  const all = await browser.storage.local.get(null);
  const tickets: TicketState[] = [];
  for (const [storageKey, raw] of Object.entries(all)) {
    if (!storageKey.startsWith(TICKET_PREFIX)) continue;
    const state = parseTicketState(storageKey.slice(TICKET_PREFIX.length), raw);
    if (state) tickets.push(state);
  }
  return tickets;
}

/** The moment after which a ticket entry may be deleted: last change, or a later open follow-up. */
function lastRelevant(state: TicketState): number {
  let last = state.updatedAt;
  for (const followUp of state.followUps) if (!followUp.done) last = Math.max(last, Date.parse(followUp.due));
  return last;
}

/** Deletes ticket entries older than the retention period (and unreadable ones). Returns removed keys. */
export function purgeExpired(retentionDays: number, now = Date.now()): Promise<string[]> {
  return serial(async () => {
    const all = await browser.storage.local.get(null);
    const cutoff = now - retentionDays * DAY_MS;
    const remove: string[] = [];
    for (const [storageKey, raw] of Object.entries(all)) {
      if (!storageKey.startsWith(TICKET_PREFIX)) continue;
      const state = parseTicketState(storageKey.slice(TICKET_PREFIX.length), raw);
      if (!state || lastRelevant(state) < cutoff) remove.push(storageKey);
    }
    if (remove.length) await browser.storage.local.remove(remove);
    return remove.map((k) => k.slice(TICKET_PREFIX.length));
  });
}

/** For tests: forget cached values. */
export function resetStorageCaches(): void {
  saltPromise = null;
  queue = Promise.resolve();
}
