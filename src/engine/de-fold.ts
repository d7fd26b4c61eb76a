// German replies are often typed without umlauts ("koennen", "zustaendig", "fuer", "Gruesse"). Every German
// pattern a rule wraps in `foldDe` also accepts the two-letter spelling: ä → (?:ä|ae), ö → (?:ö|oe),
// ü → (?:ü|ue), ß → (?:ß|ss). Inside a character class ("[äöü]") nothing changes.
import type { Pattern } from './types';

const FOLD: Record<string, string> = { ä: '(?:ä|ae)', ö: '(?:ö|oe)', ü: '(?:ü|ue)', ß: '(?:ß|ss)', Ä: '(?:Ä|Ae)', Ö: '(?:Ö|Oe)', Ü: '(?:Ü|Ue)' };

/** The source with every umlaut outside a character class (and not escaped) folded. */
export function foldSource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      continue;
    }
    out += FOLD[c] ?? c;
  }
  return out;
}

/** The patterns, each German regex (and its `unless`/`unlessNext`) folded; the flags stay as they are. */
export function foldDe(patterns: Pattern[]): Pattern[] {
  const fold = (re: RegExp) => (/[äöüßÄÖÜ]/u.test(re.source) ? new RegExp(foldSource(re.source), re.flags) : re);
  return patterns.map((p) => ({
    ...p,
    re: fold(p.re),
    ...(p.unless ? { unless: fold(p.unless) } : {}),
    ...(p.unlessNext ? { unlessNext: fold(p.unlessNext) } : {}),
  }));
}
