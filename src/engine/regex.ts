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
  return rewriteEscapes(source, (letter, at, out) => {
    if (letter !== 'b') return undefined;
    const before = out.endsWith('(?:') || out.endsWith('(') || out.endsWith('|') || out === '' || /\(\?<\w+>$/.test(out);
    const after = at + 2 >= source.length || source[at + 2] === '|' || source[at + 2] === ')';
    // Only where a letter must follow: "\\b['’]ll" (the edge inside "I'll") keeps its \\b.
    if (before && startsWithLetter(source.slice(at + 2))) return [`(?<!${WORD_CHAR})`, 2];
    if (after) return [`(?!${WORD_CHAR})`, 2];
    return undefined;
  });
}

/**
 * Walks an expression's source and lets `rewrite` replace an escape (`\b`, `\s`, …) outside
 * character classes: given the escaped letter, its index and what was written so far, it returns
 * the replacement and how many source characters it stands for, or undefined to keep the escape.
 */
function rewriteEscapes(source: string, rewrite: (letter: string, at: number, out: string) => [string, number] | undefined): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]!;
    if (char === '\\') {
      const next = source[i + 1] ?? '';
      const replaced = inClass ? undefined : rewrite(next, i, out);
      if (replaced) {
        out += replaced[0];
        i += replaced[1] - 1;
      } else {
        out += char + next;
        i += 1;
      }
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    out += char;
  }
  return out;
}

/** True when every match of `rest` begins with a letter (opening groups skipped, alternatives checked). */
function startsWithLetter(rest: string): boolean {
  const group = /^\((?:\?:|\?<\w+>)?/.exec(rest);
  if (group && group[0] !== '') {
    // Each top-level alternative inside the group must start with a letter.
    let depth = 0;
    let start = group[0].length;
    for (let i = start; i < rest.length; i += 1) {
      const char = rest[i]!;
      if (char === '\\') {
        i += 1;
        continue;
      }
      if (char === '(') depth += 1;
      else if (char === ')' && depth > 0) depth -= 1;
      else if ((char === '|' || char === ')') && depth === 0) {
        if (!startsWithLetter(rest.slice(start, i))) return false;
        if (char === ')') return true;
        start = i + 1;
      }
    }
    return false;
  }
  return /^[\p{L}]/u.test(rest);
}

/** The same expression as the engine runs it (see engineSource). */
export function fastRegExp(re: RegExp): RegExp {
  return new RegExp(engineSource(re.source), re.flags);
}

/** The longest run of white space a rule's pattern reads in one go (see boundWhitespaceRuns). */
export const MAX_SPACE_RUN = 10;

/**
 * Rules write `\s+` and `\s*` between words, also inside lookbehinds and around optional commas
 * (`\s*,?\s*`). On a long run of spaces (a pasted table, a signature padded with blanks) each
 * of those reads the whole run again from every position: 1,000 spaces took up to a second.
 * Capped at MAX_SPACE_RUN characters every such run costs a bounded amount per position, so the
 * pattern runs in linear time; between words agents never leave more than a few spaces.
 * `\s+` becomes `\s{1,10}`, `\s*` becomes `\s{0,10}` (a lazy `?` after them is kept); inside
 * character classes and after a backslash nothing changes.
 */
export function boundWhitespaceRuns(source: string): string {
  return rewriteEscapes(source, (letter, at) => {
    const quantifier = source[at + 2];
    if (letter !== 's' || (quantifier !== '+' && quantifier !== '*')) return undefined;
    return [`\\s{${quantifier === '+' ? 1 : 0},${MAX_SPACE_RUN}}`, 3];
  });
}

/** A rule pattern's source as the engine runs it: fast word edges, bounded white space. */
export function engineSource(source: string): string {
  return boundWhitespaceRuns(unicodeWordEdges(source));
}
