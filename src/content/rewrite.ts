// Puts a rewrite into the editor through the editor's own machinery, so the editor keeps it and
// undo works: CKEditor 5 through the page-world bridge, other rich editors through the
// browser's insertText command, textareas through setRangeText + input event.
import type { Finding } from '../engine/types';
import { rangeFor, readEditorText } from './editor-text';
import { REPLACE_EVENT, REPLACED_EVENT, type ReplaceRequest, type ReplaceResult } from './rewrite-protocol';

let nextId = 1;

function viaBridge(box: HTMLElement, request: ReplaceRequest): Promise<ReplaceResult | null> {
  return new Promise((resolve) => {
    const timeout = setTimeout(() => finish(null), 1000);
    function finish(result: ReplaceResult | null) {
      clearTimeout(timeout);
      box.removeEventListener(REPLACED_EVENT, onAnswer);
      resolve(result);
    }
    function onAnswer(event: Event) {
      try {
        const result = JSON.parse(String((event as CustomEvent).detail)) as ReplaceResult;
        if (result.id === request.id) finish(result);
      } catch {
        // Someone else's event.
      }
    }
    box.addEventListener(REPLACED_EVENT, onAnswer);
    box.dispatchEvent(new CustomEvent(REPLACE_EVENT, { detail: JSON.stringify(request), bubbles: true }));
  });
}

function viaInsertText(box: HTMLElement, finding: Finding, suggestion: string): boolean {
  const editorText = readEditorText(box);
  if (editorText.text.slice(finding.start, finding.end) !== finding.excerpt) return false;
  const range = rangeFor(editorText, finding.start, finding.end);
  if (!range) return false;
  box.focus();
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  // execCommand is deprecated but is still the one path that fires beforeinput/input and keeps undo.
  return document.execCommand('insertText', false, suggestion);
}

export async function replaceInEditor(box: HTMLElement, finding: Finding, suggestion: string): Promise<boolean> {
  if (box instanceof HTMLTextAreaElement) {
    if (box.value.slice(finding.start, finding.end) !== finding.excerpt) return false;
    box.focus();
    box.setSelectionRange(finding.start, finding.end);
    if (!document.execCommand('insertText', false, suggestion)) {
      box.setRangeText(suggestion, finding.start, finding.end, 'end');
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
    return true;
  }
  if (box.classList.contains('ck-editor__editable')) {
    const result = await viaBridge(box, { id: nextId++, start: finding.start, end: finding.end, expected: finding.excerpt, replacement: suggestion });
    if (result) return result.ok;
  }
  return viaInsertText(box, finding, suggestion);
}
