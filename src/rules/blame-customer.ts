// Blaming the customer: "that's your fault", "you did it wrong", "Das ist Ihre Schuld",
// "Sie haben das falsch gemacht". ("You should have ..." is lecturing, see should-have.)
import type { MatchContext, Rule } from '../engine/types';

const enTogether = () => ["let's sort this out together", 'let me help you fix this'];
const enSteps = () => ["let's go through the steps together", 'let me walk you through it'];
const deTogether = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? ['lass uns das gemeinsam lösen', 'ich helfe dir gern, das zu beheben']
    : ['lassen Sie uns das gemeinsam lösen', 'ich helfe Ihnen gern, das zu beheben'];
const deSteps = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? ['lass uns die Schritte gemeinsam durchgehen', 'ich zeige dir gern, wie es geht']
    : ['lassen Sie uns die Schritte gemeinsam durchgehen', 'ich zeige Ihnen gern, wie es geht'];

/** "If you did it wrong, ..." / "don't worry" is not an accusation. */
const EN_SOFT = /\b(?:if|in\s+case|whether|even\s+if|don['’]?t\s+worry|no\s+worries|not\s+that)\b/;
const DE_SOFT = /(?<![\p{L}])(?:falls|wenn|ob|keine\s+Sorge|nicht\s+dass)(?![\p{L}])/u;

export const blameCustomer: Rule = {
  id: 'blame-customer',
  category: 'blame',
  guidance: 'dont-take-it-personally',
  description: 'Telling the customer the problem is their own fault',
  en: {
    patterns: [
      {
        re: /(?<!\b(?:if|whether|when|in\s+case|unless)\s+)\b(?:that|this|it)(?:['’]?s|\s+is|\s+was)\s+(?:(?:all|entirely|completely|totally|really|clearly|obviously|simply|just|only)\s+){0,2}your\s+(?:own\s+)?(?:fault|mistake|error|doing|problem)\b(?=\s*(?:[.!,;:)—–-]|$|\s+(?:and|but|so|not|now|that|if|for|because|here)\b))/,
        rewrite: enTogether,
      },
      { re: /\b(?:the\s+)?(?:fault|mistake|error)\s+is\s+(?:all\s+|entirely\s+|clearly\s+)?yours\b/, rewrite: enTogether },
      { re: /\byou(?:['’]?re|\s+are)\s+(?:the\s+one\s+)?to\s+blame\b|\byou\s+(?:only\s+)?have\s+(?:only\s+)?yourself\s+to\s+blame\b/, rewrite: enTogether },
      {
        re: /\byou\s+(?:clearly\s+|obviously\s+|must\s+have\s+|probably\s+)?(?:caused|broke|broken|messed\s+up|screwed\s+up)\s+(?:this|it|that|the\s+(?:problem|issue|device|phone|account|setup|order))\b/,
        unless: EN_SOFT,
        rewrite: enTogether,
      },
      {
        re: /\byou\s+(?:clearly\s+|obviously\s+|must\s+have\s+|probably\s+)?(?:did|done|set|installed|entered|used)\s+(?:it|this|that|something|everything)(?:\s+up)?\s+(?:wrong|wrongly|incorrectly)\b/,
        unless: EN_SOFT,
        rewrite: enSteps,
      },
      { re: /\b(?:this|that|it)(?:['’]?s|\s+is|\s+was)\s+(?:(?:just|simply|clearly|a)\s+){0,2}user\s+error\b|\bPEBCAK\b|\bPEBKAC\b/, rewrite: enSteps },
    ],
    message: 'This blames the customer',
    explanation:
      'Even when the customer made a mistake, pointing it out as their fault puts them on the defensive. Focus on fixing it together.',
    rewrite: enTogether,
  },
  de: {
    patterns: [
      {
        re: /(?<![\p{L}])(?:das|dies|es)\s+(?:ist|war)\s+(?:(?:ganz|allein|alleine|wohl|eindeutig|nun\s+mal|halt|eben|doch|schon|ja|einzig\s+und\s+allein)\s+){0,3}(?:Ihre|deine)\s+(?:eigene\s+)?Schuld(?![\p{L}])/u,
        rewrite: deTogether,
      },
      {
        re: /(?<![\p{L}])(?:das|dies|es)\s+(?:ist|war)\s+(?:(?:ganz|wohl|eindeutig|nun\s+mal|halt|eben|doch|schon|ja)\s+){0,2}(?:Ihr|dein)\s+(?:eigener\s+)?(?:Fehler|Problem)(?![\p{L}])/u,
        rewrite: deTogether,
      },
      {
        re: /(?<![\p{L}])(?:(?:da(?:ran)?\s+)?(?:sind\s+Sie|bist\s+du)|Sie\s+sind|du\s+bist)\s+(?:(?:ganz|allein|alleine|wohl|doch|schon|halt|eben|nun\s+mal|ja)\s+){0,2}(?:selbst\s+|selber\s+)?(?:schuld|verantwortlich\s+dafür)(?![\p{L}])/u,
        unless: /\?/,
        rewrite: deTogether,
      },
      { re: /^selb(?:st|er)\s+schuld(?![\p{L}])/u, rewrite: deTogether },
      { re: /(?<![\p{L}])das\s+(?:haben\s+Sie|hast\s+du)\s+(?:sich|dir)\s+(?:selbst|selber)\s+zuzuschreiben(?![\p{L}])/u, rewrite: deTogether },
      {
        re: /(?<![\p{L}])(?:Sie\s+haben|du\s+hast)\s+(?:(?:das|es|da|hier|etwas|was|leider|wohl|einfach|offensichtlich|eindeutig|dabei|schon\s+wieder|wieder)\s+){0,3}falsch\s+gemacht(?![\p{L}])/u,
        unless: DE_SOFT,
        rewrite: deSteps,
      },
      {
        re: /(?<![\p{L}])(?:Sie\s+haben|du\s+hast)\s+(?:(?:das|es|den\s+Fehler|das\s+Problem|das\s+Gerät|wohl|selbst|offensichtlich|eindeutig)\s+){1,2}(?:verursacht|verschuldet|kaputt\s*gemacht|verbockt|vermasselt)(?![\p{L}])/u,
        unless: DE_SOFT,
        rewrite: deTogether,
      },
    ],
    message: 'Das gibt dem Kunden die Schuld',
    explanation:
      'Selbst wenn der Kunde einen Fehler gemacht hat: Schuldzuweisungen drängen ihn in die Verteidigung. Konzentrieren Sie sich darauf, das Problem gemeinsam zu lösen.',
    rewrite: deTogether,
  },
  examples: {
    en: {
      valid: [
        "It's not your fault, the link in our email was broken.",
        'That was our mistake, and I am sorry.',
        'If you entered it wrong, you can change it in the settings.',
        "Don't worry, you did nothing wrong.",
        'Your problem is our priority.',
        "If that's your problem, here is the fix.",
        'This is your error message: "disk full".',
      ],
      invalid: [
        { text: "Sorry, but [[that's your fault]].", rewrite: "Sorry, but let's sort this out together." },
        { text: '[[This is entirely your own mistake]].', rewrite: "Let's sort this out together." },
        { text: 'Well, [[you did it wrong]].', rewrite: "Well, let's go through the steps together." },
        { text: '[[You clearly set it up incorrectly]].', rewrite: "Let's go through the steps together." },
        { text: 'Honestly, [[you caused this]].', rewrite: "Honestly, let's sort this out together." },
        { text: '[[You only have yourself to blame]].', rewrite: "Let's sort this out together." },
      ],
    },
    de: {
      valid: [
        'Das ist nicht Ihre Schuld.',
        'Das war unser Fehler, das tut mir leid.',
        'Sie haben nichts falsch gemacht.',
        'Falls Sie etwas falsch gemacht haben, können wir es gemeinsam korrigieren.',
        'Ihr Problem hat für uns Vorrang.',
      ],
      invalid: [
        { text: '[[Das ist Ihre Schuld]].', rewrite: 'Lassen Sie uns das gemeinsam lösen.' },
        { text: '[[Sie haben das falsch gemacht]].', rewrite: 'Lassen Sie uns die Schritte gemeinsam durchgehen.' },
        { text: 'Tja, [[da bist du selbst schuld]].', rewrite: 'Tja, lass uns das gemeinsam lösen.' },
        { text: '[[Das ist ganz allein deine Schuld]], sorry.', rewrite: 'Lass uns das gemeinsam lösen, sorry.' },
        { text: 'Ehrlich gesagt, [[Sie haben das Problem selbst verursacht]].', rewrite: 'Ehrlich gesagt, lassen Sie uns das gemeinsam lösen.' },
      ],
    },
  },
};
