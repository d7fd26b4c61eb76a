// Language and register detection on short, one-sentence helpdesk texts. Each language case is
// checked with both fallbacks, so a pass never comes from the tie-breaker.
import { describe, expect, it } from 'vitest';
import { detectLanguage, detectRegister } from '../../src/engine/language';

const ENGLISH = [
  'Thanks!',
  'Thank you!',
  'OK, thanks',
  'ok thx',
  'Hi Anna,',
  'Hello Mr. Becker,',
  'Hi Jürgen, thanks for waiting.',
  'Thanks, Jürgen!',
  'Dear Mrs. Müller,',
  'Best regards,',
  'Cheers!',
  'Sure thing!',
  'Got it.',
  'Sounds good.',
  'No problem at all.',
  "You're welcome!",
  'Happy to help!',
  'Anything else I can help with?',
  "I'm sorry about the delay.",
  'im sorry about that',
  'dont worry, its fixed now',
  'Your refund is on its way.',
  'Please send me your order number.',
  'Let me check that for you.',
  'The package was delivered to your neighbour.',
  'Your new SIM card has been activated.',
  'Could you send a screenshot?',
  'We have updated your IBAN.',
  'See you tomorrow!',
  'Have a great weekend!',
  'That makes sense.',
  'I understand how frustrating this is.',
  'Good morning Stefan,',
  'Kind regards, Björn',
  'Thanks for contacting Müller GmbH support.',
  'Calm down.',
  'We will check it.',
  'Hope this helps!',
  'Perfect, thanks.',
  'What happened?',
  'Welcome back!',
  'Exactly.',
  'The invoice is attached as a PDF.',
  'Is there anything else?',
  'Your account is unlocked again.',
];

const GERMAN = [
  'Danke!',
  'Vielen Dank!',
  'Danke schön.',
  'Hallo Anna,',
  'Hallo Herr Becker,',
  'Hi Tobias, danke für deine Nachricht.',
  'Alles klar.',
  'Gern geschehen!',
  'Gerne!',
  'Viele Grüße',
  'Viele Gruesse, Jan',
  'Liebe Grüße, Lena',
  'Mit freundlichen Grüßen',
  'Guten Tag,',
  'Guten Morgen Frau Schmidt,',
  'Moin!',
  'Passt.',
  'Genau.',
  'Stimmt.',
  'Kein Problem.',
  'Sorry für die Wartezeit.',
  'Das tut mir leid.',
  'Tut mir leid.',
  'Vielen Dank fuer Ihre Geduld.',
  'Koennen Sie mir die Nummer schicken?',
  'Ich pruefe das gerade.',
  'Die Rechnung ist im Anhang.',
  'Ihre Erstattung ist unterwegs.',
  'Bitte schicken Sie mir Ihre Bestellnummer.',
  'Kannst du mir einen Screenshot schicken?',
  'Wir haben Ihre IBAN aktualisiert.',
  'Ihre neue SIM-Karte ist aktiviert.',
  'Bis morgen!',
  'Schönes Wochenende!',
  'Das ergibt Sinn.',
  'Ich verstehe, wie ärgerlich das ist.',
  'Beruhigen Sie sich.',
  'Das geht nicht.',
  'Ok, danke.',
  'Super, danke dir!',
  'Perfekt, danke.',
  'Was ist passiert?',
  'Willkommen zurück!',
  'Sonst noch etwas?',
  'Ihr Konto ist wieder entsperrt.',
  'Ich melde mich morgen.',
  'Das Team kümmert sich darum.',
  'Der Support ist per E-Mail erreichbar.',
];

describe('detectLanguage', () => {
  for (const text of ENGLISH) {
    it(`en: ${text}`, () => {
      expect(detectLanguage(text, 'en')).toBe('en');
      expect(detectLanguage(text, 'de')).toBe('en');
    });
  }
  for (const text of GERMAN) {
    it(`de: ${text}`, () => {
      expect(detectLanguage(text, 'en')).toBe('de');
      expect(detectLanguage(text, 'de')).toBe('de');
    });
  }
  it('falls back on texts with no signal', () => {
    expect(detectLanguage('', 'de')).toBe('de');
    expect(detectLanguage('12345', 'en')).toBe('en');
    expect(detectLanguage('Anna', 'de')).toBe('de');
    expect(detectLanguage('ok super', 'de')).toBe('de');
    expect(detectLanguage('ok super', 'en')).toBe('en');
  });
  it('recognises a long German text (its speed is measured by npm run bench)', () => {
    const long = 'Vielen Dank für Ihre Nachricht, ich kümmere mich darum. '.repeat(2000);
    expect(detectLanguage(long)).toBe('de');
  });
});

describe('detectRegister', () => {
  const cases: Array<[string, 'formal' | 'informal' | 'neutral']> = [
    ['Können Sie mir die Nummer schicken?', 'formal'],
    ['Bitte schicken Sie mir Ihre Bestellnummer.', 'formal'],
    ['Ich habe Ihnen den Link geschickt.', 'formal'],
    ['Sie müssen nichts weiter tun.', 'formal'],
    ['Danke. Sie bekommen die Erstattung bis Freitag.', 'formal'],
    ['Das ist nicht Ihre Schuld.', 'formal'],
    ['Hallo Herr Maier, wie kann ich Ihnen helfen?', 'formal'],
    ['können sie mir die nummer schicken?', 'formal'],
    ['ich habe ihnen die rechnung geschickt', 'formal'],
    ['ICH HABE IHNEN DEN LINK GESCHICKT.', 'formal'],
    ['BITTE WARTEN SIE KURZ.', 'formal'],
    ['Kannst du mir einen Screenshot schicken?', 'informal'],
    ['Danke dir!', 'informal'],
    ['Hi Tobias, danke für deine Nachricht.', 'informal'],
    ['Ich habe dich zurückgerufen.', 'informal'],
    ['Schön, dass es bei euch wieder läuft.', 'informal'],
    ['hast du schon neu gestartet? dein router sollte blinken', 'informal'],
    ['Danke!', 'neutral'],
    ['Alles klar.', 'neutral'],
    ['Viele Grüße', 'neutral'],
    ['Die Techniker sagen, sie brauchen noch einen Tag.', 'neutral'],
  ];
  for (const [text, register] of cases) {
    it(`${register}: ${text}`, () => expect(detectRegister(text, 'de')).toBe(register));
  }
  it('English is always neutral', () => {
    expect(detectRegister('Can you send me the number?', 'en')).toBe('neutral');
    expect(detectRegister('Danke dir, du bist super', 'en')).toBe('neutral');
  });
});
