// The word prefilter may only skip work, never a finding: for every rule pattern and every text
// we have (rule examples, dev and held-out sets), a match implies the prefilter let the text through.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayMatch, requiredWords, wordSearch } from '../../src/engine/prefilter';
import { unicodeWordEdges } from '../../src/engine/regex';
import { RULES } from '../../src/rules/index';

describe('requiredWords', () => {
  it('names the words a pattern cannot match without', () => {
    expect(requiredWords(String.raw`\b(?:please|kindly)\s+be\s+advised\b`, true)).toEqual(['advised']);
    expect(requiredWords(String.raw`(?:calm|settle)\s+down`, true)).toEqual(['calm', 'settle']);
    expect(requiredWords(String.raw`\bno\s+(?:need|reason)\s+to`, true)).toEqual(['need', 'reason']);
    expect(requiredWords(String.raw`Beruhigen\s+Sie`, false)).toEqual(['Beruhigen']);
  });

  it('gives up (always run) on optional or unknown parts', () => {
    expect(requiredWords(String.raw`(?:foo)?\s+[a-z]+`, true)).toBeNull();
    expect(requiredWords(String.raw`(?:sorry|\w+)\s+x`, true)).toBeNull();
    expect(requiredWords(String.raw`a|bc`, true)).toBeNull();
    expect(requiredWords('(unbalanced', true)).toBeNull();
  });
});

const texts: string[] = [];
for (const rule of RULES) {
  for (const lang of ['en', 'de'] as const) {
    texts.push(...rule.examples[lang].valid, ...rule.examples[lang].invalid.map((e) => e.text.replace(/\[\[|\]\]/g, '')));
  }
}
for (const file of ['replies.en', 'replies.de', 'holdout.en', 'holdout.de']) {
  const lines = readFileSync(join(__dirname, '..', 'eval', `${file}.jsonl`), 'utf8').split('\n').filter(Boolean);
  texts.push(...lines.map((line) => (JSON.parse(line) as { text: string }).text));
}

describe('prefilter never hides a match', () => {
  for (const rule of RULES) {
    it(rule.id, () => {
      for (const lang of ['en', 'de'] as const) {
        for (const pattern of rule[lang]?.patterns ?? []) {
          const re = new RegExp(unicodeWordEdges(pattern.re.source), pattern.caseSensitive ? 'mu' : 'imu');
          const words = wordSearch(requiredWords(pattern.re.source, !pattern.caseSensitive));
          for (const text of texts) {
            if (re.test(text)) expect(mayMatch(words, pattern.caseSensitive ? text : text.toLowerCase()), `${pattern.re.source} on ${text}`).toBe(true);
          }
        }
      }
    });
  }
});
