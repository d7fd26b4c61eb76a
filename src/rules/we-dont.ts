// "We don't ship to Switzerland", "We do not accept returns after 14 days", "Telefonsupport bieten
// wir nicht an", "Bei geöffneter Ware machen wir keine Erstattungen": a service stated only as what
// we do not do. An alternative after it (in the sentence or the next one) keeps it silent, and so
// does a reassurance about data ("we don't share your data").
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

/** The rest of the clause up to punctuation, without a trailing space (linear: one step per character). */
const CLAUSE_REST = String.raw`(?:[^.,;:!?\s]|\s(?=[^.,;:!?\s])){0,80}`;

// An alternative AFTER the refusal; a "but" before it ("Sorry, but we don't …") only introduces it.
const EN_ALT_AFTER = String.raw`(?![^\n]*\b(?:but|however|instead|alternatively|unless|until|once|what\s+(?:I|we)\s+can|(?:I|we)\s+can|you\s+can|I['’]?ll|I\s+will|let\s+me|happy\s+to)\b)`;
const DE_ALT_AFTER = String.raw`(?![^\n]*(?<![\p{L}])(?:aber|jedoch|stattdessen|alternativ|dafür|sobald|bis|wenn|falls|ich\s+kann|wir\s+können|Sie\s+können|du\s+kannst|ich\s+(?:schicke|biete|schaue|kümmere|helfe|kläre))(?![\p{L}]))`;
const EN_NEXT = /^(?:but|however|instead|alternatively)\b|\b(?:I|we)\s+(?:can|could|['’]d\s+be\s+happy\s+to|would\s+be\s+happy\s+to)\s+(?!only\b|not\b|no\s+longer\b)|\bwhat\s+(?:I|we)\s+can\b|\byou\s+can\s+(?:also|still|instead)\b|\balternative/;
const DE_NEXT = /^(?:aber|jedoch|stattdessen|alternativ)(?![\p{L}])|(?<![\p{L}])(?:ich\s+kann|wir\s+können|kann\s+ich|können\s+wir)\s+(?!nur(?![\p{L}])|nicht(?![\p{L}])|leider(?![\p{L}]))|(?<![\p{L}])Alternative(?![\p{L}])/u;

// What a customer asks us for. Not "share/sell/store" (a reassurance about data) nor "charge" (good news).
const EN_SERVICE = String.raw`(?:ship|deliver|offer|accept|provide|do|support|allow|issue|refund|exchange|make|take|grant|give|sell|price[-\s]match|honou?r|extend|ship\s+out|repair|replace|keep|hold|run|operate|maintain)`;
const DE_OBJECT = String.raw`(?:Erstattungen|Erstattung|Rückerstattungen|Umtausch|Ausnahmen|Ausnahme|Rücksendungen|Rücknahmen|Reparaturen|Gutschriften|Gutschrift|Preisanpassungen|Ratenzahlung|Teillieferungen|Expressversand|Lieferungen)`;

const enRewrite = (ctx: MatchContext) => {
  const m = ctx.match.replace(/[\s,]+$/u, '');
  return [`${m}, but let me see what we can do`, `${m}, but here is what we can do instead`];
};
const deRewrite = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? [`${ctx.match}, aber ich schaue gern, was ich sonst für dich tun kann`, `${ctx.match}, aber ich habe eine andere Idee`]
    : [`${ctx.match}, aber ich schaue gern, was ich sonst für Sie tun kann`, `${ctx.match}, aber ich habe eine andere Idee`];

export const weDont: Rule = {
  id: 'we-dont',
  category: 'negative-phrasing',
  guidance: 'stay-positive',
  description: 'A service stated only as what we do not do ("we don\'t ship there", "das bieten wir nicht an")',
  en: {
    patterns: [
      // "A refund is unfortunately not possible", "Exchanges are excluded", "Cancellation is no longer possible at this stage".
      { re: new RegExp(String.raw`\b(?:an?\s+)?(?:refunds?|exchanges?|returns?|cancell?ations?|replacements?|extensions?|compensation|reimbursements?|credits?|price\s+matching)\s+(?:is|are)\s+(?:unfortunately\s+|sadly\s+|simply\s+|strictly\s+)?(?:not\s+possible|no\s+longer\s+possible|not\s+an\s+option|excluded|not\s+permitted|not\s+allowed)\b(?:\s+(?:at\s+this\s+(?:stage|point)|anymore|any\s+more|for\s+\w+(?:\s+\w+)?))?` + EN_ALT_AFTER, 'i'), rewrite: enRewrite },
      {
        // "we don't ship to Switzerland", "we do not accept returns after 14 days", "we dont offer phone support"
        re: new RegExp(String.raw`\bwe\s+(?:(?:simply|just|really|unfortunately|sadly)\s+)?(?:don['’]?t|dont|do\s+not|no\s+longer|never)\s+(?:currently\s+|generally\s+|normally\s+)?` + EN_SERVICE + String.raw`\b` + CLAUSE_REST + EN_ALT_AFTER),
        unless: /\?\s*$|\b(?:your|personal)\s+(?:data|details|information|password)\b|\bcharge\b|\bneed\b|\bif\s+we\b|\b(?:don['’]?t|do\s+not)\s+(?:do|take|make)\s+(?:that|this|it)\s+lightly\b/,
        unlessNext: EN_NEXT,
      },
    ],
    message: 'Only what you don\'t do',
    explanation:
      'A bare "we don\'t …" tells the customer what they cannot have and nothing else. Lead with what you can do, or add the next best option.',
    rewrite: enRewrite,
  },
  de: {
    patterns: foldDe([
      {
        // "Wir liefern nicht in die Schweiz", "wir bieten keinen Telefonsupport an"
        re: new RegExp(String.raw`(?<![\p{L}])wir\s+(?:liefern|versenden|verschicken|bieten|akzeptieren|nehmen|machen|erstatten|tauschen|gewähren|geben|reparieren|verkaufen|unterstützen)\s+(?:leider\s+|grundsätzlich\s+|generell\s+|derzeit\s+|aktuell\s+)?(?:nicht|keine|keinen|kein)(?![\p{L}])` + CLAUSE_REST + DE_ALT_AFTER, 'u'),
        unless: /\?\s*$|(?<![\p{L}])(?:Daten|Passwort|Gebühr|Gebühren|Aufpreis|Kosten)(?![\p{L}])/u,
        unlessNext: DE_NEXT,
      },
      {
        // "Telefonsupport bieten wir nicht an", "Rücksendungen nach 14 Tagen nehmen wir nicht an",
        // "Bei geöffneter Ware machen wir keine Erstattungen", "Ausnahmen machen wir nicht"
        re: new RegExp(String.raw`(?<![\p{L}])(?:bieten|nehmen|machen|liefern|versenden|akzeptieren|erstatten|gewähren|geben|tauschen|reparieren)\s+wir\s+(?:leider\s+|grundsätzlich\s+|generell\s+|derzeit\s+)?(?:(?:nicht|grundsätzlich\s+nicht)(?:\s+(?:an|um|zurück|aus))?|(?:keine|keinen|kein)\s+` + DE_OBJECT + String.raw`)(?![\p{L}])` + DE_ALT_AFTER, 'u'),
        unless: /\?\s*$|(?<![\p{L}])(?:Daten|Passwort|Gebühr|Gebühren|Aufpreis|Kosten)(?![\p{L}])/u,
        unlessNext: DE_NEXT,
      },
    ]),
    message: 'Nur, was Sie nicht tun',
    explanation:
      'Ein bloßes „Das machen wir nicht“ sagt dem Kunden nur, was er nicht bekommt. Beginnen Sie mit dem, was möglich ist, oder nennen Sie die nächstbeste Möglichkeit.',
    rewrite: deRewrite,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      'A refund is not possible for this order, but I can offer you a voucher instead.',
      'Is a refund still possible for my order?',
      "We don't ship to Norway yet, but I can send it to a pickup point in Sweden for you.",
      "We don't share your personal data with anyone.",
      "We don't charge for the replacement.",
      "We don't offer gift wrapping. However, you can add a free card with a message.",
      "You don't need to do anything else.",
      "We don't accept cash on delivery. I can set up an invoice payment for you instead.",
      'Do we ship to Austria?',
    ],
    invalid: [
      // Shouted: the rewrite lowers the voice too.
      { text: "[[WE DON'T DO REFUNDS]].", rewrite: "We don't do refunds, but let me see what we can do." },
      { text: '[[A refund is unfortunately not possible]].', rewrite: 'A refund is unfortunately not possible, but let me see what we can do.' },
      { text: 'Sorry, [[exchanges are excluded for sale items]].', rewrite: 'Sorry, exchanges are excluded for sale items, but let me see what we can do.' },
      { text: "[[We simply do not accept cash]].", rewrite: "We simply do not accept cash, but let me see what we can do." },
      { text: "Hi, [[we don't deliver to islands]].", rewrite: "Hi, we don't deliver to islands, but let me see what we can do." },
      { text: '[[We do not offer refunds on gift cards]].', rewrite: 'We do not offer refunds on gift cards, but let me see what we can do.' },
      { text: "Sorry, [[we dont take returns of opened software]].", rewrite: "Sorry, we dont take returns of opened software, but let me see what we can do." },
      { text: "Sorry, [[we don't do price matching]].", rewrite: "Sorry, we don't do price matching, but let me see what we can do." },
    ],
  },
  de: {
    valid: [
      'Wir liefern noch nicht nach Norwegen, aber ich kann es an eine Packstation in Schweden schicken.',
      'Wir geben Ihre Daten nicht an Dritte weiter.',
      'Wir nehmen dafür keine Gebühren.',
      'Geschenkverpackung bieten wir nicht an. Ich kann Ihnen aber gern eine Grußkarte beilegen.',
      'Liefern wir auch nach Österreich?',
      'Sie müssen nichts weiter tun.',
    ],
    invalid: [
      { text: '[[Wir liefern nicht auf Inseln]].', rewrite: 'Wir liefern nicht auf Inseln, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Hallo, Ratenzahlung [[bieten wir nicht an]].', rewrite: 'Hallo, Ratenzahlung bieten wir nicht an, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Bei Sonderanfertigungen [[machen wir keine Rücknahmen]].', rewrite: 'Bei Sonderanfertigungen machen wir keine Rücknahmen, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Sorry, [[wir akzeptieren keine Schecks]], du musst per Karte zahlen.', rewrite: 'Sorry, wir akzeptieren keine Schecks, aber ich schaue gern, was ich sonst für dich tun kann, du musst per Karte zahlen.' },
    ],
  },
};
