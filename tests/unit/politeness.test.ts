import { describe, expect, it } from 'vitest';
import { impolitenessScore, politenessFeatureValues, POLITENESS_FEATURES, POLITENESS_WEIGHTS } from '../../src/engine/politeness';

const score = impolitenessScore;
const has = (text: string, name: string) => (politenessFeatureValues(text).find(([n]) => n === name)?.[1] ?? 0) > 0;

describe('politeness weights', () => {
  it('has a weight for every strategy and measure, and none for a strategy that is gone', () => {
    const names = politenessFeatureValues('Hi, could you check it? Thanks!').map(([n]) => n);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(POLITENESS_WEIGHTS, n).toHaveProperty([n]);
    for (const n of Object.keys(POLITENESS_WEIGHTS)) if (n !== 'bias') expect(names, n).toContain(n);
    expect(POLITENESS_FEATURES.length).toBeLessThan(names.length);
  });
  it('keeps the signs of the clear strategies of Danescu-Niculescu-Mizil et al. (2013)', () => {
    for (const n of ['gratitude', 'greeting', 'deference', 'counterfactual modal', 'indicative modal', 'indirect request']) expect(POLITENESS_WEIGHTS[n], n).toBeLessThan(0);
    for (const n of ['why', '2nd person start', 'direct question', 'factuality', 'negativeWord']) expect(POLITENESS_WEIGHTS[n], n).toBeGreaterThan(0);
  });
});

describe('impolitenessScore reads requests as a reader would', () => {
  it('a courteous request scores below a curt one on the same matter', () => {
    expect(score('Hi, could you post the error message you get? Thanks!')).toBeLessThan(score('What error?'));
    expect(score('Would you mind explaining how you set the height? I am curious.')).toBeLessThan(score('Why would you set the height like that?'));
  });
  it('asking for a fact is gentler than asking for a justification', () => {
    expect(score('Which version are you using?')).toBeLessThan(score('Why are you using that version?'));
  });
  it('offering readings ("A or B?") is gentler than asking what was meant', () => {
    expect(score('Do you mean the login page or the settings page?')).toBeLessThan(score('What do you mean?'));
  });
  it('thanks that turn into a complaint count less than plain thanks', () => {
    expect(score('Thanks for the code.')).toBeLessThan(score('Thanks for the code, but it does not work at all.'));
  });
  it('reads German requests by the same strategies, Sie and du', () => {
    const polite = ['Guten Tag, könnten Sie bitte nachsehen, welche Version installiert ist? Vielen Dank!', 'Hallo, kannst du mir vielleicht sagen, wo die Einstellung ist? Danke!'];
    const rude = ['Warum haben Sie das nicht längst erledigt?', 'Was soll das? Warum antwortest du nicht?'];
    for (const p of polite) for (const r of rude) expect(score(p), `${p} < ${r}`).toBeLessThan(score(r));
    expect(has('Was ist das Problem?', 'direct question')).toBe(true);
    // English "was" opens a yes/no question, not a German "what".
    expect(has('Was it obvious that this was a sockpuppet?', 'direct question')).toBe(false);
  });
});
