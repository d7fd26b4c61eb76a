// Tells German from English on short texts (one sentence, even one word: "Danke!", "Alles klar.")
// by scoring very common function words, greetings and short answers, plus a few spelling cues
// (umlauts and ß, word endings like -ung/-lich vs -ing/-ly, "sch", a lower-case "c" outside
// ch/ck). Names don't tip the balance: an umlaut in a capitalised word counts little
// ("Thanks, Jürgen!"). No dictionary, one pass over the words: fast enough for every keystroke.
import type { Language, Register } from './types';

const words = (s: string) => s.split(' ');

/**
 * Words that only (or nearly only) occur in one of the two languages. Words both use
 * ("in", "so", "was", "will", "an", "also", "man", "am", "ok", "super", "hat", "die" …)
 * are left out of both lists, or weighted low below.
 */
const EN_WORDS = new Set(words(
  'the a and or but is are be been being i you we they it its this that these those to of on for with not no yes do does did ' +
  "don't doesn't didn't can't won't isn't aren't wasn't weren't couldn't wouldn't shouldn't haven't hasn't " +
  "i'm i've i'll i'd you're you've you'll you'd we're we've we'll we'd they're it's that's there's here's let's what's " +
  'dont doesnt didnt cant wont isnt arent wasnt couldnt wouldnt shouldnt havent hasnt ive youre youve youll weve thats theres lets whats ' +
  'can could would should shall might must may have has had just what when where why how who which whom whose ' +
  'please thanks thank thx hello hey there here if as at from by all any some your yours my mine our ours me us him her their them ' +
  'he she his hers one get got getting let know need help just about after before because into out up down over under again ' +
  'very really still already only now then than too yet soon today tomorrow yesterday morning evening ' +
  'sure great cheers regards best dear welcome glad happy yeah yep nope fine perfect awesome exactly absolutely totally ' +
  'look see send sent make made take give go going try tried back new issue call ' +
  'ill hope hopefully appreciate understand anything everything something nothing else other another each every ' +
  'day days week weeks month time way thing things while since until though although however',
));

const DE_WORDS = new Set(words(
  'der die das den dem des ein eine einen einem einer eines und oder aber ist sind war waren bin bist sein seid ' +
  'ich du er wir ihr sie es mich mir dich dir uns euch ihnen ihm ihn ihre ihren ihrem ihrer sich ' +
  'nicht kein keine keinen keinem keiner nichts nie ja nein doch ' +
  'kann kannst können könnt konnte muss musst müssen soll sollst sollen sollte sollten willst wollen möchte möchten möchtest ' +
  'würde würden wäre wären hätte hätten habe hast haben hatte hatten wird wirst werden wurde wurden gibt geht gehen mache machen macht ' +
  'bitte danke dank vielen herzlichen lieben liebe lieber viele grüße gruß gruss grüßen hallo moin servus tschüss tschüs tschüß ' +
  'guten gute gut morgen abend tag woche leider gern gerne klar alles genau prima toll stimmt passt schön ' +
  'wie wann wo wer warum wieso weshalb welche welcher welches wenn dass ob weil damit obwohl sondern denn als bei von mit zu zum zur ' +
  'auf für über unter nach vor aus durch gegen ohne um bis seit noch schon sehr nur auch mal jetzt gleich heute gestern dann ' +
  'hier dort da mein meine meinen meinem meiner dein deine deinen deinem deiner unser unsere unseren unserem unserer euer eure ' +
  'sonst etwas wieder echt wirklich einfach natürlich vielleicht bereits eben kurz ganz mehr weiter sofort ' +
  'fuer ueber koennen koennte koennten moechte moechten muessen wuerde wuerden waere haette haetten gruesse schoen tschuess ' +
  'zurueck spaeter naechste naechsten frueh frueher',
));

/** Words both languages use, but one of them more often in support replies: half weight. */
const EN_WEAK = new Set(words('so was will in am an hi sorry also'));
const DE_WEAK = new Set(words('so was will in am an man hat also'));
// "so", "was", "will", "in", "am", "an", "also" appear in both weak lists on purpose: they cancel out.

const APOSTROPHES = /[’`´]/g;
const HAS_APOSTROPHE = /['’`´]/;

export interface Score {
  en: number;
  de: number;
}

/**
 * Scores of whole sentences: while the agent types, all sentences but one are the same as at the
 * last check. (Scoring a word is cheaper than looking it up in a cache of words.)
 */
const sentenceScores = new Map<string, Score>();
const SENTENCE_CACHE_LIMIT = 2_000;

/** For measurements of a first check (npm run bench). */
export function clearWordScores(): void {
  sentenceScores.clear();
}

/**
 * Scores of the listed words, built once: the same for every spelling case, and most words of a
 * reply are among them, so a first check looks them up instead of working them out.
 */
const LISTED = new Map<string, Score>();
for (const w of [...EN_WORDS, ...EN_WEAK, ...DE_WORDS, ...DE_WEAK]) {
  if (LISTED.has(w)) continue;
  const s: Score = { en: 0, de: 0 };
  if (EN_WORDS.has(w)) s.en += 1;
  else if (EN_WEAK.has(w)) s.en += 0.5;
  if (DE_WORDS.has(w)) s.de += 1;
  else if (DE_WEAK.has(w)) s.de += 0.5;
  LISTED.set(w, s);
}

const DE_ENDINGS = ['ung', 'keit', 'heit', 'lich', 'chen', 'schaft', 'ieren', 'iert'];
const EN_ENDINGS = ['ing', 'ly', 'ed', 'able', 'ible'];

