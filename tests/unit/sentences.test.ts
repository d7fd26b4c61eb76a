// Sentence splitting decides what a pattern sees at once and where a promise's date is read:
// a German date ("am 2. Dezember") or an abbreviation ("z. B.") cut in two loses both.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/engine/text';

const texts = (text: string) => splitSentences(text, 'en').map((s) => s.text);

describe('splitSentences', () => {
  it('keeps German ordinals and dates inside their sentence', () => {
    expect(texts('Ich rufe Sie am 2. Dezember um 10 Uhr an. Danke!')).toEqual(['Ich rufe Sie am 2. Dezember um 10 Uhr an.', 'Danke!']);
    expect(texts('Wie Sie unserer Mail vom 3. Mai entnehmen können, ist die Frist abgelaufen.')).toHaveLength(1);
    expect(texts('Das ist schon der 2. Versuch.')).toEqual(['Das ist schon der 2. Versuch.']);
  });

  it('keeps common abbreviations inside their sentence', () => {
    expect(texts('Bitte senden Sie z. B. ein Foto. Danke!')).toEqual(['Bitte senden Sie z. B. ein Foto.', 'Danke!']);
    expect(texts('Das kostet ca. 3 Euro inkl. Versand. Danke.')).toEqual(['Das kostet ca. 3 Euro inkl. Versand.', 'Danke.']);
  });

  it('keeps names with initials and titles whole, so a signature reads as a signature', () => {
    expect(texts('Mit freundlichen Grüßen\nT. Weber')).toEqual(['Mit freundlichen Grüßen', 'T. Weber']);
    expect(texts('Please ask Mr. J. Smith in billing, he can help. Ok?')).toEqual(['Please ask Mr. J. Smith in billing, he can help.', 'Ok?']);
    expect(texts('Grüße, K. Brandt')).toEqual(['Grüße, K. Brandt']);
  });

  it('still ends a sentence after a single capital or a unit that closes it', () => {
    expect(texts('You picked plan B. Great choice.')).toEqual(['You picked plan B.', 'Great choice.']);
    expect(texts('It took 20 ms. Then it failed.')).toEqual(['It took 20 ms.', 'Then it failed.']);
  });

  it('still ends a sentence after a number that closes it', () => {
    expect(texts('We open at 5. Then we close.')).toEqual(['We open at 5.', 'Then we close.']);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Hallo!\nIch melde mich bis zum 3. Dezember.';
    for (const s of splitSentences(text, 'de')) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});
