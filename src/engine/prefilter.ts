// A cheap first look before a pattern runs: which words must appear in a sentence for the
// pattern to be able to match there at all ("because" and one of "didn", "forgot", …). Derived
// once from the pattern's own source, so no rule has to declare it. A reply is re-checked on every
// pause in typing and most patterns have none of their words in most sentences: those sentences
// are skipped (word-index.ts finds every needed word in one pass).
//
// The analysis is deliberately conservative: whatever it does not understand counts as "no
// requirement", which only costs speed, never a finding. A unit test runs every rule's examples
// and the eval sets through both paths to hold it to that.

import { wordKey, type Need } from './word-index';

/** A need before its words get their look-up keys (so optional parts register no words). */
type Words = { word: string } | { all: Words[] } | { any: Words[] };

/** What an atom of the expression is: one literal character, a group (with what it needs), or anything else. */
const OTHER = 0;
const CHAR = 1;
const GROUP = 2;

/** Escapes that stand for one literal character. */
const LITERAL_ESCAPE = new Set([...'.-\\/()[]{}|?*+^$\'"’‘!,:;=<>@#%&~`']);

/**
 * Reads a (much simplified) regular expression once, left to right, and derives what every match
 * needs on the way: no tree of the expression is built (several hundred patterns are read when
 * the engine starts, and the service worker starts often).
 */
class Parser {
  private at = 0;
  /** The last atom read: its kind, its character (CHAR) or its need (GROUP). */
  private kind = OTHER;
  private char = '';
  private groupNeed: Words | null = null;

  constructor(private readonly source: string) {}

  parse(): Words | null {
    const need = this.alternatives();
    if (this.at !== this.source.length) throw new Error('unbalanced');
    return need;
  }

  /** One of the alternatives must be there; an alternative that needs nothing makes the whole need nothing. */
  private alternatives(): Words | null {
    const needs: Words[] = [];
    let nothing = false;
    for (;;) {
      const need = this.sequence();
      if (!need) nothing = true;
      else needs.push(need);
      if (this.source.charCodeAt(this.at) !== 0x7c /* | */) break;
      this.at += 1;
    }
    if (nothing) return null;
    return needs.length === 1 ? needs[0]! : { any: needs };
  }

  /** Every piece of a sequence must be there: each literal run and each required group. */
  private sequence(): Words | null {
    const needs: Words[] = [];
    let run = '';
    const flush = () => {
      if (run.length >= MIN_WORD) needs.push({ word: run });
      run = '';
    };
    const source = this.source;
    while (this.at < source.length) {
      const code = source.charCodeAt(this.at);
      if (code === 0x7c /* | */ || code === 0x29 /* ) */) break;
      this.atom();
      const kind = this.kind;
      const char = this.char;
      const groupNeed = this.groupNeed;
      const min = this.quantifier();
      const once = min === 1 && this.max === 1;
      if (kind === CHAR && once) {
        run += char;
        continue;
      }
      // A literal repeated at least once still contains the literal once.
      if (kind === CHAR && min >= 1) {
        run += char;
        flush();
        continue;
      }
      flush();
      if (kind === GROUP && min >= 1 && groupNeed) needs.push(groupNeed);
    }
    flush();
    return allOf(needs);
  }

  private atom(): void {
    const source = this.source;
    const char = source[this.at]!;
    this.kind = OTHER;
    if (char === '(') {
      this.at += 1;
      let lookaround = false;
      if (source.startsWith('?:', this.at)) this.at += 2;
      else if (source.startsWith('?=', this.at) || source.startsWith('?!', this.at)) {
        lookaround = true;
        this.at += 2;
      } else if (source.startsWith('?<=', this.at) || source.startsWith('?<!', this.at)) {
        lookaround = true;
        this.at += 3;
      } else if (source.startsWith('?<', this.at)) {
        this.at = source.indexOf('>', this.at) + 1;
      }
      const need = this.alternatives();
      if (source[this.at] !== ')') throw new Error('unbalanced');
      this.at += 1;
      // Lookarounds match no text: they require nothing that can be searched for. (The group's
      // own atoms set kind on the way: set it again.)
      this.kind = lookaround ? OTHER : GROUP;
      this.groupNeed = need;
      return;
    }
    if (char === '[') {
      // Skip the class, honouring escapes and a leading ']'.
      this.at += 1;
      if (source[this.at] === '^') this.at += 1;
      if (source[this.at] === ']') this.at += 1;
      while (this.at < source.length && source[this.at] !== ']') this.at += source[this.at] === '\\' ? 2 : 1;
      this.at += 1;
      return;
    }
    if (char === '\\') {
      const next = source[this.at + 1] ?? '';
      this.at += 2;
      if (next === 'p' || next === 'P' || next === 'k') {
        if (source[this.at] === '{' || source[this.at] === '<') this.at = source.indexOf(next === 'k' ? '>' : '}', this.at) + 1;
        return;
      }
      if (next === 'u' || next === 'x') return;
      if (LITERAL_ESCAPE.has(next)) {
        this.kind = CHAR;
        this.char = next;
      }
      return;
    }
    this.at += 1;
    if (char === '.' || char === '^' || char === '$') return;
    this.kind = CHAR;
    this.char = char;
  }

