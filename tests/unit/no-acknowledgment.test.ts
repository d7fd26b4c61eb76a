// Runs no-acknowledgment's examples with a hand-made customer analysis (anger 2).
// TEMPORARY until checkReply analyses `options.customer` (analyzeCustomer, another branch): then
// rule-examples.test.ts runs these examples through checkReply itself and this harness can go.
// The harness mirrors checkReply's whole-reply path: sentences, register, detectReply, rewrite.
import { describe, expect, it } from 'vitest';
import { applySuggestion } from '../../src/engine/check';
import { detectRegister } from '../../src/engine/language';
import { capitalizeFirst, splitSentences } from '../../src/engine/text';
import type { CustomerAnalysis, Language } from '../../src/engine/types';
import { noAcknowledgment } from '../../src/rules/no-acknowledgment';

const customer = (anger: CustomerAnalysis['anger'], language: Language): CustomerAnalysis => ({ language, anger, signals: anger >= 2 ? ['customer-anger'] : [], evidence: [] });

function check(text: string, language: Language, analysis?: CustomerAnalysis) {
  const ruleLang = noAcknowledgment[language]!;
  const sentences = splitSentences(text, language);
  const register = detectRegister(text, language);
  const spans = ruleLang.detectReply!({ text, sentences, language, register, customer: analysis });
  return spans.map((span) => {
    const sentence = sentences.find((s) => span.start >= s.start && span.start < s.start + s.text.length)!;
    const match = text.slice(span.start, span.end);
    const atSentenceStart = span.start === sentence.start;
    const raw = ruleLang.rewrite({ match, groups: {}, sentence: sentence.text, atSentenceStart, register, language });
    return { ...span, excerpt: match, suggestions: atSentenceStart ? raw.map(capitalizeFirst) : raw };
  });
}

function parseMarked(marked: string) {
  const start = marked.indexOf('[[');
  const end = marked.indexOf(']]') - 2;
  return { text: marked.replace('[[', '').replace(']]', ''), start, end };
}

for (const language of ['en', 'de'] as const) {
  const examples = noAcknowledgment.examples[language];
  describe(`no-acknowledgment [${language}] with an angry customer`, () => {
    it('has an example customer message', () => {
      expect(examples.customer).toBeTruthy();
    });
    for (const valid of examples.valid) {
      it(`stays silent on: ${valid}`, () => {
        expect(check(valid, language, customer(2, language))).toEqual([]);
      });
    }
    for (const invalid of examples.invalid) {
      it(`flags: ${invalid.text}`, () => {
        const { text, start, end } = parseMarked(invalid.text);
        const found = check(text, language, customer(2, language));
        expect(found.map((f) => [f.start, f.end])).toEqual([[start, end]]);
        const rewritten = applySuggestion(text, found[0]!, found[0]!.suggestions[0]!);
        expect(rewritten).toBe(invalid.rewrite);
        expect(check(rewritten, language, customer(3, language))).toEqual([]);
      });
      it(`stays silent without an upset customer: ${invalid.text}`, () => {
        const { text } = parseMarked(invalid.text);
        expect(check(text, language)).toEqual([]);
        expect(check(text, language, customer(1, language))).toEqual([]);
      });
    }
  });
}
