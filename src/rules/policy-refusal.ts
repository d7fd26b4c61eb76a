// "That's against our policy", "It's not our policy", "Das ist gegen unsere Richtlinien":
// hiding a "no" behind a rule, with nothing offered instead.
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

// An action already taken ("..., so I removed it") explains the policy rather than refusing.
const EN_ALTERNATIVE = /\b(?:(?<!sorry,?\s)but|however|so\s+(?:I|we)|which\s+is\s+why|instead|what\s+(?:I|we)\s+can|I\s+can\s+(?:offer|suggest)|alternatively|unless)\b/;
const DE_ALTERNATIVE = /(?<![\p{L}])(?:(?<!(?:leid|sorry|Sorry|Entschuldigung|Verzeihung),?\s)aber|deshalb|daher|darum|habe\s+ich|haben\s+wir|jedoch|stattdessen|alternativ|was\s+(?:ich|wir)\s+(?:tun|machen|anbieten)\s+(?:kann|können)|ich\s+kann\s+(?:Ihnen|dir)\s+(?:anbieten|vorschlagen))(?![\p{L}])/u;

const deRewrite = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? ['lass mich schauen, was im Rahmen unserer Regeln möglich ist', 'ich prüfe, welche Möglichkeiten du hast']
    : ['lassen Sie mich schauen, was im Rahmen unserer Regeln möglich ist', 'ich prüfe, welche Möglichkeiten Sie haben'];

