// A textarea's text is not DOM text, so the CSS Custom Highlight API cannot underline it. The
// mirror is an element of our own, in the page (never inside the textarea, never inside the
// helpdesk's markup: appended to <body>), laid exactly over the textarea with the same font,
// padding, border widths, wrapping and scroll position, with transparent text and
// pointer-events:none. Its one text node holds the textarea's value, so findings are drawn as
// ranges over the mirror's text and the underlines appear under the textarea's own glyphs.
//
// It follows the textarea on input, scroll (its own and any scrolling ancestor's), window
// resize and size changes (ResizeObserver), and removes itself when the textarea goes away.
import { singleNodeText, type EditorText } from './editor-text';

/** Computed properties copied from the textarea so the mirror wraps the text identically. */
const COPIED = [
  'box-sizing', 'font-family', 'font-size', 'font-style', 'font-weight', 'font-variant', 'font-stretch',
  'font-feature-settings', 'font-kerning', 'line-height', 'letter-spacing', 'word-spacing', 'text-transform',
  'text-indent', 'text-align', 'text-rendering', 'tab-size', 'direction', 'writing-mode', 'word-break',
  'overflow-wrap', 'hyphens', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-top-style', 'border-right-style', 'border-bottom-style', 'border-left-style',
] as const;

export const MIRROR_ATTRIBUTE = 'data-calmreply-mirror';

export class TextareaMirror {
  readonly element: HTMLDivElement;
  private readonly textNode: Text;
  private readonly resizeObserver: ResizeObserver | null;
  private readonly onChange = () => this.sync();
  private frame: ReturnType<typeof setTimeout> | number | undefined;

  constructor(readonly textarea: HTMLTextAreaElement) {
    const doc = textarea.ownerDocument;
    this.element = doc.createElement('div');
    this.element.setAttribute(MIRROR_ATTRIBUTE, '');
    this.element.setAttribute('aria-hidden', 'true');
    this.textNode = doc.createTextNode('');
    // A trailing newline in pre-wrap text takes no line unless something follows it.
    const tail = doc.createElement('span');
    tail.textContent = '\u200b';
    this.element.append(this.textNode, tail);
    (doc.body ?? doc.documentElement).append(this.element);

    textarea.addEventListener('input', this.onChange);
    textarea.addEventListener('scroll', this.onChange, { passive: true });
    const view = doc.defaultView;
    view?.addEventListener('resize', this.onChange, { passive: true });
    // Scrolling any ancestor moves the textarea on screen.
    doc.addEventListener('scroll', this.onChange, { passive: true, capture: true });
    this.resizeObserver = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.schedule());
    this.resizeObserver?.observe(textarea);
    this.sync();
  }

  /** The textarea's text as CalmReply reads it, with offsets mapped to the mirror's text node. */
  editorText(): EditorText {
    this.syncText();
    return singleNodeText(this.textNode);
  }

  /** Copies text, style, position and scroll from the textarea; removes the mirror once the textarea is gone. */
  sync(): void {
    if (!this.textarea.isConnected) return this.destroy();
    this.syncText();
    this.syncBox();
  }

  destroy(): void {
    this.cancelFrame();
    this.textarea.removeEventListener('input', this.onChange);
    this.textarea.removeEventListener('scroll', this.onChange);
    const doc = this.textarea.ownerDocument;
    doc.defaultView?.removeEventListener('resize', this.onChange);
    doc.removeEventListener('scroll', this.onChange, { capture: true });
    this.resizeObserver?.disconnect();
    this.element.remove();
  }

  private schedule(): void {
    this.cancelFrame();
    // jsdom (unit tests) has no requestAnimationFrame unless told to pretend to be visual.
    this.frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => this.sync()) : setTimeout(() => this.sync(), 16);
  }

  private cancelFrame(): void {
    if (this.frame === undefined) return;
    if (typeof cancelAnimationFrame === 'function' && typeof this.frame === 'number') cancelAnimationFrame(this.frame);
    else clearTimeout(this.frame);
    this.frame = undefined;
  }

  private syncText(): void {
    if (this.textNode.data !== this.textarea.value) this.textNode.data = this.textarea.value;
  }

  private syncBox(): void {
    const { textarea, element } = this;
    const view = textarea.ownerDocument.defaultView;
    if (!view) return;
    const computed = view.getComputedStyle(textarea);
    const style = element.style;
    for (const name of COPIED) style.setProperty(name, computed.getPropertyValue(name));
    const rect = textarea.getBoundingClientRect();
    // The textarea's scrollbar narrows its text area; the mirror has none, so pad it by the same width.
    const borders = (side: 'left' | 'right' | 'top' | 'bottom') => parseFloat(computed.getPropertyValue(`border-${side}-width`)) || 0;
    const scrollbarX = Math.max(0, textarea.offsetWidth - textarea.clientWidth - borders('left') - borders('right'));
    const scrollbarY = Math.max(0, textarea.offsetHeight - textarea.clientHeight - borders('top') - borders('bottom'));
    const padRight = (parseFloat(computed.paddingRight) || 0) + scrollbarX;
    const padBottom = (parseFloat(computed.paddingBottom) || 0) + scrollbarY;
    style.setProperty('padding-right', `${padRight}px`);
    style.setProperty('padding-bottom', `${padBottom}px`);
    const fixed: Record<string, string> = {
      position: 'absolute',
      left: `${rect.left + view.scrollX}px`,
      top: `${rect.top + view.scrollY}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
      margin: '0',
      'box-sizing': 'border-box',
      'border-color': 'transparent',
      'white-space': 'pre-wrap',
      'overflow-wrap': computed.getPropertyValue('overflow-wrap') || 'break-word',
      overflow: 'hidden',
      color: 'transparent',
      background: 'transparent',
      'pointer-events': 'none',
      'user-select': 'none',
      'z-index': '2147483646',
      contain: 'strict',
      display: computed.display === 'none' || computed.visibility === 'hidden' ? 'none' : 'block',
    };
    for (const [name, value] of Object.entries(fixed)) style.setProperty(name, value);
    // <body> may be positioned (or offset by a margin): correct by what the browser actually laid out.
    const placed = element.getBoundingClientRect();
    if (placed.width && (Math.abs(placed.left - rect.left) > 0.5 || Math.abs(placed.top - rect.top) > 0.5)) {
      style.setProperty('left', `${rect.left + view.scrollX + (rect.left - placed.left)}px`);
      style.setProperty('top', `${rect.top + view.scrollY + (rect.top - placed.top)}px`);
    }
    // Rects from getBoundingClientRect include the border: the mirror's box-sizing is border-box to match.
    element.scrollTop = textarea.scrollTop;
    element.scrollLeft = textarea.scrollLeft;
  }
}

const mirrors = new WeakMap<HTMLTextAreaElement, TextareaMirror>();

/** The one mirror of `textarea`, created on first use. */
export function mirrorFor(textarea: HTMLTextAreaElement): TextareaMirror {
  let mirror = mirrors.get(textarea);
  if (!mirror || !mirror.element.isConnected) {
    mirror = new TextareaMirror(textarea);
    mirrors.set(textarea, mirror);
  }
  return mirror;
}

/** Removes `textarea`'s mirror, if it has one. */
export function dropMirror(textarea: HTMLTextAreaElement): void {
  mirrors.get(textarea)?.destroy();
  mirrors.delete(textarea);
}
