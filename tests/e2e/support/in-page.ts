// Functions that run INSIDE the fixture page, shared by both drivers: Playwright (Chromium,
// support/page.ts) and puppeteer (Firefox, support/firefox.ts) send each one to the browser as
// source text and call it there. That is why every function here is self-contained: it may use
// only its argument and the page's own globals (no imports, no helpers from this file; what
// looks repeated between them is on purpose). Keep it to plain, inner arrow functions: a named
// inner function could pick up a bundler helper that does not exist in the page.
//
// CalmReply draws its underlines with the CSS Custom Highlight API: `CSS.highlights` maps a
// name (calmreply-error / -warning / -hint) to a set of ranges. The ranges may be StaticRanges,
// which have no toString(), so each one is copied into a live Range to read its text.

/** The text of every range of each named highlight, e.g. `{ 'calmreply-warning': ['Calm down'] }`. */
export function highlightTextsInPage(names: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of names) {
    const hl = CSS.highlights.get(name);
    out[name] = hl
      ? [...hl].map((r) => {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          return live.toString();
        })
      : [];
  }
  return out;
}

/**
 * The viewport rectangle of the first range of highlight `name` whose text is exactly `text`,
 * or null when there is none. Also the "is it underlined yet?" test for a wait: null is falsy.
 */
export function highlightRectInPage([name, text]: readonly [string, string]): { x: number; y: number; width: number; height: number } | null {
  const hl = CSS.highlights.get(name);
  if (!hl) return null;
  for (const r of hl) {
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    if (live.toString() === text) {
      const b = live.getClientRects()[0] ?? live.getBoundingClientRect();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    }
  }
  return null;
}
