// The hover card shown over an underlined phrase: why it escalates, the guidance it comes from,
// and up to three rewrites that one click puts into the editor.
import { useEffect, useRef } from 'preact/hooks';
import { guidanceById } from '../guidance/catalogue';
import type { Finding } from '../engine/types';
import type { UiText } from '../shared/ui-text';

export interface CardProps {
  finding: Finding;
  text: UiText;
  onRewrite: (suggestion: string) => void;
  onIgnore: () => void;
  /** Absent for findings that are not a rule of ours (team phrases). */
  onTurnOff?: () => void;
  /** Opened from the keyboard: focus the first rewrite so Enter applies it. */
  autoFocus?: boolean;
}

export function Card({ finding, text, onRewrite, onIgnore, onTurnOff, autoFocus }: CardProps) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (autoFocus) first.current?.focus();
  }, [autoFocus, finding]);
  const guidance = guidanceById(finding.guidance);
  return (
    <div class={`card ${finding.severity}`} data-calmreply="card" role="dialog" aria-label={finding.message}>
      <div class="category">{text.categories[finding.category]}</div>
      <p class="message" data-calmreply="message">{finding.message}</p>
      <p class="explanation">{finding.explanation}</p>
      {finding.suggestions.length > 0 && (
        <div class="rewrites">
          <div class="heading">{text.rewriteHeading}</div>
          {finding.suggestions.map((suggestion, index) => (
            <button type="button" class="rewrite" data-calmreply="rewrite" ref={index === 0 ? first : undefined} onClick={() => onRewrite(suggestion)}>
              {suggestion}
            </button>
          ))}
        </div>
      )}
      {guidance && (
        <p class="guidance" data-calmreply="guidance">
          {text.guidance}: <q>{finding.language === 'de' ? guidance.title.de : guidance.title.en}</q>
        </p>
      )}
      <div class="actions">
        <button type="button" class="link" data-calmreply="ignore" onClick={onIgnore}>{text.ignoreHere}</button>
        {onTurnOff && <button type="button" class="link" data-calmreply="turn-off" onClick={onTurnOff}>{text.turnOffRule}</button>}
      </div>
    </div>
  );
}

export const CARD_CSS = `
:host { all: initial; }
.cards { display: flex; flex-direction: column; gap: 6px; }
.card { position: relative; max-width: 340px; box-sizing: border-box; padding: 12px 14px;
  background: #fff; color: #1f2933; border-radius: 8px; border-top: 4px solid #e37400;
  box-shadow: 0 6px 24px rgba(0,0,0,.18), 0 1px 3px rgba(0,0,0,.12);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.card.error { border-top-color: #d93025; }
.card.hint { border-top-color: #1a73e8; }
.category { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #616e7c; }
.message { margin: 2px 0 4px; font-weight: 600; font-size: 14px; }
.explanation { margin: 0 0 8px; color: #3e4c59; }
.heading { font-size: 11px; color: #616e7c; margin-bottom: 4px; }
.rewrite { display: block; width: 100%; text-align: left; margin: 0 0 4px; padding: 6px 8px; border: 1px solid #c5d9f1;
  border-radius: 6px; background: #f0f6fd; color: #0b4f9c; font: inherit; cursor: pointer; }
.rewrite:hover, .rewrite:focus-visible { background: #dcebfb; outline: 2px solid #1a73e8; outline-offset: 1px; }
.guidance { margin: 8px 0 4px; font-size: 12px; color: #52606d; }
.actions { display: flex; gap: 12px; }
.link { border: 0; background: none; padding: 0; color: #52606d; font: inherit; font-size: 12px; text-decoration: underline; cursor: pointer; }
`;
