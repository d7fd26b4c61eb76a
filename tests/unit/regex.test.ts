import { describe, expect, it } from 'vitest';
import { boundWhitespaceRuns, engineSource, MAX_SPACE_RUN } from '../../src/engine/regex';
import { checkReply } from '../../src/engine/check';

describe('boundWhitespaceRuns: patterns read at most a short run of spaces', () => {
  it('caps \\s+ and \\s* outside character classes and keeps a lazy ?', () => {
    expect(boundWhitespaceRuns(String.raw`sorry\s*,?\s+but\s+?x`)).toBe(
      String.raw`sorry\s{0,${MAX_SPACE_RUN}},?\s{1,${MAX_SPACE_RUN}}but\s{1,${MAX_SPACE_RUN}}?x`,
    );
  });

  it('leaves classes, escaped backslashes and already bounded runs alone', () => {
    for (const source of [String.raw`[\s+]a`, String.raw`\\s+`, String.raw`\s{1,3}`, String.raw`\S+`, String.raw`[^\s,]*x`]) {
      expect(boundWhitespaceRuns(source)).toBe(source);
    }
  });

  it('still matches the wording agents write, with a few spaces or a line break', () => {
    const re = new RegExp(engineSource(String.raw`\bsorry\s*,?\s*but\b`), 'iu');
    expect(re.test('Sorry,  but no.')).toBe(true);
    expect(re.test('sorry\n but')).toBe(true);
  });
});

describe('a reply with a pasted run of spaces', () => {
  it('is still checked, and the wording after the run is still found', () => {
    const text = `Hello,${' '.repeat(5_000)}calm down, it is not a big deal.`;
    const findings = checkReply(text, { lang: 'en' }).findings;
    expect(findings.map((f) => f.excerpt.toLowerCase())).toContain('calm down');
  });
});
