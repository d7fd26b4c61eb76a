// Which sentences hold which of the words the rules' patterns need (see prefilter.ts). A check
// runs hundreds of patterns; asking each of them to search the reply for its words would cost
// more than running most of them. Instead every word any rule needs goes into one dictionary
// (an Aho-Corasick automaton, built once), and one pass over the lower-cased sentences finds all
// of them at once. A pattern then runs only on the sentences that hold what it needs.

/** Every word a pattern may need gets one number (its lower-cased form), shared by all patterns naming it. */
const wordKeys = new Map<string, number>();
const wordsByKey: string[] = [];

/** The number of a word (lower-cased first), registered on first use. */
export function wordKey(word: string): number {
  const lower = word.toLowerCase();
  let key = wordKeys.get(lower);
  if (key === undefined) {
    key = wordsByKey.length;
    wordKeys.set(lower, key);
    wordsByKey.push(lower);
  }
  return key;
}

/**
 * Aho-Corasick automaton over every word registered when it was built, as a full transition
 * table over the letters the words use: one table read per character of the text, and any
 * character no word uses (spaces, most punctuation) sends it straight back to the start.
 */
export class Dictionary {
  /** Words 0 … size-1 are in it; words registered later are searched for one by one. */
  readonly size: number;
  /** UTF-16 code unit → letter number (0: used by no word). */
  private readonly letters = new Uint8Array(65_536);
  private readonly letterCount: number;
  /** state * letterCount + letter → next state. */
  private readonly moves: Uint16Array | Int32Array;
  /** Per state: the words that end there, its own and those of its suffixes. */
  private readonly ends: number[][];

  constructor() {
    this.size = wordsByKey.length;
    let letterCount = 1;
    for (let key = 0; key < this.size; key += 1) {
      const word = wordsByKey[key]!;
      for (let at = 0; at < word.length; at += 1) {
        const code = word.charCodeAt(at);
        // More than 254 different letters would overflow a byte: fold the rest into one (over-reports, never misses).
        if (!this.letters[code]) this.letters[code] = letterCount < 255 ? letterCount++ : 254;
      }
    }
    this.letterCount = letterCount;

    // The trie: edges per state, each word's end marked.
    const edges: Array<Map<number, number>> = [new Map()];
    const ends: number[][] = [[]];
    for (let key = 0; key < this.size; key += 1) {
      const word = wordsByKey[key]!;
      let state = 0;
      for (let at = 0; at < word.length; at += 1) {
        const letter = this.letters[word.charCodeAt(at)]!;
        let next = edges[state]!.get(letter);
        if (next === undefined) {
          next = edges.length;
          edges[state]!.set(letter, next);
          edges.push(new Map());
          ends.push([]);
        }
        state = next;
      }
      ends[state]!.push(key);
    }

    // Breadth first: a missing move goes where the longest suffix of the state's text would go.
    const moves = edges.length < 65_536 ? new Uint16Array(edges.length * letterCount) : new Int32Array(edges.length * letterCount);
    const fail = new Int32Array(edges.length);
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head]!;
      for (let letter = 1; letter < letterCount; letter += 1) {
        const next = edges[state]!.get(letter);
        if (next === undefined) {
          moves[state * letterCount + letter] = state ? moves[fail[state]! * letterCount + letter]! : 0;
          continue;
        }
        moves[state * letterCount + letter] = next;
        fail[next] = state ? moves[fail[state]! * letterCount + letter]! : 0;
        if (ends[fail[next]!]!.length) ends[next] = [...ends[next]!, ...ends[fail[next]!]!];
        queue.push(next);
      }
    }
    this.moves = moves;
    this.ends = ends;
  }

  /** Marks in `found[key]` (with `bit`) every dictionary word that occurs in `lower`; a word found for the first time goes on `present`. */
  scan(lower: string, bit: number, found: Int32Array, present: number[]): void {
    const { letters, moves, ends, letterCount } = this;
    let state = 0;
    for (let at = 0; at < lower.length; at += 1) {
      const letter = letters[lower.charCodeAt(at)]!;
      state = letter ? moves[state * letterCount + letter]! : 0;
      if (state) {
        const here = ends[state]!;
        for (let i = 0; i < here.length; i += 1) {
          const key = here[i]!;
          if (!found[key]) present.push(key);
          found[key]! |= bit;
        }
      }
    }
  }
}

/** What a pattern needs: a word, all of several needs, or any of several. */
export type Need = WordNeed | { all: Need[] } | { any: Need[] };
export interface WordNeed {
  /** As written in the pattern (compared exactly for case-sensitive patterns). */
  word: string;
  key: number;
}

