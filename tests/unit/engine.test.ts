// Engine behaviour that no single rule owns, checked with a stand-in rule set.
import { describe, expect, it, vi } from 'vitest';
import type { Rule } from '../../src/engine/types';

const refusal: Rule = {
  id: 'test-refusal',
  category: 'negative-phrasing',
  guidance: 'stay-positive',
  description: 'test rule',
  en: {
    patterns: [{ re: /\bwe\s+don't\s+ship\s+there\b/, unless: /\bbut\b/, unlessNext: /^(?:but|however|instead)\b/ }],
    message: 'm',
    explanation: 'e',
    rewrite: () => ['we ship elsewhere'],
  },
  examples: { en: { valid: [], invalid: [] }, de: { valid: [], invalid: [] } },
};

vi.mock('../../src/rules/index', () => ({ RULES: [refusal] }));

const { checkReply } = await import('../../src/engine/check');
const ids = (text: string) => checkReply(text, { lang: 'en' }).findings.map((f) => f.excerpt);

describe('pattern.unlessNext', () => {
  it('silences a match when the next sentence matches', () => {
    expect(ids("We don't ship there. But I can send it to a pickup point.")).toEqual([]);
    expect(ids("We don't ship there.\nInstead, I can send it to a pickup point.")).toEqual([]);
  });

  it('keeps the match when the next sentence does not match or there is none', () => {
    expect(ids("We don't ship there. The rules are strict.")).toEqual(["We don't ship there"]);
    expect(ids("Sorry, we don't ship there.")).toEqual(["we don't ship there"]);
  });

  it('only looks at the sentence right after the match', () => {
    expect(ids("We don't ship there. Sorry. But I can send it to a pickup point.")).toEqual(["We don't ship there"]);
  });

  it('still honours unless on the match sentence', () => {
    expect(ids("We don't ship there, but I can send it to a pickup point.")).toEqual([]);
  });
});
