// Flat refusals without an alternative: "we don't do that", "das geht nicht".
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

/** A refusal that already offers a way forward is fine ("..., but I can ...").
 *  The "but" of "sorry, but" is not an alternative: it introduces the refusal. */
// An alternative may also come first or be implied by the channel: "please call us so we can verify you; we can't do
// that part by email".
const EN_ALTERNATIVE = /\b(?:(?<!sorry\s*,?\s*)but|however|instead|what\s+(?:I|we)\s+can|I\s+can\s+(?:offer|suggest)|alternatively|unless|so\s+(?:that\s+)?(?:we|I)\s+can|(?:by|via|over)\s+(?:e-?mail|chat|the\s+phone|phone|post|text|twitter|social\s+media)|in\s+(?:this|the)\s+chat)\b/;
// Umlaut-safe edges: `\b` does not see "ü" as a letter, so "dafür\b" never matched before.
const DE_ALTERNATIVE = /(?<![\p{L}])(?:(?<!(?:leid|Entschuldigung|sorry)\s*,?\s*)aber|jedoch|stattdessen|dafür|alternativ|was\s+(?:ich|wir)\s+(?:tun|machen|anbieten)\s+(?:kann|können)|ich\s+kann\s+(?:Ihnen|dir)\s+(?:anbieten|vorschlagen))(?![\p{L}])/u;

const deSeed = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? ['lass mich sehen, was wir tun können', 'ich schaue, welche Möglichkeiten wir haben']
    : ['lassen Sie mich sehen, was wir tun können', 'ich schaue, welche Möglichkeiten wir haben'];

