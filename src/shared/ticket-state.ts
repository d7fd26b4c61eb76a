// Per-ticket state as the popup and the background share it: checklist overrides and confirmed
// follow-ups. Types and the small validators both sides use. Never holds reply text.
import type { ChecklistItemId } from '../guidance/checklist';

export const FOLLOW_UP_LIMITS = {
  labelLength: 120,
  ticketRefLength: 100,
  urlLength: 2048,
} as const;

export interface FollowUp {
  id: string;
  /** The agent's own short label ("Call back about the refund"), never reply text. */
  label: string;
  /** ISO 8601 date-time. */
  due: string;
  /** Where the ticket is (https only); opened when the reminder is clicked. */
  ticketUrl: string;
  /** Short display reference, e.g. "#123". */
  ticketRef: string;
  done: boolean;
  /** When the reminder notification was shown (so a restart does not show it twice). */
  notifiedAt?: number;
}

/** A follow-up in a list across tickets. */
export interface FollowUpEntry extends FollowUp {
  ticketKey: string;
}

/** What the popup gets for one ticket. */
export interface TicketStateView {
  key: string;
  ticketRef: string;
  /** The agent's own ticks; they win over the engine's "auto" ticks. */
  checklist: Partial<Record<ChecklistItemId, boolean>>;
  followUps: FollowUp[];
}

export function isHttpsUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > FOLLOW_UP_LIMITS.urlLength) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** An ISO 8601 date-time with a date part (what `<input type="datetime-local">` plus a zone gives). */
export function isValidDue(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && /^\d{4}-\d{2}-\d{2}T/.test(value) && Number.isFinite(Date.parse(value));
}

/** `zendesk:123`, `freshdesk:45` or `generic:https://host/path`. */
export function isTicketKey(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 2100
    && /^(?:zendesk|freshdesk):\S{1,64}$|^generic:https:\/\/\S+$/.test(value);
}

/** A label the agent typed: one line, trimmed, not too long. */
export function cleanLabel(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const label = value.replace(/\s+/g, ' ').trim();
  return label.length <= FOLLOW_UP_LIMITS.labelLength ? label : null;
}
