// The one message contract between content script, background worker and extension pages.
// Every message names its direction; the background validates the shape and the sender of
// each one and drops anything else (see `parseContentMessage` / `parsePageMessage`).
import type { CheckResult, CustomerAnalysis, Finding, Language, LanguageChoice } from '../engine/types';
import type { ChecklistItemState } from '../guidance/checklist';
import type { Tip } from '../guidance/tips';

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
}
export type ContentToBackground = CheckReplyRequest;

export type CheckReplyResponse =
  | { ok: true; result: CheckResult }
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
