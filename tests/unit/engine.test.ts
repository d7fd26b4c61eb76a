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
};

/** Stand-ins that flag the same words ("we cannot do that"): two of one category, one of another. */
const sameWords = (id: string, category: Rule['category'], rewrites: string[]): Rule => ({
  id, category, guidance: 'stay-positive', description: 'test rule',
  en: { patterns: [{ re: /\bwe\s+cannot\s+do\s+that\b/ }], message: id, explanation: 'e', rewrite: () => rewrites },
});
const closedDoor = sameWords('test-closed-door', 'negative-phrasing', ['let me see what we can do', 'here is what I can do']);
const unableTo = sameWords('test-unable-to', 'negative-phrasing', ['here is what I can do', 'I can offer another way', 'a fourth rewrite']);
const snapping = sameWords('test-snapping', 'hostility', ['let me look at it']);

vi.mock('../../src/rules/index', () => ({ RULES: [refusal, closedDoor, unableTo, snapping] }));

const { checkReply, clearCheckCaches } = await import('../../src/engine/check');
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

describe('remembered sentences', () => {
  const lines = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => (i % 7 === 0 ? `Order ${from + i}: we don't ship there.` : `Order ${from + i} is on its way.`)).join('\n');

  it('keeps every finding when the cache fills up in the middle of a long session', () => {
    // 6,000 different sentences: more than the cache holds, so it is cleared during the second check.
    const first = lines(0, 3_000);
    const both = `${first}\n${lines(3_000, 3_000)}`;
    checkReply(first, { lang: 'en' });
    const afterLongSession = checkReply(both, { lang: 'en' }).findings.length;
    clearCheckCaches();
    const fresh = checkReply(both, { lang: 'en' }).findings.length;
    expect(fresh).toBe(Math.ceil(6_000 / 7));
    expect(afterLongSession).toBe(fresh);
  });
});

describe('one finding per category and words', () => {
  it('reports words that two rules of one category flag once: the first rule, then the other rewrites, at most three', () => {
    const findings = checkReply('Sorry, we cannot do that.', { lang: 'en' }).findings;
    const refusals = findings.filter((f) => f.category === 'negative-phrasing');
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ ruleId: 'test-closed-door', excerpt: 'we cannot do that' });
    expect(refusals[0]!.suggestions).toEqual(['let me see what we can do', 'here is what I can do', 'I can offer another way']);
    // Another category on the same words stays a finding of its own.
    expect(findings.filter((f) => f.category === 'hostility').map((f) => f.ruleId)).toEqual(['test-snapping']);
  });

  it("keeps one category's findings on different words apart", () => {
    const refusals = checkReply('We cannot do that. Really, we cannot do that.', { lang: 'en' }).findings.filter((f) => f.category === 'negative-phrasing');
    expect(refusals.map((f) => [f.ruleId, f.start])).toEqual([['test-closed-door', 0], ['test-closed-door', 27]]);
  });
});
