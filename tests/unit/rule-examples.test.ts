// Runs every rule's own examples (ESLint RuleTester / LanguageTool <example> style):
// valid texts give no finding of that rule; invalid texts give exactly the marked span,
// the first rewrite produces the expected text, and the rewritten text no longer triggers the rule.
// Commitment rules are the exception: a promise is not a fault but a reminder (see below).
import { describe, expect, it } from 'vitest';
import { applySuggestion, checkReply } from '../../src/engine/check';
import { extractCommitments } from '../../src/engine/commitments';
import type { Language, Rule } from '../../src/engine/types';
import { RULES } from '../../src/rules/index';
import { GUIDANCE } from '../../src/guidance/catalogue';
import { examplesOf, RULE_FILES } from './support/rule-examples';

function parseMarked(marked: string): { text: string; start: number; end: number } {
  const start = marked.indexOf('[[');
  const end = marked.indexOf(']]');
  if (start < 0 || end < start) throw new Error(`example lacks a [[marked]] span: ${marked}`);
  const text = marked.slice(0, start) + marked.slice(start + 2, end) + marked.slice(end + 2);
  return { text, start, end: end - 2 };
}

// Each rule is checked alone: where two rules of one category flag the same words, the engine
// reports one finding (engine.test.ts), and a rule's examples must hold whichever rule reports it.
const othersThan = new Map(RULES.map((rule) => [rule.id, RULES.map((r) => r.id).filter((id) => id !== rule.id)]));
const findingsOf = (rule: Rule, text: string, lang: Language, customer?: string) =>
  checkReply(text, { lang, customer, settings: { disabledRules: othersThan.get(rule.id)! } }).findings.filter((f) => f.ruleId === rule.id);

describe('rule index', () => {
  it('lists every rule file exactly once, under its file name', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...RULE_FILES].sort());
  });
});

for (const rule of RULES) {
  describe(`rule ${rule.id}`, () => {
    it('cites guidance that exists in the catalogue', () => {
      expect(Object.keys(GUIDANCE)).toContain(rule.guidance);
    });

    for (const lang of ['en', 'de'] as const) {
      const examples = examplesOf(rule.id)[lang];
      it(`has ${lang} patterns and at least 3 valid and 3 invalid ${lang} examples`, () => {
        expect(rule[lang]).toBeDefined();
        expect(examples.valid.length).toBeGreaterThanOrEqual(3);
        expect(examples.invalid.length).toBeGreaterThanOrEqual(3);
      });

      for (const valid of examples.valid) {
        it(`[${lang}] stays silent on: ${valid}`, () => {
          expect(findingsOf(rule, valid, lang, examples.customer).map((f) => f.excerpt)).toEqual([]);
        });
      }

      for (const invalid of examples.invalid) {
        if (rule.category === 'commitment') {
          // A promise to follow up is not a fault: it becomes a reminder, so applying a rewrite must
          // NOT silence the rule. Instead: the span is exact; a promise without a date offers a concrete
          // rewrite that gives `rewrite`; a dated one offers none (`rewrite` is the text unchanged); and
          // either way the final text holds a commitment with a due date.
          it(`[${lang}] marks the promise: ${invalid.text}`, () => {
            const { text, start, end } = parseMarked(invalid.text);
            const now = new Date(2026, 10, 25, 10, 0);
            const findings = findingsOf(rule, text, lang);
            expect(findings.map((f) => [f.start, f.end, f.excerpt])).toEqual([[start, end, text.slice(start, end)]]);
            const finding = findings[0]!;
            expect(finding.message).not.toBe('');
            const dated = checkReply(text, { lang, now }).commitments.some((c) => c.start === start && c.end === end && c.due);
            if (!dated) expect(finding.suggestions.length).toBeGreaterThan(0);
            const rewritten = finding.suggestions.length ? applySuggestion(text, finding, finding.suggestions[0]!) : text;
            expect(rewritten).toBe(invalid.rewrite);
            expect(extractCommitments(rewritten, now, lang).filter((c) => c.due)).toHaveLength(1);
            expect(findingsOf(rule, rewritten, lang)).toHaveLength(1);
          });
          continue;
        }
        it(`[${lang}] flags: ${invalid.text}`, () => {
          const { text, start, end } = parseMarked(invalid.text);
          const findings = findingsOf(rule, text, lang, examples.customer);
          expect(findings.map((f) => [f.start, f.end, f.excerpt])).toEqual([[start, end, text.slice(start, end)]]);
          const finding = findings[0]!;
          expect(finding.message).not.toBe('');
          expect(finding.suggestions.length).toBeGreaterThan(0);
          const rewritten = applySuggestion(text, finding, finding.suggestions[0]!);
          expect(rewritten).toBe(invalid.rewrite);
          expect(findingsOf(rule, rewritten, lang, examples.customer)).toEqual([]);
        });
      }
    }
  });
}
