// Swearing in the agent's reply: "what the hell", "damn", "this crap", "verdammt", "Scheiße".
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

/** Keep the capital of a German noun that followed "Scheiß-" or "verdammte". */
const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

const enInterjection = () => ['oh no', 'unfortunately'];
const deInterjection = () => ['oh je', 'leider'];

export const profanity: Rule = {
  id: 'profanity',
  category: 'hostility',
  guidance: 'keep-temper',
  description: 'Swear words and curses',
  en: {
    patterns: [
      // "what the hell", "why the fuck": keep the question word.
      {
        re: /\b(?<w>what|why|how|where|who)\s+(?:the\s+)?(?:hell|fuck|f\*+k|f\*+|fck|frick|bloody\s+hell)\b/,
        rewrite: (ctx) => [(ctx.groups.w ?? 'what').toLowerCase()],
      },
      // Interjections: "Damn, ...", "Dammit.", "Shit!", "wtf".
      // Only where an interjection stands: at the start, or after a comma ("Well, damn.").
      { re: /(?<=^|[,;:"“(]\s{0,3}|^@\S{1,30}\s{1,3})(?:holy\s+)?(?:god\s*damn(?:\s+it)?|damn(?:\s+it)?|dammit|shit|crap|fuck(?:\s+me)?|bloody\s+hell|for\s+fuck['’]?s\s+sake)(?=\s*[,.!?…]|\s*$)/u, rewrite: enInterjection },
      { re: /\b(?:wtf|ffs|omfg)\b/, rewrite: enInterjection },
      { re: /\bfor\s+(?:god['’]?s|christ['’]?s|heaven['’]?s|pete['’]?s)\s+sake\b/, rewrite: () => ['please'] },
      // "this damn printer", "the fucking app": the curse goes, the noun stays.
      {
        re: /\b(?:god\s*damn(?:ed)?|damn(?:ed)?|bloody|fucking|effing|f\*+ing|fricking|shitty|crappy)\s+(?!(?:it|you|u|me|him|her|them|this|that|yourself)\b)(?<noun>[a-z][a-z'’-]*)/,
        unless: /\bbloody\s+(?:nose|stool|urine|discharge|mary|marys)\b/,
        rewrite: (ctx) => [ctx.groups.noun ?? ''],
      },
      // "that's bullshit" (dismissing the customer's words) and "that's crap" (swearing along).
      {
        re: /\b(?:that['’]?s|that\s+is|this\s+is|it['’]?s|it\s+is)\s+(?:(?:total|complete|utter|absolute|just)\s+)?(?<what>bullshit|bs|crap|shit)\b/,
        unless: /\b(?:feel|felt|think|thought|said|say|wrote|find|called?)\s+(?:that\s+)?(?:this|that|it)/,
        rewrite: (ctx) => (/^(?:bullshit|bs)$/i.test(ctx.groups.what ?? '') ? ["that's not quite right"] : ['that is really annoying']),
      },
    ],
    message: 'Swearing sounds like losing your temper',
    explanation:
      'Swear words in a support reply sound like the agent has lost patience, even when they are meant sympathetically, and they make the customer feel attacked. Say the same thing in plain words.',
    rewrite: enInterjection,
  },
  de: {
    patterns: foldDe([
      // "Was zum Teufel", "warum zur Hölle": das Fragewort bleibt.
      {
        re: /(?<![\p{L}])(?<w>was|warum|wieso|weshalb|wie|wo|wer)\s+(?:zum\s+(?:Teufel|Henker|Geier|Kuckuck)|zur\s+Hölle|in\s+Gottes\s+Namen)(?![\p{L}])/u,
        rewrite: (ctx) => [(ctx.groups.w ?? 'was').toLowerCase()],
      },
      // Interjektionen am Satzanfang: "Verdammt, ...", "Scheiße!", "Mist, ...".
      { re: /^(?:verdammt|verflucht|verdammte\s+Scheiße|Scheiße|Scheisse|Scheiß|Kacke|Mist|Mist\s+verdammter|Herrgott|Himmelherrgott|Kruzifix|Herrschaftszeiten)(?:\s+noch\s*(?:ein)?mal)?(?=\s*[,.!?…]|\s*$)/u, rewrite: deInterjection },
      { re: /(?<![\p{L}])(?:verdammt|verflucht|Herrgott|Himmelherrgott|Himmel|Kruzifix|Sakrament|Menschenskind|Mensch|Mann)\s+noch\s*(?:ein)?mal(?![\p{L}])/u, rewrite: () => ['bitte'] },
      // "der verdammte Drucker", "das Scheißteil", "Scheiß-App": der Fluch fällt weg, das Nomen bleibt.
      // Case-sensitive on purpose: a separate word after "Scheiß" must be a capitalised noun
      // ("der Scheiß wollen die ..." is not an attribute), and compounds need three more letters.
      {
        re: /(?<![\p{L}])(?:[Ss]cheiß|[Ss]cheiss|SCHEISS|SCHEIß|[Dd]recks-)(?!e[nr]?(?![\p{L}]))-?(?<noun>\p{L}{3,}[\p{L}-]*)/u,
        caseSensitive: true,
        rewrite: (ctx) => [/^\p{Lu}/u.test(ctx.match) ? capital(ctx.groups.noun ?? '') : (ctx.groups.noun ?? '')],
      },
      {
        re: /(?<![\p{L}])(?:[Vv]erdammte[nmrs]?|[Vv]erfluchte[nmrs]?|[Bb]eschissene[nmrs]?|[Ss]cheiß|[Ss]cheiss)\s+(?!Schei)(?<noun>\p{Lu}[\p{L}-]*)/u,
        caseSensitive: true,
        rewrite: (ctx) => [ctx.groups.noun ?? ''],
      },
      // "verdammt lange", "verdammt teuer": das Fluchwort als Verstärker.
      { re: /(?<![\p{L}])verdammt\s+(?<adj>(?:lange?|viel|teuer|schwer|schwierig|ärgerlich|spät|knapp|oft|kompliziert))(?![\p{L}])/u, rewrite: (ctx) => [`sehr ${ctx.groups.adj ?? ''}`] },
      // "Das ist Scheiße" / "Das ist Schwachsinn".
      {
        re: /(?<![\p{L}])(?:das\s+ist|das\s+war|ist\s+das)\s+(?:(?:doch|echt|total|kompletter|völliger|totaler|einfach|ja|natürlich)\s+){0,2}(?<what>Scheiße|Scheisse|Schwachsinn|Bullshit|Blödsinn|Kacke)(?![\p{L}])/u,
        rewrite: (ctx) => (/^(?:Schwachsinn|Bullshit|Blödsinn)$/i.test(ctx.groups.what ?? '') ? ['das stimmt so nicht ganz'] : ['das ist wirklich ärgerlich']),
      },
    ]),
    message: 'Fluchen wirkt wie verlorene Beherrschung',
    explanation:
      'Schimpfwörter in einer Support-Antwort wirken, als hätte man die Geduld verloren, auch wenn sie mitfühlend gemeint sind, und der Kunde fühlt sich angegriffen. Sagen Sie dasselbe in sachlichen Worten.',
    rewrite: deInterjection,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      'What the new plan includes is listed below.',
      'Hell’s Kitchen is on our list of stores in New York.',
      'Please send us a photo of the damaged box.',
      'Can you check the Bloody Mary mix order number for me?',
      'I understand why you think this is a bad deal.',
      'Our Holy Week opening hours are on the website, and the Scunthorpe store is open.',
    ],
    invalid: [
      { text: '[[What the hell]] did you do to the router?', rewrite: 'What did you do to the router?' },
      { text: '[[Damn]], the parcel went to the wrong address.', rewrite: 'Oh no, the parcel went to the wrong address.' },
      { text: 'Please reset the [[damn router]] first.', rewrite: 'Please reset the router first.' },
      { text: "Sorry, [[that's bullshit]].", rewrite: "Sorry, that's not quite right." },
      { text: '[[For god’s sake]] send the photo.', rewrite: 'Please send the photo.' },
    ],
  },
  de: {
    valid: [
      'Was zum Lieferumfang gehört, steht unten.',
      'Wir haben die Scheibenwischer-Pumpe und den Mistral-Akku getauscht.',
      'Der Mistelzweig ist leider ausverkauft.',
      'Die alten Dreckschleudern werden nicht verschrottet.',
      'Bitte schicken Sie uns ein Foto der beschädigten Verpackung.',
    ],
    invalid: [
      { text: 'Ich kann doch nicht hellsehen, [[Herrgott nochmal]]!', rewrite: 'Ich kann doch nicht hellsehen, bitte!' },
      { text: '[[Was zum Teufel]] haben Sie mit dem Gerät gemacht?', rewrite: 'Was haben Sie mit dem Gerät gemacht?' },
      { text: '[[Verdammt]], das Paket ging an die falsche Adresse.', rewrite: 'Oh je, das Paket ging an die falsche Adresse.' },
      { text: 'Starten Sie das [[Scheißgerät]] neu.', rewrite: 'Starten Sie das Gerät neu.' },
      { text: 'Der [[verdammte Drucker]] ist kaputt.', rewrite: 'Der Drucker ist kaputt.' },
      { text: 'Lesen Sie [[verdammt noch mal]] die Anleitung.', rewrite: 'Lesen Sie bitte die Anleitung.' },
      { text: 'Ja, [[das ist echt Scheiße]], tut mir leid.', rewrite: 'Ja, das ist wirklich ärgerlich, tut mir leid.' },
    ],
  },
};
