// Runs every rule's own examples (ESLint RuleTester / LanguageTool <example> style):
// valid texts give no finding of that rule; invalid texts give exactly the marked span,
// the first rewrite produces the expected text, and the rewritten text no longer triggers the rule.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applySuggestion, checkReply } from '../../src/engine/check';
import type { Language, Rule } from '../../src/engine/types';
import { RULES } from '../../src/rules/index';
import { GUIDANCE } from '../../src/guidance/catalogue';

const rulesDir = join(dirname(fileURLToPath(import.meta.url)), '../../src/rules');

function parseMarked(marked: string): { text: string; start: number; end: number } {
  const start = marked.indexOf('[[');
  const end = marked.indexOf(']]');
  if (start < 0 || end < start) throw new Error(`example lacks a [[marked]] span: ${marked}`);
  const text = marked.slice(0, start) + marked.slice(start + 2, end) + marked.slice(end + 2);
  return { text, start, end: end - 2 };
}

const findingsOf = (rule: Rule, text: string, lang: Language) =>
  checkReply(text, { lang }).findings.filter((f) => f.ruleId === rule.id);

describe('rule index', () => {
  it('lists every rule file exactly once, under its file name', () => {
    const files = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    expect(RULES.map((r) => r.id).sort()).toEqual(files.sort());
  });
});

for (const rule of RULES) {
  describe(`rule ${rule.id}`, () => {
    it('cites guidance that exists in the catalogue', () => {
      expect(Object.keys(GUIDANCE)).toContain(rule.guidance);
    });

    for (const lang of ['en', 'de'] as const) {
      const examples = rule.examples[lang];
      it(`has ${lang} patterns and at least 3 valid and 3 invalid ${lang} examples`, () => {
        expect(rule[lang]).toBeDefined();
        expect(examples.valid.length).toBeGreaterThanOrEqual(3);
        expect(examples.invalid.length).toBeGreaterThanOrEqual(3);
      });

      for (const valid of examples.valid) {
        it(`[${lang}] stays silent on: ${valid}`, () => {
          expect(findingsOf(rule, valid, lang).map((f) => f.excerpt)).toEqual([]);
        });
      }

      for (const invalid of examples.invalid) {
        it(`[${lang}] flags: ${invalid.text}`, () => {
          const { text, start, end } = parseMarked(invalid.text);
          const findings = findingsOf(rule, text, lang);
          expect(findings.map((f) => [f.start, f.end, f.excerpt])).toEqual([[start, end, text.slice(start, end)]]);
          const finding = findings[0]!;
          expect(finding.message).not.toBe('');
          expect(finding.suggestions.length).toBeGreaterThan(0);
          const rewritten = applySuggestion(text, finding, finding.suggestions[0]!);
          expect(rewritten).toBe(invalid.rewrite);
          expect(findingsOf(rule, rewritten, lang)).toEqual([]);
        });
      }
    }
  });
}