export const flatRefusal: Rule = {
  id: 'flat-refusal',
  category: 'negative-phrasing',
  guidance: 'stay-positive',
  description: 'A flat "no" without an alternative',
  en: {
    patterns: [
      {
        re: /\bwe\s+(?:don['’]?t|do\s+not)\s+do\s+(?<what>that|this|refunds|exchanges|returns|exceptions|those)\b/,
        unless: EN_ALTERNATIVE,
        rewrite: (ctx) => {
          const what = (ctx.groups.what ?? 'that').toLowerCase();
          return what === 'that' || what === 'this' || what === 'those'
            ? ['let me see what we can do', 'let me check what options we have']
            : [`let me see what we can do about ${what}`, 'let me check what options we have'];
        },
      },
      { re: /\b(?:that['’]?s|that\s+is|this\s+is)\s+(?:just\s+|simply\s+)?(?:not\s+possible|impossible)\b/, unless: EN_ALTERNATIVE },
      // "It is not possible to enable this option by default" explains the product, it refuses nothing;
      // "it's not possible to refund this" does refuse.
      {
        re: /\b(?:it['’]?s|it\s+is)\s+(?:just\s+|simply\s+)?(?:not\s+possible|impossible)\b(?!\s+to\s+(?!(?:refund|return|exchange|cancel|change|make|do|give|issue|offer|extend|get|reverse|replace|send|ship|deliver|help)\b))/,
        unless: EN_ALTERNATIVE,
      },
      { re: /\bwe\s+(?:can['’]?t|cannot|can\s+not)\s+do\s+(?:that|this|anything)\b/, unless: EN_ALTERNATIVE },
      { re: /\bthere['’]?s\s+nothing\s+(?:I|we)\s+can\s+do\b|\bthere\s+is\s+nothing\s+(?:I|we)\s+can\s+do\b/, unless: EN_ALTERNATIVE },
      { re: /\b(?:that['’]?s|thats|that\s+is|this\s+is)\s+(?:just\s+|simply\s+)?not\s+how\s+(?:it|this|we|that)\s+works?\b/, unless: EN_ALTERNATIVE },
    ],
    message: 'A flat "no" closes the door',
    explanation:
      'A refusal without an alternative leaves the customer stuck and angrier. Say what you can do instead, and look for a solution that works for both sides.',
    rewrite: () => ['let me see what we can do', 'here is what I can do instead'],
  },
  de: {
    patterns: foldDe([
      { re: /\bdas\s+(?:geht|funktioniert)\s+(?:(?:so|leider|wirklich|echt|einfach|absolut|definitiv|hier|bei\s+uns|nun\s+mal|halt|eben|aktuell|momentan|grundsätzlich|generell)\s+){0,2}nicht\b(?!\s+ohne\b)(?!\s+(?:nur|mehr\s+als)\b)/, unless: DE_ALTERNATIVE },
      { re: /\bdas\s+machen\s+wir\s+(?:leider\s+)?nicht\b/, unless: DE_ALTERNATIVE },
      { re: /\b(?:das\s+ist|ist\s+das)\s+(?:(?:leider|so|hier|bei\s+uns|grundsätzlich)\s+){0,2}(?:nicht\s+möglich|nicht\s+machbar|nicht\s+umsetzbar|unmöglich|ausgeschlossen)(?![\p{L}])/u, unless: new RegExp(DE_ALTERNATIVE.source + String.raw`|^(?:ist|wäre|sollte)\s+das\s+(?:\p{L}+\s+){0,3}?(?:nicht\s+möglich|nicht\s+machbar|nicht\s+umsetzbar|unmöglich|ausgeschlossen)(?:\s+sein)?\s*,`, 'u') },
      { re: /\bda\s+(?:kann\s+ich|können\s+wir)\s+(?:leider\s+)?nichts\s+(?:mehr\s+)?(?:machen|tun)\b/, unless: DE_ALTERNATIVE },
      // "So funktioniert das nicht", "So läuft das leider nicht"
      { re: /(?<![\p{L}])so\s+(?:funktioniert|geht|läuft)\s+das\s+(?:bei\s+uns\s+)?(?:leider\s+)?nicht(?![\p{L}])/u, unless: DE_ALTERNATIVE },
    ]),
    message: 'Ein glattes „Nein“ schließt die Tür',
    explanation:
      'Eine Absage ohne Alternative lässt den Kunden ratlos und verärgert zurück. Sagen Sie, was Sie stattdessen tun können, und suchen Sie eine Lösung, die für alle funktioniert.',
    rewrite: deSeed,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "Please pop into the branch with your ID so we can check it; we can't do that over the phone.",
      "I can't wait to help you with this.",
      'No problem at all.',
      "We don't do refunds on digital items, but I can offer you a voucher.",
      "You don't need to do anything else.",
      'Is that possible for you?',
      'Hi Joshua, it is not possible to enable this option by default.',
    ],
    invalid: [
      { text: "Sorry, [[we don't do refunds]].", rewrite: 'Sorry, let me see what we can do about refunds.' },
      { text: "[[That's not possible]].", rewrite: 'Let me see what we can do.' },
      { text: '[[It is not possible]] to refund this order.', rewrite: 'Let me see what we can do to refund this order.' },
      { text: '[[There is nothing we can do]] at this point.', rewrite: 'Let me see what we can do at this point.' },
      { text: "[[We can't do that]] for you.", rewrite: 'Let me see what we can do for you.' },
      { text: "I'm sorry, but [[that is not possible]].", rewrite: "I'm sorry, but let me see what we can do." },
      { text: 'Hi, [[this is not how we work]].', rewrite: 'Hi, let me see what we can do.' },
    ],
  },
  de: {
    valid: [
      'Ist das nicht möglich, melde ich mich bei Ihnen.',
      'Das geht nicht ohne Ihre Unterschrift, deshalb schicke ich Ihnen das Formular.',
      'Sie müssen nichts weiter tun.',
      'Das geht nicht ohne Ihre Unterschrift, aber ich schicke Ihnen das Formular gleich zu.',
      'Das ist nicht Ihre Schuld.',
      'Geht das für Sie in Ordnung?',
      'Das geht so leider nicht, dafür kann ich Ihnen einen Gutschein anbieten.',
      'So funktioniert das nicht, aber ich zeige Ihnen gern den richtigen Weg.',
      'So geht das ganz einfach: Klicken Sie auf Speichern.',
      'Das ist leider nicht machbar, aber ich kann Ihnen einen anderen Termin anbieten.',
    ],
    invalid: [
      { text: '[[Das geht nicht]].', rewrite: 'Lassen Sie mich sehen, was wir tun können.' },
      { text: '[[Das machen wir nicht]], tut mir leid.', rewrite: 'Lassen Sie mich sehen, was wir tun können, tut mir leid.' },
      { text: '[[Das ist leider nicht möglich]].', rewrite: 'Lassen Sie mich sehen, was wir tun können.' },
      { text: '[[Da kann ich nichts machen]], du musst warten.', rewrite: 'Lass mich sehen, was wir tun können, du musst warten.' },
      { text: 'Tut mir leid, aber [[das geht nicht]].', rewrite: 'Tut mir leid, aber lassen Sie mich sehen, was wir tun können.' },
      { text: 'Hallo, [[so läuft das bei uns nicht]].', rewrite: 'Hallo, lassen Sie mich sehen, was wir tun können.' },
      { text: '[[Da kann ich leider nichts mehr tun]].', rewrite: 'Lassen Sie mich sehen, was wir tun können.' },
      { text: '[[Das ist leider nicht machbar]].', rewrite: 'Lassen Sie mich sehen, was wir tun können.' },
    ],
  },
};
