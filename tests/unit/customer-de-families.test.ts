// German customer anger worded the way other people write it (families from the fourth dev set, in other words):
// condemnation with the noun first, angry rhetorical questions, being ignored, locked out, threatening to report.
import { describe, expect, it } from 'vitest';
import { analyzeCustomer } from '../../src/engine/customer';

describe('analyzeCustomer: German anger families', () => {
  const angry = [
    'Die Heizung ist seit Tagen kalt und niemand reagiert auf meine Anrufe. Eine Zumutung ist das!',
    'Mein Paket liegt seit drei Wochen irgendwo herum!! Wie lange soll ich denn noch warten?',
    'Ich bin aus meinem Kundenkonto komplett ausgesperrt und auf Anfragen antwortet keiner. Was soll das???',
    'Seit Monaten zahle ich für nichts. Ich zeige Sie an!',
  ];
  for (const text of angry) {
    it(`upset: ${text}`, () => {
      expect(analyzeCustomer(text, 'de').anger).toBeGreaterThanOrEqual(2);
    });
  }
  const calm = [
    'Hallo, seit einer Woche komme ich nicht ins Kundenkonto. Können Sie mir helfen?',
    'Was soll das heißen, dass die Lieferung später kommt?',
    'Hallo, ich bin seit gestern aus der App ausgesperrt. Was kann ich tun?',
    'Die App zeigt mir an, dass mein Passwort abgelaufen ist.',
  ];
  for (const text of calm) {
    it(`calm: ${text}`, () => {
      expect(analyzeCustomer(text, 'de').anger).toBeLessThan(2);
    });
  }
});
