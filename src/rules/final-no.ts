// A "no" presented as closed for good: "the decision is final", "no exceptions", "your request has
// been denied", "No, you can't change it", "Eine Verlängerung ist ausgeschlossen". An alternative after
// it (in the sentence or the next one) keeps it silent.
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const CLAUSE_REST = String.raw`(?:[^.,;:!?\s]|\s(?=[^.,;:!?\s])){0,80}`;
const EN_ALT_AFTER = String.raw`(?![^\n]*\b(?:but|however|instead|alternatively|unless|what\s+(?:I|we)\s+can|(?:I|we)\s+can|you\s+can\s+(?:still|also)|I['’]?ll|I\s+will|let\s+me|happy\s+to)\b)`;
const DE_ALT_AFTER = String.raw`(?![^\n]*(?<![\p{L}])(?:aber|jedoch|stattdessen|alternativ|dafür|ich\s+kann|wir\s+können|Sie\s+können\s+(?:aber|gern|gerne|jederzeit)|ich\s+(?:schicke|biete|schaue|kümmere|helfe|kläre))(?![\p{L}]))`;
const EN_NEXT = /^(?:but|however|instead|alternatively)\b|\b(?:I|we)\s+(?:can|could|['’]d\s+be\s+happy\s+to|would\s+be\s+happy\s+to)\s+(?!only\b|not\b|no\s+longer\b)|\bwhat\s+(?:I|we)\s+can\b|\byou\s+can\s+(?:also|still|instead)\b|\balternative/;
const DE_NEXT = /^(?:aber|jedoch|stattdessen|alternativ)(?![\p{L}])|(?<![\p{L}])(?:ich\s+kann|wir\s+können|kann\s+ich|können\s+wir)\s+(?!nur(?![\p{L}])|nicht(?![\p{L}])|leider(?![\p{L}]))|(?<![\p{L}])Alternative(?![\p{L}])/u;

const EN_ACTION = String.raw`(?:refund|extension|exchange|return|cancellation|exception|change|compensation|replacement|reimbursement|credit)`;
const DE_ACTION = String.raw`(?:Verlängerung|Erstattung|Rückerstattung|Teilerstattung|Rückgabe|Umtausch|Stornierung|Änderung|Ausnahme|Rücknahme|Kündigung|Gutschrift|Entschädigung|Reparatur|Umbuchung)`;

const enRewrite = (ctx: MatchContext) => {
  const m = ctx.match.replace(/^(?:no|nope|nah)\s*,\s*/iu, '');
  const who = /^I\b/.test(m) ? 'I' : 'we';
  return [`${m}, but let me see what ${who} can do`, `${m}, but here is what ${who} can do instead`];
};
const deRewrite = (ctx: MatchContext) => {
  const m = ctx.match.replace(/^(?:nein|nö)\s*,\s*/iu, '');
  return ctx.register === 'informal'
    ? [`${m}, aber ich schaue gern, was ich sonst für dich tun kann`, `${m}, aber ich habe eine andere Idee`]
    : [`${m}, aber ich schaue gern, was ich sonst für Sie tun kann`, `${m}, aber ich habe eine andere Idee`];
};

export const finalNo: Rule = {
  id: 'final-no',
  category: 'negative-phrasing',
  guidance: 'stay-positive',
  description: 'A "no" presented as final ("the decision is final", "no exceptions", "your request has been denied")',
  en: {
    patterns: [
      { re: new RegExp(String.raw`\b(?:the|this|that|our|my)\s+(?:decision|answer|ruling|verdict|assessment)(?:\s+(?:on|about|regarding|concerning|for|in|re)\s+(?:(?:the|your|this|that|our)\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:is|['’]s)\s+(?:final|not\s+going\s+to\s+change)\b` + EN_ALT_AFTER), unlessNext: EN_NEXT },
      { re: new RegExp(String.raw`\b(?:this|that)(?:['’]?s|\s+is)\s+(?:our|my|a|the)\s+final\s+(?:answer|decision|word|position|ruling|verdict)\b` + EN_ALT_AFTER), unlessNext: EN_NEXT },
      { re: new RegExp(String.raw`(?:^|(?<=,\s{0,3})|(?<=\b(?:there\s+are|there['’]?s|with|and)\s+))no\s+exceptions?\b(?=\s*[.!]*\s*$)`), unlessNext: EN_NEXT, rewrite: () => ['but let me see what we can do', 'but here is what we can do instead'] },
      // "No refunds on sale items, sorry." as the opening words.
      { re: new RegExp(String.raw`^(?:(?:sorry|unfortunately)\s*,?\s+)?no\s+(?:refunds?|returns?|exchanges?|cancell?ations?|changes|exceptions?|compensation)\s+(?:on|for|after|once|of|past)\b` + CLAUSE_REST + EN_ALT_AFTER), unless: /\b(?:needed|necessary|required|fees?|charges?|problem)\b/, unlessNext: EN_NEXT, rewrite: (ctx) => [`${ctx.match.replace(/^(?:sorry|unfortunately)\s*,?\s+/iu, '')}, but let me see what we can do`] },
      // "Pets are not allowed in our cars, period.", "..., full stop.", "..., no ifs or buts."
      { re: /\s*[,;:—–-]\s*(?:period|full\s+stop|no\s+ifs,?\s+(?:and|or)?\s*(?:no\s+)?buts|no\s+discussion|no\s+arguments?)(?=\s*[.!]*\s*$)/, unless: /\b(?:trial|grace|cooling-?off|billing|waiting|notice)\s+period\b/, unlessNext: EN_NEXT, rewrite: () => [', but let me see what we can do', ', but here is what we can do instead'] },
      { re: new RegExp(String.raw`\b(?:I|we)\s+(?:can['’]?t|cant|cannot|can\s+not|won['’]?t|will\s+not)\s+make\s+(?:an\s+|any\s+)?exceptions?\b` + CLAUSE_REST + EN_ALT_AFTER), unlessNext: EN_NEXT },
      {
        // "Your request has been denied", "the claim was rejected"
        re: new RegExp(String.raw`\b(?:your|the|that|this)\s+(?:(?:refund|return|warranty|cancellation|compensation)\s+)?(?:request|claim|application|appeal|complaint)(?:\s+for\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:has\s+been|have\s+been|was|is|had\s+to\s+be)\s+(?:denied|rejected|declined|refused|turned\s+down)\b` + EN_ALT_AFTER),
        unless: /\?\s*$|\bnot\s+(?:been\s+)?(?:denied|rejected|declined)\b/,
        unlessNext: EN_NEXT,
      },
      {
        // "No, you can't change the delivery address once the order is placed."
        re: new RegExp(String.raw`^(?:no|nope|nah)\s*,\s+(?:you|we|I|that|this|it)\s+(?:can['’]?t|cant|cannot|can\s+not|won['’]?t\s+be\s+able|won['’]?t\s+work|will\s+not\s+work|isn['’]?t\s+possible|is\s+not\s+possible)\b` + CLAUSE_REST + EN_ALT_AFTER),
        unless: /\b(?:problem|necessary|needed|required|fault|worry|charge|extra|cost)\b/,
        unlessNext: EN_NEXT,
      },
      {
        // "A refund is not possible", "an extension of the trial is out of the question"
        re: new RegExp(String.raw`\b(?:a|an|the|any)\s+` + EN_ACTION + String.raw`s?(?:\s+(?:of|for|on)(?:\s+[\w'’-]+){1,3})?\s+(?:is|are|would\s+be|will\s+not\s+be|won['’]?t\s+be)\s+(?:not\s+possible|impossible|out\s+of\s+the\s+question|ruled\s+out)\b` + EN_ALT_AFTER),
        unless: /\?\s*$/,
        unlessNext: EN_NEXT,
      },
    ],
    message: 'A "no" with the door shut for good',
    explanation:
      '"Final", "no exceptions" and "denied" end the conversation and leave the customer nothing to do but escalate. Explain the reason and offer what is still possible.',
    rewrite: enRewrite,
  },
  de: {
    patterns: foldDe([
      { re: new RegExp(String.raw`(?<![\p{L}])(?:die|diese|unsere|meine)\s+Entscheidung\s+ist\s+(?:leider\s+)?(?:endgültig|final|unwiderruflich)(?![\p{L}])` + DE_ALT_AFTER, 'u'), unlessNext: DE_NEXT },
      { re: /(?<=,\s{0,3})(?:ohne\s+(?:jede\s+)?Ausnahme|keine\s+Ausnahmen?)(?=\s*[.!]*\s*$)/u,
        unlessNext: DE_NEXT,
        rewrite: (ctx) => [`aber ich schaue gern, was ich sonst für ${ctx.register === 'informal' ? 'dich' : 'Sie'} tun kann`],
      },
      { re: new RegExp(String.raw`(?<![\p{L}])(?:es\s+gibt|(?:da|dafür|hier|dabei|davon|darauf)\s+gibt\s+es)\s+(?:(?:leider|hier|auch|grundsätzlich|generell)\s+){0,2}keine\s+Ausnahmen?(?![\p{L}])` + DE_ALT_AFTER, 'u'), unlessNext: DE_NEXT },
      {
        // "Ihr Antrag wurde abgelehnt", "deine Reklamation ist leider abgelehnt worden"
        re: new RegExp(String.raw`(?<![\p{L}])(?:Ihr|Ihre|dein|deine|der|die)\s+(?:Antrag|Anfrage|Reklamation|Widerspruch|Beschwerde|\p{L}*antrag)\s+(?:wurde|ist|musste)\s+(?:leider\s+)?abgelehnt(?:\s+(?:werden|worden))?(?![\p{L}])` + DE_ALT_AFTER, 'u'),
        unless: /\?\s*$|(?<![\p{L}])nicht\s+abgelehnt(?![\p{L}])/u,
        unlessNext: DE_NEXT,
      },
      {
        // "Nein, die Lieferadresse können Sie nach der Bestellung nicht mehr ändern."
        re: new RegExp(String.raw`^(?:nein|nö)\s*,\s+(?:[^\s.,;:!?]+\s+){0,8}?(?:nicht|nichts)(?:\s+mehr)?\s+(?:möglich|\p{L}+(?:en|ern|eln))(?![\p{L}])` + DE_ALT_AFTER, 'u'),
        unless: /(?<![\p{L}])(?:müssen|musst|brauchen|brauchst|nötig|notwendig|Sorge|Problem|Schuld|kostenlos|Kosten|bezahlen|zahlen)(?![\p{L}])/u,
        unlessNext: DE_NEXT,
      },
      {
        // "Eine Verlängerung der Testphase ist ausgeschlossen", "Eine Erstattung ist leider nicht möglich"
        re: new RegExp(String.raw`(?<![\p{L}])(?:eine|die|der|ein|das)\s+` + DE_ACTION + String.raw`(?:\s+(?:der|des|von|für|Ihrer|Ihres|deiner|deines|Ihren|deinen)\s+[\p{L}-]+){0,2}\s+(?:ist|wäre)\s+(?:leider\s+|hier\s+|in\s+diesem\s+Fall\s+)?(?:ausgeschlossen|nicht\s+(?:mehr\s+)?möglich|unmöglich)(?![\p{L}])` + DE_ALT_AFTER, 'u'),
        unless: /\?\s*$/u,
        unlessNext: DE_NEXT,
      },
      // A full stop said out loud: "Haustiere sind nicht erlaubt, Punkt.", "…, Ende der Diskussion.", "…, basta."
      { re: /(?<=[^\s,]\s*,\s{0,3})(?:Punkt|Punkt\s+aus|Ende\s+der\s+Diskussion|Ende\s+der\s+Durchsage|basta|Schluss\s+aus|und\s+damit\s+basta|aus\s+die\s+Maus)(?=\s*[.!]*\s*$)/u,
        unlessNext: DE_NEXT,
        rewrite: (ctx) => [`aber ich schaue gern, was ich sonst für ${ctx.register === 'informal' ? 'dich' : 'Sie'} tun kann`],
      },
    ]),
    message: 'Ein „Nein“, das die Tür endgültig schließt',
    explanation:
      '„Endgültig“, „ohne Ausnahme“ und „abgelehnt“ beenden das Gespräch und lassen dem Kunden nur die Eskalation. Erklären Sie den Grund und bieten Sie an, was noch möglich ist.',
    rewrite: deRewrite,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "Once you've made a final decision, let me know.",
      "The decision isn't final yet, and I've asked for a review.",
      "The decision is final, but I can offer you a voucher for your next order.",
      "No, you don't need to do anything else.",
      "No, that isn't a problem at all.",
      "Your refund request has been approved.",
      'Your claim was rejected by the courier. I can file an appeal for you today.',
      'Is a refund not possible at all?',
      'A refund is not possible for this order, but I can exchange it for you.',
      'Your trial period ends on Friday, period.',
      'The refund arrives within the 14-day cooling-off period.',
      "No refunds on sale items, but I can offer store credit.",
      "No changes after checkout are needed, your order is fine.",
      "That request has been approved.",
      "This is our final offer for the season, and it's 30% off.",
      "Your request for a partial refund has been approved and paid.",
    ],
    invalid: [
      { text: "[[Our decision regarding the claim is final]].", rewrite: "Our decision regarding the claim is final, but let me see what we can do." },
      { text: "[[Your request for a partial refund has been rejected]].", rewrite: "Your request for a partial refund has been rejected, but let me see what we can do." },
      { text: "[[This is a final decision]].", rewrite: "This is a final decision, but let me see what we can do." },
      { text: "[[That appeal has been rejected]].", rewrite: "That appeal has been rejected, but let me see what we can do." },
      { text: "[[No exchanges on swimwear]], sorry.", rewrite: "No exchanges on swimwear, but let me see what we can do, sorry." },
      { text: 'Smoking is not permitted in the rooms[[, full stop]].', rewrite: 'Smoking is not permitted in the rooms, but let me see what we can do.' },
      { text: 'Returns after 30 days are refused[[, period]].', rewrite: 'Returns after 30 days are refused, but let me see what we can do.' },
      { text: "I'm afraid [[the decision is final]].", rewrite: "I'm afraid the decision is final, but let me see what we can do." },
      { text: "Sorry, [[that is my final answer]].", rewrite: "Sorry, that is my final answer, but let me see what we can do." },
      { text: '[[No, that won\'t work]].', rewrite: "That won't work, but let me see what we can do." },
      { text: "Returns after 30 days are refused, [[no exceptions]].", rewrite: 'Returns after 30 days are refused, but let me see what we can do.' },
      { text: 'Hi Jo, [[your warranty claim was rejected]].', rewrite: 'Hi Jo, your warranty claim was rejected, but let me see what we can do.' },
      { text: "[[No, you can't swap the colour after payment]].", rewrite: "You can't swap the colour after payment, but let me see what we can do." },
      { text: '[[An extension of your contract is out of the question]].', rewrite: 'An extension of your contract is out of the question, but let me see what we can do.' },
    ],
  },
  de: {
    valid: [
      'Dafür gibt es keine Gebühr.',
      'Die Entscheidung ist endgültig, aber ich kann Ihnen einen Gutschein anbieten.',
      'Nein, Sie müssen nichts weiter tun.',
      'Nein, das ist für Sie kostenlos.',
      'Ihr Antrag wurde genehmigt.',
      'Ihr Antrag wurde vom Paketdienst abgelehnt. Ich kann aber gern Widerspruch für Sie einlegen.',
      'Eine Erstattung ist hier nicht möglich, dafür tausche ich den Artikel gern um.',
      'Ist eine Verlängerung ausgeschlossen?',
      'Der Punkt ist, dass ich Ihnen gern helfe.',
      'Das war mein letzter Punkt, danke fürs Zuhören.',
    ],
    invalid: [
      { text: '[[Davon gibt es keine Ausnahme]].', rewrite: 'Davon gibt es keine Ausnahme, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Tut mir leid, [[die Entscheidung ist endgültig]].', rewrite: 'Tut mir leid, die Entscheidung ist endgültig, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Nach 30 Tagen nehmen wir keine Ware zurück, [[ohne Ausnahme]].', rewrite: 'Nach 30 Tagen nehmen wir keine Ware zurück, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Hallo Jo, [[deine Reklamation wurde abgelehnt]].', rewrite: 'Hallo Jo, deine Reklamation wurde abgelehnt, aber ich schaue gern, was ich sonst für dich tun kann.' },
      { text: '[[Nein, die Farbe kannst du nach der Zahlung nicht mehr tauschen]].', rewrite: 'Die Farbe kannst du nach der Zahlung nicht mehr tauschen, aber ich schaue gern, was ich sonst für dich tun kann.' },
      { text: '[[Eine Stornierung der Buchung ist ausgeschlossen]].', rewrite: 'Eine Stornierung der Buchung ist ausgeschlossen, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Rauchen im Zimmer kostet 200 Euro Reinigungsgebühr, [[basta]].', rewrite: 'Rauchen im Zimmer kostet 200 Euro Reinigungsgebühr, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Wir tauschen keine benutzten Kopfhörer, [[Punkt]].', rewrite: 'Wir tauschen keine benutzten Kopfhörer, aber ich schaue gern, was ich sonst für Sie tun kann.' },
    ],
  },
};
