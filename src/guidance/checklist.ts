// The default per-ticket follow-up checklist (DESIGN.md) and how its "auto" items tick
// themselves from the engine's signals. The agent can always override an item.
import type { CheckResult, Language } from '../engine/types';
import type { GuidanceId } from './catalogue';

export type ChecklistItemId =
  | 'restated-concern'
  | 'sincere-apology'
  | 'offered-next-step'
  | 'no-unkeepable-promise'
  | 'follow-ups-scheduled'
  | 'asked-anything-else'
  | 'notes-updated'
  | 'involved-lead'
  | 'safety-protocol';

export interface ChecklistItemDefinition {
  id: ChecklistItemId;
  guidance: GuidanceId;
  text: Record<Language, string>;
  /** Shown only when this condition holds (supervisor asked for, safety risk). */
  onlyWhen?: 'escalation-or-high-anger' | 'safety-risk';
}

export const CHECKLIST: readonly ChecklistItemDefinition[] = [
  { id: 'restated-concern', guidance: 'listen-restate', text: { en: "I restated the customer's concern in my own words", de: 'Ich habe das Anliegen des Kunden in eigenen Worten wiederholt' } },
  { id: 'sincere-apology', guidance: 'sincere-apology', text: { en: 'I apologised sincerely where we fell short', de: 'Ich habe mich aufrichtig entschuldigt, wo wir Fehler gemacht haben' } },
  { id: 'offered-next-step', guidance: 'stay-positive', text: { en: 'I offered a concrete solution or next step', de: 'Ich habe eine konkrete Lösung oder einen nächsten Schritt angeboten' } },
  { id: 'no-unkeepable-promise', guidance: 'ask-the-boss', text: { en: 'I promised nothing I cannot keep, or checked with my lead first', de: 'Ich habe nichts versprochen, was ich nicht halten kann, oder vorher meine Führungskraft gefragt' } },
  { id: 'follow-ups-scheduled', guidance: 'follow-through', text: { en: 'Every promised follow-up has a reminder', de: 'Jedes zugesagte Nachfassen hat eine Erinnerung' } },
  { id: 'asked-anything-else', guidance: 'leave-a-good-feeling', text: { en: 'I asked whether there is anything else I can do', de: 'Ich habe gefragt, ob ich sonst noch etwas tun kann' } },
  { id: 'notes-updated', guidance: 'keep-crm-notes', text: { en: 'The ticket notes are up to date for colleagues', de: 'Die Ticketnotizen sind für Kolleginnen und Kollegen aktuell' } },
  { id: 'involved-lead', guidance: 'call-for-backup', onlyWhen: 'escalation-or-high-anger', text: { en: 'I involved my lead', de: 'Ich habe meine Führungskraft einbezogen' } },
  { id: 'safety-protocol', guidance: 'be-prepared', onlyWhen: 'safety-risk', text: { en: "I followed the company's safety protocol", de: 'Ich habe das Sicherheitsprotokoll des Unternehmens befolgt' } },
];

export interface ChecklistItemState {
  id: ChecklistItemId;
  guidance: GuidanceId;
  text: string;
  /** True when the engine's signals say this is done. */
  auto: boolean | null;
  /** The agent's own tick, which wins over `auto`. */
  override?: boolean;
  done: boolean;
}

/** What the engine says about each auto item: true/false, or null for items only the agent can tick. */
export function autoTicks(result: Pick<CheckResult, 'findings' | 'commitments'>, scheduledFollowUps = 0): Record<ChecklistItemId, boolean | null> {
  const has = (category: string) => result.findings.some((f) => f.category === category);
  return {
    'restated-concern': has('no-acknowledgment') ? false : null,
    'sincere-apology': has('insincere-apology') ? false : null,
    'offered-next-step': null,
    'no-unkeepable-promise': !has('overpromise'),
    'follow-ups-scheduled': result.commitments.length === 0 ? null : scheduledFollowUps >= result.commitments.length,
    'asked-anything-else': has('no-closing-offer') ? false : null,
    'notes-updated': null,
    'involved-lead': null,
    'safety-protocol': null,
  };
}

export function deriveChecklist(
  result: Pick<CheckResult, 'findings' | 'commitments' | 'customer'>,
  language: Language,
  overrides: Partial<Record<ChecklistItemId, boolean>> = {},
  scheduledFollowUps = 0,
): ChecklistItemState[] {
  const ticks = autoTicks(result, scheduledFollowUps);
  const signals = result.customer?.signals ?? [];
  const anger = result.customer?.anger ?? 0;
  return CHECKLIST.filter((item) => {
    if (item.onlyWhen === 'safety-risk') return signals.includes('safety-risk');
    if (item.onlyWhen === 'escalation-or-high-anger') return signals.includes('escalation-request') || anger >= 3;
    return true;
  }).map((item) => {
    const auto = ticks[item.id];
    const override = overrides[item.id];
    return { id: item.id, guidance: item.guidance, text: item.text[language], auto, override, done: override ?? auto ?? false };
  });
}

/**
 * Items that should stop a Solved/Closed click: the engine says they are not done (auto false)
 * or the situation demands them (supervisor asked for, safety risk), and the agent has not
 * ticked them. Items only the agent can judge (notes, next step) never block on their own.
 */
export function openRequiredItems(items: ChecklistItemState[]): ChecklistItemState[] {
  return items.filter((item) => !item.done && (item.auto === false || CHECKLIST.find((c) => c.id === item.id)?.onlyWhen !== undefined));
}
