// Blaming a colleague or another team in front of the customer: "my colleague messed up",
// "der Kollege hat Mist gebaut", "die IT hat das verbockt" (cf. the CRM example in seed 003).
import type { MatchContext, Rule } from '../engine/types';

const deOurs = () => ['uns ist ein Fehler unterlaufen', 'bei uns ist etwas schiefgegangen'];
/** "Da hat der Kollege ... verbockt" keeps its opening adverb: "Da ist uns ein Fehler unterlaufen". */
const deOursAfter = (ctx: MatchContext) => {
  const adv = (ctx.groups.adv ?? 'da').toLowerCase();
  return [`${adv === 'das' ? 'da' : adv} ist uns ein Fehler unterlaufen`, `${adv === 'das' ? 'da' : adv} ist bei uns etwas schiefgegangen`];
};
const deOursFinal = () => ['uns ein Fehler unterlaufen ist', 'bei uns etwas schiefgegangen ist'];

const DE_WHO = String.raw`(?:(?:der|die|das|mein(?:e)?|unser(?:e)?|ein(?:e)?|einer\s+der|eine\s+der)\s+(?:(?:andere[nr]?|vorige[nr]?|neue[nr]?|liebe[nr]?|zuständige[nr]?|werte[nr]?)\s+)?(?:Kolleg(?:e|in|en|innen)|Mitarbeiter(?:in|innen)?|Abteilung|IT(?:-Abteilung)?|Technik(?:abteilung)?|Buchhaltung|Lager|Versand(?:abteilung)?|Vertrieb|Innendienst|Außendienst|Zentrale|Entwickler(?:in|innen)?|Team|Azubi|Praktikant(?:in)?|Spedition|Paketdienst|Bote|Fahrer)(?:\s+(?:vom|von\s+der|aus\s+dem|aus\s+der|im|in\s+der)\s+[\p{L}-]+)?|(?:Herr|Frau)\s+[\p{L}-]+)`;
const DE_GAP = String.raw`(?:(?:da|das|es|wieder|mal|wohl|schon|einfach|offensichtlich|offenbar|leider|hier|ganz|total|richtig|gewaltig|ordentlich|Ihre\s+Bestellung|Ihren\s+Auftrag|Ihre\s+Anfrage|deine\s+Bestellung)\s+){0,3}`;
const DE_BOTCHED = String.raw`(?:(?:Mist|Murks|Scheiße|Scheiss|Bockmist)\s+gebaut|verbockt|vermasselt|verbaselt|versaut|verpfuscht|verschlampt|geschlampt|gepfuscht|gepennt|verpennt|versemmelt|verkackt)`;
const DE_USELESS = String.raw`(?:(?:völlig|total|echt|einfach|halt|wohl|leider|mal\s+wieder|wieder|ja)\s+){0,2}(?:unfähig|inkompetent|nutzlos|zu\s+blöd|zu\s+dumm|(?:daran\s+)?schuld)`;

const enOurs = () => ['we made a mistake on our side', "I'm sorry, that went wrong on our side"];

/** Whoever else at the company (or its partners) gets the blame. */
const EN_WHO = String.raw`(?:(?:my|our|the|a|one\s+of\s+(?:my|our|the))\s+(?:(?:other|previous|last|new|former)\s+)?(?:colleagues?|co-?workers?|team\s*mates?|agents?|reps?|representatives?|departments?|dept|team|warehouse(?:\s+(?:team|staff|guys|people))?|shipping\s+(?:team|department|guys|people)|billing\s+(?:team|department|guys|people)|IT(?:\s+(?:team|department|guys|people))?|tech(?:nical)?\s+(?:team|department|guys|people)|devs?|developers?|engineers?|support\s+team|guys|people|staff|intern|trainee|courier|delivery\s+(?:driver|guy|company)|driver)|someone\s+(?:in|from|at)\s+(?:the\s+)?(?:billing|shipping|IT|tech|warehouse|support|sales)(?:\s+(?:team|department))?)`;
const EN_FAILED = String.raw`(?:(?:(?:totally|completely|really|clearly|obviously)\s+)?(?:messed|screwed|fucked|stuffed|mucked|cocked|f\*+ed)\s+(?:(?:it|this|that|things|everything|your\s+order)\s+)?up(?:\s+(?:your|the|this)\s+(?:order|account|booking|refund|request|ticket|case|payment|delivery|address))?|dropped\s+the\s+ball|botched\s+(?:it|this|that|your\s+order)|made\s+a\s+(?:mess|hash)(?:\s+of\s+(?:it|this|things|your\s+order))?|(?:is|are|was|were)\s+(?:(?:so|totally|completely|just|really)\s+)?(?:incompetent|useless|clueless|lazy|idiots|morons|to\s+blame))`;

