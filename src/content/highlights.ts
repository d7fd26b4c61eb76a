// Draws findings as underlines with the CSS Custom Highlight API: no node is inserted into the
// editor, so nothing can leak into the saved reply and the editor never sees a change.
import type { Severity } from '../engine/types';

export const HIGHLIGHT_NAMES: Record<Exclude<Severity, 'info'>, string> = {
  error: 'calmreply-error',
  warning: 'calmreply-warning',
  hint: 'calmreply-hint',
};

const PRIORITY = { error: 3, warning: 2, hint: 1 } as const;

const STYLE_ID = 'calmreply-highlight-style';
const CSS_TEXT = `
::highlight(calmreply-error) { text-decoration: underline wavy #d93025; text-decoration-thickness: 2px; text-underline-offset: 3px; background-color: rgba(217, 48, 37, 0.08); }
::highlight(calmreply-warning) { text-decoration: underline wavy #e37400; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(calmreply-hint) { text-decoration: underline dotted #1a73e8; text-decoration-thickness: 2px; text-underline-offset: 3px; }
`;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/** The ::highlight() rules must live in the page's stylesheet; the style element sits in <head>, never in the editor. */
function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = CSS_TEXT;
  (doc.head ?? doc.documentElement).append(style);
}

export function drawHighlights(doc: Document, ranges: Array<{ range: Range; severity: Severity }>): void {
  if (!highlightsSupported()) return;
  ensureStyle(doc);
  for (const [severity, name] of Object.entries(HIGHLIGHT_NAMES)) {
    const mine = ranges.filter((r) => r.severity === severity).map((r) => r.range);
    if (mine.length) {
      const highlight = new Highlight(...mine);
      // Where an error and a warning cover the same words, the error's red wins.
      highlight.priority = PRIORITY[severity as keyof typeof PRIORITY];
      CSS.highlights.set(name, highlight);
    }
    else CSS.highlights.delete(name);
  }
}

export function clearHighlights(): void {
  if (!highlightsSupported()) return;
  for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
}
