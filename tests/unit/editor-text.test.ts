// @vitest-environment jsdom
// Reading the editor's text and mapping findings back to DOM ranges, as CKEditor renders it.
import { describe, expect, it } from 'vitest';
import { rangeFor, readEditorText } from '../../src/content/editor-text';

function editable(html: string): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

describe('readEditorText', () => {
  it('puts each paragraph on its own line and keeps inline formatting in one line', () => {
    const root = editable('<p>Hi <strong>Anna</strong>,</p><p>WE DON\'T DO REFUNDS.</p><ul><li>one</li><li>two</li></ul>');
    expect(readEditorText(root).text).toBe("Hi Anna,\nWE DON'T DO REFUNDS.\none\ntwo");
  });

  it('reads <br> as a line break and non-breaking spaces as spaces', () => {
    expect(readEditorText(editable('<p>Calm&nbsp;down<br>now</p>')).text).toBe('Calm down\nnow');
  });

  it("skips CKEditor's invisible inline filler and UI widgets", () => {
    const root = editable('<p>\u2060\u2060\u2060\u2060\u2060\u2060\u2060Calm down<span contenteditable="false">widget</span></p>');
    expect(readEditorText(root).text).toBe('Calm down');
  });
});

describe('rangeFor', () => {
  it('covers exactly the flagged words, across formatting', () => {
    const root = editable('<p>Hi,</p><p>Please <em>calm</em> down now.</p>');
    const text = readEditorText(root);
    const start = text.text.indexOf('calm down');
    expect(rangeFor(text, start, start + 'calm down'.length)?.toString()).toBe('calm down');
  });

  it('maps offsets correctly after an invisible filler', () => {
    const root = editable('<p>\u2060\u2060ab<b>cd</b></p>');
    const text = readEditorText(root);
    expect(text.text).toBe('abcd');
    expect(rangeFor(text, 1, 3)?.toString()).toBe('bc');
  });

  it('returns null when the editor re-rendered the text under us', () => {
    const root = editable('<p>Calm down</p>');
    const text = readEditorText(root);
    root.innerHTML = '<p>Calm down</p>';
    expect(rangeFor(text, 0, 4)).toBeNull();
  });
});
