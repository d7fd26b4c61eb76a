// English follow-up promises worded the way other people write them (families from the third dev set,
// tested here in other words): a second verb after "and" without its own subject ("I'm checking … and
// will call you by 4"), a long gap before the verb, "write back", "you'll have an answer from me by …".
import { describe, expect, it } from 'vitest';
import { extractCommitments, toLocalIso } from '../../src/engine/commitments';

/** Wednesday 25 November 2026, 10:00 local time. */
const WED = new Date(2026, 10, 25, 10, 0);
const localPart = (due: string | undefined) => due?.slice(0, 16).replace('T', ' ');
const at = (month: number, day: number, hours: number, minutes = 0) =>
  localPart(toLocalIso(new Date(2026, month - 1, day, hours, minutes)));

describe('extractCommitments: English families (now = Wed 25 Nov, 10:00)', () => {
  const cases: Array<[string, string | undefined]> = [
    ["I'm checking with the courier now and will call you by 4pm today.", at(11, 25, 16)],
    ["We're looking into the invoice and will email you tomorrow.", at(11, 26, 17)],
    ["I'll go over the booking notes with the hotel manager tomorrow and write back to you by noon.", at(11, 26, 12)],
    ["Let me check with finance, you'll have an answer from me by Friday.", at(11, 27, 17)],
    ["You'll have an update from us by end of day.", at(11, 25, 17)],
    ["Give me a moment to check, you'll have my answer by Thursday.", at(11, 26, 17)],
    // Following up with a third party, or on the ticket itself (fourth dev set families, other words).
    ["I'll phone the dental practice on Friday morning about your appointment.", at(11, 27, 9)],
    ["We will chase up the installer tomorrow.", at(11, 26, 17)],
    ["I'll amend your booking by 3pm today once the hotel replies.", at(11, 25, 15)],
  ];
  for (const [text, due] of cases) {
    it(text, () => {
      const found = extractCommitments(text, WED);
      expect(found, text).toHaveLength(1);
      expect(localPart(found[0]!.due)).toBe(due);
    });
  }

  const none = [
    'The courier will deliver it by Friday and will text you an hour before.',
    'You will get a confirmation and will be able to pick it up by Friday.',
    'I wrote back to you yesterday.',
    'Please write back to us by Friday.',
    'Your refund should arrive by Thursday.',
    'The surgery will call you on Monday to confirm.',
    'You can update the ticket any time before Friday.',
    'I rang the garage this morning and the part arrives Thursday.',
  ];
  for (const text of none) {
    it(`no promise: ${text}`, () => {
      expect(extractCommitments(text, WED)).toHaveLength(0);
    });
  }
});
