// "No." / "Nein." as a whole sentence: the curtest possible refusal.
// "No problem", "No, you don't need to do anything" and "Nein, das ist kostenlos" are not bare.
// An alternative in the NEXT sentence ("No. But I can …", "Nein. Aber ich kann …") keeps it silent (unlessNext).
import type { Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

export const bareNo: Rule = {
  id: 'bare-no',
  category: 'negative-phrasing',
  guidance: 'stay-positive',
  description: 'A bare "No." / "Nein." as a sentence of its own',
  en: {
    patterns: [
      { re: /^(?:(?:sorry|sry|soz|so\s+sorry|I['’]?m\s+(?:so\s+)?sorry|sorry\s+but)\s*,?\s*)?(?<hit>(?:(?:lol|lmao|rofl|ha(?:ha)+)\s*,?\s*)?(?:no|nope|nah)|(?:unfortunately|sadly|I['’]?m\s+afraid)\s+not)(?=\s*[.!]*\s*$|(?:\.|!+)\s+(?=\p{Ll}))/u, unless: /[.!]\s+\p{Ll}[^\n]*\b(?:but|however|instead|alternatively|(?:I|we)\s+can\s+(?!only\b|not\b)|what\s+(?:I|we)\s+can)\b/u, unlessNext: /^(?:but|however|instead|alternatively)\b|\b(?:I|we)\s+can\s+(?!only\b|not\b)|\bwhat\s+(?:I|we)\s+can\b/ },
    ],
    message: 'A bare "No." closes the door',
    explanation:
      'A one-word "No." reads as curt and final. Say what is not possible in a full sentence and add what you can do instead.',
    rewrite: () => ['unfortunately not, but let me see what I can do', "that won't work, I'm afraid, but here is what I can do"],
  },
  de: {
    patterns: foldDe([
      { re: /^(?:(?:leider|sorry|tut\s+mir\s+leid|also|ne|nee)\s*,?\s*)?(?:nein|nö)(?:\s*,?\s*(?:leider|sorry|tut\s+mir\s+leid))?(?=\s*[.!]*\s*$)/u, unlessNext: /^(?:aber|jedoch|stattdessen|alternativ)(?![\p{L}])|(?<![\p{L}])(?:ich\s+kann|wir\s+können|kann\s+ich|können\s+wir)\s+(?!nur(?![\p{L}])|nicht(?![\p{L}])|leider(?![\p{L}]))/u },
    ]),
    message: 'Ein bloßes „Nein.“ schließt die Tür',
    explanation:
      'Ein einzelnes „Nein.“ wirkt schroff und endgültig. Sagen Sie in einem ganzen Satz, was nicht geht, und was Sie stattdessen tun können.',
    rewrite: (ctx) =>
      ctx.register === 'informal'
        ? ['leider nicht, aber ich schaue, was ich für dich tun kann']
        : ['leider nicht, aber ich schaue, was ich für Sie tun kann'],
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "haha no worries at all.",
      "no. but i can check the other room for you",
      'No problem at all.',
      "No, you don't need to do anything else.",
      'No worries, I have sent it again.',
      'Sorry, no problem at all.',
      'Sorry, no. But I can send you a voucher instead.',
      'Nothing else is needed.',
      'No. But I can send you a voucher instead.',
      "Unfortunately not all stores stock it, but the one in Leeds has it.",
    ],
    invalid: [
      { text: "[[lol nope]].", rewrite: "Unfortunately not, but let me see what I can do." },
      { text: "[[haha no]]. that plan doesnt exist anymore", rewrite: "Unfortunately not, but let me see what I can do. that plan doesnt exist anymore" },
      { text: "[[Unfortunately not]].", rewrite: "Unfortunately not, but let me see what I can do." },
      { text: '[[No]].', rewrite: 'Unfortunately not, but let me see what I can do.' },
      { text: 'Hi Tom,\n[[No]]. The offer has ended.', rewrite: 'Hi Tom,\nUnfortunately not, but let me see what I can do. The offer has ended.' },
      { text: '[[Nope]]!', rewrite: 'Unfortunately not, but let me see what I can do!' },
      { text: 'Sorry, [[no]].', rewrite: 'Sorry, unfortunately not, but let me see what I can do.' },
      { text: 'Hi Sam,\n[[no]]', rewrite: 'Hi Sam,\nUnfortunately not, but let me see what I can do' },
    ],
  },
  de: {
    valid: [
      'Nein, das ist für Sie kostenlos.',
      'Nein, Sie müssen nichts weiter tun.',
      'Keine Sorge, das erledige ich.',
      'Nein, leider nicht, aber ich habe eine Alternative für Sie.',
      'Nein. Ich kann Ihnen aber einen Gutschein schicken.',
    ],
    invalid: [
      { text: '[[Nein]].', rewrite: 'Leider nicht, aber ich schaue, was ich für Sie tun kann.' },
      { text: 'Guten Tag,\n[[Nö]].', rewrite: 'Guten Tag,\nLeider nicht, aber ich schaue, was ich für Sie tun kann.' },
      { text: 'Hallo Frau Berg,\n[[Nein]]. Das Angebot ist abgelaufen.', rewrite: 'Hallo Frau Berg,\nLeider nicht, aber ich schaue, was ich für Sie tun kann. Das Angebot ist abgelaufen.' },
      { text: 'Hallo Jan, danke für deine Nachricht.\n[[Nein]]!', rewrite: 'Hallo Jan, danke für deine Nachricht.\nLeider nicht, aber ich schaue, was ich für dich tun kann!' },
    ],
  },
};
