// "That's not my problem", "Das ist nicht mein Problem": refusing the problem itself.
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const deRewrite = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? ['lass mich sehen, was ich da für dich tun kann', 'ich schaue mir das für dich an']
    : ['lassen Sie mich sehen, was ich da für Sie tun kann', 'ich schaue mir das für Sie an'];

export const notMyProblem: Rule = {
  id: 'not-my-problem',
  category: 'negative-phrasing',
  guidance: 'stay-positive',
  description: '"That\'s not my problem" / "Das ist nicht unser Problem"',
  en: {
    patterns: [
      {
        re: /\b(?:that['’]?s|that\s+is|this\s+is|it['’]?s|it\s+is|thats|its)\s+(?:really\s+|just\s+|simply\s+|honestly\s+)?(?:not|no)\s+(?:my|our)\s+(?:problem|concern|issue|business|job|responsibility)\b(?!\s+to\s+(?:judge|decide|say|tell\s+you\s+what))|\b(?:that|this|it)\s+(?:isn['’]?t|is\s+not)\s+(?:my|our)\s+(?:problem|concern|issue)\b/,
        unless: /\bnot\s+(?:my|our)\s+(?:problem|issue)\s+to\s+(?:fix|solve)\b/,
      },
    ],
    message: 'This refuses the customer\'s problem',
    explanation:
      '"Not my problem" tells the customer they are on their own. Even if the cause is elsewhere, say what you can do to help them get it solved.',
    rewrite: () => ['let me see what I can do about this', "I'll look into this for you"],
  },
  de: {
    patterns: foldDe([
      {
        re: /(?<![\p{L}])(?:das\s+ist|ist\s+das|das\s+wäre)\s+(?:doch\s+|leider\s+|ehrlich\s+gesagt\s+|aber\s+)?(?:nicht|kein)\s+(?:mein|unser|meine|unsere)\s+(?:Problem|Sache|Angelegenheit|Bier)(?![\p{L}])/u,
        unless: /\?\s*$/u,
      },
      {
        // A fragment: "nicht mein Problem", "Sorry, nicht unser Problem."
        re: /(?:^|(?<=^(?:sorry|tja|also|ehrlich\s+gesagt)\s*,?\s+))(?:leider\s+)?nicht\s+(?:mein|unser)\s+(?:Problem|Bier)(?=\s*(?:[,.;!]|$))/u,
      },
    ]),
    message: 'Das weist das Problem des Kunden zurück',
    explanation:
      '„Nicht mein Problem“ sagt dem Kunden, dass er allein ist. Auch wenn die Ursache woanders liegt: Sagen Sie, wie Sie ihm helfen, es zu lösen.',
    rewrite: deRewrite,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "It's not my job to judge, I just want to help.",
      "That's not a problem at all.",
      'It is not your problem to fix, I will handle it.',
      'No problem, I have sent it again.',
      "There's nothing wrong on our end, but let's check your router together.",
    ],
    invalid: [
      { text: "Sorry, [[that's not my problem]].", rewrite: 'Sorry, let me see what I can do about this.' },
      { text: "[[That is not our concern]], please ask the carrier.", rewrite: 'Let me see what I can do about this, please ask the carrier.' },
      { text: "[[its not our problem]] tbh", rewrite: 'Let me see what I can do about this tbh' },
      { text: "Honestly, [[it's not my job]].", rewrite: 'Honestly, let me see what I can do about this.' },
      { text: "Honestly, [[this isn't my problem]].", rewrite: 'Honestly, let me see what I can do about this.' },
    ],
  },
  de: {
    valid: [
      'Das ist kein Problem.',
      'Das ist nicht Ihr Problem, ich kümmere mich darum.',
      'Der Fehler liegt nicht bei Ihnen.',
      'Das ist nicht mehr Ihr Problem, wir übernehmen ab hier.',
      'Nicht mein Problem zu lösen wäre unfair, deshalb kümmere ich mich selbst.',
    ],
    invalid: [
      { text: '[[Das ist nicht mein Problem]].', rewrite: 'Lassen Sie mich sehen, was ich da für Sie tun kann.' },
      { text: 'Tut mir leid, [[das ist nicht unser Problem]].', rewrite: 'Tut mir leid, lassen Sie mich sehen, was ich da für Sie tun kann.' },
      { text: '[[Das ist doch nicht meine Sache]], frag bitte deinen Paketdienst.', rewrite: 'Lass mich sehen, was ich da für dich tun kann, frag bitte deinen Paketdienst.' },
      { text: 'Sorry, aber [[das ist nicht unsere Angelegenheit]].', rewrite: 'Sorry, aber lassen Sie mich sehen, was ich da für Sie tun kann.' },
      { text: 'Sorry, [[nicht unser Problem]].', rewrite: 'Sorry, lassen Sie mich sehen, was ich da für Sie tun kann.' },
    ],
  },
};
