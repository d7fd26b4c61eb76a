// Greeting, body and sign-off of a reply: what the whole-reply rules (no-closing-offer,
// no-acknowledgment) reason about. A line mistaken for a greeting empties the body.
import { describe, expect, it } from 'vitest';
import { replyParts } from '../../src/engine/reply-parts';
import { splitSentences } from '../../src/engine/text';

const parts = (text: string) => replyParts({ text, sentences: splitSentences(text, 'en') });
const body = (text: string) => parts(text).body.map((s) => s.text);

describe('replyParts', () => {
  it('takes greeting lines and sign-offs off the body', () => {
    expect(body('Hi Anna,\nyour refund is on its way.\nBest regards,\nTom')).toEqual(['your refund is on its way.']);
    expect(body('hi anna,\nyour refund is on its way.\ncheers')).toEqual(['your refund is on its way.']);
    expect(body('Hallo Frau Meier,\ndie Erstattung ist unterwegs.\nViele Grüße\nTom')).toEqual(['die Erstattung ist unterwegs.']);
    expect(parts('Hi Anna,\nyour refund is on its way.\nBest regards,\nTom')).toMatchObject({ greeted: true, signedOff: true });
  });

  it('keeps a sentence that merely starts with a greeting word', () => {
    expect(body('Hi, the tracking number is 7741-2290.')).toEqual(['Hi, the tracking number is 7741-2290.']);
    expect(body('Hallo, die Sendungsnummer lautet 7741-2290.')).toEqual(['Hallo, die Sendungsnummer lautet 7741-2290.']);
  });
});
