// Shrugging the problem off as fate: "that's just how it is", "you'll have to live with it",
// "Das ist halt so", "Damit müssen Sie leben", "Da müssen Sie durch", "Pech gehabt".
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const enHoped = () => ["I understand this isn't what you hoped for", 'let me see what I can do'];
const deHoped = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? ['ich verstehe, dass du dir etwas anderes erhofft hast', 'lass mich schauen, was ich tun kann']
    : ['ich verstehe, dass Sie sich etwas anderes erhofft haben', 'lassen Sie mich schauen, was ich tun kann'];

/** The phrase must end its clause: "that's how it is shown in the app" is an explanation. */
const END = String.raw`(?=\s*(?:[.!;…]|,|$|\s+(?:I['’]?m\s+afraid|unfortunately|sorry|leider|nun\s+mal)\b))`;

export const justHowItIs: Rule = {
  id: 'just-how-it-is',
  category: 'dismissive',
  guidance: 'dont-dismiss',
  description: 'Shrugging the problem off as something the customer has to accept',
  en: {
    patterns: [
      {
        re: new RegExp(String.raw`\b(?:that|it|this)(?:['’]?s|\s+is)\s+(?:(?:just|simply|unfortunately|sadly)\s+)?(?:how\s+(?:it\s+is|things\s+are|it\s+goes|life\s+is)|the\s+way\s+(?:it\s+is|things\s+are|it\s+goes)|life)${END}|\b(?:that|it|this)(?:['’]?s|\s+is)\s+(?:just|simply)\s+(?:how\s+it\s+(?:is|goes|works)|the\s+way\s+(?:it\s+(?:is|goes|works)|things\s+(?:are|work)))\s+(?:with|for|in|at)\s+(?:[\w-]+\s+){0,2}?[\w-]+${END}|\b(?:that|it|this)(?:['’]?s|\s+is)\s+(?:just|simply|unfortunately|sadly)\s+(?:how\s+it\s+works|the\s+way\s+(?:it|things)\s+works?)${END}`),
        unless: /\b(?:how\s+(?:it\s+is|things\s+are)\s+(?:shown|displayed|done|set|meant|supposed|designed)|isn['’]?t|not)\b/,
      },
      { re: /\bit\s+is\s+what\s+it\s+is\b|\bit['’]?s\s+what\s+it\s+is\b/ },
      { re: new RegExp(String.raw`\byou(?:['’]?ll|\s+will)?\s+(?:just\s+|simply\s+)?(?:have|need)\s+to\s+(?:live\s+with|deal\s+with|accept|put\s+up\s+with|get\s+over|cope\s+with)\s+(?:it|that|this)${END}`) },
      { re: new RegExp(String.raw`(?<=^|[,;:]\s{0,3})(?:just\s+)?(?:deal\s+with\s+it|get\s+over\s+it|live\s+with\s+it|tough\s+luck|too\s+bad\s+for\s+you|hard\s+luck)(?:\s+(?:yourself|then|mate|pal)){0,2}${END}`) },
    ],
    message: 'This shrugs the problem off',
    explanation:
      '"That\'s just how it is" tells the customer their problem does not matter and nothing will change. Acknowledge the disappointment and say what you can do.',
    rewrite: enHoped,
  },
  de: {
    patterns: foldDe([
      { re: new RegExp(String.raw`(?<![\p{L}])das\s+ist\s+(?:(?:leider|jetzt|eben|halt|nun\s+mal|numal|nunmal|einfach)\s+){1,3}so${END}`, 'u') },
      { re: new RegExp(String.raw`(?<![\p{L}])so\s+ist\s+(?:das|es)\s+(?:(?:leider|jetzt)\s+)?(?:halt|eben|nun\s+mal|nunmal|einfach)(?:\s+im\s+Leben)?${END}`, 'u') },
      { re: /(?<![\p{L}])so\s+ist\s+das\s+Leben(?![\p{L}])/u },
      { re: /(?<![\p{L}])damit\s+(?:müssen\s+Sie|musst\s+du)\s+(?:(?:halt|eben|nun\s+mal|wohl|leider|einfach|jetzt)\s+){0,2}(?:leben|klarkommen|zurechtkommen)(?![\p{L}])/u },
      { re: new RegExp(String.raw`(?<![\p{L}])da\s+(?:müssen\s+Sie|musst\s+du)\s+(?:(?:halt|eben|jetzt|nun\s+mal|wohl|leider|einfach)\s+){0,2}durch${END}`, 'u') },
      { re: /(?<![\p{L}])das\s+(?:müssen\s+Sie|musst\s+du)\s+(?:(?:halt|eben|nun\s+mal|wohl|leider|einfach|so)\s+){0,2}(?:hinnehmen|schlucken)(?![\p{L}])/u },
      { re: new RegExp(String.raw`(?<![\p{L}])(?:Pech\s+gehabt|dumm\s+gelaufen|shit\s+happens)${END}`, 'u') },
      { re: /(?<=(?:^|,\s*|aber\s+))ist\s+(?:(?:halt|eben|nun\s+mal|nunmal|einfach|leider)\s+){1,2}so(?=\s*[.!]*\s*$)/u },
      // "So ist das nun mal bei Neuware", "so ist es halt".
      {
        re: /(?<![\p{L}])so\s+ist\s+(?:das|es)\s+(?:(?:nun\s+mal|nunmal|halt|eben|einfach|leider)\s+){1,2}(?:(?:bei|mit|im|in)\s+[^.!?,;\n]{1,30})?(?=\s*(?:[.!,;]|$))/u,
        unless: /\?/u,
        rewrite: deHoped,
      },
    ]),
    message: 'Das tut das Problem als Schicksal ab',
    explanation:
      '„Das ist halt so“ sagt dem Kunden, dass sein Problem nicht zählt und sich nichts ändern wird. Erkennen Sie die Enttäuschung an und sagen Sie, was Sie tun können.',
    rewrite: deHoped,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "That's how it is shown in the app: tap the gear icon.",
      "I know that's not how it should be, and I'm sorry.",
      'You will need to accept the new terms in the app.',
      "You'll need to deal with it through the billing portal, and I'll send you the link.",
      'This is the way to reset it: hold the button for ten seconds.',
      "That's just how it works in the app: swipe left to delete.",
      "You'll need to deal with it through the billing portal, here is the link.",
    ],
    invalid: [
      { text: "Well, [[deal with it yourself then]].", rewrite: "Well, I understand this isn't what you hoped for." },
      { text: "Sorry, [[that's just how it is]].", rewrite: "Sorry, I understand this isn't what you hoped for." },
      { text: '[[It is what it is]].', rewrite: "I understand this isn't what you hoped for." },
      { text: "[[You'll have to live with it]], I'm afraid.", rewrite: "I understand this isn't what you hoped for, I'm afraid." },
      { text: 'Well, [[deal with it]].', rewrite: "Well, I understand this isn't what you hoped for." },
      { text: '[[That is simply the way things are]].', rewrite: "I understand this isn't what you hoped for." },
      { text: "[[That's just how it goes with budget airlines]].", rewrite: "I understand this isn't what you hoped for." },
      { text: "Sorry, [[that's just the way it works]].", rewrite: "Sorry, I understand this isn't what you hoped for." },
    ],
  },
  de: {
    valid: [
      'So ist es nun mal leichter für Sie: Ich schicke den Link direkt.',
      'Das ist halt so eine Sache mit den Updates, ich erkläre es kurz.',
      'So ist es einfach schneller: Sie klicken auf „Senden“.',
      'Da müssen Sie durch die Tür links gehen.',
      'Damit müssen Sie nicht leben, wir tauschen das Gerät aus.',
      'Das ist leider so passiert, und es tut mir leid.',
      'Ist halt so ein Fall, den ich mir genauer ansehen muss, ich melde mich morgen.',
    ],
    invalid: [
      { text: '[[So ist das eben bei Sonderangeboten]].', rewrite: 'Ich verstehe, dass Sie sich etwas anderes erhofft haben.' },
      { text: '[[Das ist halt so]].', rewrite: 'Ich verstehe, dass Sie sich etwas anderes erhofft haben.' },
      { text: 'Tja, [[damit müssen Sie leben]].', rewrite: 'Tja, ich verstehe, dass Sie sich etwas anderes erhofft haben.' },
      { text: '[[Da musst du durch]], sorry.', rewrite: 'Ich verstehe, dass du dir etwas anderes erhofft hast, sorry.' },
      { text: 'Leider, [[so ist es nun mal]].', rewrite: 'Leider, ich verstehe, dass Sie sich etwas anderes erhofft haben.' },
      { text: '[[Pech gehabt]].', rewrite: 'Ich verstehe, dass Sie sich etwas anderes erhofft haben.' },
      { text: 'Tut mir leid, aber [[ist halt so]].', rewrite: 'Tut mir leid, aber ich verstehe, dass Sie sich etwas anderes erhofft haben.' },
    ],
  },
};
