// A cheap first look before a pattern runs: the words at least one of which must appear in the
// text for the pattern to be able to match at all. Derived once from the pattern's own source,
// so no rule has to declare it. A reply is re-checked on every pause in typing and most patterns
// have none of their words in it: those are skipped with a substring search instead of a regex scan.
//
// The analysis is deliberately conservative: whatever it does not understand counts as "no
// requirement", which only costs speed, never a finding. A unit test runs every rule's examples
// and the eval sets through both paths to hold it to that.

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

/** Strings at least one of which every match contains, or null when none can be named. */
type Requirement = string[] | null;

function shortest(requirement: string[]): number {
  return Math.min(...requirement.map((word) => word.length));
}

function sequenceRequirement(nodes: Node[]): Requirement {
  const candidates: string[][] = [];
  let run = '';
  const flush = () => {
    if (run) candidates.push([run]);
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
      const requirement = alternativesRequirement(node.alternatives);
      if (requirement) candidates.push(requirement);
    }
  }
  flush();
  if (!candidates.length) return null;
  // The most selective: the one whose shortest word is longest.
  return candidates.reduce((best, next) => (shortest(next) > shortest(best) ? next : best));
}

function alternativesRequirement(alternatives: Node[][]): Requirement {
  const words: string[] = [];
  for (const alternative of alternatives) {
    const requirement = sequenceRequirement(alternative);
    if (!requirement) return null;
    words.push(...requirement);
  }
  return [...new Set(words)];
}

/**
 * The words (lower-cased when the pattern ignores case) at least one of which must occur for
 * `source` to match; null when the pattern names none that are worth searching for.
 */
export function requiredWords(source: string, ignoreCase: boolean): string[] | null {
  let requirement: Requirement;
  try {
    requirement = alternativesRequirement(new Parser(source).parse());
  } catch {
    return null;
  }
  // Single letters are found in every reply: searching for them saves nothing.
  if (!requirement || shortest(requirement) < 3) return null;
  return ignoreCase ? [...new Set(requirement.map((word) => word.toLowerCase()))] : requirement;
}

/** One search for all of a pattern's words (V8 scans a plain alternation of literals quickly). */
export function wordSearch(words: string[] | null): RegExp | null {
  return words && new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'u');
}

/** True when `text` (already lower-cased for case-insensitive patterns) may hold a match. */
export function mayMatch(search: RegExp | null, text: string): boolean {
  return !search || search.test(text);
}
