// Regular-expression helpers shared by the engine's modules.

const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;

/**
 * Rules write `\b` for word edges. Under the `iu` flags V8 tests `\b` slowly at every position
 * (about 15× slower here), and it treats umlauts as non-word characters ("\bber" matches inside
 * "über"). A `\b` that opens a pattern or an alternative becomes "no letter or digit before", one
 * that closes one becomes "no letter or digit after": faster, and right for German. A `\b` in the
 * middle of a pattern is left as it is.
 */
export function unicodeWordEdges(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]!;
    if (char === '\\') {
      const next = source[i + 1] ?? '';
      if (next === 'b' && !inClass) {
        const before = out.endsWith('(?:') || out.endsWith('(') || out.endsWith('|') || out === '' || /\(\?<\w+>$/.test(out);
        const after = i + 2 >= source.length || source[i + 2] === '|' || source[i + 2] === ')';
        if (before) out += `(?<!${WORD_CHAR})`;
        else if (after) out += `(?!${WORD_CHAR})`;
        else out += '\\b';
      } else {
        out += char + next;
      }
      i += 1;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    out += char;
  }
  return out;
}

/** The same expression with `\\b` at its edges rewritten by `unicodeWordEdges`. */
export function fastRegExp(re: RegExp): RegExp {
  return new RegExp(unicodeWordEdges(re.source), re.flags);
}
