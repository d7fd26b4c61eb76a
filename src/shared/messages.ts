// The one message contract between content script, background worker and extension pages.
// Every message names its direction; the background validates the shape and the sender of
// each one and drops anything else (see `parseContentMessage` / `parsePageMessage`).
import type { CheckResult, CustomerAnalysis, Finding, Language, LanguageChoice } from '../engine/types';
import type { ChecklistItemState } from '../guidance/checklist';
import type { Tip } from '../guidance/tips';
import { CHECKLIST, type ChecklistItemId } from '../guidance/checklist';
import { parseSettings, type ContentSettings, type SettingKey, type Settings } from './settings';
import {
  cleanLabel, isHttpsUrl, isTicketKey, isValidDue, type FollowUp, type FollowUpEntry, type TicketStateView,
} from './ticket-state';

/** Longest reply the background will check; longer pastes get a clear "too long" answer. */
export const MAX_REPLY_CHARS = 100_000;
export const MAX_CUSTOMER_CHARS = 20_000;

export type Helpdesk = 'zendesk' | 'freshdesk' | 'generic';

/** Which ticket a reply belongs to. `ticketId` is null on generic pages (state keyed by URL). */
export interface TicketRef {
  helpdesk: Helpdesk;
  ticketId: string | null;
  url: string;
}

// ── content script → background ────────────────────────────────────────────
export interface CheckReplyRequest {
  type: 'content:check-reply';
  ticket: TicketRef;
  text: string;
  customer?: string;
  lang?: LanguageChoice;
  /** An internal note (not sent to the customer): checked as the settings' `notesMode` says. */
  internalNote?: boolean;
}
export type ContentToBackground = CheckReplyRequest;

export type CheckReplyResponse =
  /** `checklist`: this ticket's follow-up checklist after the check (for the close gate). */
  | { ok: true; result: CheckResult; checklist: ChecklistItemState[] }
  | { ok: false; error: string };

// ── extension page (popup, options) → background ───────────────────────────
export interface GetTabStateRequest {
  type: 'page:get-tab-state';
  tabId: number;
}
export type PageToBackground = GetTabStateRequest;

/** What the popup shows for one tab. Held in memory/session storage only: it contains no reply text. */
export interface TabState {
  ticket: TicketRef;
  language: Language;
  findings: Array<Omit<Finding, 'excerpt'> & { excerpt: string }>;
  customer?: CustomerAnalysis;
  tips: Tip[];
  checklist: ChecklistItemState[];
  /**
   * Follow-ups the reply promises (the engine's commitments). `text` is the reply sentence: it
   * lives in memory only and is shown in the popup, never stored; a reminder gets the agent's label.
   */
  commitments: Array<{ text: string; due?: string }>;
  checkedAt: number;
}
export type GetTabStateResponse = { ok: true; state: TabState | null } | { ok: false; error: string };

