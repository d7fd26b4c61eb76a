// German follow-up promises worded the way other people write them (families from the fourth dev set,
// tested here in other words): "Sie haben … von mir …" with any document, and a time that sits in a longer
// clause before "dann" ("Geben Sie mir bis heute Abend, dann schicke ich Ihnen …").
import { describe, expect, it } from 'vitest';
import { extractCommitments, toLocalIso } from '../../src/engine/commitments';

/** Wednesday 25 November 2026, 10:00 local time. */
const WED = new Date(2026, 10, 25, 10, 0);
const localPart = (due: string | undefined) => due?.slice(0, 16).replace('T', ' ');
const at = (month: number, day: number, hours: number, minutes = 0) =>
  localPart(toLocalIso(new Date(2026, month - 1, day, hours, minutes)));

describe('extractCommitments: German families (now = Wed 25 Nov, 10:00)', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Bis Freitag hast du die Unterlagen von uns.', at(11, 27, 17)],
    ['Spätestens morgen haben Sie von mir die Kündigungsbestätigung.', at(11, 26, 17)],
    ['Lassen Sie mir bis morgen früh etwas Zeit, dann rufe ich Sie an.', at(11, 26, 9)],
    ['Gib mir bitte noch bis Freitag Zeit, danach schicke ich dir den neuen Vertrag.', at(11, 27, 17)],
    ['Morgen Mittag habe ich eine Antwort für Sie.', at(11, 26, 12)],
  ];
  for (const [text, due] of cases) {
    it(text, () => {
      const found = extractCommitments(text, WED, 'de');
      expect(found, text).toHaveLength(1);
      expect(localPart(found[0]!.due)).toBe(due);
    });
  }

  const none = [
    'Sie haben von mir gestern eine Mail bekommen.',
    'Sie haben von uns am Montag nichts gehört.',
    'Ich habe eine Lösung für Sie: der Tarif M.',
    'Bitte schicken Sie uns die Unterlagen bis Freitag, dann prüfen Sie den Status online.',
  ];
  for (const text of none) {
    it(`no promise: ${text}`, () => {
      expect(extractCommitments(text, WED, 'de')).toHaveLength(0);
    });
  }
});
