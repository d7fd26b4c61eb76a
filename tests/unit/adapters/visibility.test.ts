// @vitest-environment jsdom
// isVisible must work in jsdom (no layout: every getClientRects() is empty) as well as in the
// browser, so adapters can be unit-tested: hidden attributes and computed display/visibility
// decide here; in a browser client rects are checked as well.
import { describe, expect, it } from 'vitest';
import { hasLayout, isVisible } from '../../../src/content/adapters/types';

describe('isVisible without layout', () => {
  it('knows jsdom has no layout', () => expect(hasLayout(document)).toBe(false));

  it('sees hidden attributes, display:none from a stylesheet, visibility:hidden and detached nodes', () => {
    document.head.innerHTML = '<style>.off { display: none } .ghost { visibility: hidden }</style>';
    document.body.innerHTML = `
      <div id="shown"><p id="a">a</p></div>
      <div hidden><p id="b">b</p></div>
      <div class="off"><p id="c">c</p></div>
      <div style="display:none"><p id="d">d</p></div>
      <div class="ghost"><p id="e">e</p></div>
      <div class="ghost"><p id="f" style="visibility: visible">f</p></div>`;
    const visible = (id: string) => isVisible(document.getElementById(id)!);
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map(visible)).toEqual([true, false, false, false, false, true]);
    expect(isVisible(document.createElement('div'))).toBe(false);
  });
});
