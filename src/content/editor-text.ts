// Reads the plain text of a rich-text editor and maps text offsets back to DOM positions, so
// findings (offsets into the text) can be drawn as ranges without touching the editor's DOM.

/** Elements that start a new line in the text the engine sees. */
const BLOCK = /^(?:P|DIV|LI|UL|OL|H[1-6]|BLOCKQUOTE|PRE|TABLE|TR|TD|TH|SECTION|ARTICLE)$/;
/** CKEditor's inline filler and other invisible characters that are not part of the reply. */
const INVISIBLE = /[\u2060\u200b\ufeff]/g;

export interface Piece {
  node: Text;
  /** Offset of this piece's first character in the extracted text. */
  start: number;
  /** DOM offset (in `node`) of each extracted character; absent when they are the same. */
  domOffsets?: number[];
  length: number;
}

export interface EditorText {
  text: string;
  pieces: Piece[];
}

/**
 * The text of a reply box. A contenteditable's text comes from its DOM (offsets map to its text
 * nodes). A `<textarea>`'s text is its `.value`, which is not DOM text: `pieces` is empty, so
 * `rangeFor` gives null; draw its findings on its mirror (`textarea-mirror.ts`) instead.
 */
export function readEditorText(root: HTMLElement): EditorText {
  if (root instanceof HTMLTextAreaElement) return { text: root.value, pieces: [] };
  const pieces: Piece[] = [];
  let text = '';
  const newline = () => {
    if (text && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const raw = (node as Text).data;
      let kept = raw.replace(INVISIBLE, '');
      let domOffsets: number[] | undefined;
      if (kept.length !== raw.length) {
        domOffsets = [];
        for (let i = 0; i < raw.length; i += 1) if (!/[\u2060\u200b\ufeff]/.test(raw[i]!)) domOffsets.push(i);
      }
      // Non-breaking spaces are spaces to the engine; same length, so offsets stay aligned.
      kept = kept.replace(/\u00a0/g, ' ');
      if (kept.length) pieces.push({ node: node as Text, start: text.length, domOffsets, length: kept.length });
      text += kept;
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.getAttribute('contenteditable') === 'false' || node.getAttribute('data-cke-filler') !== null) return;
    if (node.tagName === 'BR') {
      text += '\n';
      return;
    }
    const block = BLOCK.test(node.tagName);
    if (block) newline();
    for (const child of node.childNodes) walk(child);
    if (block) newline();
  };
  for (const child of root.childNodes) walk(child);
  return { text: text.replace(/\n$/, ''), pieces };
}

/** EditorText for one text node that holds the whole text (a textarea's mirror). */
export function singleNodeText(node: Text): EditorText {
  return { text: node.data, pieces: node.data.length ? [{ node, start: 0, length: node.data.length }] : [] };
}

/** The text node and offset holding text offset `offset`; at a boundary, `preferEnd` picks the earlier node. */
export function domPosition(pieces: Piece[], offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
  let fallback: { node: Text; offset: number } | null = null;
  for (const piece of pieces) {
    const end = piece.start + piece.length;
    if (offset < piece.start || offset > end) continue;
    const local = offset - piece.start;
    const dom = piece.domOffsets ? (local === piece.length ? (piece.domOffsets[local - 1] ?? -1) + 1 : piece.domOffsets[local]!) : local;
    const position = { node: piece.node, offset: dom };
    // A start offset on a boundary belongs to the next text node, an end offset to the previous one.
    if (offset === end && !preferEnd && piece !== pieces[pieces.length - 1]) {
      fallback ??= position;
      continue;
    }
    return position;
  }
  return fallback;
}

/** A DOM range for [start, end) of the extracted text, or null when the DOM changed under us. */
export function rangeFor(editorText: EditorText, start: number, end: number): Range | null {
  const from = domPosition(editorText.pieces, start, false);
  const to = domPosition(editorText.pieces, end, true);
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  const range = document.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  return range;
}
