// Runs of exclamation marks ("!!", "!!!", "?!"): in writing they read as a raised voice.
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';

/** Sentences that are warm rather than cross keep one "!"; the rest end calmly with ".". */
const EN_WARM = /\b(?:thanks?|thank\s+you|welcome|glad|great|happy|congrat\w*|awesome|wonderful|enjoy|have\s+a|good\s+luck|hi|hello|hey|yay|love|excellent|perfect|fantastic)\b/i;
const DE_WARM = /(?<![\p{L}])(?:danke\p{L}*|vielen\s+dank|gern(?:e|geschehen)?|freut|freue|freuen|schön\p{L}*|super|toll|prima|klasse|willkommen|glückwunsch|viel\s+spaß|viel\s+erfolg|hallo|hi|hey|perfekt|wunderbar|großartig|herzlich\p{L}*)(?![\p{L}])/iu;

// A run of "!" and "?" holding "!!", "!?" or "?!". The look-behind makes every run start at its first mark, so the scan stays linear.
const RUN = /(?<![!?])[!?]*(?:!!|!\?|\?!)[!?]*/g;

/** In a warm sentence "!!" is enthusiasm, not a raised voice: there only three or more marks count. */
const enoughMarks = (warm: RegExp) => (sentence: string) => {
  const spans: Array<{ start: number; end: number }> = [];
  const isWarm = warm.test(sentence);
  RUN.lastIndex = 0;
  for (let m = RUN.exec(sentence); m; m = RUN.exec(sentence)) {
    if (isWarm && m[0].length < 3 && !m[0].includes('?')) continue;
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
};

function calmer(ctx: MatchContext): string[] {
  if (ctx.match.includes('?')) return ['?'];
  const warm = (ctx.language === 'de' ? DE_WARM : EN_WARM).test(ctx.sentence);
  return warm ? ['!', '.'] : ['.', '!'];
}

export const exclamationMarks: Rule = {
  id: 'exclamation-marks',
  category: 'hostility',
  // A run of marks is loud but not an insult: a warning, not the error of the rest of the category.
  severity: 'warning',
  guidance: 'keep-temper',
  description: 'Several exclamation marks in a row ("!!", "!!!", "?!")',
  en: {
    detect: enoughMarks(EN_WARM),
    message: 'Repeated exclamation marks read as shouting',
    explanation:
      'Several exclamation marks in a row sound like a raised voice to an upset customer. One full stop, or one "!" in a warm sentence, is enough.',
    rewrite: calmer,
  },
  de: {
    detect: enoughMarks(DE_WARM),
    message: 'Mehrere Ausrufezeichen wirken wie Schreien',
    explanation:
      'Mehrere Ausrufezeichen hintereinander wirken auf einen verärgerten Kunden wie eine erhobene Stimme. Ein Punkt, oder in einem freundlichen Satz ein „!“, genügt.',
    rewrite: calmer,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      'Thanks for reaching out!',
      'Hi Anna! Your refund is on its way.',
      'Could you send us the order number?',
      'Is the app still crashing? Let us know!',
      'Please add the !important flag to your CSS rule.',
      'Thanks so much!! Enjoy the new camera.',
    ],
    invalid: [
      { text: 'I told you to restart the router[[!!!]]', rewrite: 'I told you to restart the router.' },
      { text: 'Your order was shipped yesterday[[!!]] Please check the tracking link.', rewrite: 'Your order was shipped yesterday. Please check the tracking link.' },
      { text: 'Thanks so much for your patience[[!!!]]', rewrite: 'Thanks so much for your patience!' },
      { text: 'Why did you not send the photo[[?!]]', rewrite: 'Why did you not send the photo?' },
      { text: 'Stop sending us the same email[[!!!!!]]', rewrite: 'Stop sending us the same email.' },
    ],
  },
  de: {
    valid: [
      'Vielen Dank für Ihre Nachricht!',
      'Hallo Frau Meier! Ihre Erstattung ist unterwegs.',
      'Können Sie uns die Bestellnummer schicken?',
      'Das freut mich! Melden Sie sich gern wieder.',
    ],
    invalid: [
      { text: 'Das habe ich Ihnen bereits geschrieben[[!!]]', rewrite: 'Das habe ich Ihnen bereits geschrieben.' },
      { text: 'Bitte starten Sie das Gerät neu[[!!!]]', rewrite: 'Bitte starten Sie das Gerät neu.' },
      { text: 'Danke für deine Geduld[[!!!]]', rewrite: 'Danke für deine Geduld!' },
      { text: 'Warum haben Sie das Foto nicht geschickt[[?!]]', rewrite: 'Warum haben Sie das Foto nicht geschickt?' },
    ],
  },
};
