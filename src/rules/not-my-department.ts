// "That's not my department", "not my job", "Dafür bin ich nicht zuständig": pushing the problem
// away from oneself. Taking ownership in the same sentence ("..., but I'll make sure ...") is fine.
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

// A channel ("via Twitter", "over chat") is channel guidance, not another department.
const EN_OWNERSHIP = /\b(?:but\s+I|but\s+we|(?:via|over|through|on)\s+(?:twitter|social\s+media|chat|e-?mail|phone|this\s+channel|DMs?)|I['’]?ll\s+(?:make\s+sure|stay|follow|keep|personally|still)|I\s+will\s+(?:make\s+sure|stay|follow|keep|personally|still)|myself|I['’]?ve\s+already|I\s+have\s+already)\b/;
const DE_OWNERSHIP = /(?<![\p{L}])(?:aber\s+ich|aber\s+wir|ich\s+kümmere\s+mich|ich\s+bleibe|ich\s+sorge|ich\s+melde\s+mich|selbst|trotzdem|dennoch|habe\s+(?:bereits|schon))(?![\p{L}])/u;

const deRewrite = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? ['ich sorge dafür, dass das bei der richtigen Stelle landet, und bleibe für dich dran', 'ich kläre das für dich mit den Kollegen']
    : ['ich sorge dafür, dass das bei der richtigen Stelle landet, und bleibe für Sie dran', 'ich kläre das für Sie mit den Kollegen'];

