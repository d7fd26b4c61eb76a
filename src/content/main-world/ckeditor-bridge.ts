// Runs in the page's own JS world on Zendesk (manifest `world: "MAIN"`): the only place that can
// reach `element.ckeditorInstance`. Replaces a text range through CKEditor's model so the editor
// keeps it (direct DOM edits are reverted) and Ctrl+Z restores the original wording.
import { domPosition, readEditorText } from '../editor-text';
import { parseReplaceRequest, REPLACE_EVENT, REPLACED_EVENT, type ReplaceResult } from '../rewrite-protocol';

interface ViewPosition { readonly __view: unique symbol }
interface ModelPosition { textNode?: { getAttributes(): Iterable<[string, unknown]> } | null }
interface CkEditor {
  editing: {
    view: { domConverter: { domPositionToView(node: Node, offset: number): ViewPosition | null }; focus(): void };
    mapper: { toModelPosition(position: ViewPosition): ModelPosition };
  };
  model: {
    change(callback: (writer: CkWriter) => void): void;
    insertContent(content: unknown, selectable: unknown): void;
  };
}
interface CkWriter {
  createText(text: string, attributes?: Iterable<[string, unknown]>): unknown;
  createRange(start: ModelPosition, end: ModelPosition): unknown;
  setSelection(position: ModelPosition | unknown, placeOrOffset?: 'end' | number): void;
  createPositionAt(parent: unknown, offset: 'end' | number): ModelPosition;
}

function answer(target: EventTarget, result: ReplaceResult): void {
  target.dispatchEvent(new CustomEvent(REPLACED_EVENT, { detail: JSON.stringify(result), bubbles: true }));
}

document.addEventListener(REPLACE_EVENT, (event) => {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return;
  const request = parseReplaceRequest((event as CustomEvent).detail);
  if (!request) return;
  try {
    const editor = (target as HTMLElement & { ckeditorInstance?: CkEditor }).ckeditorInstance;
    if (!editor) return answer(target, { id: request.id, ok: false, reason: 'no-editor' });
    const editorText = readEditorText(target);
    if (editorText.text.slice(request.start, request.end) !== request.expected) {
      return answer(target, { id: request.id, ok: false, reason: 'draft-changed' });
    }
    const from = domPosition(editorText.pieces, request.start, false);
    const to = domPosition(editorText.pieces, request.end, true);
    const viewFrom = from && editor.editing.view.domConverter.domPositionToView(from.node, from.offset);
    const viewTo = to && editor.editing.view.domConverter.domPositionToView(to.node, to.offset);
    if (!viewFrom || !viewTo) return answer(target, { id: request.id, ok: false, reason: 'no-position' });
    const start = editor.editing.mapper.toModelPosition(viewFrom);
    const end = editor.editing.mapper.toModelPosition(viewTo);
    editor.model.change((writer) => {
      // Keep the formatting (bold, link ...) of the replaced words.
      const attributes = start.textNode ? [...start.textNode.getAttributes()] : [];
      editor.model.insertContent(writer.createText(request.replacement, attributes), writer.createRange(start, end));
    });
    editor.editing.view.focus();
    answer(target, { id: request.id, ok: true });
  } catch (error) {
    // Fail open: the draft stays as it was; the content script tells the agent.
    answer(target, { id: request.id, ok: false, reason: String(error) });
  }
});
