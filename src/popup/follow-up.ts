// Small helpers for the popup's follow-ups: a short generic label from the promise's verb (the
// reply sentence itself is never stored), `<input type="datetime-local">` values and which
// promised follow-ups already have a reminder.
import type { FollowUp } from '../shared/ticket-state';

export type FollowUpKind = 'call' | 'send' | 'update' | 'generic';

const KINDS: Array<[FollowUpKind, RegExp]> = [
  ['call', /\b(?:call|ring|phone|calling|ringing|phoning)\b|(?<![\p{L}])(?:anruf|anrufen|zurückruf|zurückrufen|rückruf|rufe|ruf|rufen|telefonier)/iu],
  ['update', /\b(?:update|updating|posted|informed|inform|informing|notify|notifying|in the loop|news)\b|(?<![\p{L}])(?:informier|benachrichtig|Laufenden|Bescheid|Update)/iu],
  ['send', /\b(?:send|sending|e-?mail|e-?mailing|mail|mailing|text|texting|message|messaging)\b|(?<![\p{L}])(?:schick|send|sende|zusend|zuschick|mail|E-Mail|schreib)/iu],
];

/** What kind of follow-up a promise is, from its verb. */
export function followUpKind(promise: string): FollowUpKind {
  for (const [kind, pattern] of KINDS) if (pattern.test(promise)) return kind;
  return 'generic';
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** A Date as the value of `<input type="datetime-local">` (local time, minutes). */
export function toInputValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** An ISO due date (with any offset) as an input value in the local time zone; '' when unreadable. */
export function isoToInputValue(iso: string | undefined): string {
  if (!iso) return '';
  const time = Date.parse(iso);
  return Number.isFinite(time) ? toInputValue(new Date(time)) : '';
}

/** An input value (local time) as ISO 8601 with the local offset, or null when it is not a date-time. */
export function inputValueToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi, Number.isFinite(s) ? s : 0);
  if (!Number.isFinite(date.getTime()) || date.getMonth() !== mo - 1) return null;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${toInputValue(date)}:${pad(date.getSeconds())}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** When a promise names no date: the next working day at 17:00. */
export function defaultDue(now: Date): Date {
  const due = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 17, 0, 0);
  while (due.getDay() === 0 || due.getDay() === 6) due.setDate(due.getDate() + 1);
  return due;
}

/**
 * For each promised follow-up, the reminder that covers it (or undefined). First the reminders
 * set from this popup for that promise, then one with the same due time, then any remaining
 * open reminder in order — as the checklist's "every promise has a reminder" counts them.
 */
export function coveringReminders(
  commitments: ReadonlyArray<{ text: string; due?: string }>,
  followUps: readonly FollowUp[],
  confirmedHere: ReadonlyMap<string, string>,
): Array<FollowUp | undefined> {
  const open = followUps.filter((f) => !f.done);
  const used = new Set<string>();
  const result: Array<FollowUp | undefined> = commitments.map(() => undefined);
  const take = (i: number, f: FollowUp | undefined) => {
    if (!f || used.has(f.id) || result[i]) return;
    result[i] = f;
    used.add(f.id);
  };
  commitments.forEach((c, i) => {
    const id = confirmedHere.get(commitmentKey(c));
    take(i, followUps.find((f) => f.id === id));
  });
  commitments.forEach((c, i) => {
    if (!c.due) return;
    const due = Date.parse(c.due);
    take(i, open.find((f) => !used.has(f.id) && Date.parse(f.due) === due));
  });
  commitments.forEach((_, i) => take(i, open.find((f) => !used.has(f.id))));
  return result;
}

/** A key for a promise within this popup's memory (never stored). */
export function commitmentKey(c: { text: string; due?: string }): string {
  return `${c.due ?? ''}\u0000${c.text}`;
}
