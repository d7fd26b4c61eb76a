// The small chip beside the composer: findings by severity and the customer's mood with one
// line of advice, so the agent sees the temperature without opening the popup.
import type { CustomerAnalysis, Finding, Language } from '../engine/types';
import type { UiText } from '../shared/ui-text';

const ADVICE: Record<Language, readonly string[]> = {
  en: [
    'Friendly and concrete is enough.',
    'Acknowledge the annoyance in your first sentence.',
    "Restate the concern and don't take it personally.",
    'Stay calm, restate the concern, bring in your lead if it continues.',
  ],
  de: [
    'Freundlich und konkret genügt.',
    'Erkennen Sie den Ärger gleich im ersten Satz an.',
    'Wiederholen Sie das Anliegen und nehmen Sie es nicht persönlich.',
    'Ruhig bleiben, Anliegen wiederholen, bei Bedarf die Führungskraft einbeziehen.',
  ],
};

export interface ChipProps {
  findings: Finding[];
  customer?: CustomerAnalysis;
  text: UiText;
  language: Language;
  position: { right: number; top: number };
}

export function StatusChip({ findings, customer, text, language, position }: ChipProps) {
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  const counts = (['error', 'warning', 'hint'] as const).map((s) => [s, count(s)] as const).filter(([, n]) => n > 0);
  return (
    <div class="chip" data-calmreply="chip" style={`right:${position.right}px;top:${position.top}px`} role="status" aria-live="polite">
      {counts.length === 0 ? <span class="dot ok">0</span> : counts.map(([s, n]) => <span class={`dot ${s}`} title={s} key={s}>{n}</span>)}
      {customer && (
        <span class={`mood mood-${customer.anger}`} data-calmreply="mood" title={ADVICE[language][customer.anger]}>
          {text.mood}: <strong>{text.moods[customer.anger]}</strong> · {ADVICE[language][customer.anger]}
        </span>
      )}
    </div>
  );
}