/** A "c" that is not part of "ch" or "ck". */
function loneC(w: string): boolean {
  for (let at = w.indexOf('c'); at >= 0; at = w.indexOf('c', at + 1)) {
    const next = w[at + 1];
    if (next !== 'h' && next !== 'k') return true;
  }
  return false;
}

function wordScore(raw: string, capitalisedWeight: number): Score {
  const w = raw.toLowerCase();
  const listed = LISTED.get(w);
  // A word in a strong list gets no spelling cues; a weak-only word ("so", "hat") still may.
  if (listed && (EN_WORDS.has(w) || DE_WORDS.has(w))) return listed;
  const s: Score = { en: listed?.en ?? 0, de: listed?.de ?? 0 };
  const capitalised = raw[0] !== w[0];
  // Spelling cues for words neither strong list knows (string tests, not expressions: most words
  // of a reply pass through here on a first check).
  if (w.includes('ä') || w.includes('ö') || w.includes('ü') || w.includes('ß')) s.de += capitalised ? capitalisedWeight : 1;
  if (w.length > 4 && DE_ENDINGS.some((e) => w.endsWith(e))) s.de += 0.5;
  if (w.includes('sch') || w.includes('tz')) s.de += 0.5;
  if (w.length > 4 && EN_ENDINGS.some((e) => w.endsWith(e))) s.en += 0.5;
  if (w.endsWith("'s") || (w.endsWith("n't") && /^[a-z]+n't$/.test(w))) s.en += 1;
  // English spells /k/ and /s/ with a lone "c" (account, service); German keeps "c" in ch/ck,
  // apart from capitalised loan nouns (Code, Computer) — so only lower-case words count.
  if (!capitalised && loneC(w) && !w.includes('sh') && !w.includes('sch')) s.en += 0.5;
  if (w.startsWith('th') || w.endsWith('th') || w.includes('wh') || w.includes('ght') || w.includes('ou')) s.en += 0.5;
  return s;
}

/** How English and how German `text` looks; scores of sentences add up to the score of the reply. */
export function languageScore(text: string): Score {
  const cached = sentenceScores.get(text);
  if (cached) return { ...cached };
  const s = scoreOf(text);
  if (sentenceScores.size >= SENTENCE_CACHE_LIMIT) sentenceScores.clear();
  sentenceScores.set(text, { ...s });
  return s;
}

function scoreOf(text: string): Score {
  const s: Score = { en: 0, de: 0 };
  const tokens = text.match(/[\p{L}'’`´]+/gu) ?? [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    // Most words hold no apostrophe: skip the two replacements for them.
    const raw = HAS_APOSTROPHE.test(token) ? token.replace(APOSTROPHES, "'").replace(/^'+|'+$/g, '') : token;
    if (!raw) continue;
    // An umlaut in a capitalised word is most likely a name ("Thanks, Jürgen!"), a little less so first in the text.
    const w = wordScore(raw, i > 0 ? 0.25 : 0.5);
    s.en += w.en;
    s.de += w.de;
  }
  return s;
}

/** The language the scores point to, or `fallback` on a tie. */
export function languageOf(score: Score, fallback: Language = 'en'): Language {
  if (score.en === score.de) return fallback;
  return score.de > score.en ? 'de' : 'en';
}

export function detectLanguage(text: string, fallback: Language = 'en'): Language {
  return languageOf(languageScore(text), fallback);
}

const INFORMAL = /(?<![\p{L}])(?:du|dir|dich|dein|deine|deinen|deinem|deiner|deins|euch|euer|eure|euren|eurem|eurer)(?![\p{L}])/giu;
/** "Sie/Ihnen/Ihr…" capitalised after another word is the polite form (sentence-initial "Sie" may be "they"). */
const FORMAL_CAPS = /(?<=[\p{L}\p{N},;:)] |[\p{L},;:] {2})(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)(?![\p{L}])/gu;
/** "Ihnen" in any case ("IHNEN", "ihnen") is almost always the customer in a reply. */
const FORMAL_IHNEN = /(?<![\p{L}])ihnen(?![\p{L}])/giu;
/** A verb in -en right before "sie" at the start of a clause: "bitte schicken sie", "können sie". */
const FORMAL_VERB_SIE = /(?:^|[.!?,;:]\s*|\bbitte\s+)(?:\p{L}+en|sind|wären|hätten)\s+sie(?![\p{L}])/giu;

/** "Sie" opening a sentence or line. */
const SENTENCE_SIE = /(?:^|[.!?:]\s+|\n)(?:Sie|SIE)(?![\p{L}])/gu;

/**
 * German replies address the customer with "Sie" (formal) or "du" (informal); rewrites must keep
 * that register. English is always 'neutral', and so is German that addresses no one
 * ("Danke!", "Alles klar."); rules treat 'neutral' like "Sie", the safe default.
 */
export function detectRegister(text: string, language: Language): Register {
  if (language !== 'de') return 'neutral';
  const informal = (text.match(INFORMAL) ?? []).length;
  let formal = 0;
  const counted = new Set<number>();
  for (const m of text.matchAll(FORMAL_CAPS)) {
    counted.add(m.index ?? -1);
    formal += 1;
  }
  for (const m of text.matchAll(FORMAL_IHNEN)) if (!counted.has(m.index ?? -1)) formal += 1;
  // Weaker cues, only when nothing above decided: lower-case or all-caps typing ("können sie"),
  // and a sentence-initial "Sie" ("Sie müssen nichts tun"), which in a reply is rarely "they".
  if (formal === 0) formal += (text.match(FORMAL_VERB_SIE) ?? []).length + (text.match(SENTENCE_SIE) ?? []).length;
  if (informal === 0 && formal === 0) return 'neutral';
  return informal > formal ? 'informal' : 'formal';
}
