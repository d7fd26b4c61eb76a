// "Your call is important to us", "We value your business", "Ihr Anliegen ist uns wichtig":
// hold-music lines. Saying something is important does not show it.
// "Thanks for reaching out" / "Thank you for contacting us" are NOT flagged: 33 of 586 real agent
// replies in the IBM Twitter data use them and they read as human; "... contacting customer service" does not.
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const deRewrite = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? ['ich kümmere mich persönlich um dein Anliegen', 'ich schaue mir das jetzt direkt an']
    : ['ich kümmere mich persönlich um Ihr Anliegen', 'ich schaue mir das jetzt direkt an'];

export const importantToUs: Rule = {
  id: 'important-to-us',
  category: 'robotic',
  guidance: 'not-a-robot',
  description: 'Hold-music lines: "your call is important to us", "we value your business"',
  en: {
    patterns: [
      { re: /\byour\s+(?:call|request|inquiry|enquiry|query|concern|email|e-mail|message|ticket|case|feedback|business|satisfaction)\s+is\s+(?:very\s+|extremely\s+|really\s+)?important\s+to\s+us\b/ },
      { re: /\bwe\s+(?:truly\s+|greatly\s+|really\s+)?(?:value|appreciate)\s+your\s+(?:business|custom|patronage|loyalty)\b|\bwe\s+(?:truly\s+|greatly\s+|really\s+)?value\s+(?:every|each|all)\s+(?:(?:of\s+)?(?:our|one\s+of\s+our)\s+)?(?:customers?|clients?|members?|guests?)\b/ },
      { re: /\byour\s+satisfaction\s+is\s+our\s+(?:top\s+|number\s+one\s+|highest\s+|#1\s+)?priority\b/ },
      // "We value you as a customer", "thank you for your continued business", "your call is valuable to us".
      { re: /\bwe\s+(?:truly\s+|greatly\s+|really\s+|very\s+much\s+)?(?:value|appreciate)\s+you\s+as\s+(?:a|our|an)\s+(?:valued\s+|loyal\s+)?(?:customer|client|member|guest)\b|\b(?:we\s+)?thank\s+you\s+for\s+your\s+continued\s+(?:business|custom|loyalty|support|patronage|trust)\b|\byour\s+(?:call|request|inquiry|enquiry|query|concern|email|e-mail|message|ticket|case|feedback|business|custom)\s+is\s+(?:very\s+|extremely\s+|really\s+)?(?:valuable|important)\s+to\s+us\b/ },
      // Not when something concrete follows for the customer: "you're a valued customer, and I've applied the loyalty discount".
      { re: /\b(?:you\s+are|you['’]?re)\s+a\s+valued\s+customer\b|\bas\s+a\s+valued\s+customer\b/, unless: /\b(?:I['’]?ve|I\s+have|we['’]?ve|we\s+have)\s+(?:already\s+|just\s+)?(?:applied|added|refunded|credited|upgraded|waived|sent|booked|given)\b/ },
      {
        re: /\bthank\s+you\s+for\s+(?:contacting|calling|choosing)\s+(?:our\s+|the\s+)?(?:\w+\s+)?(?:customer\s+(?:service|support|care)(?:\s+(?:team|department|center|centre))?|service\s+(?:center|centre|department))\b/,
        rewrite: () => ['thanks for reaching out', 'thanks for letting us know'],
      },
    ],
    message: 'Sounds like hold music',
    explanation:
      'Lines like "your call is important to us" are what automated systems say; from a person they sound hollow. Show it instead: say what you are doing for the customer right now.',
    rewrite: () => ["I'm looking into this for you personally", "I'm on it and will sort this out with you"],
  },
  de: {
    patterns: foldDe([
      { re: /(?<![\p{L}])(?:Ihr|dein)\s+(?:Anliegen|Anruf|Anfrage|Feedback|Problem)\s+(?:ist|sind)\s+uns\s+(?:sehr\s+|äußerst\s+|besonders\s+)?wichtig(?![\p{L}])/u },
      { re: /(?<![\p{L}])(?:Ihre|deine)\s+(?:Zufriedenheit|Anfrage)\s+(?:ist|liegt)\s+uns\s+(?:sehr\s+|besonders\s+)?(?:wichtig|am\s+Herzen)(?![\p{L}])/u },
      { re: /(?<![\p{L}])(?:Ihr|dein|Ihre|deine)\s+(?:Meinung|Vertrauen|Rückmeldung|Nachricht|Beschwerde|Kritik|Zeit|Meinungen|Anliegen|Feedback)\s+(?:ist|liegt|sind|liegen)\s+uns\s+(?:(?:sehr|äußerst|besonders|wirklich|selbstverständlich|natürlich)\s+){0,2}(?:wichtig|am\s+Herzen)(?![\p{L}])/u, unless: /(?<![\p{L}])(?:Anliegen|Feedback)\s+(?:ist|sind)\s+uns\s+(?:(?:sehr|äußerst|besonders)\s+)?wichtig(?![\p{L}])/u },
      { re: /(?<![\p{L}])(?:Ihre|deine|die)\s+(?:Kunden)?zufriedenheit\s+(?:ist|bleibt)\s+(?:(?:für\s+uns|bei\s+uns)\s+)?(?:unser\s+(?:oberstes|höchstes|wichtigstes|erstes)\s+(?:Ziel|Anliegen|Gebot)|das\s+Wichtigste)(?![\p{L}])/u },
      { re: /(?<![\p{L}])Kundenzufriedenheit\s+(?:ist|bleibt)\s+(?:(?:für\s+uns|bei\s+uns)\s+)?(?:unser\s+(?:oberstes|höchstes|wichtigstes)\s+(?:Ziel|Anliegen|Gebot)|das\s+Wichtigste)(?![\p{L}])/u },
      { re: /(?<![\p{L}])wir\s+schätzen\s+(?:Sie|dich)\s+als\s+(?:unseren\s+|unsere\s+)?(?:Kunden|Kundin|Kunde)(?![\p{L}])/u },
      { re: /(?<![\p{L}])Ihre\s+Zufriedenheit\s+hat\s+(?:für\s+uns\s+)?(?:oberste|höchste)\s+Priorität(?![\p{L}])/u },
      {
        re: /(?<![\p{L}])(?:vielen\s+)?(?:Dank|danke),?\s+dass\s+Sie\s+sich\s+an\s+(?:unseren|den)\s+(?:Kundenservice|Kundendienst|Kundensupport)\s+gewandt\s+haben(?![\p{L}])/u,
        rewrite: () => ['danke für Ihre Nachricht', 'danke, dass Sie sich gemeldet haben'],
      },
      { re: /(?<![\p{L}])(?:(?:Ihr|dein)\s+(?:Anliegen|Fall|Problem|Ticket|Auftrag)|(?:Ihre|deine)\s+(?:Anfrage|Beschwerde|Reklamation|Zufriedenheit|Sicherheit))\s+(?:hat|genießt|genießen)\s+(?:(?:für\s+uns|bei\s+uns|selbstverständlich|natürlich)\s+){0,2}(?:höchste|oberste|absolute|allerhöchste)\s+Priorität(?![\p{L}])/u },
      { re: /(?<![\p{L}])(?:Ihr|Ihre|dein|deine)\s+(?:Rückmeldung|Feedback|Meinung|Anliegen|Zufriedenheit|Anfrage|Vertrauen)\s+(?:ist|sind)\s+(?:für\s+uns\s+|uns\s+)?von\s+(?:großer|größter|besonderer|höchster|enormer|zentraler)\s+(?:Bedeutung|Wichtigkeit)(?![\p{L}])/u },
      { re: /(?<![\p{L}])(?:unser\s+(?:oberstes|höchstes|wichtigstes|erklärtes)\s+Ziel\s+ist\s+(?:Ihre|deine|die)\s+(?:Zufriedenheit|Kundenzufriedenheit)|es\s+ist\s+uns\s+ein\s+(?:großes\s+|besonderes\s+|wichtiges\s+)?Anliegen\s*,\s*dass\s+(?:Sie|du)\s+(?:rundum\s+|voll\s+und\s+ganz\s+)?zufrieden\s+(?:sind|bist)|(?:Kundenservice|Service|Kundenzufriedenheit|Kundenfreundlichkeit)\s+wird\s+bei\s+uns\s+gro(?:ß|ss)\s*geschrieben|wir\s+schätzen\s+(?:Sie|dich)\s+(?:sehr\s+)?als\s+(?:unsere[nr]?\s+)?(?:langjährige[nr]?|treue[nr]?|geschätzte[nr]?|wertvolle[nr]?)\s+(?:Kunden|Kundin|Kunde))(?![\p{L}])/u },
      // "Ihre Zufriedenheit steht für uns an erster Stelle", "der Kunde steht bei uns im Mittelpunkt".
      { re: /(?<![\p{L}])(?:(?:Ihre|deine|die)\s+(?:Kunden)?(?:Zufriedenheit|Sicherheit)|(?:der|unsere)\s+Kunden?|Sie\s+als\s+Kunde|Sie\s+als\s+Kundin|Ihr\s+Anliegen)\s+(?:steht|stehen)\s+(?:(?:für\s+uns|bei\s+uns|immer|stets|selbstverständlich|natürlich)\s+){0,2}(?:an\s+(?:erster|oberster)\s+Stelle|im\s+Mittelpunkt|im\s+Fokus)(?![\p{L}])/u },
    ]),
    message: 'Klingt nach Warteschleife',
    explanation:
      'Sätze wie „Ihr Anliegen ist uns wichtig“ kennt man aus der Warteschleife; von einem Menschen klingen sie hohl. Zeigen Sie es lieber: Sagen Sie, was Sie gerade für den Kunden tun.',
    rewrite: deRewrite,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "You're a valued customer, and I've applied the loyalty discount to your bill.",
      'Keeping your account safe is important to us, so I have reset the password.',
      'Is the delivery date important to you? I can upgrade the shipping.',
      'I appreciate your patience while I check this.',
      'We value your feedback on the new app and have passed it to the design team.',
      'Thanks for reaching out! Your refund went through today.',
      'Thank you for contacting us, I have checked your order.',
      "We value your time, so I've kept this short.",
    ],
    invalid: [
      { text: "[[We value every one of our customers]].", rewrite: "I'm looking into this for you personally." },
      { text: "[[We value you as a loyal customer]].", rewrite: "I'm looking into this for you personally." },
      { text: "[[Thank you for your continued support]].", rewrite: "I'm looking into this for you personally." },
      { text: '[[Your call is important to us]].', rewrite: "I'm looking into this for you personally." },
      { text: 'Thanks for writing in. [[We value your business]].', rewrite: "Thanks for writing in. I'm looking into this for you personally." },
      { text: '[[Your satisfaction is our top priority]]!', rewrite: "I'm looking into this for you personally!" },
      { text: '[[your request is very important to us]] and we will answer soon', rewrite: "I'm looking into this for you personally and we will answer soon" },
      { text: '[[Thank you for contacting Customer Service]]. I have checked your order.', rewrite: 'Thanks for reaching out. I have checked your order.' },
    ],
  },
  de: {
    valid: [
      'Ihre Bestellung steht in der Liste an erster Stelle, sie geht morgen raus.',
      "Ihre Meinung zählt: Was fehlt Ihnen am Tarif?",
      "Ihre Sicherheit war der Grund, warum die Karte gesperrt wurde.",
      'Die Sicherheit Ihres Kontos ist uns wichtig, deshalb habe ich das Passwort zurückgesetzt.',
      'Ist Ihnen der Liefertermin wichtig? Dann buche ich den Expressversand.',
      'Ihr Feedback habe ich an das Team weitergegeben.',
      'Ist Ihr Anliegen damit gelöst?',
      'Danke für Ihre Nachricht, ich habe Ihre Bestellung geprüft.',
      'Ihr Fall hat Priorität bei mir, ich rufe Sie heute noch an.',
      'Ihre Rückmeldung zu den Fotos war sehr hilfreich, danke.',
      'Wir schätzen Ihre Geduld, und ich habe die Lieferung jetzt priorisiert.',
    ],
    invalid: [
      { text: '[[Der Kunde steht bei uns immer im Mittelpunkt]].', rewrite: 'Ich kümmere mich persönlich um Ihr Anliegen.' },
      { text: "[[Ihre Meinung ist uns sehr wichtig]].", rewrite: "Ich kümmere mich persönlich um Ihr Anliegen." },
      { text: "[[Kundenzufriedenheit ist für uns das Wichtigste]].", rewrite: "Ich kümmere mich persönlich um Ihr Anliegen." },
      { text: '[[Ihr Anliegen ist uns wichtig]].', rewrite: 'Ich kümmere mich persönlich um Ihr Anliegen.' },
      { text: 'Danke für Ihre Nachricht. [[Ihre Zufriedenheit liegt uns am Herzen]].', rewrite: 'Danke für Ihre Nachricht. Ich kümmere mich persönlich um Ihr Anliegen.' },
      { text: 'Danke für Ihre Geduld. [[Wir schätzen Sie als Kunden]].', rewrite: 'Danke für Ihre Geduld. Ich kümmere mich persönlich um Ihr Anliegen.' },
      { text: '[[Dein Anliegen ist uns sehr wichtig]].', rewrite: 'Ich kümmere mich persönlich um dein Anliegen.' },
      { text: '[[Vielen Dank, dass Sie sich an unseren Kundenservice gewandt haben]].', rewrite: 'Danke für Ihre Nachricht.' },
      { text: '[[Ihr Anliegen hat für uns höchste Priorität]].', rewrite: 'Ich kümmere mich persönlich um Ihr Anliegen.' },
      { text: '[[Ihre Rückmeldung ist für uns von großer Bedeutung]].', rewrite: 'Ich kümmere mich persönlich um Ihr Anliegen.' },
      { text: '[[Kundenservice wird bei uns großgeschrieben]].', rewrite: 'Ich kümmere mich persönlich um Ihr Anliegen.' },
      { text: '[[Wir schätzen dich als langjährigen Kunden]].', rewrite: 'Ich kümmere mich persönlich um dein Anliegen.' },
    ],
  },
};
