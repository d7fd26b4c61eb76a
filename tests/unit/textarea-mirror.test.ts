// @vitest-environment jsdom
// The textarea mirror: our own element over the textarea whose text node CalmReply highlights.
// jsdom has no layout, so geometry is checked in the browser (e2e); here: placement in the DOM,
// text sync, offsets → ranges, styles that make it inert, clean-up.
import { afterEach, describe, expect, it } from 'vitest';
import { rangeFor, readEditorText } from '../../src/content/editor-text';
import { dropMirror, MIRROR_ATTRIBUTE, mirrorFor } from '../../src/content/textarea-mirror';

function textarea(value: string): HTMLTextAreaElement {
  document.body.innerHTML = '<form><textarea style="font: 16px/1.6 monospace; padding: 10px 14px"></textarea></form>';
  const element = document.querySelector('textarea')!;
  element.value = value;
  return element;
}

afterEach(() => {
  const element = document.querySelector('textarea');
  if (element) dropMirror(element);
});

describe('TextareaMirror', () => {
  it('lives in the page, outside the textarea and its form, and is inert', () => {
    const element = textarea('Please calm down.');
    const mirror = mirrorFor(element);
    expect(mirror.element.parentElement).toBe(document.body);
    expect(element.contains(mirror.element) || element.form!.contains(mirror.element)).toBe(false);
    expect(mirror.element.hasAttribute(MIRROR_ATTRIBUTE)).toBe(true);
    expect(mirror.element.getAttribute('aria-hidden')).toBe('true');
    const style = mirror.element.style;
    expect([style.pointerEvents, style.color, style.whiteSpace, style.position]).toEqual(['none', 'transparent', 'pre-wrap', 'absolute']);
    expect(style.fontFamily).toBe('monospace');
    expect(style.paddingLeft).toBe('14px');
    expect(mirrorFor(element)).toBe(mirror); // one mirror per textarea
  });

  it("maps the textarea's offsets to ranges over the mirror's text", () => {
    const element = textarea('Hi,\nplease calm down now.');
    const text = mirrorFor(element).editorText();
    expect(text.text).toBe(readEditorText(element).text);
    const start = text.text.indexOf('calm down');
    const range = rangeFor(text, start, start + 9)!;
    expect(range.toString()).toBe('calm down');
    expect(element.contains(range.startContainer)).toBe(false);
  });

  it('follows the textarea on input and goes away with it', () => {
    const element = textarea('one');
    const mirror = mirrorFor(element);
    element.value = 'one two';
    element.dispatchEvent(new Event('input'));
    expect(mirror.element.textContent).toBe('one two\u200b');
    expect(mirror.editorText().text).toBe('one two');
    element.remove();
    element.dispatchEvent(new Event('input'));
    expect(mirror.element.isConnected).toBe(false);
  });

  it('is removed by dropMirror', () => {
    const element = textarea('x');
    const mirror = mirrorFor(element);
    dropMirror(element);
    expect(mirror.element.isConnected).toBe(false);
    expect(document.querySelector(`[${MIRROR_ATTRIBUTE}]`)).toBeNull();
  });
});
