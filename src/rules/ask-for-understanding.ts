// "Wir bitten um Ihr Verständnis", "Bitte haben Sie Verständnis", "we ask for your understanding":
// the stock line after bad news. It asks the customer to accept it instead of helping.
// Thanking for patience or understanding ("Thanks for your patience", "Vielen Dank für Ihre Geduld")
// is common and natural in real replies (6 of 586 IBM agent replies) and is not flagged.
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const deRewrite = (ctx: MatchContext) => {
  const you = ctx.register === 'informal' ? 'dich' : 'Sie';
  const rest = ctx.after;
  // "Bitte haben Sie Verständnis (dafür), dass ..." keeps its "dass" clause: "ich weiß, es ist ärgerlich für Sie, dass ..."
  if (/^\s*,\s*dass(?![\p{L}])/u.test(rest)) return [`ich weiß, es ist ärgerlich für ${you}`];
  return ctx.register === 'informal'
    ? ['ich weiß, dass das ärgerlich für dich ist', 'ich verstehe, dass das nicht die Antwort ist, die du dir gewünscht hast']
    : ['ich weiß, dass das ärgerlich für Sie ist', 'ich verstehe, dass das nicht die Antwort ist, die Sie sich gewünscht haben'];
};

export const askForUnderstanding: Rule = {
  id: 'ask-for-understanding',
  category: 'robotic',
  guidance: 'not-a-robot',
  description: 'The stock line "we ask for your understanding" after bad news',
  en: {
    patterns: [
      { re: /\bwe\s+(?:kindly\s+|respectfully\s+)?(?:ask|request)\s+(?:for\s+)?your\s+(?:kind\s+)?(?:understanding|patience\s+and\s+understanding)\b/ },
      { re: /\b(?:we|I)\s+(?:kindly\s+)?(?:hope|trust)\s+for\s+your\s+(?:kind\s+)?understanding\b/ },
      { re: /\b(?:(?:we|I)\s+)?(?:thank\s+you\s+for\s+your|appreciate\s+your)\s+(?:kind\s+)?understanding\s+in\s+this\s+matter\b/ },
    ],
    message: 'Stock line after bad news',
    explanation:
      '"We ask for your understanding" sounds scripted and asks the customer to simply accept the news. Acknowledge how it affects them and say what you can do.',
    rewrite: () => ['I know this is frustrating', "I know this isn't the answer you hoped for"],
  },
  de: {
    patterns: foldDe([
      { re: /(?<![\p{L}])wir\s+bitten\s+(?:Sie\s+)?(?:(?:höflich|freundlich|herzlich)st\s+)?(?:um\s+(?:Ihr|dein|Ihrer|deiner)?\s*Verständnis|um\s+Nachsicht)(?![\p{L}])/u },
      { re: /(?<![\p{L}])(?:bitte\s+haben\s+Sie|haben\s+Sie\s+bitte|bitte\s+hab|hab\s+bitte)\s+(?:etwas\s+)?Verständnis(?:\s+(?:dafür|für\s+(?:diese|die|unsere)\s+\p{L}+))?(?![\p{L}])/u },
      { re: /(?<![\p{L}])wir\s+bitten\s+(?:Sie\s+|dich\s+|euch\s+)?(?:(?:höflich|freundlich)st\s+)?um\s+(?:(?:etwas|ein\s+wenig|noch\s+etwas|noch\s+ein\s+wenig)\s+Geduld|(?:Ihre|deine|eure)\s+Geduld)(?![\p{L}])/u },
      { re: /(?<![\p{L}])wir\s+hoffen\s+(?:sehr\s+)?auf\s+(?:Ihr|dein|euer)\s+Verständnis(?![\p{L}])/u },
      { re: /(?<![\p{L}])(?:ich\s+bitte|wir\s+bitten)\s+(?:Sie\s+|dich\s+)?(?:um\s+)?(?:Ihr|dein)\s+Verständnis(?![\p{L}])/u },
      // "Wir bitten Sie, sich noch etwas zu gedulden."
      { re: /(?<![\p{L}])(?:wir\s+bitten|ich\s+bitte)\s+(?:Sie|dich|euch)\s*,?\s+sich\s+(?:(?:noch|bitte)\s+)?(?:(?:etwas|ein\s+wenig|einen\s+Moment|einige\s+Tage)\s+)?zu\s+gedulden(?![\p{L}])/u },
    ]),
    message: 'Standardfloskel nach schlechten Nachrichten',
    explanation:
      '„Wir bitten um Ihr Verständnis“ klingt nach Textbaustein und verlangt vom Kunden, die Nachricht einfach hinzunehmen. Erkennen Sie an, was das für ihn bedeutet, und sagen Sie, was Sie tun können.',
    rewrite: deRewrite,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      'Thanks for your patience while I check this.',
      'Appreciate your understanding, and I will update you tomorrow.',
      'I want to make sure I am understanding the issue correctly.',
      'Your understanding of the fee is right.',
    ],
    invalid: [
      { text: "[[Thank you for your understanding in this matter]].", rewrite: "I know this is frustrating." },
      { text: '[[We ask for your understanding]].', rewrite: 'I know this is frustrating.' },
      { text: 'The site is down, [[we kindly ask for your understanding]].', rewrite: 'The site is down, I know this is frustrating.' },
      { text: 'Delays are possible and [[we hope for your understanding]].', rewrite: 'Delays are possible and I know this is frustrating.' },
      { text: 'The store is closed. [[We thank you for your understanding in this matter]].', rewrite: 'The store is closed. I know this is frustrating.' },
    ],
  },
  de: {
    valid: [
      'Ich bitte Sie, sich bei Fragen jederzeit zu melden.',
      "Danke für Ihre Geduld beim Neustart.",
      'Vielen Dank für Ihre Geduld.',
      'Danke für dein Verständnis, ich melde mich morgen wieder.',
      'Vielen Dank für Ihr Verständnis.',
      'Ich habe Verständnis dafür, dass Sie verärgert sind.',
      'Habe ich Sie richtig verstanden, dass das Paket beschädigt war?',
    ],
    invalid: [
      { text: '[[Wir bitten Sie, sich noch etwas zu gedulden]].', rewrite: 'Ich weiß, dass das ärgerlich für Sie ist.' },
      { text: "Die Hotline ist überlastet. [[Wir bitten Sie um etwas Geduld]].", rewrite: "Die Hotline ist überlastet. Ich weiß, dass das ärgerlich für Sie ist." },
      { text: "[[Wir hoffen auf Ihr Verständnis]].", rewrite: "Ich weiß, dass das ärgerlich für Sie ist." },
      { text: '[[Wir bitten um Ihr Verständnis]].', rewrite: 'Ich weiß, dass das ärgerlich für Sie ist.' },
      { text: 'Die Lieferung verzögert sich. [[Bitte haben Sie Verständnis]].', rewrite: 'Die Lieferung verzögert sich. Ich weiß, dass das ärgerlich für Sie ist.' },
      { text: '[[Bitte haben Sie Verständnis dafür]], dass die Hotline heute geschlossen ist.', rewrite: 'Ich weiß, es ist ärgerlich für Sie, dass die Hotline heute geschlossen ist.' },
      { text: 'Die Hotline ist heute zu. [[Wir bitten höflichst um Verständnis]].', rewrite: 'Die Hotline ist heute zu. Ich weiß, dass das ärgerlich für Sie ist.' },
      { text: 'Deine Lieferung dauert länger, [[hab bitte Verständnis]].', rewrite: 'Deine Lieferung dauert länger, ich weiß, dass das ärgerlich für dich ist.' },
    ],
  },
};
