// Shouting: whole phrases in CAPITALS. Product names and acronyms (SIM, PIN, IBAN) are not shouting.
import type { Detector, Language, MatchContext, Rule, RuleExampleSet } from '../engine/types';

/** Capitalised words that are names, not raised voices. */
const ACRONYMS = new Set(
  ('I A OK ID PIN SIM IBAN BIC PDF FAQ URL API USB CEO CTO VAT UST MWST USA UK EU DHL UPS DPD GLS IT HR PC SMS CSV IOS TV DVD CD GPS VPN WLAN WIFI LAN DSL ISP IP HTTP HTTPS SSL TLS SSO PS AGB DSGVO GDPR GMBH AG SEPA PAYPAL EUR USD GB MB KB TB ETA ASAP FYI CRM SLA SKU QR NFC AI KI IMEI ATM PO BTW ' +
    // Times and time zones ("8AM-8PM PT", "M-F"), hardware in system specs ("OS, CPU, RAM, GPU").
    'AM PM ET PT CT MT EST EDT PST PDT CST CDT MST MDT GMT UTC CET CEST BST MEZ MESZ OS CPU GPU RAM ROM SSD HDD HDMI LTE ESIM DNS MAC').split(' '),
);

const CAPS_WORD = /[\p{Lu}][\p{Lu}\p{N}'’]*(?:-[\p{Lu}\p{N}]+)*/gu;

/** What comes right before a menu step: "Settings > ", "Konto &gt; ", "→ ". */
const MENU_STEP = /(?:>|&gt;|→|›|»)\s*$/u;

/** Runs of two or more capitalised words (not counting acronyms) are shouting. */
const detectCaps: Detector = (sentence) => {
  const spans: Array<{ start: number; end: number }> = [];
  let run: { start: number; end: number; loud: number } | null = null;
  const flush = () => {
    // A step of a menu path ("Account > Help > I STILL NEED HELP") is the label on the screen, not a raised voice.
    if (run && run.loud >= 2 && !MENU_STEP.test(sentence.slice(Math.max(0, run.start - 8), run.start))) spans.push({ start: run.start, end: run.end });
    run = null;
  };
  CAPS_WORD.lastIndex = 0;
  for (let m = CAPS_WORD.exec(sentence); m; m = CAPS_WORD.exec(sentence)) {
    const start = m.index;
    const end = start + m[0].length;
    // A word only counts as capitalised if the letter after it is not lower-case ("Hello" is not).
    if (/\p{Ll}/u.test(sentence.charAt(end))) {
      flush();
      continue;
    }
    const letters = m[0].replace(/[^\p{L}]/gu, '');
    // "8AM-8PM", "M-F": every hyphenated part an acronym, a time or a single letter.
    const parts = m[0].split('-').map((p) => p.replace(/[^\p{L}]/gu, '').toUpperCase()).filter(Boolean);
    const known = ACRONYMS.has(letters.toUpperCase()) || (parts.length > 1 && parts.every((p) => p.length < 2 || ACRONYMS.has(p)));
    const loud = letters.length >= 2 && !known ? 1 : 0;
    // Words of a run may only be separated by spaces and light punctuation.
    if (run && /^[\s,;:'’"-]*$/u.test(sentence.slice(run.end, start))) {
      run.end = end;
      run.loud += loud;
    } else {
      flush();
      run = { start, end, loud };
    }
  }
  flush();
  return spans;
};

/** German nouns keep their capital: after an article or with a typical noun ending. */
const DE_ARTICLE = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|ihr|ihre|ihren|ihrem|ihrer|unser|unsere|unseren|unserem|unserer|mein|meine|dein|deine|zur|zum|im|am|vom|beim)$/;
const DE_NOUN_END = /(?:ung|heit|keit|schaft|tion|tät|nis|ment|ismus|chen|lein|ling|ei|ik)$/;
/** Polite pronouns in a "Sie" reply. */
const DE_POLITE = /^(?:sie|ihnen|ihr|ihre|ihren|ihrem|ihrer)$/;

function sentenceCase(ctx: MatchContext): string {
  const words = ctx.match.split(/(\s+)/);
  let previous = '';
  let index = 0;
  const out = words.map((word) => {
    if (/^\s+$/.test(word) || word === '') return word;
    const letters = word.replace(/[^\p{L}]/gu, '');
    let result = word.toLowerCase();
    if (ACRONYMS.has(letters.toUpperCase()) && letters.length > 1) result = word;
    else if (ctx.language === 'en' && /^i(?:['’].*)?$/.test(result)) result = 'I' + result.slice(1);
    // A leading "das" is mostly a pronoun ("DAS GEHT NICHT"), not an article.
    else if (ctx.language === 'de' && ((DE_ARTICLE.test(previous) && !(index === 1 && previous === 'das')) || DE_NOUN_END.test(result.replace(/[^\p{L}]/gu, '')))) {
      result = result.charAt(0).toUpperCase() + result.slice(1);
    } else if (ctx.language === 'de' && ctx.register === 'formal' && DE_POLITE.test(letters.toLowerCase()) && previous !== '') {
      result = result.charAt(0).toUpperCase() + result.slice(1);
    }
    previous = letters.toLowerCase();
    index += 1;
    return result;
  });
  return out.join('');
}

function language(lang: Language): NonNullable<Rule['en']> {
  return {
    detect: detectCaps,
    message: lang === 'de' ? 'Großbuchstaben wirken wie Schreien' : 'All caps reads as shouting',
    explanation:
      lang === 'de'
        ? 'In Großbuchstaben geschriebene Sätze wirken auf einen verärgerten Kunden wie Anschreien und eskalieren das Gespräch. Schreiben Sie in normaler Schreibweise.'
        : 'Capitals read as a raised voice to an upset customer and escalate the conversation. Write in normal sentence case.',
    rewrite: (ctx) => [sentenceCase(ctx)],
  };
}

export const shouting: Rule = {
  id: 'shouting',
  category: 'hostility',
  guidance: 'keep-temper',
  description: 'Whole phrases in capital letters',
  en: language('en'),
  de: language('de'),
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      'Go to Settings > Account > RESET PASSWORD and follow the steps there.',
      'Your new SIM card and PIN are on the way.',
      'Please send us your IBAN and we will refund you today.',
      'I checked the FAQ and the API status page for you.',
      'Hello Anna, thanks for writing in.',
      'I am sorry: the PDF invoice was wrong.',
      'Call us M-F 8AM-8PM ET, or share your system specs (OS, CPU, RAM, GPU).',
    ],
    invalid: [
      { text: '[[WE DON\'T DO REFUNDS]].', rewrite: 'We don\'t do refunds.' },
      { text: 'As I said, [[READ THE MANUAL]] first.', rewrite: 'As I said, read the manual first.' },
      { text: 'Your [[SIM CARD IS NOT BROKEN]].', rewrite: 'Your SIM card is not broken.' },
      { text: '[[I ALREADY TOLD YOU]] twice.', rewrite: 'I already told you twice.' },
    ],
  },
  de: {
    valid: [
      'Gehen Sie auf Konto > Sicherheit > PASSWORT ZURÜCKSETZEN und folgen Sie den Schritten.',
      'Ihre neue SIM-Karte und die PIN sind unterwegs.',
      'Bitte senden Sie uns Ihre IBAN, dann erstatten wir den Betrag.',
      'Die AGB finden Sie in der PDF-Datei im Anhang.',
      'Guten Tag Frau Meier, danke für Ihre Nachricht.',
    ],
    invalid: [
      { text: '[[DAS GEHT NICHT]].', rewrite: 'Das geht nicht.' },
      { text: '[[WIR ERSTATTEN KEINE BESTELLUNG]].', rewrite: 'Wir erstatten keine Bestellung.' },
      { text: 'Bitte [[LESEN SIE DIE ANLEITUNG]].', rewrite: 'Bitte lesen Sie die Anleitung.' },
      { text: '[[HÖR ENDLICH AUF]] zu schreiben.', rewrite: 'Hör endlich auf zu schreiben.' },
    ],
  },
};
