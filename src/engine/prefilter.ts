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

/** One piece of a (much simplified) regular expression, and how often it repeats. */
type Atom = { kind: 'char'; char: string } | { kind: 'group'; alternatives: Node[][] } | { kind: 'other' };
type Node = Atom & { min: number; max: number };

/** Escapes that stand for one literal character. */
const LITERAL_ESCAPE = /^[.\-\\/()[\]{}|?*+^$'"’‘!,:;=<>@#%&~`]$/;

class Parser {
  private at = 0;

  constructor(private readonly source: string) {}

  parse(): Node[][] {
    const alternatives = this.alternatives();
    if (this.at !== this.source.length) throw new Error('unbalanced');
    return alternatives;
  }

  private alternatives(): Node[][] {
    const alternatives: Node[][] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at += 1;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  private sequence(): Node[] {
    const nodes: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      nodes.push({ ...atom, min, max });
    }
    return nodes;
  }

  private atom(): Atom {
    const char = this.source[this.at]!;
    if (char === '(') {
      this.at += 1;
      let lookaround = false;
      if (this.source.startsWith('?:', this.at)) this.at += 2;
      else if (/^\?<?[=!]/.test(this.source.slice(this.at, this.at + 3))) {
        lookaround = true;
        this.at += this.source[this.at + 1] === '<' ? 3 : 2;
      } else if (this.source.startsWith('?<', this.at)) {
        this.at = this.source.indexOf('>', this.at) + 1;
      }
      const alternatives = this.alternatives();
      if (this.source[this.at] !== ')') throw new Error('unbalanced');
      this.at += 1;
      // Lookarounds match no text: they require nothing that can be searched for.
      return lookaround ? { kind: 'other' } : { kind: 'group', alternatives };
    }
    if (char === '[') {
      // Skip the class, honouring escapes and a leading ']'.
      this.at += 1;
      if (this.source[this.at] === '^') this.at += 1;
      if (this.source[this.at] === ']') this.at += 1;
      while (this.at < this.source.length && this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
      this.at += 1;
      return { kind: 'other' };
    }
    if (char === '\\') {
      const next = this.source[this.at + 1] ?? '';
      this.at += 2;
      if (next === 'p' || next === 'P' || next === 'k') {
        if (this.source[this.at] === '{' || this.source[this.at] === '<') this.at = this.source.indexOf(next === 'k' ? '>' : '}', this.at) + 1;
        return { kind: 'other' };
      }
      if (next === 'u' || next === 'x') return { kind: 'other' };
      return LITERAL_ESCAPE.test(next) ? { kind: 'char', char: next } : { kind: 'other' };
    }
    this.at += 1;
    if (char === '.' || char === '^' || char === '$') return { kind: 'other' };
    return { kind: 'char', char };
  }

  private quantifier(): [number, number] {
    const char = this.source[this.at];
    let range: [number, number] = [1, 1];
    if (char === '?') range = [0, 1];
    else if (char === '*') range = [0, Infinity];
    else if (char === '+') range = [1, Infinity];
    else if (char === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) return range;
      this.at += m[0].length;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      if (this.source[this.at] === '?') this.at += 1;
      return [min, max];
    } else return range;
    this.at += 1;
    if (this.source[this.at] === '?') this.at += 1; // lazy
    return range;
  }
}

/** Single letters occur in nearly every sentence and filter nothing; two letters ("no", "it") already do. */
const MIN_WORD = 2;

/** How many words a need looks up. */
function size(need: Need): number {
  if ('word' in need) return 1;
  return ('all' in need ? need.all : need.any).reduce((sum, n) => sum + size(n), 0);
}

/** A sequence needs all its pieces; the cheapest to look up come first, so a miss stops early. */
function allOf(needs: Need[]): Need | null {
  if (!needs.length) return null;
  return needs.length === 1 ? needs[0]! : { all: [...needs].sort((a, b) => size(a) - size(b)) };
}

/** Every piece of a sequence must be there: each literal run and each required group. */
function sequenceNeed(nodes: Node[]): Need | null {
  const needs: Need[] = [];
  let run = '';
  const flush = () => {
    if (run.length >= MIN_WORD) needs.push({ word: run, key: wordKey(run) });
    run = '';
  };
  for (const node of nodes) {
    if (node.kind === 'char' && node.min === 1 && node.max === 1) {
      run += node.char;
      continue;
    }
    // A literal repeated at least once still contains the literal once.
    if (node.kind === 'char' && node.min >= 1) {
      run += node.char;
      flush();
      continue;
    }
    flush();
    if (node.kind === 'group' && node.min >= 1) {
      const need = alternativesNeed(node.alternatives);
      if (need) needs.push(need);
    }
  }
  flush();
  return allOf(needs);
}

/** One of the alternatives must be there; an alternative that needs nothing makes the whole need nothing. */
function alternativesNeed(alternatives: Node[][]): Need | null {
  const needs: Need[] = [];
  for (const alternative of alternatives) {
    const need = sequenceNeed(alternative);
    if (!need) return null;
    needs.push(need);
  }
  return needs.length === 1 ? needs[0]! : { any: needs };
}

function lowerCased(need: Need): Need {
  if ('word' in need) return { word: need.word.toLowerCase(), key: need.key };
  if ('all' in need) return { all: need.all.map(lowerCased) };
  return { any: need.any.map(lowerCased) };
}

/**
 * What every match of `source` contains (words lower-cased when the pattern ignores case), or
 * null when the pattern names nothing worth searching for.
 */
export function patternNeed(source: string, ignoreCase: boolean): Need | null {
  let need: Need | null;
  try {
    need = alternativesNeed(new Parser(source).parse());
  } catch {
    return null;
  }
  return need && ignoreCase ? lowerCased(need) : need;
}
