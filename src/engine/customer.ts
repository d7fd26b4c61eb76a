// Reads the customer's latest message: how angry (0-3), whether they ask for a supervisor,
// and whether it holds a threat of violence or of self-harm. English and German.
// Pure TypeScript: no DOM, no network. Word lists live in hostility-lexicon.ts.
import { HOSTILE_EMOJI, PHRASES_DE, MEDIUM_DE, MEDIUM_EN, STRONG_DE, STRONG_EN } from './hostility-lexicon';
import { detectLanguage } from './language';
import type { CustomerAnalysis, CustomerCategory, Language, LanguageChoice } from './types';

// ---------------------------------------------------------------------------------------------
// Word lists → one matcher per weight

interface WordMatcher {
  exact: Set<string>;
  prefix: string[];
  suffix: string[];
  infix: string[];
}

function matcher(terms: readonly string[]): WordMatcher {
  const m: WordMatcher = { exact: new Set(), prefix: [], suffix: [], infix: [] };
  for (const t of terms) {
    const head = t.startsWith('*');
    const tail = t.endsWith('*');
    const core = t.replace(/^\*|\*$/g, '');
    if (head && tail) m.infix.push(core);
    else if (head) m.suffix.push(core);
    else if (tail) m.prefix.push(core);
    else m.exact.add(core);
  }
  return m;
}

function matches(m: WordMatcher, word: string): boolean {
  if (m.exact.has(word)) return true;
  for (const p of m.prefix) if (word.startsWith(p)) return true;
  // Compound heads: the word must be longer than the head ("medienpack", not "pack" itself).
  for (const s of m.suffix) if (word.length > s.length + 2 && word.endsWith(s)) return true;
  for (const s of m.infix) if (word.length > s.length + 2 && word.includes(s)) return true;
  return false;
}

// Group, religion, migration and topic words (Volk, Moslems, Asylant, Krieg, Messer, Abschiebung, Islamisierung,
// Einzelfall, Propaganda ...) are deliberately NOT in the lists: they name who or what a message is about, not
// hostility, and would make a calm customer who mentions them look angry.
const STRONG = { en: matcher(STRONG_EN), de: matcher(STRONG_DE) };
const MEDIUM = { en: matcher(MEDIUM_EN), de: matcher(MEDIUM_DE) };

/** Ordinary words a loose stem or compound head would catch ("Akkupack", "Dummy", "Packung"). */
const NOT_HOSTILE = new Set(
  ('akkupack doppelpack sechserpack zehnerpack viererpack multipack starterpack sparpack vorteilspack nachfüllpack ' +
    'powerpack familienpack rucksack dummy dummies blödsinn hassle dumbbell dumbbells shitake jokes ' +
    'drecksarbeit scheibe scheiben geschmack packung packen verpackung packet packete fickle affenhitze ' +
    'arschkalt idiotensicher mistral shitake shiitake dreckig dreckige dreckigen shitstorm shitstorms ' +
    'glühbirne glühbirnen energiesparbirne energiesparbirnen spaten koffer').split(' '),
);

/** Prefixes that only intensify a German noun or adjective ("Oberpfeife", "stinkfaul"). */
const INTENSIFIERS = ['ober', 'erz', 'riesen', 'mega', 'super', 'stink', 'total', 'hyper'];

/** The word without an intensifying prefix, when what is left is a word of its own (4+ letters). */
function stripIntensifier(word: string): string | undefined {
  for (const p of INTENSIFIERS) if (word.length >= p.length + 4 && word.startsWith(p)) return word.slice(p.length);
  return undefined;
}

const NEGATION = /^(?:not|no|never|isn't|isnt|wasn't|aren't|don't|dont|nicht|kein|keine|keinen|keiner|nie|niemals|ohne)$/;