// ── validation ─────────────────────────────────────────────────────────────
const HELPDESKS: readonly string[] = ['zendesk', 'freshdesk', 'generic'];
const LANGS: readonly string[] = ['en', 'de', 'auto'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseTicket(value: unknown): TicketRef | null {
  if (!isRecord(value)) return null;
  const { helpdesk, ticketId, url } = value;
  if (typeof helpdesk !== 'string' || !HELPDESKS.includes(helpdesk)) return null;
  if (ticketId !== null && (typeof ticketId !== 'string' || ticketId.length > 64)) return null;
  if (typeof url !== 'string' || url.length > 2048) return null;
  return { helpdesk: helpdesk as Helpdesk, ticketId, url };
}

/** A message a content script sent, or null when it is not one we know. */
export function parseContentMessage(raw: unknown): ContentToBackground | { invalid: string } | null {
  if (!isRecord(raw) || raw.type !== 'content:check-reply') return null;
  const ticket = parseTicket(raw.ticket);
  if (!ticket) return { invalid: 'ticket reference is malformed' };
  if (typeof raw.text !== 'string') return { invalid: 'reply text missing' };
  if (raw.text.length > MAX_REPLY_CHARS) {
    return { invalid: `This reply is ${raw.text.length.toLocaleString('en')} characters long; CalmReply checks replies up to ${MAX_REPLY_CHARS.toLocaleString('en')} characters.` };
  }
  if (raw.customer !== undefined && typeof raw.customer !== 'string') return { invalid: 'customer message malformed' };
  if (raw.lang !== undefined && (typeof raw.lang !== 'string' || !LANGS.includes(raw.lang))) return { invalid: 'language malformed' };
  return {
    type: 'content:check-reply',
    ticket,
    text: raw.text,
    customer: typeof raw.customer === 'string' ? raw.customer.slice(-MAX_CUSTOMER_CHARS) : undefined,
    lang: raw.lang as LanguageChoice | undefined,
    ...(raw.internalNote === true ? { internalNote: true } : {}),
  };
}

/** A message an extension page sent, or null when it is not one we know. */
export function parsePageMessage(raw: unknown): PageToBackground | null {
  if (!isRecord(raw)) return null;
  if (raw.type === 'page:get-tab-state' && Number.isInteger(raw.tabId)) {
    return { type: 'page:get-tab-state', tabId: raw.tabId as number };
  }
  return null;
}

// ═══ Ticket state, follow-ups and settings ═════════════════════════════════
// Handled by `src/background/state.ts`. Page messages are accepted only from our own extension
// pages (popup, options; `isTrustedPageSender`); content messages only from our content script
// on a helpdesk tab (`isTrustedContentSender`).

// ── extension page → background ────────────────────────────────────────────
/** Popup: the stored state (checklist overrides, follow-ups) of one ticket. */
export interface GetTicketStateRequest {
  type: 'page:get-ticket-state';
  ticket: TicketRef;
}
/** Popup: tick or untick a checklist item; `null` hands it back to the engine's auto tick. */
export interface SetChecklistOverrideRequest {
  type: 'page:set-checklist-override';
  ticket: TicketRef;
  item: ChecklistItemId;
  value: boolean | null;
}
/** Popup: the agent confirms a follow-up (usually a commitment the engine found) with a due date. */
export interface ConfirmFollowUpRequest {
  type: 'page:confirm-follow-up';
  ticket: TicketRef;
  /** The agent's own short label (max 120 characters), not the reply sentence. */
  label: string;
  due: string;
}
export interface UpdateFollowUpRequest {
  type: 'page:update-follow-up';
  ticketKey: string;
  id: string;
  changes: { label?: string; due?: string; done?: boolean };
}
export interface DeleteFollowUpRequest {
  type: 'page:delete-follow-up';
  ticketKey: string;
  id: string;
}
/** Popup: open follow-ups of all tickets, split into overdue and upcoming (soonest first). */
export interface ListFollowUpsRequest {
  type: 'page:list-follow-ups';
}
/** Options page: the effective settings, which fields the administrator locked, and warnings. */
export interface GetSettingsRequest {
  type: 'page:get-settings';
}
/** Options page: replace the agent's settings (validated; fields locked by policy keep the policy value). */
export interface SetSettingsRequest {
  type: 'page:set-settings';
  settings: Settings;
}
export type StatePageRequest =
  | GetTicketStateRequest | SetChecklistOverrideRequest | ConfirmFollowUpRequest | UpdateFollowUpRequest
  | DeleteFollowUpRequest | ListFollowUpsRequest | GetSettingsRequest | SetSettingsRequest;

export type Failure = { ok: false; error: string };
export type TicketStateResponse = { ok: true; state: TicketStateView } | Failure;
export type FollowUpResponse = { ok: true; followUp: FollowUp; state: TicketStateView } | Failure;
export type ListFollowUpsResponse = { ok: true; overdue: FollowUpEntry[]; upcoming: FollowUpEntry[] } | Failure;
export type SettingsResponse = { ok: true; settings: Settings; locked: SettingKey[]; warnings: string[] } | (Failure & { warnings?: string[] });

// ── content script → background ────────────────────────────────────────────
/** The settings subset the page needs: disabled rules, team phrases, notes/gate mode, safety text, origins. */
export interface GetContentSettingsRequest {
  type: 'content:get-settings';
}
/**
 * "Ignore here" on the hover card: this finding (rule + excerpt) is not shown again on this
 * ticket. The background stores only a salted hash of the excerpt.
 */
export interface IgnoreFindingRequest {
  type: 'content:ignore-finding';
  ticket: TicketRef;
  ruleId: string;
  excerpt: string;
}
/**
 * "Turn off this rule" on the hover card. The only settings change a content script may ask for
 * (with ignore-finding): both can only make CalmReply quieter, for this agent, and both are
 * exactly what the two hover-card buttons do, so the agent need not leave the ticket. A helpdesk
 * page that fakes clicks on our card could at worst silence a known rule, which the agent sees
 * and undoes in the options page; it cannot read settings of other tickets, add phrases, change
 * the gate, origins or retention, or touch a field the administrator locked.
 */
export interface DisableRuleRequest {
  type: 'content:disable-rule';
  ruleId: string;
}
export type StateContentRequest = GetContentSettingsRequest | IgnoreFindingRequest | DisableRuleRequest;

export type ContentSettingsResponse = { ok: true; settings: ContentSettings } | Failure;
export type OkResponse = { ok: true } | Failure;

// ── validation ─────────────────────────────────────────────────────────────
const CHECKLIST_IDS: readonly string[] = CHECKLIST.map((item) => item.id);
const FOLLOW_UP_ID = /^[A-Za-z0-9_-]{1,64}$/;
const RULE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Longest excerpt the hover card may report (a finding covers a clause, not a paragraph). */
export const MAX_EXCERPT_CHARS = 1000;

/** A ticket/follow-up/settings message from an extension page; `{invalid}` says what is wrong. */
export function parseStatePageMessage(raw: unknown): StatePageRequest | { invalid: string } | null {
  if (!isRecord(raw) || typeof raw.type !== 'string') return null;
  switch (raw.type) {
    case 'page:get-ticket-state': {
      const ticket = parseTicket(raw.ticket);
      return ticket ? { type: raw.type, ticket } : { invalid: 'ticket reference is malformed' };
    }
    case 'page:set-checklist-override': {
      const ticket = parseTicket(raw.ticket);
      if (!ticket) return { invalid: 'ticket reference is malformed' };
      if (typeof raw.item !== 'string' || !CHECKLIST_IDS.includes(raw.item)) return { invalid: 'unknown checklist item' };
      if (raw.value !== null && typeof raw.value !== 'boolean') return { invalid: 'value must be true, false or null' };
      return { type: raw.type, ticket, item: raw.item as ChecklistItemId, value: raw.value };
    }
    case 'page:confirm-follow-up': {
      const ticket = parseTicket(raw.ticket);
      if (!ticket) return { invalid: 'ticket reference is malformed' };
      if (!isHttpsUrl(ticket.url)) return { invalid: 'follow-ups need an https ticket address' };
      const label = cleanLabel(raw.label);
      if (label === null) return { invalid: 'label must be text up to 120 characters' };
      if (!isValidDue(raw.due)) return { invalid: 'due must be an ISO date-time' };
      return { type: raw.type, ticket, label, due: raw.due };
    }
    case 'page:update-follow-up': {
      if (!isTicketKey(raw.ticketKey)) return { invalid: 'ticket key is malformed' };
      if (typeof raw.id !== 'string' || !FOLLOW_UP_ID.test(raw.id)) return { invalid: 'follow-up id is malformed' };
      if (!isRecord(raw.changes)) return { invalid: 'changes missing' };
      const changes: UpdateFollowUpRequest['changes'] = {};
      if (raw.changes.label !== undefined) {
        const label = cleanLabel(raw.changes.label);
        if (label === null) return { invalid: 'label must be text up to 120 characters' };
        changes.label = label;
      }
      if (raw.changes.due !== undefined) {
        if (!isValidDue(raw.changes.due)) return { invalid: 'due must be an ISO date-time' };
        changes.due = raw.changes.due;
      }
      if (raw.changes.done !== undefined) {
        if (typeof raw.changes.done !== 'boolean') return { invalid: 'done must be true or false' };
        changes.done = raw.changes.done;
      }
      return { type: raw.type, ticketKey: raw.ticketKey, id: raw.id, changes };
    }
    case 'page:delete-follow-up':
      if (!isTicketKey(raw.ticketKey)) return { invalid: 'ticket key is malformed' };
      if (typeof raw.id !== 'string' || !FOLLOW_UP_ID.test(raw.id)) return { invalid: 'follow-up id is malformed' };
      return { type: raw.type, ticketKey: raw.ticketKey, id: raw.id };
    case 'page:list-follow-ups':
    case 'page:get-settings':
      return { type: raw.type };
    case 'page:set-settings': {
      const parsed = parseSettings(raw.settings);
      if (!isRecord(raw.settings) || parsed.invalidFields.length) {
        return { invalid: `settings not saved: ${parsed.warnings.join('; ') || 'not an object'}` };
      }
      return { type: raw.type, settings: parsed.settings };
    }
    default:
      return null;
  }
}

/** A settings/ignore message from our content script; `{invalid}` says what is wrong. */
export function parseStateContentMessage(raw: unknown): StateContentRequest | { invalid: string } | null {
  if (!isRecord(raw) || typeof raw.type !== 'string') return null;
  switch (raw.type) {
    case 'content:get-settings':
      return { type: raw.type };
    case 'content:ignore-finding': {
      const ticket = parseTicket(raw.ticket);
      if (!ticket) return { invalid: 'ticket reference is malformed' };
      if (typeof raw.ruleId !== 'string' || !RULE_ID.test(raw.ruleId)) return { invalid: 'rule id is malformed' };
      if (typeof raw.excerpt !== 'string' || raw.excerpt.trim() === '' || raw.excerpt.length > MAX_EXCERPT_CHARS) {
        return { invalid: 'excerpt is malformed' };
      }
      return { type: raw.type, ticket, ruleId: raw.ruleId, excerpt: raw.excerpt };
    }
    case 'content:disable-rule':
      if (typeof raw.ruleId !== 'string' || !RULE_ID.test(raw.ruleId)) return { invalid: 'rule id is malformed' };
      return { type: raw.type, ruleId: raw.ruleId };
    default:
      return null;
  }
}

// ── extension page (popup) → content script, through tabs.sendMessage ─────────
/** "Show me": the popup asks the ticket's tab to scroll to a finding and open its card. */
export interface RevealFindingRequest {
  type: 'page:reveal-finding';
  ruleId: string;
  start: number;
  end: number;
}

export function parseRevealFinding(raw: unknown): RevealFindingRequest | null {
  if (!isRecord(raw) || raw.type !== 'page:reveal-finding') return null;
  const { ruleId, start, end } = raw;
  if (typeof ruleId !== 'string' || !Number.isInteger(start) || !Number.isInteger(end) || (start as number) > (end as number)) return null;
  return { type: 'page:reveal-finding', ruleId, start: start as number, end: end as number };
}

// ── background → content script ─────────────────────────────────────────────
/**
 * The worker keeps the popup's per-tab state in memory only (it holds reply text). After the
 * browser stopped the worker, the popup's request finds nothing, so the worker asks the tab to
 * check its reply again, which fills the state.
 */
export interface RecheckRequest {
  type: 'background:recheck';
}

export function isRecheckRequest(raw: unknown): raw is RecheckRequest {
  return isRecord(raw) && raw.type === 'background:recheck';
}