  /** The largest count of the last quantifier read (its smallest is returned). */
  private max = 1;

  /** Reads a quantifier, if any: returns its smallest count and keeps the largest in `max`. */
  private quantifier(): number {
    const source = this.source;
    const char = source[this.at];
    let min = 1;
    this.max = 1;
    if (char === '?') {
      min = 0;
    } else if (char === '*') {
      min = 0;
      this.max = Infinity;
    } else if (char === '+') {
      this.max = Infinity;
    } else if (char === '{') {
      const close = source.indexOf('}', this.at);
      const m = close > 0 ? /^\{(\d+)(,(\d*))?\}$/.exec(source.slice(this.at, close + 1)) : null;
      if (!m) return 1;
      this.at = close + 1;
      min = Number(m[1]);
      this.max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      if (source[this.at] === '?') this.at += 1;
      return min;
    } else return 1;
    this.at += 1;
    if (source[this.at] === '?') this.at += 1; // lazy
    return min;
  }
}

/** Single letters occur in nearly every sentence and filter nothing; two letters ("no", "it") already do. */
const MIN_WORD = 2;

/** How many words a need looks up. */
function size(need: Words): number {
  if ('word' in need) return 1;
  return ('all' in need ? need.all : need.any).reduce((sum, n) => sum + size(n), 0);
}

/** A sequence needs all its pieces; the cheapest to look up come first, so a miss stops early. */
function allOf(needs: Words[]): Words | null {
  if (!needs.length) return null;
  return needs.length === 1 ? needs[0]! : { all: needs.sort((a, b) => size(a) - size(b)) };
}

/** The need with its words registered for look-up (lower-cased when the pattern ignores case). */
function keyed(need: Words, ignoreCase: boolean): Need {
  if ('word' in need) {
    const word = ignoreCase ? need.word.toLowerCase() : need.word;
    return { word, key: wordKey(word) };
  }
  if ('all' in need) return { all: need.all.map((n) => keyed(n, ignoreCase)) };
  return { any: need.any.map((n) => keyed(n, ignoreCase)) };
}

/**
 * What every match of `source` contains (words lower-cased when the pattern ignores case), or
 * null when the pattern names nothing worth searching for.
 */
export function patternNeed(source: string, ignoreCase: boolean): Need | null {
  let need: Words | null;
  try {
    need = new Parser(source).parse();
  } catch {
    return null;
  }
  return need && keyed(need, ignoreCase);
}

/**
 * Words of which a sentence meeting `need` holds at least one: the words that can "wake" the
 * pattern. Of an all-of need, one part's words are enough (the part with the fewest and longest
 * words, which occur least); of an any-of need, every alternative's.
 */
export function needTriggers(need: Need): number[] {
  if ('word' in need) return [need.key];
  if ('any' in need) return [...new Set(need.any.flatMap(needTriggers))];
  let best = need.all[0]!;
  let bestRarity = Infinity;
  for (const part of need.all) {
    const words = wordsOf(part, []);
    const rarity = words.length * 100 - Math.min(...words.map((w) => w.length));
    if (rarity < bestRarity) [best, bestRarity] = [part, rarity];
  }
  return needTriggers(best);
}

function wordsOf(need: Need, into: string[]): string[] {
  if ('word' in need) into.push(need.word);
  else for (const part of 'all' in need ? need.all : need.any) wordsOf(part, into);
  return into;
}