function words(text: string): string[] {
  return text
    .replace(/@\w+/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .match(/[\p{L}][\p{L}'-]*/gu) ?? [];
}

interface LexiconHit {
  word: string;
  weight: number;
}

/** Phrases where a contempt word is harmless: "sorry for the stupid question", "keine dumme Frage". */
const BENIGN = /\b(?:stupid|dumb|silly) questions?\b|(?<![\p{L}])(?:dumme|blöde|doofe) fragen?(?![\p{L}])|\bnot (?:that |too )?bad\b|\bkiller (?:feature|app|deal)\b/giu;

/**
 * Insults, profanity and contempt words in `text`. German texts also get the English insults
 * (German tweets and mails borrow "fuck", "bullshit"); English texts only the English lists,
 * since German words collide with English ones ("pack", "hell", "parasite").
 */
function lexiconHits(text: string, language: Language = detectLanguage(text)): LexiconHit[] {
  const ws = words(text.replace(BENIGN, ' '));
  const hits: LexiconHit[] = [];
  const seen = new Set<string>();
  // A hyphenated compound is also judged by its head, the last part ("ISIS-Schlampe").
  const expanded: string[] = [];
  for (const raw of ws) {
    expanded.push(raw);
    const parts = raw.split('-');
    if (parts.length > 1 && parts[parts.length - 1].length >= 3) expanded.push(parts[parts.length - 1]);
  }
  expanded.forEach((raw, i) => {
    const w = raw.replace(/^'+|'+$/g, '');
    if (w.length < 2 || NOT_HOSTILE.has(w) || seen.has(w)) return;
    let weight = 0;
    const de = language === 'de';
    if ((de && matches(STRONG.de, w)) || matches(STRONG.en, w)) weight = 3;
    else if (de ? matches(MEDIUM.de, w) : matches(MEDIUM.en, w)) weight = 2;
    // German intensifying prefixes keep an insult an insult: "Oberpfeife", "Erzlügner", "Riesentrottel".
    if (!weight && de) {
      const rest = stripIntensifier(w);
      if (rest && !NOT_HOSTILE.has(rest)) {
        if (matches(STRONG.de, rest)) weight = 3;
        else if (matches(MEDIUM.de, rest)) weight = 2;
      }
    }
    if (!weight) return;
    // "not bad", "nicht dumm", "no stupid questions": a negation just before takes the sting out.
    if (weight === 2 && i > 0 && NEGATION.test(expanded[i - 1])) return;
    seen.add(w);
    hits.push({ word: w, weight });
  });
  return hits;
}

// ---------------------------------------------------------------------------------------------
// Shouting

const ACRONYMS = new Set(
  ('I A OK ID PIN PUK SIM IBAN BIC PDF FAQ URL API USB CEO CTO VAT UST MWST USA UK EU DHL UPS DPD GLS IT HR PC SMS ' +
    'CSV IOS TV DVD CD GPS VPN WLAN WIFI LAN DSL ISP IP HTTP HTTPS SSL TLS SSO PS AGB DSGVO GDPR GMBH AG SEPA PAYPAL ' +
    'EUR USD GB MB KB TB ETA ASAP FYI CRM SLA SKU QR NFC AI KI IMEI ATM PO BTW LTE ESIM HDMI SSD HDD RAM CPU GPU ' +
    'ZDF ARD SPD CDU CSU AFD FDP DDR BRD MSM NRW DB ICE TÜV ADAC PS4 PS5 XBOX NBA NFL LOL OMG WTF STFU').split(' '),
);

interface Loudness {
  score: number;
  excerpt?: string;
}

/** Sentences in capitals and runs of exclamation marks. Acronyms (SIM, PIN, IBAN) are not loud. */
function loudness(text: string): Loudness {
  let score = 0;
  let excerpt: string | undefined;
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    const tokens = sentence.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
    const caps = tokens.filter((t) => {
      const letters = t.replace(/[^\p{L}]/gu, '');
      return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && !ACRONYMS.has(letters.toUpperCase());
    });
    if (caps.length >= 3 && caps.length / Math.max(1, tokens.length) >= 0.6) {
      score = Math.max(score, 2);
      excerpt ??= sentence.trim().slice(0, 80);
    } else if (caps.length >= 2 || caps.some((c) => c.length >= 5)) {
      score = Math.max(score, 0.5);
    }
  }
  if (/!{3,}|[!?]{4,}/.test(text)) {
    score += 1;
    excerpt ??= (text.match(/[^.!?\n]{0,60}!{3,}/)?.[0] ?? '!!!').trim();
  } else if (/!!|\?!|!\?/.test(text)) score += 0.5;
  return { score, excerpt };
}

// ---------------------------------------------------------------------------------------------
// Patterns for anger cues that are phrases, not words

interface Cue {
  re: RegExp;
  weight: number;
}

// Numbers of up to four digits: an unbounded \d+ re-read a pasted run of digits from every position (quadratic).
const NUMBER_EN = '(?:second|third|fourth|fifth|sixth|tenth|umpteenth|nth|\\d{1,4}(?:st|nd|rd|th)?|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|numerous|countless|a dozen|dozens of|a million)';
const NUMBER_DE = '(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwanzig|\\d{1,4}|mehrere|mehreren|etliche|etlichen|unzählige|unzähligen|zig|x)';

const REPEATED: Cue[] = [
  // "third time I'm writing", "I've called 5 times", "for the umpteenth time"
  { re: new RegExp(`\\b${NUMBER_EN}\\s+times?\\b[^.!?\\n]{0,40}\\b(?:writ|wrote|call|phon|rang|email|e-mail|contact|chat|messag|ask|reach|explain|told|tell|complain|tried|try|trying|request|report|sent|send)`, 'i'), weight: 1.5 },
  { re: new RegExp(`\\b(?:writ\\w*|wrote|call\\w*|phoned|rang|emailed|e-mailed|contacted|chatted|messaged|asked|reached out|explained|told you|complained|tried|requested|reported|sent)\\b[^.!?\\n]{0,40}\\b${NUMBER_EN}\\s+times?\\b`, 'i'), weight: 1.5 },
  { re: /\bfor the (?:second|third|fourth|fifth|umpteenth|nth|\d+(?:st|nd|rd|th)|last|hundredth|millionth) time\b/i, weight: 1.5 },
  // "This is the THIRD time my ticket hasn't renewed", "my fourth email about this", "the 5th attempt".
  { re: /\b(?:this is|that's|that’s|that is|it's|it’s|it is|now the|my|this is my|the)\s+(?:second|third|fourth|fifth|sixth|umpteenth|nth|\d+(?:st|nd|rd|th))\s+(?:time|email|e-mail|call|message|complaint|chat|letter|attempt|request)\b/i, weight: 1.5 },
  // Shouted "AGAIN" / "SCHON WIEDER": the repeat is the complaint (case-sensitive on purpose).
  { re: /\b(?:AGAIN|ONCE MORE)\b|(?<![\p{L}])(?:WIEDER|ERNEUT)(?![\p{L}])/u, weight: 1.5 },
  { re: /\b(?:yet again|once again|again and again|over and over|time and again|every single time|keeps? happening|same problem again|(?:still|have been) waiting for (?:weeks|months|days|ages))\b/i, weight: 1.5 },
  { re: /\b(?:no one|nobody|none of you)\b[^.!?\n]{0,30}\b(?:replie[sd]|respond\w*|answer\w*|got back|gets back|call(?:ed)? back|helps?|helped|cares?)\b|\bno (?:reply|response|answer) (?:yet|at all|so far|for)\b|\bstill (?:no|not|nothing|haven't|hasn't|waiting|broken)\b/i, weight: 1 },
  { re: new RegExp(`(?<![\\p{L}])zum (?:zweiten|dritten|vierten|fünften|x-ten|xten|zigsten|hundertsten|tausendsten|wiederholten|\\d+\\.|letzten) ?mal(?![\\p{L}])`, 'iu'), weight: 1.5 },
  { re: new RegExp(`(?<![\\p{L}])${NUMBER_DE}(?: |-)?(?:mal|male)(?![\\p{L}])[^.!?\\n]{0,40}(?:angerufen|geschrieben|gemeldet|nachgefragt|gefragt|kontaktiert|erklärt|reklamiert|beschwert|versucht|gemailt|telefoniert|geschickt)`, 'iu'), weight: 1.5 },
  { re: /(?<![\p{L}])(?:schon wieder|wieder einmal|immer wieder|zigmal|x-mal|mehrfach|mehrmals|jedes mal das gleiche|seit wochen|seit monaten|seit tagen|seit einer woche|seit einem monat|(?:das|zum) (?:zweite|dritte|vierte|fünfte|x-te|zigste|hundertste)n? ?mal)(?![\p{L}])/iu, weight: 1.5 },
  { re: /(?<![\p{L}])(?:immer noch|noch immer|bis heute|nach wie vor)(?: nicht| kein| nichts)|(?<![\p{L}])(?:niemand|keiner)(?: \p{L}+){0,3} (?:meldet|antwortet|ruft|hilft|kümmert)|(?<![\p{L}])keine (?:antwort|reaktion|rückmeldung)(?![\p{L}])/iu, weight: 1 },
];

/** A formal notice of cancellation is not a threat ("Hiermit kündige ich fristgerecht ..."). */
const FORMAL_NOTICE = /(?<![\p{L}])(?:hiermit|fristgerecht|ordentlich|zum nächstmöglichen|zum \d{1,2}\.)|\bhereby\b/iu;

const THREATS: Cue[] = [
  // First person, future or decided: "I'll cancel", "I'm switching", "or I leave". Not "please cancel my order".
  { re: /\b(?:i(?:'ll|’ll| will| am going to|'m going to|’m going to|'m gonna|’m gonna| am gonna| shall)|otherwise i|or (?:else )?i(?:'ll| will)?)\s+(?:(?:definitely|just|now|seriously|immediately|simply|be)\s+)?(?:cancel\w*|clos\w* my account|leav\w*|switch\w*|mov\w* to|tak\w* my (?:business|money)|su(?:e|ing)|report\w*|post\w*|writ\w* (?:a|an|the)? ?(?:bad |negative |terrible |1 star |one star )?review|go\w* (?:to the press|public|to the media)|contact\w* (?:my |a )?(?:lawyer|attorney|bank)|call\w* my (?:lawyer|bank|attorney)|dispute\w*|charg\w* back|fil\w* a (?:complaint|chargeback|dispute)|never (?:buy|use|order|shop|come back|recommend))\b/i, weight: 3 },
  // Decided, in the progressive: "I'm cancelling", "I am reporting you to my bank", "we're switching providers".
  // "I'm switching from PC to iPhone" is news, not a threat: cancelling/leaving/switching count only with a condition.
  { re: /\b(?:i(?:'m|’m| am)|we(?:'re|’re| are))\s+(?:(?:definitely|now|seriously|so|just)\s+)?(?:(?:cancell?ing|closing my account|leaving|switching)\b[^.!?\n]{0,40}\b(?:if|unless|otherwise)|taking my (?:business|money)|suing|reporting (?:you|this|it)|disputing|filing a (?:complaint|chargeback|dispute)|calling my (?:lawyer|bank|attorney)|going to (?:my bank|the press|a lawyer))\b/i, weight: 3 },
  { re: /\b(?:lawyer|attorney|legal action|small claims|sue you|lawsuit|ombudsman|trading standards|better business bureau|consumer protection|chargeback|take my business elsewhere|lost (?:a|another) customer)\b/i, weight: 3 },
  { re: /(?<![\p{L}])(?:ich (?:kündige|wechsle|wechsele|storniere)|kündige ich|(?:werde|würde) ich (?:\p{L}+ ){0,3}(?:kündigen|wechseln|stornieren|klagen|verklagen)|ich werde (?:\p{L}+ ){0,3}(?:kündigen|wechseln|klagen|verklagen|anzeigen|melden|veröffentlichen))(?![\p{L}])/iu, weight: 3 },
  { re: /(?<![\p{L}])(?:ich gehe (?:jetzt |direkt |sofort )?(?:zu meiner bank|zur bank|zum anwalt|zur polizei|zur verbraucherzentrale|an die presse))(?![\p{L}])/iu, weight: 3 },
  { re: /(?<![\p{L}])(?:anwalt|anwältin|rechtsanwalt|anwaltlich\p{L}*|rechtliche schritte|juristische schritte|verklag\p{L}*|klage einreichen|verbraucherzentrale|verbraucherschutz|schlichtungsstelle|bundesnetzagentur|anzeige erstatten|strafanzeige|rücklastschrift)(?![\p{L}])/iu, weight: 3 },
  // Round 4: "Ich zeige euch an!", "zeige ich Sie an".
  { re: /(?<![\p{L}])(?:ich zeige (?:euch|sie|dich|ihre firma|die firma|ihren laden|euren laden) an|zeige ich (?:euch|sie|dich) an)(?![\p{L}])/iu, weight: 3 },
  // Weaker: going public, never again, reviews.
  { re: /\b(?:1[- ]star|one[- ]star|bad review|negative review|go public|the press|never again|switch(?:ing)? to (?:a competitor|another provider))\b/i, weight: 1.5 },
  { re: /(?<![\p{L}])(?:presse|öffentlich machen|schlechte bewertung|negative bewertung|1 stern|einen stern|nie wieder|nie mehr bei|zur konkurrenz|zurückbuchen)(?![\p{L}])/iu, weight: 1.5 },
];

/** Phrases of anger that are not single words. */
const ANGER_PHRASES: Cue[] = [
  // Said outright: "I'm furious", "beyond angry", "sick of", "worst company I've ever", "this is theft", "what a waste of my time".
  { re: /\b(?:furious|livid|fuming|(?:so|really|very|extremely|beyond|absolutely|incredibly) (?:angry|mad|pissed(?: off)?)|sick of|sick and tired|fed up|had enough|how dare you|shame on you|(?:the )?worst (?:\w+ ){0,2}(?:company|service|support|provider|experience|shop|store|airline|bank|business)\b[^.!?\n]{0,30}\bever|(?:this|that|it)(?: is|'s|’s) (?:theft|robbery|daylight robbery|a (?:scam|rip-?off|disgrace)|fraud|disgraceful|outrageous)|(?:what|such) a (?:total |complete )?waste of (?:my )?time|wast(?:ed|ing) (?:\w+ ){0,2}(?:hours?|days?|my (?:time|day|evening|weekend))|how could you)\b/i, weight: 3 },
  { re: /\b(?:(?:this|that|it|is|are) (?:such |a total |an absolute )?a joke|are you kidding|are you serious|you(?:'re| are) kidding|what the hell|what the heck|how dare you|shame on you|i am done|i'm done|unbelievable|beyond frustrat\w*|so frustrat\w*|extremely frustrat\w*|really angry|very angry|so angry|furious|livid|fuming)\b/i, weight: 2 },
  // An insult word turned up: "absolutely useless app", "totally pathetic".
  { re: /\b(?:absolutely|totally|completely|utterly|bloody|fucking|so|beyond)\s+(?:useless|pathetic|hopeless|shambolic|incompetent|clueless|worthless)\b/i, weight: 1.5 },
  // Contemptuous address and sarcasm: "you people", "thanks for nothing", "na toll", "danke für nichts".
  { re: /\b(?:you people|you lot|thanks (?:a lot |so much |very much )?for nothing|thank you for nothing|yeah,? right|great job,? (?:guys|team|everyone)?\s*[.!]{2,})/i, weight: 2 },
  { re: /(?<![\p{L}])(?:danke für nichts|vielen dank auch[.!]|na (?:toll|super|prima|klasse|bravo)|ganz toll gemacht|echt super gemacht|herzlichen glückwunsch[,.!]* (?:ihr|sie|zu diesem|zu dieser))(?![\p{L}])/iu, weight: 2 },
  { re: /\b(?:(?:being|been|getting|keep getting) ignored|you(?:'re| are| keep) ignoring me|(?:took|taken|wasted) (?:a |the )?(?:day|morning|afternoon) off(?: work)? for nothing)\b/i, weight: 2 },
  // Rage said outright, being lied to, service called a disaster: "beside myself", "you lied to me", "appalling service".
  { re: /\b(?:beside myself|boiling with rage|seeing red|(?:you|they|your \w+)(?: have| guys)? (?:lied|been lying) to (?:me|us)|(?:i|we) (?:was|were|have been|got) lied to|(?:absolutely |utterly |truly )?(?:pathetic|appalling|atrocious|abysmal|shocking|disgusting|horrendous|dreadful) (?:service|support|customer service|company|treatment|experience)|(?:service|support|customer service)(?: here)? (?:is|was) (?:absolutely |utterly |truly )?(?:pathetic|appalling|atrocious|abysmal|a disgrace|a disaster|a nightmare|a joke))\b/i, weight: 3 },
  { re: /\bwasted (?:a |an |the |my |our |)(?:\w+ ){0,3}(?:evenings?|nights?|weekends?|holidays?|mornings?|afternoons?|days?|weeks?)\b/i, weight: 3 },
  { re: /\b(?:(?:you|this|it|your \w+) (?:has |have )?ruined (?:my|our)|(?:is|are|was|were) (?:now )?ruined)\b/i, weight: 2 },
  // Indignation said in one word, often alone as a sentence: "Unacceptable.", "Ridiculous!", "a disgrace".
  // ("ridiculous" and "absurd" only of the situation, or alone: "ridiculous hats" is no complaint.)
  { re: /\b(?:unacceptable|outrageous|disgraceful|a disgrace|scandalous|a scandal|a farce|a shambles|shambolic|inexcusable|unforgivable|(?:this|that|it)(?:['’]s| is| was) (?:(?:absolutely|just|totally|simply|frankly) )?(?:ridiculous|absurd))\b|(?:^|[.!?]\s+)(?:ridiculous|absurd)\s*[.!?]/i, weight: 2 },
  // Waiting as the grievance: "on hold for 45 minutes", "three days in a row", "for hours".
  { re: /\b(?:on hold|waiting|waited|queue[ds]?|queuing)\s+(?:for\s+)?(?:over\s+|more than\s+|almost\s+|nearly\s+)?(?:\d+|an?|one|two|three|four|five|ten|twenty|thirty|forty|fifty|sixty|several|many)\s+(?:minutes|mins|hours?|hrs|days|weeks)\b|\b(?:\d+|two|three|four|five|several)\s+(?:days|weeks|times|calls)\s+in\s+a\s+row\b/i, weight: 1 },
  // Leaving for a competitor, said as decided: "I'm switching providers", "we're moving to another bank".
  { re: /\b(?:i(?:'m|’m| am)|we(?:'re|’re| are))\s+(?:(?:now|so|definitely|just)\s+)?(?:switching|moving|changing|going)\s+(?:to\s+(?:a|another|a different|your)\s+(?:\w+\s+)?)?(?:providers?|suppliers?|carriers?|networks?|banks?|insurers?|companies|competitors?)\b/i, weight: 2 },
  { re: /\b(?:frustrat\w*|annoy\w*|disappoint\w*|upset|angry|irritat\w*|not happy|unhappy|not impressed|fed up)\b/i, weight: 1 },
  { re: /(?<![\p{L}])(?:stinksauer|stocksauer|fuchsteufelswild|wütend|(?:so|echt|richtig|total|wirklich|extrem) sauer|(?:habe|hab|hab['’]s|habe es|hab es|bin es) (?:echt |so |wirklich |langsam )?satt|die nase (?:gestrichen )?voll|wie könn(?:t|en) (?:ihr|sie) (?:nur )?(?:so ?was|das|so etwas)|(?:was für eine|so eine|reine|die reinste) zeitverschwendung|(?:das|dies) ist (?:doch )?(?:diebstahl|betrug|abzocke|eine (?:unverschämtheit|frechheit|sauerei|schande))|(?:die )?schlechteste(?:n|r)? (?:\p{L}+ ){0,2}(?:firma|service|kundenservice|support|anbieter|laden|erfahrung|unternehmen))(?![\p{L}])/iu, weight: 3 },
  { re: /(?<![\p{L}])(?:(?:ist|sind) (?:doch )?(?:ein|der reinste|ein schlechter) witz|ignoriert (?:zu )?werden|werde (?:\p{L}+ ){0,2}ignoriert|(?:sie|ihr) ignorier(?:en|t) mich|zeitverschwendung|umsonst (?:frei ?genommen|gewartet|gefahren))(?![\p{L}])/iu, weight: 2 },
  { re: /(?<![\p{L}])(?:die nase voll|reicht mir|reicht jetzt|es reicht|mir reicht's|mir reichts|wollen sie mich verarschen|das darf doch nicht wahr sein|ich fasse es nicht|ich glaub(?:e)? es nicht|unfassbar|unglaublich|skandalös|eine bodenlose|bodenlos|stinksauer|stocksauer|wütend|sauer|verärgert|fassungslos|eine zumutung|sind sie noch zu retten|geht['’]s noch|gehts noch)(?![\p{L}])/iu, weight: 2 },
  // "Ich bin außer mir vor Wut", "angelogen", "erbärmlicher Service", "Abende verschwendet", "ruiniert".
  { re: /(?<![\p{L}])(?:außer mir(?: vor (?:wut|zorn|ärger))?|ausser mir(?: vor (?:wut|zorn))?|(?:ich )?koche vor wut|kochend vor wut|(?:hat|haben|habt) mich (?:\p{L}+ ){0,4}(?:angelogen|belogen|verarscht|über den tisch gezogen)|(?:wurde|werde|bin) (?:\p{L}+ ){0,3}(?:angelogen|belogen|verarscht)|(?:absolut |wirklich |total |echt )?(?:erbärmlich|miserabel|unterirdisch|grottenschlecht|katastrophal|unterste schublade)(?:e|er|es|en)? (?:service|kundenservice|support|leistung|firma|laden|verein|unternehmen)|(?:service|kundenservice|support) (?:ist|war) (?:absolut |wirklich |total |echt )?(?:erbärmlich|miserabel|unterirdisch|grottenschlecht|katastrophal|eine katastrophe|eine zumutung))(?![\p{L}])/iu, weight: 3 },
  { re: /(?<![\p{L}])(?:meine|unsere|meinen|unseren|den ganzen|die ganze|das ganze|einen|eine|ganze|zwei|drei|vier) (?:\p{L}+ ){0,2}(?:abende?|nächte|wochenenden?|urlaub|tage|wochen|zeit|vormittage?|nachmittage?) (?:\p{L}+ ){0,5}(?:verschwendet|vergeudet|verplempert)(?![\p{L}])/iu, weight: 3 },
  { re: /(?<![\p{L}])(?:ist|sind|war|wurde|hat|haben) (?:\p{L}+ ){0,3}(?:ruiniert|zerstört|kaputt ?gemacht)(?![\p{L}])/iu, weight: 2 },
  // Empörung in einem Wort: "Unverschämt!", "Eine Frechheit.", "Inakzeptabel." (Nicht "lächerlich": "nicht lächerlich gemeint".)
  { re: /(?<![\p{L}])(?:unverschämt|(?:eine |so eine |die reinste )?frechheit|inakzeptabel|nicht akzeptabel|inakzeptable|skandal|eine farce|eine unverschämtheit)(?![\p{L}])/iu, weight: 2 },
  // Das Produkt als Dreck: "so einen Dreck verkaufen", "euer Schrott".
  { re: /(?<![\p{L}])(?:so(?: ein(?:en)?)?|diese[nmrs]?|euren?|eure[mnrs]?|ihre[nmrs]?|diesen|den|solchen?) (?:dreck|mist|schrott|müll|scheiß|scheiss|murks|pfusch)(?![\p{L}])/iu, weight: 2 },
  // Vorwurfsfragen: "Wie könnt ihr so etwas verkaufen?", "Wie kann man nur …?"
  { re: /(?<![\p{L}])(?:wie könn(?:t|en) (?:ihr|sie)|wie kann man) (?:\p{L}+ ){1,8}\p{L}+\s*\?/iu, weight: 1.5 },
  // "… und jetzt berechnet ihr mir das auch noch": obendrein, zum Schaden noch.
  { re: /(?<![\p{L}])(?:jetzt|nun|dann|obendrein)(?: \p{L}+){1,6} auch noch(?![\p{L}])/iu, weight: 1 },
  // Warten als Ärgernis: "seit 45 Minuten in der Warteschleife", "drei Tage hintereinander", "seit zwei Wochen".
  { re: /(?<![\p{L}])(?:warteschleife|(?:\d{1,4}|zwei|drei|vier|fünf|mehrere) (?:tage|wochen|mal) (?:hintereinander|am stück|in folge)|seit (?:\d{1,4}|zwei|drei|vier|fünf|sechs|mehreren|vielen) (?:tagen|wochen|monaten)|(?:stunden|ewig|ewigkeiten) (?:lang )?(?:gewartet|in der warteschleife))(?![\p{L}])/iu, weight: 1 },
  { re: /(?<![\p{L}])(?:enttäuscht|genervt|ärgerlich|verärgert|unzufrieden|frustriert|ärgert mich|nervt)(?![\p{L}])/iu, weight: 1 },
  // Round 3: how German customers say it without a swear word: "Das ist nicht in Ordnung", "So geht man nicht mit
  // Kunden um", "Das kann doch nicht Ihr Ernst sein", "Schnauze voll", "im Stich gelassen", "Saftladen", "lächerlich".
  { re: /(?<![\p{L}])(?:(?:das|dies|es) (?:ist|war) (?:\p{L}+ ){0,2}nicht (?:mehr )?in ordnung|(?:das|so was|sowas) geht (?:so |gar |überhaupt |echt )?(?:gar )?nicht(?= *[.!])|so geht man (?:doch )?nicht mit (?:\p{L}+ ){0,2}(?:kunden|kundinnen|mir|menschen|leuten) um|(?:das )?kann (?:doch |ja )?(?:wohl )?nicht (?:ihr|euer|dein|wirklich ihr|wirklich euer) ernst sein|ist das (?:ihr|euer|dein) ernst|schnauze (?:gestrichen )?voll|stinkig|angefressen|(?:im stich|hängen) ?gelassen|(?:lassen|lasst|lässt) (?:mich|uns) (?:einfach )?(?:hängen|im stich)|saftladen|verarsche|abzocke|abgezockt|(?:so )?langsam reicht(?:['’]?s| es)|(?:jetzt|nun) reicht(?:['’]?s| es)|(?:das|dies|es) ist (?:doch |einfach |echt |wirklich |absolut |ja )?(?:lächerlich|ein witz|eine katastrophe|katastrophal|unterirdisch|eine zumutung|eine sauerei)|unmöglich,? wie|was (?:ist|soll) das (?:bitte |denn |eigentlich )*für ein(?:e)? (?:service|laden|verein|saftladen|kundenservice|firma|saustall)|(?:total|sehr|maßlos|zutiefst|extrem|mega|echt|wirklich|bitter) enttäuscht)(?![\p{L}])/iu, weight: 3 },
  // Round 4: condemnation with the noun first ("Eine Schande ist das!"), angry rhetorical questions ("Was soll das???",
  // "Wie lange soll ich noch warten?", "Was ist das für ein Laden?").
  { re: /(?<![\p{L}])(?:(?:eine )?(?:schande|zumutung|frechheit|unverschämtheit|sauerei) (?:ist|war) (?:das|dies)|(?:das|dies) ist (?:doch |echt |wirklich |einfach )?(?:eine )?(?:schande|zumutung)|was soll (?:das|der (?:mist|quatsch|scheiß|scheiss|blödsinn))(?: denn)? *[?!]|wie lange (?:soll|muss) ich (?:denn |eigentlich |hier )?noch warten|was (?:ist|sind) (?:denn )?(?:das|dies|ihr|sie) für ein(?:e)? (?:service|laden|saftladen|verein|firma|kundenservice|support))(?![\p{L}])/iu, weight: 2 },
  // Round 4: ignored ("Niemand reagiert", "Auf Mails antwortet keiner"), locked out or stuck ("komplett ausgesperrt",
  // "komme seit einer Woche nicht ins Portal", "stehe an der Kasse und"), (waiting for weeks is a REPEATED cue).
  { re: /(?<![\p{L}])(?:(?:niemand|keiner|kein mensch) reagiert|(?:reagiert|antwortet|meldet sich|kümmert sich) (?:\p{L}+ ){0,2}(?:niemand|keiner|kein mensch)|(?:komplett |total |einfach )?ausgesperrt|komme (?:\p{L}+ ){0,4}nicht (?:mehr )?(?:ins|in mein|in mein|an mein|an meine|auf mein) (?:portal|konto|geld|account|postfach|online-banking|kundenkonto)|(?:stehe|stand) (?:\p{L}+ ){0,3}an der kasse und)(?![\p{L}])/iu, weight: 1 },
  // Weaker: being put off, demanding it now ("werde jedes Mal vertröstet", "Ich erwarte jetzt eine Lösung", "sofort zurück!").
  { re: /(?<![\p{L}])(?:vertröstet|abgewimmelt|hingehalten|(?:ich )?erwarte (?:jetzt |nun |sofort |umgehend |endlich )+(?:eine|ihre|eure|deine|mein|meine|dass)|(?:sofort|umgehend|endlich|jetzt) zurück *!|(?:will|möchte|verlange) (?:jetzt |sofort |endlich )?mein geld|extra (?:\p{L}+ )?(?:frei ?genommen|urlaub genommen|zu hause geblieben)|keiner fühlt sich (?:\p{L}+ )?zuständig|niemand fühlt sich (?:\p{L}+ )?zuständig)(?![\p{L}])/iu, weight: 2 },
];

// ---------------------------------------------------------------------------------------------
// Escalation request

const ROLE_EN = /\b(?<!\b(?:my|our|his|her|their) )(?:supervisor|manager|superior|team ?lead(?:er)?|boss|head of (?:department|customer service|support)|someone (?:in charge|senior|higher up|more senior|competent|who can actually help)|somebody (?:in charge|senior|higher up)|person in charge|higher[- ]up|floor manager|management)\b/i;
const ASK_EN = /\b(?:speak|talk|get|put|transfer|connect|escalate|want|need|demand|give|let|ask(?:ing)? for|request|bring|call|contact|may i|can i|could i|i'd like|i would like|where is|who is)\b/i;
const ESCALATE_EN = /\b(?:escalate (?:this|it|my|the)|(?:this|it) (?:escalated|needs escalating|needs to be escalated)|escalation)\b/i;
const MY_ROLE_EN = /\b(?:my|our|his|her|their) (?:supervisor|manager|superior|team ?lead(?:er)?|boss)\b/i;

const ROLE_DE = /(?<![\p{L}])(?:vorgesetzt\p{L}*|chef|chefin|chefs|teamleit\p{L}*|abteilungsleit\p{L}*|geschäftsführ\p{L}*|filialleit\p{L}*|leitung|jemand(?:en|em)? (?:verantwortlich\p{L}*|zuständig\p{L}*|kompetent\p{L}*|mit entscheidungsbefugnis)|(?:dem|den|einen|einem) verantwortlichen|beschwerdestelle|beschwerdemanagement|höhere stelle)(?![\p{L}])/iu;
const MY_ROLE_DE = /(?<![\p{L}])(?:mein|meine|meinem|meinen|meiner|unser|unsere|unserem|unseren|unserer|sein|seine|ihr) (?:vorgesetzt\p{L}*|chef|chefin|teamleit\p{L}*|abteilungsleit\p{L}*|geschäftsführ\p{L}*)(?![\p{L}])/iu;
const ASK_DE = /(?<![\p{L}])(?:sprechen|reden|verbinden|durchstellen|weiterleiten|weitergeben|holen|geben|will|möchte|verlange|fordere|bestehe|hätte gern|hätte gerne|kontakt|anrufen|rufen|zurückrufen|schicken)(?![\p{L}])/iu;
const ESCALATE_DE = /(?<![\p{L}])(?:eskalier\p{L}*|eskalation)(?![\p{L}])/iu;

// ---------------------------------------------------------------------------------------------
// Safety: violence and self-harm. Recall first; only well-known hyperbole is let through.

const HYPERBOLE = [
  /\b(?:is|are|was|'s|’s|it's|its|they're|this is|that is|keeps?|bill|wait|waiting|prices?|fees?|rent|heat|suspense)\s+(?:\w+\s+)?killing me\b/gi,
  /\bkilling me\b(?= (?:softly|here|with|lol|haha))/gi,
  /\b(?:dying|die|died|dead) (?:to|of|from|laughing|for)\b(?! (?:real|myself))/gi,
  /\b(?:i'm|im|i am) dying\b(?= (?:here|lol|haha|of|from|to|laughing|inside))/gi,
  /\bkill(?:ing|ed)? (?:for|time|it|the (?:process|app|task|lights|engine|mood|bug|boss|game)|two birds|a few minutes|an hour|some time)\b/gi,
  /\bkiller (?:feature|app|deal|price|look|combo|song|tune|track)\b/gi,
  /\b(?:drop[- ]?dead|dead (?:battery|pixel|link|zone|line|end|tired|serious|wrong|slow)|deadline|deadlines)\b/gi,
  /\b(?:could|would) kill for\b/gi,
  /\bkill switch\b/gi,
  /(?<![\p{L}])(?:lach(?:e)? mich (?:halb )?tot|totgelacht|totlachen|zum totlachen|todmüde|todlangweilig|todernst|todschick|sterbe vor (?:lachen|langeweile|neugier|hunger|hitze|kälte)|bringt mich (?:noch )?um|bringen mich (?:noch )?um|macht mich fertig)(?![\p{L}])/giu,
];

/** Words that say a sentence is about a game, not about people. */
const GAME = /\b(?:level|game|gaming|boss|raid|quest|match|round|player|character|spawn|respawn|npc|enemy|enemies|zombies?|monsters?|dragon|mission|multiplayer|server|lobby|ranked)\b|(?<![\p{L}])(?:spiel|spielen|gegner|endgegner|runde|zombies?)(?![\p{L}])/iu;

const VIOLENCE_TO_YOU: RegExp[] = [
  /\b(?:kill|murder|hurt|harm|shoot|stab|strangle|choke|punch|beat|smack|slap|attack|hunt(?: down)?|find|get|destroy|end|bury|break|smash)\w*\s+(?:\w+\s+)?(?:you|u|ya|y'all|you all|your (?:staff|employees|agents|people|family|kids|face|neck|legs|office)|the (?:agent|agents|staff|manager|employee|employees|clerk|cashier|rep|representative)|someone|somebody|anyone|everyone|everybody|people|whoever)\b/i,
  /\b(?:someone|somebody|people|you) (?:is|are|will|'s|’s|gonna|going to) (?:\w+ )?(?:get(?:ting)? hurt|die|be dead|get shot|pay for this with)\b/i,
  /\b(?:i (?:have|own|got|carry|bought|will bring|'ll bring)|i've got|bring(?:ing)?) (?:a |my )?(?:gun|guns|knife|weapon|rifle|pistol|shotgun|bomb|explosives?)\b/i,
  /\b(?:i know where (?:you|your \w+) (?:live|lives|work|works|are|is)|make you pay|watch your back|you(?:'re| are) (?:dead|a dead man)|dead man walking|you(?:'ll| will) (?:be sorry|pay for this|get what's coming)|going postal|shoot (?:up|the place)|burn (?:it|the place|your \w+) down|blow (?:up|it up)|set (?:fire|on fire))\b/i,
];

const VIOLENCE_DE: RegExp[] = [
  /(?<![\p{L}])(?:bring\p{L}*|bringe)\s+(?:euch|dich|sie|ihn|jemanden|alle|den|die)\b[^.!?\n]{0,30}\bum(?![\p{L}])/iu,
  /(?<![\p{L}])(?:umbringen|umbring|töten|töte|stech\p{L}* (?:dich|euch|sie|ihn|jemanden) ab|erschieß\p{L}*|erschiess\p{L}*|erstech\p{L}*|abstech\p{L}*|abknall\p{L}*|kaltmach\p{L}*|totschlag\p{L}*|schlag\p{L}* (?:\p{L}+ ){0,3}tot|zusammenschlag\p{L}*|aufschlitz\p{L}*|abmurks\p{L}*|in die luft (?:jagen|sprengen)|anzünden|abfackeln|amok\p{L}*|massaker)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:ich weiß|ich weiss|weiß ich|weiss ich),? wo (?:sie|du|ihr|euer|ihr|dein)(?: \p{L}+){0,3} (?:wohn\p{L}*|arbeite\p{L}*|sitz\p{L}*|ist|sind|findet)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:waffe|pistole|knarre|gewehr|messer|bombe|sprengstoff)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:(?:dann|sonst) (?:passiert (?:was|etwas)|knallt['’]?s|gibt['’]?s tote|raucht['’]?s|gibt['’]?s ärger)|jemand wird (?:verletzt|sterben)|(?:euch|ihnen|dir|jemandem) (?:was|etwas) antun|wird es bereuen|werden es bereuen|ich mach(?:e)? (?:euch|sie|dich) (?:fertig|kalt|platt)|ich komm(?:e)? (?:vorbei|rüber) und)(?![\p{L}])/iu,
];

const SELF_HARM_EN: RegExp[] = [
  /\b(?:kms|kys|unalive|disappear (?:forever|for good)|kill(?:ing)? myself|end(?:ing)? (?:it all|my life|my own life|things|everything)|take my (?:own )?life|suicid\w*|hurt(?:ing)? myself|harm(?:ing)? myself|cut(?:ting)? myself|hang(?:ing)? myself|overdose|jump(?:ing)? off (?:a|the) (?:bridge|roof|building))\b/i,
  /\b(?:(?:don't|dont|do not|no longer) (?:want|wanna|wish) to (?:live|be alive|be here|exist|go on|wake up)|want to die|wanna die|wish i (?:was|were) dead|better off (?:dead|without me)|nothing (?:left )?to live for|no reason to (?:live|go on)|no point (?:in )?(?:living|going on|anymore|in anything)|tired of (?:living|life|being alive)|can(?:'t|not|’t) go on(?! with)|can(?:'t|not|’t) (?:do|take) (?:this|it) anymore|(?:life|everything) (?:is|feels) (?:pointless|meaningless|hopeless)|give up on (?:life|everything)|no way out|won't be (?:around|here) (?:much longer|anymore|tomorrow)|say(?:ing)? goodbye (?:to everyone|forever)|end it(?: now| tonight| today)?\s*[.!]*$)(?!\w)/i,
];

const SELF_HARM_DE: RegExp[] = [
  /(?<![\p{L}])(?:(?:will|möchte|kann|mag|wollte) (?:\p{L}+ ){0,2}nicht mehr leben|nicht mehr leben (?:will|möchte|wollen)|mich umbringen|bring(?:e)? mich um|ich töte mich|selbstmord\p{L}*|suizid\p{L}*|mir (?:\p{L}+ )?(?:das leben nehmen|was antun|etwas antun|was an|etwas an)|tu(?:e)? mir (?:was|etwas) an|lebensmüde|(?:mit allem|mit dem leben|allem ein ende|dem ganzen ein ende|meinem leben ein ende)|(?:wäre|bin) (?:besser )?tot|will sterben|möchte sterben|sterben will|sterben möchte|von (?:der|einer) brücke|mich (?:aufhängen|erhängen|vor den zug)|häng(?:e)? mich auf|(?:bald|morgen) (?:bin ich )?nicht mehr (?:da|hier)|kein(?:en)? ausweg|sehe keinen sinn mehr|(?:alles|das leben|mein leben) (?:ist|hat) (?:\p{L}+ )?(?:sinnlos|keinen sinn mehr)|(?:es|das) hat (?:alles )?keinen sinn mehr(?!,? (?:\p{L}+ ){0,4}(?:\p{L}*zu\p{L}+|zu \p{L}+|anzurufen|zu schreiben)))(?![\p{L}])/iu,
  /(?<![\p{L}])(?:ich kann nicht mehr|ich will nicht mehr|ich halte (?:das|es) nicht mehr aus)\s*(?:[.!…]|$)/iu,
];

// ---------------------------------------------------------------------------------------------

function blankOut(text: string, patterns: RegExp[]): string {
  let out = text;
  for (const re of patterns) out = out.replace(re, (m) => ' '.repeat(m.length));
  return out;
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
}

function excerptOf(sentence: string, m: RegExpExecArray | RegExpMatchArray | null): string {
  if (!m || m.index === undefined) return sentence.slice(0, 80);
  const from = Math.max(0, m.index - 20);
  const to = Math.min(sentence.length, m.index + m[0].length + 20);
  return (from > 0 ? '…' : '') + sentence.slice(from, to).trim() + (to < sentence.length ? '…' : '');
}

interface SafetyHit {
  excerpt: string;
}

function safetyHits(text: string, anger: number): SafetyHit[] {
  const hits: SafetyHit[] = [];
  for (const original of sentencesOf(text)) {
    const sentence = blankOut(original, HYPERBOLE);
    const game = GAME.test(sentence);
    let m: RegExpMatchArray | null = null;
    for (const re of [...SELF_HARM_EN, ...SELF_HARM_DE]) {
      m = sentence.match(re);
      if (m) break;
    }
    if (!m) {
      for (const re of [...VIOLENCE_TO_YOU, ...VIOLENCE_DE]) {
        const v = sentence.match(re);
        if (!v) continue;
        // Game talk ("I killed everyone in level 3") is not a threat unless it is aimed at "you".
        if (game && !/\b(?:you|your|u)\b|(?<![\p{L}])(?:dich|euch|sie|ihnen)(?![\p{L}])/iu.test(v[0])) continue;
        m = v;
        break;
      }
    }
    // "I'll come down there" is a threat from someone already furious.
    if (!m && anger >= 2) m = sentence.match(/\b(?:i(?:'ll| will|'m going to|'m gonna| am going to)) (?:come|drive|go) (?:down )?(?:there|to your (?:office|store|shop|headquarters|hq|house|home))\b/i);
    if (m) hits.push({ excerpt: excerptOf(original, m) });
  }
  return hits;
}

function cueHits(text: string, cues: Cue[]): Array<{ weight: number; excerpt: string }> {
  const out: Array<{ weight: number; excerpt: string }> = [];
  for (const sentence of sentencesOf(text)) {
    for (const cue of cues) {
      const m = sentence.match(cue.re);
      if (m) out.push({ weight: cue.weight, excerpt: excerptOf(sentence, m) });
    }
  }
  return out;
}

function escalationHit(text: string): string | undefined {
  for (const sentence of sentencesOf(text)) {
    const esc = sentence.match(ESCALATE_EN) ?? sentence.match(ESCALATE_DE);
    if (esc && !/\b(?:no need to|don't|dont|do not|not) escalat/i.test(sentence)) return excerptOf(sentence, esc);
    const cleanedEn = sentence.replace(MY_ROLE_EN, ' ');
    const role = cleanedEn.match(ROLE_EN);
    if (role && ASK_EN.test(cleanedEn)) return excerptOf(sentence, role);
    const cleanedDe = sentence.replace(MY_ROLE_DE, ' ');
    const roleDe = cleanedDe.match(ROLE_DE);
    if (roleDe && ASK_DE.test(cleanedDe)) return excerptOf(sentence, roleDe);
  }
  return undefined;
}

function emojiScore(text: string): number {
  let score = 0;
  for (const [emoji, weight] of Object.entries(HOSTILE_EMOJI)) if (text.includes(emoji)) score += weight;
  return Math.min(3, score);
}

/**
 * Hostility of a text: insults, profanity, contempt words, shouting. 0 for a calm text;
 * about 3 per insult. Used for the anger level and measured on GermEval 2018.
 */
export function hostilityScore(text: string, lang?: LanguageChoice): number {
  const language = lang && lang !== 'auto' ? lang : detectLanguage(text);
  const lex = lexiconHits(text, language).reduce((sum, h) => sum + h.weight, 0);
  const phrases = language === 'de' ? PHRASES_DE.reduce((sum, [re, w]) => sum + (re.test(text) ? w : 0), 0) : 0;
  return lex + phrases + loudness(text).score + emojiScore(text);
}

/** Points of anger with the evidence that produced them. */
function angerPoints(text: string, language: Language): { points: number; evidence: string[]; repeated: number; threat: number } {
  const evidence: string[] = [];
  const lex = lexiconHits(text, language);
  let points = 0;
  // Insults count fully; contempt words add up but level off.
  const strong = lex.filter((h) => h.weight === 3);
  const medium = lex.filter((h) => h.weight === 2);
  points += Math.min(6, strong.length * 3) + Math.min(3, medium.length * 1.5);
  for (const h of [...strong, ...medium].slice(0, 3)) evidence.push(h.word);
  if (language === 'de') {
    for (const [re, w] of PHRASES_DE) {
      const m = text.match(re);
      if (m) {
        points += w === 3 ? 3 : 1.5;
        evidence.push(m[0]);
      }
    }
  }
  points += emojiScore(text);
  const loud = loudness(text);
  points += loud.score;
  if (loud.excerpt && loud.score >= 1) evidence.push(loud.excerpt);
  const repeated = cueHits(text, REPEATED);
  const repeatedPoints = Math.min(2, repeated.reduce((s, h) => s + h.weight, 0));
  points += repeatedPoints;
  const threats = cueHits(text, THREATS).filter((h) => !FORMAL_NOTICE.test(h.excerpt));
  const threatPoints = threats.length ? Math.min(4, Math.max(...threats.map((h) => h.weight)) + (threats.length - 1) * 0.5) : 0;
  points += threatPoints;
  const phrases = cueHits(text, ANGER_PHRASES);
  points += Math.min(3.5, phrases.reduce((s, h) => s + h.weight, 0));
  if (escalationHit(text)) points += 1;
  for (const h of [...threats, ...repeated, ...phrases].slice(0, 3)) evidence.push(h.excerpt);
  return { points, evidence, repeated: repeatedPoints, threat: threatPoints };
}

function levelOf(points: number): 0 | 1 | 2 | 3 {
  if (points >= 6) return 3;
  if (points >= 3) return 2;
  if (points >= 1) return 1;
  return 0;
}

export function analyzeCustomer(text: string, lang?: LanguageChoice): CustomerAnalysis {
  const language: Language = lang && lang !== 'auto' ? lang : detectLanguage(text);
  const { points, evidence: angerEvidence } = angerPoints(text, language);
  const anger = levelOf(points);
  const signals: CustomerCategory[] = [];
  const evidence: CustomerAnalysis['evidence'] = [];
  if (anger >= 2) {
    signals.push('customer-anger');
    for (const excerpt of [...new Set(angerEvidence)].slice(0, 3)) evidence.push({ category: 'customer-anger', excerpt });
  }
  const escalation = escalationHit(text);
  if (escalation) {
    signals.push('escalation-request');
    evidence.push({ category: 'escalation-request', excerpt: escalation });
  }
  const safety = safetyHits(text, anger);
  if (safety.length) {
    signals.push('safety-risk');
    for (const h of safety.slice(0, 3)) evidence.push({ category: 'safety-risk', excerpt: h.excerpt });
  }
  return { language, anger, signals, evidence };
}

// Impoliteness of any request: see politeness.ts.
export { impolitenessScore, politenessFeatureValues, POLITENESS_FEATURES, POLITENESS_WEIGHTS } from './politeness';
