// German patterns also match replies typed without umlauts ("koennen", "zustaendig", "Gruesse").
import { describe, expect, it } from 'vitest';
import { foldSource } from '../../src/engine/de-fold';
import { checkReply } from '../../src/engine/check';

describe('foldDe', () => {
  it('folds umlauts outside character classes only', () => {
    expect(foldSource('zuständig[äöü]\\ä')).toBe('zust(?:ä|ae)ndig[äöü]\\ä');
    expect(new RegExp(foldSource('können\\s+wir'), 'iu').test('koennen wir')).toBe(true);
  });
  const flagged: Array<[string, string]> = [
    ['negative-phrasing', 'Da koennen wir leider nichts machen.'],
    ['passing-on', 'Dafuer sind wir nicht zustaendig, das macht die Stadtverwaltung.'],
    ['lecturing', 'Das haetten Sie vorher pruefen muessen.'],
  ];
  for (const [category, text] of flagged) {
    it(`${category}: ${text}`, () => {
      expect(checkReply(text, { lang: 'de' }).findings.some((f) => f.category === category)).toBe(true);
    });
  }
  it('leaves a clean reply without umlauts alone', () => {
    const text = 'Das koennen wir gern aendern, ich mache das sofort fuer Sie.';
    expect(checkReply(text, { lang: 'de' }).findings.filter((f) => f.category !== 'no-closing-offer')).toEqual([]);
  });
});
