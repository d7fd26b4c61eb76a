// Team phrases from the settings run through the engine as plain phrases with word edges.
import { describe, expect, it } from 'vitest';
import { checkReply } from '../../src/engine/check';
import type { EngineSettings } from '../../src/engine/types';

const settings: EngineSettings = {
  teamPhrases: [
    { phrase: 'hold the line', category: 'robotic', suggestion: 'one moment, please' },
    { phrase: "can't help (sorry)", category: 'negative-phrasing', severity: 'error' },
    { phrase: 'Kulanz', category: 'overpromise', language: 'de' },
  ],
};
const team = (text: string, lang: 'en' | 'de' = 'en') =>
  checkReply(text, { lang, settings }).findings.filter((f) => f.ruleId === 'team-phrase').map((f) => [f.excerpt, f.category, f.severity, f.suggestions]);

describe('team phrases', () => {
  it('flag the phrase with its category, default severity and suggestion, on every check', () => {
    for (let i = 0; i < 2; i += 1) {
      expect(team('Please HOLD the   line while I check.')).toEqual([['HOLD the   line', 'robotic', 'hint', ['one moment, please']]]);
    }
  });

  it('match only whole words', () => {
    expect(team('The placeholder the lineup is fine.')).toEqual([]);
    expect(team('Our shareholders hold the lines.')).toEqual([]);
  });

  it('treat regex characters literally and accept either apostrophe', () => {
    expect(team('We can’t help (sorry) here.')).toEqual([['can’t help (sorry)', 'negative-phrasing', 'error', []]]);
    expect(team("We can't help sorry here.")).toEqual([]);
  });

  it('respect their language', () => {
    expect(team('Das ist reine Kulanz von uns.', 'de').map((f) => f[0])).toEqual(['Kulanz']);
    expect(team('That is Kulanz for you.', 'en')).toEqual([]);
  });
});