export const blameColleague: Rule = {
  id: 'blame-colleague',
  category: 'blame',
  guidance: 'keep-crm-notes',
  description: 'Blaming a colleague or another team in front of the customer',
  en: {
    patterns: [
      { re: new RegExp(String.raw`\b${EN_WHO}\s+${EN_FAILED}\b`), rewrite: enOurs },
      {
        re: /\b(?:that|this|it)(?:['’]?s|\s+is|\s+was)\s+(?:(?:all|entirely|clearly|really)\s+)?(?:(?:my|our|the)\s+(?:(?:other|previous)\s+)?(?:colleague|co-?worker|department|team|warehouse|courier|IT\s+team|developers?)['’]s?|their|his|her)\s+fault\b/,
        rewrite: enOurs,
      },
      {
        re: /\bblame\s+(?:my|our|the)\s+(?:(?:other|previous)\s+)?(?:colleague|co-?worker|department|team|warehouse|courier|IT\s+team|developers?|system)s?(?:\s+for\s+(?:this|that|it))?(?=\s*(?:[.!,;]|$|\s+not\b))/,
        unless: /\b(?:don['’]?t|do\s+not|can['’]?t|won['’]?t|not|never)\s+blame\b/,
        rewrite: enOurs,
      },
    ],
    message: 'This blames a colleague or another team',
    explanation:
      'To the customer, every colleague is the company. Blaming someone else sounds like an excuse and undermines trust; own the mistake for the team, check the ticket notes, and say what happens next.',
    rewrite: enOurs,
  },
  de: {
    patterns: [
      // "Der Kollege hat (da wieder) Mist gebaut", "die IT hat das verbockt".
      { re: new RegExp(String.raw`(?<![\p{L}])${DE_WHO}\s+(?:hat|haben)\s+${DE_GAP}${DE_BOTCHED}(?![\p{L}])`, 'u'), rewrite: deOurs },
      // "Da hat der Kollege wieder Mist gebaut" (inverted).
      { re: new RegExp(String.raw`(?<![\p{L}])(?<adv>da|hier|das|leider|wohl|offenbar|offensichtlich)\s+(?:hat|haben)\s+${DE_WHO}\s+${DE_GAP}${DE_BOTCHED}(?![\p{L}])`, 'u'), rewrite: deOursAfter },
      // "..., weil der Kollege Mist gebaut hat" (verb last).
      { re: new RegExp(String.raw`(?<![\p{L}])${DE_WHO}\s+${DE_GAP}${DE_BOTCHED}\s+(?:hat|haben)(?![\p{L}])`, 'u'), rewrite: deOursFinal },
      // "Die Kollegen im Lager sind völlig unfähig", "der Kollege ist schuld".
      { re: new RegExp(String.raw`(?<![\p{L}])${DE_WHO}\s+(?:ist|sind|war|waren)\s+${DE_USELESS}(?![\p{L}])`, 'u'), rewrite: deOurs },
      // "Das ist die Schuld der Buchhaltung", "Schuld daran ist der Kollege".
      { re: /(?<![\p{L}])(?:das|es)\s+(?:ist|war)\s+(?:(?:ganz\s+klar|eindeutig|wohl|allein)\s+)?die\s+Schuld\s+(?:der|des|von|unserer|unseres|meiner|meines)\s+[\p{L}-]+(?![\p{L}])/u, rewrite: deOurs },
      { re: new RegExp(String.raw`^Schuld\s+(?:daran\s+)?(?:ist|sind|hat|haben|war|waren)\s+${DE_WHO}(?![\p{L}])`, 'u'), rewrite: deOurs },
    ],
    message: 'Das schiebt die Schuld auf Kollegen',
    explanation:
      'Für den Kunden ist jeder Kollege das Unternehmen. Wer die Schuld auf andere schiebt, klingt nach Ausrede und verspielt Vertrauen; übernehmen Sie den Fehler fürs Team, schauen Sie in die Ticket-Notizen und sagen Sie, wie es weitergeht.',
    rewrite: deOurs,
  },
  examples: {
    en: {
      valid: [
        'My colleague will look into it today.',
        'That was our mistake, and I am sorry.',
        "It's not my colleague's fault, the system was down.",
        'Our warehouse team has already shipped a replacement.',
        "I don't blame you for being upset.",
      ],
      invalid: [
        { text: 'Sorry, [[my colleague messed up]].', rewrite: 'Sorry, we made a mistake on our side.' },
        { text: '[[The other department screwed up your order]].', rewrite: 'We made a mistake on our side.' },
        { text: "[[That's the warehouse's fault]], sorry.", rewrite: 'We made a mistake on our side, sorry.' },
        { text: 'Honestly, [[the billing team dropped the ball]] here.', rewrite: 'Honestly, we made a mistake on our side here.' },
      ],
    },
    de: {
      valid: [
        'Mein Kollege kümmert sich heute darum.',
        'Das war unser Fehler, das tut mir leid.',
        'Die IT hat das Problem inzwischen behoben.',
        'Das ist nicht die Schuld des Kollegen, das System war ausgefallen.',
        'Der Kollege im Lager hat Ihr Paket heute verschickt.',
      ],
      invalid: [
        { text: '[[Der Kollege hat Mist gebaut]], sorry.', rewrite: 'Uns ist ein Fehler unterlaufen, sorry.' },
        { text: '[[Da hat die IT wieder mal Mist gebaut]].', rewrite: 'Da ist uns ein Fehler unterlaufen.' },
        { text: '[[Die IT hat das verbockt]].', rewrite: 'Uns ist ein Fehler unterlaufen.' },
        { text: 'Das Paket kam nicht, weil [[das Lager Mist gebaut hat]].', rewrite: 'Das Paket kam nicht, weil uns ein Fehler unterlaufen ist.' },
        { text: '[[Die Kollegen vom Versand sind völlig unfähig]].', rewrite: 'Uns ist ein Fehler unterlaufen.' },
        { text: 'Tja, [[das ist die Schuld der Buchhaltung]].', rewrite: 'Tja, uns ist ein Fehler unterlaufen.' },
      ],
    },
  },
};