/**
 * A need as a flat program, so asking a sheet for it walks one array instead of a tree of objects
 * (hundreds of needs are asked per sheet). A word is [0, key]; all of / any of is [1 or 2, end]
 * followed by its parts, `end` being where the next part of its parent starts. Parts of all-of
 * come cheapest first (prefilter.ts), and asking stops at the first one no sentence holds.
 * Case-insensitive needs only: case-sensitive words are compared exactly, one by one.
 */
export type NeedProgram = Int32Array;
const OP_WORD = 0;
const OP_ALL = 1;
const OP_ANY = 2;

export function needProgram(need: Need): NeedProgram {
  const out: number[] = [];
  const emit = (n: Need): void => {
    if ('word' in n) {
      out.push(OP_WORD, n.key);
      return;
    }
    const at = out.length;
    out.push('all' in n ? OP_ALL : OP_ANY, 0);
    for (const part of 'all' in n ? n.all : n.any) emit(part);
    out[at + 1] = out.length;
  };
  emit(need);
  return Int32Array.from(out);
}

/** Up to this many sentences per index: a set of them is one 32-bit number (bit i = sentence i). */
export const INDEX_SIZE = 32;

/** Which of up to 32 sentences hold which words: one dictionary pass, then asked for each pattern's need. */
export class WordIndex {
  private readonly lowers: string[];
  /** The dictionary words found in any of the sentences (each once). */
  readonly present: number[] = [];
  /** Per word key: the sentences (as bits) holding the word, case-insensitively. */
  private readonly found: Int32Array;
  /** Words the dictionary does not know (registered after it was built), looked up one by one. */
  private readonly extra = new Map<number, number>();
  /** Case-sensitive words, checked exactly in the sentences that hold them in any case. */
  private readonly exact = new Map<string, number>();

  constructor(
    private readonly texts: string[],
    private readonly dictionary: Dictionary,
  ) {
    if (texts.length > INDEX_SIZE) throw new RangeError(`at most ${INDEX_SIZE} sentences per index`);
    this.lowers = texts.map((text) => text.toLowerCase());
    this.found = new Int32Array(dictionary.size);
    this.lowers.forEach((lower, sentence) => dictionary.scan(lower, 1 << sentence, this.found, this.present));
  }

  /** The sentences (as bits) that hold what `need` asks for; `caseSensitive` compares words exactly. */
  sentencesFor(need: Need, caseSensitive: boolean): number {
    if ('word' in need) return caseSensitive ? this.sentencesWithExactly(need) : this.sentencesWith(need.key);
    let found: number;
    if ('any' in need) {
      found = 0;
      for (const n of need.any) found |= this.sentencesFor(n, caseSensitive);
    } else {
      found = -1;
      for (const n of need.all) if (!(found &= this.sentencesFor(n, caseSensitive))) break;
    }
    return found;
  }

  /** Like `sentencesFor`, for a case-insensitive need compiled by `needProgram`. */
  sentencesForProgram(program: NeedProgram, at = 0): number {
    const op = program[at]!;
    if (op === OP_WORD) {
      const key = program[at + 1]!;
      return key < this.dictionary.size ? this.found[key]! : this.sentencesWith(key);
    }
    const end = program[at + 1]!;
    let found = op === OP_ALL ? -1 : 0;
    for (let part = at + 2; part < end; part = program[part] === OP_WORD ? part + 2 : program[part + 1]!) {
      if (op === OP_ALL) {
        found &= this.sentencesForProgram(program, part);
        if (!found) return 0;
      } else found |= this.sentencesForProgram(program, part);
    }
    return found;
  }

  private sentencesWith(key: number): number {
    if (key < this.dictionary.size) return this.found[key]!;
    let found = this.extra.get(key);
    if (found === undefined) {
      found = this.matching(this.lowers, wordsByKey[key]!, -1);
      this.extra.set(key, found);
    }
    return found;
  }

  private sentencesWithExactly({ word, key }: WordNeed): number {
    const anyCase = this.sentencesWith(key);
    if (!anyCase) return 0;
    let found = this.exact.get(word);
    if (found === undefined) {
      found = this.matching(this.texts, word, anyCase);
      this.exact.set(word, found);
    }
    return found;
  }

  /** The sentences among `among` (as bits) whose text includes `word`. */
  private matching(texts: string[], word: string, among: number): number {
    let found = 0;
    texts.forEach((text, index) => {
      if (among & (1 << index) && text.includes(word)) found |= 1 << index;
    });
    return found;
  }
}

/** The sentence numbers in a set of sentences, ascending. */
export function* sentencesIn(set: number): Generator<number> {
  for (let rest = set; rest; rest &= rest - 1) yield 31 - Math.clz32(rest & -rest);
}