export const notMyDepartment: Rule = {
  id: 'not-my-department',
  category: 'passing-on',
  guidance: 'dont-pass-on',
  description: '"Not my department", "not my job", "Dafür bin ich nicht zuständig"',
  en: {
    patterns: [
      {
        re: /\b(?:(?:that['’]?s|that\s+is|this\s+is|it['’]?s|it\s+is|thats)\s+(?:really\s+|just\s+|simply\s+)?not|(?:that|this|it)\s+(?:isn['’]?t|is\s+not))\s+(?:my|our)\s+(?:department|job|area|team|responsibility|remit|call|division|problem\s+to\s+(?:fix|solve))\b/,
        unless: EN_OWNERSHIP,
      },
      // "Not my area, sorry", "sorry, not our department": the bare brush-off.
      {
        re: /(?:^|(?<=[,;:—–-]\s{0,3})|(?<=^(?:sorry|sry|unfortunately)\s{1,3}))not\s+(?:really\s+)?(?:my|our)\s+(?:department|dept|area|job|team|responsibility|remit|division|field|wheelhouse)\b/,
        unless: EN_OWNERSHIP,
      },
      {
        re: /\b(?:I|we)\s+(?:don['’]?t|do\s+not|dont)\s+(?:handle|deal\s+with|take\s+care\s+of|look\s+after)\s+(?:that|this|those|these|that\s+kind\s+of\s+(?:thing|issue|request)|(?:billing|shipping|delivery|payment|refund|technical)\s+(?:issues|questions|requests))\b/,
        unless: EN_OWNERSHIP,
      },
      {
        re: /\b(?:I['’]?m|I\s+am|we['’]?re|we\s+are)\s+not\s+(?:the\s+right\s+(?:person|team|department)(?:\s+(?:for\s+(?:this|that)|to\s+ask(?:\s+about\s+(?:this|that))?))?|responsible\s+for\s+(?:that|this))\b/,
        unless: EN_OWNERSHIP,
      },
    ],
    message: 'This pushes the problem away',
    explanation:
      'To the customer you are the company. "Not my department" tells them they are in the wrong place again; take ownership and get it to the right people yourself.',
    rewrite: () => ["I'll get this to the right team and stay on it for you", "I'll sort this out with my colleagues for you"],
  },
  de: {
    patterns: foldDe([
      {
        // "Dafür bin ich nicht zuständig", "Da sind wir nicht zuständig", "Ich bin dafür nicht zuständig", "..., dafür ist eine andere Abteilung zuständig"
        re: /(?<![\p{L}])(?:(?:dafür|hierfür|da|hier)\s+(?:bin\s+ich|sind\s+wir|ist\s+(?:unsere\s+Abteilung|unser\s+Team|mein\s+Team))|(?:ich\s+bin|wir\s+sind)\s+(?:dafür|hierfür|da|hier))\s+(?:leider\s+|auch\s+|aber\s+)?nicht\s+(?:zuständig|verantwortlich)(?![\p{L}])/u,
        unless: DE_OWNERSHIP,
      },
      {
        re: /(?<![\p{L}])(?:dafür|hierfür)\s+ist\s+(?:eine\s+andere\s+Abteilung|ein\s+anderes\s+Team|die\s+\p{L}+abteilung)\s+zuständig(?![\p{L}])/u,
        unless: DE_OWNERSHIP,
      },
      {
        re: /(?<![\p{L}])das\s+ist\s+(?:leider\s+|einfach\s+)?nicht\s+(?:meine|unsere)\s+(?:Abteilung|Aufgabe|Baustelle)(?![\p{L}])|(?<![\p{L}])das\s+ist\s+(?:leider\s+|einfach\s+)?nicht\s+(?:mein|unser)\s+(?:Job|Bereich)(?![\p{L}])/u,
        unless: DE_OWNERSHIP,
      },
      {
        re: /(?<![\p{L}])da\s+(?:sind\s+Sie|bist\s+du)\s+(?:bei\s+(?:mir|uns)\s+)?(?:leider\s+)?(?:falsch|an\s+der\s+falschen\s+(?:Stelle|Adresse))(?![\p{L}])/u,
        unless: DE_OWNERSHIP,
      },
      {
        // Said as a fragment: "nicht mein Bereich, sorry", "Nicht unsere Baustelle."
        re: /^(?:(?:das\s+ist\s+|ist\s+)?(?:leider\s+|halt\s+|eben\s+)?nicht\s+(?:mein|unser)\s+(?:Bereich|Job|Ding|Thema|Ressort)|(?:das\s+ist\s+|ist\s+)?(?:leider\s+|halt\s+|eben\s+)?nicht\s+(?:meine|unsere)\s+(?:Abteilung|Baustelle|Aufgabe|Zuständigkeit))(?=\s*(?:[,.;!]|$))/u,
        unless: DE_OWNERSHIP,
      },
      {
        // "Das entscheide nicht ich", "Das liegt nicht in meiner Hand", "Darauf habe ich keinen Einfluss"
        re: /(?<![\p{L}])(?:(?:das|dies)\s+(?:entscheide|bestimme)\s+(?:leider\s+)?nicht\s+ich|(?:das|dies)\s+liegt\s+(?:leider\s+|einfach\s+)?nicht\s+in\s+meiner\s+(?:Hand|Macht)|darauf\s+habe\s+ich\s+(?:leider\s+|einfach\s+)?keinen\s+Einfluss)(?![\p{L}])/u,
        unless: new RegExp(DE_OWNERSHIP.source + String.raw`|(?<![\p{L}])(?:frage|kläre|kümmere|habe\s+(?:bereits|schon)|gebe)(?![\p{L}])`, 'u'),
      },
    ]),
    message: 'Das schiebt das Problem von sich weg',
    explanation:
      'Für den Kunden sind Sie das Unternehmen. „Dafür bin ich nicht zuständig“ sagt ihm, dass er wieder falsch ist; übernehmen Sie und sorgen Sie selbst dafür, dass es bei den Richtigen landet.',
    rewrite: deRewrite,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      'It is not your fault that the parcel was lost.',
      "Billing isn't my area, but I'll make sure the billing team sorts this today and I'll update you.",
      'I have forwarded this to our billing team myself and will update you by Friday.',
      "I'll stay on it until it's solved.",
      'We handle refunds within 5 days.',
      "We don't handle that kind of request via Twitter, but here is the form.",
      "Not my favourite colour either, but it's the only one in stock.",
    ],
    invalid: [
      { text: 'Sorry, [[not my job]].', rewrite: "Sorry, I'll get this to the right team and stay on it for you." },
      { text: '[[Not our department]], I\'m afraid.', rewrite: "I'll get this to the right team and stay on it for you, I'm afraid." },
      { text: "Sorry, [[that's not my department]].", rewrite: "Sorry, I'll get this to the right team and stay on it for you." },
      { text: "[[That's not my job]].", rewrite: "I'll get this to the right team and stay on it for you." },
      { text: "Sorry, [[we don't handle that]].", rewrite: "Sorry, I'll get this to the right team and stay on it for you." },
      { text: "[[I'm not the right person to ask about that]].", rewrite: "I'll get this to the right team and stay on it for you." },
      { text: "[[this isnt my department]] tbh", rewrite: "I'll get this to the right team and stay on it for you tbh" },
    ],
  },
  de: {
    valid: [
      'Ab sofort bin ich für Ihr Anliegen zuständig.',
      'Dafür ist eigentlich die Buchhaltung zuständig, aber ich kümmere mich selbst darum und melde mich morgen.',
      'Das ist nicht Ihre Schuld.',
      'Das ist kein Problem.',
      'Nicht mein Bereich allein: Ich habe die Kollegen schon eingebunden und bleibe selbst dran.',
      'Darauf habe ich leider keinen Einfluss, aber ich frage beim Lager nach und melde mich.',
    ],
    invalid: [
      { text: '[[Dafür bin ich nicht zuständig]].', rewrite: 'Ich sorge dafür, dass das bei der richtigen Stelle landet, und bleibe für Sie dran.' },
      { text: 'Tut mir leid, [[dafür sind wir leider nicht zuständig]].', rewrite: 'Tut mir leid, ich sorge dafür, dass das bei der richtigen Stelle landet, und bleibe für Sie dran.' },
      { text: '[[Das ist nicht meine Abteilung]].', rewrite: 'Ich sorge dafür, dass das bei der richtigen Stelle landet, und bleibe für Sie dran.' },
      { text: '[[Da bist du bei uns falsch]].', rewrite: 'Ich sorge dafür, dass das bei der richtigen Stelle landet, und bleibe für dich dran.' },
      { text: '[[Ich bin dafür nicht zuständig]], tut mir leid.', rewrite: 'Ich sorge dafür, dass das bei der richtigen Stelle landet, und bleibe für Sie dran, tut mir leid.' },
      { text: '[[Nicht unsere Baustelle]], sorry.', rewrite: 'Ich sorge dafür, dass das bei der richtigen Stelle landet, und bleibe für Sie dran, sorry.' },
      { text: '[[ist halt nicht mein Job]]', rewrite: 'Ich sorge dafür, dass das bei der richtigen Stelle landet, und bleibe für Sie dran' },
      { text: '[[Das liegt nicht in meiner Hand]].', rewrite: 'Ich sorge dafür, dass das bei der richtigen Stelle landet, und bleibe für Sie dran.' },
    ],
  },
};