export const policyRefusal: Rule = {
  id: 'policy-refusal',
  category: 'negative-phrasing',
  guidance: 'stay-positive',
  description: 'A refusal that only cites policy ("that\'s against our policy")',
  en: {
    patterns: [
      // "Rules are rules", "the rules are the rules".
      { re: /\b(?:the\s+)?rules\s+are\s+(?:the\s+)?rules\b/, unless: EN_ALTERNATIVE },
      {
        re: /\b(?:that['’]?s|that\s+is|this\s+is|it['’]?s|it\s+is|thats|that\s+would\s+be|this\s+would\s+be|it\s+would\s+be)\s+(?:strictly\s+|simply\s+|just\s+)?(?:against|not\s+in\s+line\s+with|a\s+violation\s+of|in\s+violation\s+of)\s+(?:(?:our|company|the)\s+)?(?:company\s+)?(?:policy|policies|rules|guidelines|terms)\b/,
        unless: EN_ALTERNATIVE,
      },
      {
        re: /\b(?:it['’]?s|it\s+is|that['’]?s|that\s+is|this\s+is)\s+not\s+(?:our|company)\s+policy(?:\s+to\s+(?:give|offer|refund|issue|provide|accept|allow|make|replace|exchange|compensate|reimburse|do|grant|extend|waive)(?:\s+(?:that|this|those|these|refunds|exceptions|returns|credits?))?)?(?![\w-]|\s+to\b)/,
        unless: EN_ALTERNATIVE,
      },
      {
        re: /\b(?:our\s+)?(?:company\s+)?polic(?:y|ies)\s+(?:doesn['’]?t|does\s+not|don['’]?t|do\s+not|won['’]?t|will\s+not)\s+(?:allow|permit|let\s+us\s+do)\s+(?:that|this|it|refunds|exceptions|returns)\b/,
        unless: EN_ALTERNATIVE,
      },
      {
        // "Sorry, but that's just our policy." / "Those are the rules." as the whole answer
        re: /\b(?:(?:that['’]?s|thats|that\s+is|it['’]?s|it\s+is|this\s+is)\s+(?:just\s+|simply\s+|unfortunately\s+)?(?:our|the|company)\s+(?:policy|rules|guidelines)|(?:those|these)\s+are\s+(?:just\s+|simply\s+)?(?:our|the)\s+(?:rules|guidelines))(?=\s*[.!]*\s*$)/,
        unless: EN_ALTERNATIVE,
        unlessNext: /^(?:but|however|instead|alternatively)\b|\b(?:I|we)\s+(?:can|could|['’]d\s+be\s+happy\s+to|would\s+be\s+happy\s+to)\s+(?!only\b|not\b|no\s+longer\b)|\bwhat\s+(?:I|we)\s+can\b|\byou\s+can\s+(?:also|still|instead)\b|\balternative/,
      },
    ],
    message: 'A "no" hidden behind policy',
    explanation:
      'Quoting the rule without an alternative sounds like "computer says no". Explain what the policy does allow and what you can do within it.',
    rewrite: () => ['let me check what our policy does allow', 'let me see what options we have'],
  },
  de: {
    patterns: foldDe([
      {
        re: /(?<![\p{L}])(?:(?:das\s+(?:ist|wäre)|ist\s+das)\s+(?:leider\s+)?(?:gegen|nicht\s+im\s+Einklang\s+mit)\s+(?:unsere|unseren|die|den)|das\s+verstößt\s+(?:leider\s+)?gegen\s+(?:unsere|die)|das\s+widerspricht\s+(?:leider\s+)?(?:unseren|den))\s+(?:Richtlinien|Firmenrichtlinien|Unternehmensrichtlinien|Regeln|Vorgaben|Geschäftsbedingungen|AGB)(?![\p{L}])/u,
        unless: DE_ALTERNATIVE,
      },
      {
        re: /(?<![\p{L}])(?:unsere\s+)?(?:Richtlinien|Regeln|Vorgaben|AGB)\s+(?:erlauben|gestatten|sehen)\s+(?:das|dies|so\s+etwas|sowas)\s+(?:leider\s+)?(?:nicht|nicht\s+vor)(?![\p{L}])/u,
        unless: DE_ALTERNATIVE,
      },
      {
        re: /(?<![\p{L}])das\s+ist\s+(?:bei\s+uns\s+)?(?:leider\s+)?(?:so\s+)?nicht\s+vorgesehen(?![\p{L}])/u,
        unless: DE_ALTERNATIVE,
      },
      {
        // "Sorry, aber das sind nun mal unsere Richtlinien." as the whole answer
        re: /(?<![\p{L}])(?:das|so)\s+(?:sind|ist)\s+(?:(?:nun\s+mal|nunmal|halt|eben|einfach|leider)\s+){0,2}(?:unsere|die)\s+(?:Richtlinien|Richtlinie|Regeln|Regel|Vorgaben|AGB|Firmenpolitik)(?=\s*[.!]*\s*$)/u,
        unless: DE_ALTERNATIVE,
        unlessNext: /^(?:aber|jedoch|stattdessen|alternativ)(?![\p{L}])|(?<![\p{L}])(?:ich\s+kann|wir\s+können|kann\s+ich|können\s+wir)\s+(?!nur(?![\p{L}])|nicht(?![\p{L}])|leider(?![\p{L}]))|(?<![\p{L}])Alternative(?![\p{L}])/u,
      },
      // Tautologies that close the door: "Vorschrift ist Vorschrift", "Regel ist Regel", "Frist ist Frist".
      {
        re: /(?<![\p{L}])(?<w>Vorschrift|Regel|Gesetz|Frist|Vertrag|Richtlinie|Policy|Bestimmung|Anweisung)\s+ist\s+\k<w>(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: (ctx) => (ctx.register === 'informal' ? ['lass mich schauen, was im Rahmen unserer Regeln möglich ist'] : ['lassen Sie mich schauen, was im Rahmen unserer Regeln möglich ist']),
      },
    ]),
    message: 'Ein „Nein“, das sich hinter Richtlinien versteckt',
    explanation:
      'Nur auf die Regel zu verweisen, klingt nach „Computer sagt nein“. Erklären Sie, was die Richtlinie erlaubt und was Sie in diesem Rahmen tun können.',
    rewrite: deRewrite,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      'That is against policy, but I can offer you a voucher instead.',
      'Sharing your password is against the rules of most banks, so please keep it to yourself.',
      "That's against our policy, but I can offer you store credit instead.",
      'Our policy team can take another look if you appeal.',
      'You can also check our refund policy here.',
      'Is that against the policy? Let me check for you.',
      "It's not our policy to share personal data, so I removed it from the thread.",
      "That's our policy on returns: you have 30 days and the label is free.",
      "That's just our policy. But I can offer you store credit instead.",
      "Rules are rules, but I've made an exception for you this time.",
    ],
    invalid: [
      { text: "It's nothing personal, [[rules are rules]].", rewrite: "It's nothing personal, let me check what our policy does allow." },
      { text: "Sorry, [[that's against our policy]].", rewrite: 'Sorry, let me check what our policy does allow.' },
      { text: "[[Thats against company rules]] im afraid.", rewrite: "Let me check what our policy does allow im afraid." },
      { text: "[[That is against policy]].", rewrite: "Let me check what our policy does allow." },
      { text: "[[It's not our policy to give refunds]].", rewrite: 'Let me check what our policy does allow.' },
      { text: "[[Our policy doesn't allow that]].", rewrite: 'Let me check what our policy does allow.' },
      { text: "I'm sorry, [[that is against company policy]].", rewrite: "I'm sorry, let me check what our policy does allow." },
      { text: "I hear you. [[Those are the rules]].", rewrite: 'I hear you. Let me check what our policy does allow.' },
      { text: "Sorry, [[it's simply the policy]].", rewrite: 'Sorry, let me check what our policy does allow.' },
    ],
  },
  de: {
    valid: [
      'Die Frist ist flexibel, ich verlängere sie gern.',
      'Das ist gegen unsere Richtlinien, aber ich kann Ihnen einen Gutschein anbieten.',
      'Unsere Richtlinien finden Sie hier.',
      'Das ist nicht gegen die Regeln, Sie können das gern so machen.',
      'Das ist bei uns selbstverständlich vorgesehen.',
      'Das ist gegen unsere Richtlinien, deshalb habe ich den Beitrag entfernt.',
      'Das sind unsere Richtlinien für Rücksendungen: 30 Tage, kostenloses Etikett.',
      'Das sind leider die Regeln. Ich kann Ihnen aber gern einen Gutschein anbieten.',
    ],
    invalid: [
      { text: '[[Frist ist Frist]].', rewrite: 'Lassen Sie mich schauen, was im Rahmen unserer Regeln möglich ist.' },
      { text: '[[Das ist gegen unsere Richtlinien]].', rewrite: 'Lassen Sie mich schauen, was im Rahmen unserer Regeln möglich ist.' },
      { text: 'Tut mir leid, [[das verstößt gegen unsere Richtlinien]].', rewrite: 'Tut mir leid, lassen Sie mich schauen, was im Rahmen unserer Regeln möglich ist.' },
      { text: '[[Unsere AGB erlauben das nicht]].', rewrite: 'Lassen Sie mich schauen, was im Rahmen unserer Regeln möglich ist.' },
      { text: 'Tja, [[das sind halt die Regeln]].', rewrite: 'Tja, lassen Sie mich schauen, was im Rahmen unserer Regeln möglich ist.' },
      { text: '[[Das ist bei uns leider nicht vorgesehen]], du kannst nur umtauschen.', rewrite: 'Lass mich schauen, was im Rahmen unserer Regeln möglich ist, du kannst nur umtauschen.' },
    ],
  },
};
