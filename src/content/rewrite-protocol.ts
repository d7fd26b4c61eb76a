// The DOM-event protocol between the content script (isolated world) and the small script in
// the page's own world that can reach the editor instance. Events carry only offsets and the
// replacement text, never anything else, and are dispatched on the editable element itself.
export const REPLACE_EVENT = 'calmreply:replace-range';
export const REPLACED_EVENT = 'calmreply:range-replaced';

export interface ReplaceRequest {
  id: number;
  /** Offsets into the editor's plain text as read by `readEditorText`. */
  start: number;
  end: number;
  /** The text those offsets must still hold; otherwise the draft changed and nothing is replaced. */
  expected: string;
  replacement: string;
}

export interface ReplaceResult {
  id: number;
  ok: boolean;
  reason?: string;
}

export function parseReplaceRequest(detail: unknown): ReplaceRequest | null {
  if (typeof detail !== 'string' || detail.length > 200_000) return null;
  try {
    const value = JSON.parse(detail) as Partial<ReplaceRequest>;
    if (
      typeof value.id === 'number' && typeof value.start === 'number' && typeof value.end === 'number' &&
      typeof value.expected === 'string' && typeof value.replacement === 'string' && value.start <= value.end
    ) {
      return value as ReplaceRequest;
    }
  } catch {
    // Not ours: ignore.
  }
  return null;
}
