// Every citation must point at real text in the seeds, and every tip and checklist item
// must cite guidance that exists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDANCE } from '../../src/guidance/catalogue';
import { CHECKLIST, deriveChecklist } from '../../src/guidance/checklist';
import { ALL_TIP_IDS, chooseTips, TIPS } from '../../src/guidance/tips';

const seedsDir = join(__dirname, '..', '..', '..', 'shared', 'seeds');
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('guidance catalogue', () => {
  for (const guidance of Object.values(GUIDANCE)) {
    it(`${guidance.id} quotes its seed verbatim`, () => {
      const seed = normalise(readFileSync(join(seedsDir, guidance.seed), 'utf8'));
      expect(seed).toContain(normalise(guidance.quote));
      expect(guidance.title.en).not.toBe('');
      expect(guidance.quoteEn).not.toBe('');
    });
  }
});

describe('checklist', () => {
  it('cites existing guidance for every item', () => {
    for (const item of CHECKLIST) expect(Object.keys(GUIDANCE)).toContain(item.guidance);
  });

  it('shows the supervisor and safety items only when the customer situation calls for them', () => {
    const calm = deriveChecklist({ findings: [], commitments: [] }, 'en');
    expect(calm.map((i) => i.id)).not.toContain('safety-protocol');
    expect(calm.map((i) => i.id)).not.toContain('involved-lead');
    const risky = deriveChecklist(
      { findings: [], commitments: [], customer: { language: 'en', anger: 3, signals: ['customer-anger', 'safety-risk'], evidence: [] } },
      'de',
    );
    expect(risky.map((i) => i.id)).toContain('safety-protocol');
    expect(risky.map((i) => i.id)).toContain('involved-lead');
    expect(risky.find((i) => i.id === 'safety-protocol')?.text).toMatch(/Sicherheitsprotokoll/);
  });

  it("lets the agent's tick win over the automatic one", () => {
    const items = deriveChecklist({ findings: [], commitments: [] }, 'en', { 'notes-updated': true });
    expect(items.find((i) => i.id === 'notes-updated')?.done).toBe(true);
    expect(items.find((i) => i.id === 'offered-next-step')?.done).toBe(false);
  });
});

describe('tips', () => {
  it('puts the safety protocol first when the customer threatens violence or self-harm', () => {
    const tips = chooseTips({ customer: { anger: 3, signals: ['safety-risk'] }, findingCategories: ['hostility'], language: 'en' });
    expect(tips[0]?.id).toBe('safety-protocol');
    expect(tips.length).toBeLessThanOrEqual(4);
  });

  it('answers an angry customer with "not personal" and "restate" in German', () => {
    const tips = chooseTips({ customer: { anger: 2, signals: ['customer-anger'] }, findingCategories: [], language: 'de' });
    expect(tips.map((t) => t.id)).toEqual(['not-personal', 'listen-restate']);
    expect(tips[0]?.title).toBe('Nehmen Sie es nicht persönlich');
  });

  it('matches tips to the open findings and always gives at least two', () => {
    const tips = chooseTips({ findingCategories: ['negative-phrasing'], language: 'en' });
    expect(tips[0]?.id).toBe('stay-positive');
    expect(tips.length).toBeGreaterThanOrEqual(2);
    expect(chooseTips({ findingCategories: [], language: 'en' }).length).toBeGreaterThanOrEqual(2);
  });

  it('cites existing guidance for every tip and has both languages', () => {
    expect(ALL_TIP_IDS.length).toBeGreaterThan(10);
    for (const id of ALL_TIP_IDS) {
      expect(Object.keys(GUIDANCE)).toContain(TIPS[id].guidance);
      expect(TIPS[id].de.text).not.toBe(TIPS[id].en.text);
    }
  });
});
