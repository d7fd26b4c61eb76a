// The word index decides which sentences a pattern runs on, so a word it fails to report is a
// finding lost. These tests hold its dictionary pass to plain substring search.
import { describe, expect, it } from 'vitest';
import { patternNeed } from '../../src/engine/prefilter';
import { Dictionary, sentencesIn, WordIndex, wordKey, type Need } from '../../src/engine/word-index';

const sentences = (set: number) => [...sentencesIn(set)];

describe('WordIndex', () => {
  const calmDown = patternNeed(String.raw`\b(?:calm|settle)\s+down\b`, true)!;
  const settle = patternNeed(String.raw`\bsettle\b`, true)!;
  const anyOf = patternNeed('(?:calm|nothing|today)', true)!;
  const beruhigenExact = patternNeed(String.raw`Beruhigen\s+Sie`, false)!;
  const beruhigenLower = patternNeed(String.raw`beruhigen\s+sie`, false)!;
  const beruhigenAnyCase = patternNeed(String.raw`beruhigen\s+sie`, true)!;
  const dictionary = new Dictionary();
  const index = new WordIndex(['Please calm down.', 'We will settle it today.', 'Beruhigen Sie sich.', 'Nothing to see'], dictionary);

  it('names the sentences that hold what a pattern needs', () => {
    expect(sentences(index.sentencesFor(calmDown, false))).toEqual([0]);
    expect(sentences(index.sentencesFor(settle, false))).toEqual([1]);
    expect(sentences(index.sentencesFor(anyOf, false))).toEqual([0, 1, 3]);
  });

  it('compares words exactly for case-sensitive patterns', () => {
    expect(sentences(index.sentencesFor(beruhigenExact, true))).toEqual([2]);
    expect(index.sentencesFor(beruhigenLower, true)).toBe(0);
    expect(sentences(index.sentencesFor(beruhigenAnyCase, false))).toEqual([2]);
  });

  it('finds words registered after the dictionary was built, one by one', () => {
    const late = patternNeed(String.raw`\bsee\b`, true)!;
    expect(sentences(new WordIndex(['nothing to see', 'seen it'], dictionary).sentencesFor(late, false))).toEqual([0, 1]);
  });

  it('holds at most 32 sentences, so a set of them is one number', () => {
    const many = Array.from({ length: 32 }, (_, i) => `sentence ${i} calm`);
    expect(sentences(new WordIndex(many, dictionary).sentencesFor(calmDown, false))).toEqual([]);
    expect(sentences(new WordIndex(many, dictionary).sentencesFor(anyOf, false))).toHaveLength(32);
    expect(() => new WordIndex([...many, 'one more'], dictionary)).toThrow(RangeError);
  });
});

describe('Dictionary', () => {
  // Words that overlap, nest and share suffixes: the cases where an automaton's links go wrong.
  const words = ['she', 'he', 'hers', 'his', 'ushers', 'sorry', 'sorrow', 'rows', 'owsx', 'abcab', 'bca', 'cabd', 'e-mail', 'don', 'über', 'grüße'];
  const needs: Need[] = words.map((word) => ({ word, key: wordKey(word) }));
  const dictionary = new Dictionary();
  const texts = [
    'ushers and his sorrows', 'abcabd', 'sorry, she said', 'send an e-mail', "don't", 'über alles, grüße', 'nothing here',
    'xxabcabcabdxx', 'SORRY SHE', 'emoji 🙂 sorrow 🙂he', 'rowsorrowsx', 'hhhhhers',
  ];
  const index = new WordIndex(texts, dictionary);

  it('reports exactly the sentences that include each word', () => {
    for (const need of needs) {
      const word = (need as { word: string }).word;
      const expected = texts.flatMap((text, i) => (text.toLowerCase().includes(word) ? [i] : []));
      expect(sentences(index.sentencesFor(need, false)), word).toEqual(expected);
    }
  });
});
