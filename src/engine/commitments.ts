// Finds the agent's promises to follow up ("I'll call you tomorrow", "Ich melde mich bis Freitag")
// and resolves their due date against `now`, in the local time of that Date. No date library.
//
// Date defaults (deadline semantics: the promise is kept if the agent acts by then):
// - a day without a time → 17:00 that day (end of the working day);
// - "end of day", EOD, COB, "Feierabend" → 17:00 today (or of the day named: "end of day tomorrow");
// - "morning"/"first thing"/"morgen früh"/"Vormittag" → 09:00, "noon"/"Mittag" → 12:00,
//   "afternoon"/"Nachmittag" → 14:00, "evening"/"tonight"/"Abend" → 18:00;
// - "tomorrow"/"morgen" → the next calendar day (also on a Friday: the customer hears "tomorrow");
// - a weekday ("by Friday", "bis Donnerstag", "next Friday") → the coming one, never today:
//   said on a Friday, "by Friday" means next week's Friday (otherwise one would say "today");
//   "Friday next week"/"Freitag nächster Woche" → the Friday of next week;
// - "this week", "end of the week", "Ende der Woche" → Friday of this week (on a weekend: next Friday);
// - "next week", "early next week", "Anfang nächster Woche" → Monday of next week (the reminder
//   should come at the start of the window, not after it); "mid next week" → Wednesday;
//   "end of next week" → Friday of next week;
// - "in/within N working/business days", "in N Werktagen/Arbeitstagen" → N weekdays later,
//   Saturday and Sunday skipped (public holidays are not known), at 17:00;
// - "in/within N days" → N calendar days later at 17:00; "in N weeks" → 7·N days;
//   "in a couple of days" → 2, "in a few days"/"in ein paar Tagen"/"in den nächsten Tagen" → 3;
// - "in/within N hours/minutes", "in 2 Stunden" → exactly now + N hours/minutes;
//   "within the hour"/"innerhalb der nächsten Stunde" → now + 1 hour;
// - a clock time ("at 3 pm", "um 15 Uhr") without a day → today, or tomorrow if already past;
// - "end of the month"/"Monatsende" → the last day of the month at 17:00;
// - explicit dates ("27.11.", "November 27", "27. November") → that date at 17:00, next year if past;
// - never in the past: a time already past today becomes one hour from now;
// - "soon", "asap", "zeitnah", "as soon as I hear back" → a commitment without `due`.
//
// What is not a commitment: past tense ("I called yesterday", "ich habe gestern angerufen"), requests
// to the customer ("please call us", "rufen Sie uns an", "could you send it by Friday", "I'll need you
// to send us"), questions and offers ("Shall I call you?", "Soll ich Sie anrufen?"), negations
// ("I won't be able to call", "ich melde mich nicht") and the customer's words in quotation marks.
import { engineSource, fastRegExp } from './regex';
import { quotedSpans, splitSentences } from './text';
import type { Commitment, Language, LanguageChoice } from './types';

/** A commitment with what the follow-up-promise rule needs to rewrite it. */
export interface CommitmentDetail extends Commitment {
  language: Language;
  /** Where a date belongs when the promise has none (absolute offset). */
  insertAt: number;
  /** A vague time word ("soon", "zeitnah") that a concrete date should replace (absolute offsets). */
  vague?: { start: number; end: number; immediate: boolean };
  /** The clause goes on with a condition ("..., sobald ich mehr weiß", "... once I hear back"). */
  conditional: boolean;
}

// ---------------------------------------------------------------- clauses

interface Clause {
  text: string;
  /** Offset in the sentence. */
  start: number;
  /** The text that ended the clause (",", " once ", "" at the end). */
  boundary: string;
}

/** Where one promise ends and the next thought begins: punctuation, "but", a new subject after "and", a condition. */
const CLAUSE_BOUNDARY = newFastRegExp(
  [
    String.raw`\s*(?:;|,(?!\d)|:(?!\d|//))\s*`,
    String.raw`\s+[–—-]\s+`,
    // A link or an inline signature ("-Steve", "^JM") ends the sentence's words.
    String.raw`\s+(?=https?:\/\/|www\.|[-~^]\p{Lu}\p{L}*\s*$)`,
    String.raw`\s+(?:but|aber|sondern|denn)\s+`,
    String.raw`\s+and\s+(?=(?:I|we|you|they|he|she|it|this|that|there)\b)`,
    String.raw`\s+und\s+(?=(?:ich|wir|Sie|du|er|es|das|dann)(?![\p{L}]))`,
    String.raw`\s+(?:once|when|whenever|if|unless|because|since|so\s+that|while|until|till|as\s+soon\s+as(?!\s+(?:possible|(?:I|we)\s+can|(?:I|we)['’](?:m|re)\s+able)\b))\s+`,
  ].join('|'),
  'giu',
);
/** German present tense describing now: "anbei", "hiermit"; without a date also "wegen Ihrer Bestellung". */
const DE_HEREWITH = fastRegExp(/(?<![\p{L}])(?:anbei|hiermit|im\s+Anhang|beigefügt|in\s+der\s+Anlage|anhängend)(?![\p{L}])/iu);
const DE_ABOUT = fastRegExp(/(?<![\p{L}])(?:wegen|bezüglich|bzgl|betreffend|aufgrund|in\s+Sachen|im\s+Auftrag)(?![\p{L}])/iu);
/** A German clause that goes on from the one before ("…, dann schicke ich Ihnen …"). */
const DE_THEN_START = fastRegExp(/^\s*(?:dann|danach|anschließend|anschliessend)(?![\p{L}])/iu);
const DE_REASON_START = fastRegExp(/^\s*,?\s*(?:weil|da|denn|um|damit)(?![\p{L}])/iu);
const CONDITION_START = fastRegExp(/^(?:\s*,\s*)?\s*(?:once|when|whenever|if|unless|as\s+soon\s+as|sobald|wenn|falls|sofern|nachdem|sowie)\b/iu);

function splitClauses(sentence: string): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(sentence); m; m = CLAUSE_BOUNDARY.exec(sentence)) {
    if (m[0] === '') {
      CLAUSE_BOUNDARY.lastIndex += 1;
      continue;
    }
    clauses.push({ text: sentence.slice(from, m.index), start: from, boundary: m[0] });
    from = m.index + m[0].length;
  }
  clauses.push({ text: sentence.slice(from), start: from, boundary: '' });
  return clauses;
}

// ---------------------------------------------------------------- promise cores

interface Core {
  start: number;
  end: number;
  /** End of the finite verb and its pronouns: German puts a date right there ("Ich melde mich | bis morgen bei Ihnen"). */
  headEnd: number;
  language: Language;
  /** Verb before subject ("Morgen rufe ich Sie an"): the clause's first words belong to the promise. */
  inverted: boolean;
  /** German present tense that also describes what happens right now ("Ich schreibe Ihnen, weil ...",
   *  "Ich schicke Ihnen anbei ..."): a promise only with a time, a condition or the particle "zu". */
  presentTense?: 'ambiguous' | 'future';
  /** Second verb after "und" without its own subject ("ich kläre das … und melde mich …"). */
  coordinated?: boolean;
}

/** Up to twelve words between "I'll" and the verb ("I'll check with the team and get back ..."), never "you" (a request: "I'll need you to send") or a negation. */
const EN_GAP = String.raw`(?:\s+(?!(?:you|u|not|never|no|unable|if|when|once|unless|need|needs|require|wait)\b)[\w'’-]+){0,12}?`;
const EN_SUBJECT = String.raw`(?:\b(?:I|we|(?:someone|somebody)(?:\s+(?:from|in|on)\s+(?:our|the)\s+(?:[a-z-]+\s+)?(?:team|department))?|one\s+of\s+(?:us|our\s+[a-z]+)|(?:our|a|the)\s+(?:[a-z-]+\s+)?(?:team|colleague|specialist|technician|agent|manager|supervisor|department|engineer|expert)s?)(?:['’]ll|\s+will|\s+shall|['’](?:m|re)\s+going\s+to|\s+(?:am|are|is)\s+going\s+to|['’](?:m|re)\s+gonna)|\blet\s+(?:me|us)|^will|^\s*ill(?=\s+\p{L})|(?<=^\s*(?:(?:ok(?:ay)?|sure|right|so|thanks?)[,!]?\s+)?(?:I|we)\b[^.!?]{0,80}?\s)and\s+(?:will|shall)(?=\s))`;
const EN_VERBS = [
  String.raw`(?:call|ring|phone|text|e-?mail|mail|message|dm|pm|contact|update|notify|inform|ping|calling|ringing|phoning|texting|e-?mailing|mailing|messaging|contacting|updating|notifying|informing|calls|rings|phones|texts|e-?mails|contacts|messages)\s+(?:you|u)\b(?:\s+back\b)?`,
  String.raw`(?:write|writing|reply|replying|respond|responding|get\s+back|getting\s+back|come\s+back|coming\s+back|circle\s+back|report\s+back)\s+to\s+(?:you|u)\b`,
  String.raw`(?:get|getting|circle|report|check|checking)\s+back\b`,
  String.raw`(?:circle|come|coming|circling)\s+(?:round|around)\s+to\s+(?:you|u)\b`,
  String.raw`(?:write|writing)\s+back(?:\s+to\s+(?:you|u))?\b`,
  // Not the noun: "We'll keep an eye out for your reply".
  String.raw`(?<!(?:your|a|the|for|our|my|his|her|their)\s+)(?:reply|replying|respond|responding)\b`,
  String.raw`(?:follow|following)[-\s]up\b`,
  String.raw`(?:reach|reaching)\s+out\b`,
  String.raw`(?:be|get|getting)\s+(?:back\s+)?in\s+(?:touch|contact)\b`,
  String.raw`revert(?:ing)?\s+(?:back\s+)?to\s+(?:you|u)\b`,
  // "I will revert by EOD with the quote": revert without "to you", followed by a time or what comes back.
  String.raw`revert(?:ing)?(?:\s+back)?(?=\s+(?:by|before|with|within|on|in|tomorrow|today|tonight|shortly|asap|first|later|early)\b|\s*[.,;!]|\s*$)`,
  String.raw`(?:come|coming)\s+back\s+with\s+(?:an?\s+)?(?:update|answer|news|reply|response|decision)\b`,
  String.raw`confirm(?:ing)?\s+(?:(?:this|it|that|everything)\s+)?(?:by\s+(?:e-?mail|text|phone|letter)|with\s+(?:you|u)|to\s+(?:you|u))\b`,
  String.raw`(?:post|posting|ship|shipping|courier|dispatch|dispatching|forward|forwarding)\s+(?:(?:it|this|that|them|the|a|an|your)\b(?:\s+[\w-]+){0,3}?\s+)?(?:to|over\s+to)\s+(?:you|u)\b`,
  String.raw`touch\s+base\b`,
  String.raw`call(?:ing)?\s+back\b`,
  String.raw`(?:send|sending)\s+(?:you|u|it|this|that|them|the|a|an|your|over|out)\b`,
  String.raw`(?:keep|keeping)\s+(?:you|u)\s+(?:posted|updated|informed|in\s+the\s+loop|up\s+to\s+date)\b`,
  String.raw`let\s+(?:you|u)\s+know\b`,
  String.raw`give\s+(?:you|u)\s+(?:a\s+)?(?:call|ring|bell|buzz|shout|update|heads[-\s]up|answer)\b`,
  String.raw`drop\s+(?:you|u)\s+(?:a|an)\s+(?:line|note|message|e-?mail|mail)\b`,
  String.raw`(?:provide|have|share)\s+(?:(?:you|u)\s+(?:with\s+)?)?(?:an?\s+)?(?:update|answer|news)\b`,
  // Following up with a third party on the customer's behalf: "I'll ring the surgery first thing Monday", "we will
  // contact the landlord on Thursday", "I'll check with the hotel tomorrow morning".
  String.raw`(?:ring|call|phone|e-?mail|contact|chase(?:\s+up)?|speak\s+(?:to|with)|talk\s+to|check\s+with|get\s+in\s+touch\s+with|get\s+hold\s+of|follow\s+up\s+with)\s+(?:the|your|our)\s+(?!(?:customer|link|form|page|number|app|website|site)\b)[\w-]+\b`,
  // The customer's ticket or case as the thing updated: "I'll update this ticket tomorrow by noon".
  String.raw`(?:update|amend)\s+(?:this|the|your)\s+(?:ticket|case|claim|thread|request|complaint|order|booking|record|application)\b`,
];
const EN_CORES: RegExp[] = [
  newFastRegExp(`${EN_SUBJECT}${EN_GAP}\\s+(?:${EN_VERBS.join('|')})`, 'iu'),
  // "You'll hear from us", "you will receive an update", "you'll be contacted": our promise, the customer as subject.
  /\byou(?:['’]ll|\s+will)\s+(?:(?:(?:hear|be\s+hearing)\s+(?:back|from\s+(?:me|us|someone|our))|be\s+contacted)\b|(?:receive|get)\s+(?:a|an|our)\s+(?:[\w-]+\s+)?(?:call|e-?mail|reply|response|answer|update|message|text|letter|SMS|notification)\s+from\s+(?:me|us)\b|(?:receive|get)\s+(?:a|an|our)\s+(?:call|e-?mail|reply|response|answer|update|message)\b|have\s+(?:(?:a|an|my|our)\s+(?:answer|update|reply|response|news|decision)\s+from\s+(?:me|us)|my\s+(?:answer|update|reply|response|decision))\b)/iu,
  /\b(?:you\s+can\s+)?expect\s+(?:a|an|our)\s+(?:call|e-?mail|reply|response|answer|update)\s+from\s+(?:me|us)\b/iu,
];

const DE_NOT = String.raw`(?:nicht|nie|niemals|kein|keine|keinen|keinem|keiner)(?![\p{L}])`;
/** Up to eight words of Mittelfeld before a separable particle ("Ich rufe Sie morgen gegen 15 Uhr an", "am 2. Dezember"), never a negation. */
const DE_GAP = String.raw`(?:\s+(?!${DE_NOT})(?:\d{1,2}\.|[^\s,.;:!?]+)){0,8}?`;
/** A negation right after a verb that needs no particle: "Ich melde mich nicht". */
const DE_NO_NEG = String.raw`(?!(?:\s+[^\s,.;:!?]+){0,3}?\s+${DE_NOT})`;
const DE_SUBJECT_3 = String.raw`(?:jemand|ein(?:e)?\s+(?:Kollege|Kollegin|Mitarbeiter|Mitarbeiterin|Techniker|Technikerin)|(?:unser(?:e)?|das|der|die)\s+[\p{L}-]*(?:Team|Kollege|Kollegin|Techniker|Technikerin|Support|service|abteilung))`;

interface DeVerb {
  /** Forms of the finite verb for ich/wir (colloquial short forms included). */
  fin: string;
  /** Pronouns right after verb and subject ("Sie", "mich", "Ihnen"). */
  pron: string;
  /** What must follow: the separable particle or the rest of the phrase. */
  tail: string;
  /** The present tense of this verb often means "now" (writing, sending, informing). */
  ambiguous?: boolean;
}
const DE_VERBS: DeVerb[] = [
  { fin: 'rufe|ruf|rufen', pron: String.raw`(?:\s+(?:Sie|dich|euch))?`, tail: String.raw`${DE_GAP}\s+(?:an|zurück|zurueck)(?![\p{L}])` },
  { fin: 'melde|meld|melden', pron: String.raw`\s+(?:mich|uns)(?![\p{L}])`, tail: DE_NO_NEG },
  { fin: 'gebe|geb|geben|sage|sag|sagen', pron: String.raw`\s+(?:Ihnen|dir|euch)`, tail: String.raw`${DE_GAP}\s+Bescheid(?![\p{L}])` },
  { fin: 'schicke|schick|schicken|sende|send|senden|maile|mailen|schreibe|schreib|schreiben|antworte|antworten', pron: String.raw`\s+(?:Ihnen|dir|euch)(?![\p{L}])`, tail: DE_NO_NEG, ambiguous: true },
  { fin: 'kontaktiere|kontaktieren|informiere|informieren|benachrichtige|benachrichtigen', pron: String.raw`\s+(?:Sie|dich|euch)(?![\p{L}])`, tail: DE_NO_NEG, ambiguous: true },
  { fin: 'halte|halt|halten', pron: String.raw`\s+(?:Sie|dich|euch)`, tail: String.raw`${DE_GAP}\s+auf\s+dem\s+Laufenden(?![\p{L}])` },
  { fin: 'komme|komm|kommen', pron: '', tail: String.raw`${DE_GAP}\s+auf\s+(?:Sie|dich|euch)\s+zurück(?![\p{L}])` },
  { fin: 'setze|setz|setzen', pron: String.raw`\s+(?:mich|uns)`, tail: String.raw`${DE_GAP}\s+mit\s+(?:Ihnen|dir|euch)\s+in\s+Verbindung(?![\p{L}])` },
];
const DE_INFINITIVE = String.raw`(?:anrufen|zurückrufen|melden|zurückmelden|kontaktieren|informieren|benachrichtigen|schreiben|zuschicken|schicken|zusenden|senden|mailen|antworten|Bescheid\s+(?:geben|sagen)|auf\s+dem\s+Laufenden\s+halten|in\s+Verbindung\s+setzen|zurückkommen|Rückmeldung\s+geben)(?![\p{L}])`;
const DE_PRONOUNS = String.raw`(?:\s+(?:Sie|Ihnen|dich|dir|euch|mich|uns|sich)(?![\p{L}])){0,2}`;

/** Each German core has a named group `head` at its start: verb, subject and pronouns. */
/**
 * A German core: its expression and the verb forms (lower case) one of which every match holds, so
 * that a clause without any of them is not searched (a German reply has many clauses with "ich"
 * or "wir", and some thirty cores).
 */
interface DeCore { re: RegExp; verbs: string[]; inverted: boolean; present?: boolean; ambiguous?: boolean; coordinated?: boolean }
const DE_CORES: DeCore[] = [
  ...DE_VERBS.flatMap((v) => [
    { re: newFastRegExp(String.raw`(?<![\p{L}])(?<head>(?:ich|wir)\s+(?:${v.fin})${v.pron})${v.tail}`, 'iu'), verbs: v.fin.split('|'), inverted: false, present: true, ambiguous: v.ambiguous },
    { re: newFastRegExp(String.raw`(?<![\p{L}])(?<head>(?:${v.fin})\s+(?:ich|wir)${v.pron})${v.tail}`, 'iu'), verbs: v.fin.split('|'), inverted: true, present: true, ambiguous: v.ambiguous },
    // Second verb of "ich kläre das mit dem Lager und melde mich morgen": the subject is not repeated after "und".
    { re: newFastRegExp(String.raw`(?<=(?<![\p{L}])(?:ich|wir)\s+(?:[^\s,.;:!?]+\s+){1,10}?und\s+)(?<head>(?:${v.fin})${v.pron})${v.tail}`, 'iu'), verbs: v.fin.split('|'), inverted: false, present: true, ambiguous: v.ambiguous, coordinated: true },
  ]),
  { re: newFastRegExp(String.raw`(?<![\p{L}])(?<head>(?:ich\s+werde|wir\s+werden|${DE_SUBJECT_3}\s+wird)${DE_PRONOUNS})${DE_GAP}\s+${DE_INFINITIVE}`, 'iu'), verbs: ['werde', 'werden', 'wird'], inverted: false },
  { re: newFastRegExp(String.raw`(?<![\p{L}])(?<head>(?:werde\s+ich|werden\s+wir|wird\s+(?:sich\s+)?${DE_SUBJECT_3})${DE_PRONOUNS})${DE_GAP}\s+${DE_INFINITIVE}`, 'iu'), verbs: ['werde', 'werden', 'wird'], inverted: true },
  // "Ein Kollege ruft Sie morgen an", "Unser Team meldet sich bei Ihnen".
  { re: newFastRegExp(String.raw`(?<![\p{L}])(?<head>${DE_SUBJECT_3}\s+(?:meldet\s+sich|kontaktiert\s+(?:Sie|dich)|informiert\s+(?:Sie|dich)|schreibt\s+(?:Ihnen|dir)))${DE_NO_NEG}`, 'iu'), verbs: ['meldet', 'kontaktiert', 'informiert', 'schreibt'], inverted: false },
  { re: newFastRegExp(String.raw`(?<![\p{L}])(?<head>${DE_SUBJECT_3}\s+ruft(?:\s+(?:Sie|dich))?)${DE_GAP}\s+(?:an|zurück|zurueck)(?![\p{L}])`, 'iu'), verbs: ['ruft'], inverted: false },
  // "Sie hören bis Freitag von uns", "Sie erhalten morgen eine Rückmeldung".
  { re: newFastRegExp(String.raw`(?<![\p{L}])(?<head>(?:Sie\s+hören|[Dd]u\s+hörst))${DE_GAP}\s+von\s+(?:mir|uns)(?![\p{L}])`, 'u'), verbs: ['hören', 'hörst'], inverted: false },
  { re: newFastRegExp(String.raw`(?<![\p{L}])(?<head>(?:hören\s+Sie|hörst\s+du))${DE_GAP}\s+von\s+(?:mir|uns)(?![\p{L}])`, 'u'), verbs: ['hören', 'hörst'], inverted: true },
  { re: newFastRegExp(String.raw`(?<![\p{L}])(?<head>(?:Sie\s+(?:erhalten|bekommen)|[Dd]u\s+(?:erhältst|bekommst)))${DE_GAP}\s+(?:eine\s+|einen\s+|unsere\s+|unseren\s+)?(?:Rückmeldung|Antwort|Nachricht|Anruf|Rückruf|E-Mail|Mail|Bescheid|Info|Informationen|Update)(?![\p{L}])`, 'u'), verbs: ['erhalten', 'bekommen', 'erhältst', 'bekommst'], inverted: false },
  { re: newFastRegExp(String.raw`(?<![\p{L}])(?<head>(?:[Ee]rhalten\s+Sie|[Bb]ekommen\s+Sie|[Ee]rhältst\s+du|[Bb]ekommst\s+du))${DE_GAP}\s+(?:eine\s+|einen\s+|unsere\s+|unseren\s+)?(?:Rückmeldung|Antwort|Nachricht|Anruf|Rückruf|E-Mail|Mail|Bescheid|Info|Informationen|Update)(?![\p{L}])`, 'u'), verbs: ['erhalten', 'bekommen', 'erhältst', 'bekommst'], inverted: true },
  // "Die Gutschrift bekommen Sie heute noch von mir", "morgen bekommst du von mir die neue Rechnung": "von mir" makes it the agent's own delivery.
  { re: newFastRegExp(String.raw`(?<![\p{L}])(?<head>(?:Sie\s+(?:bekommen|erhalten)|[Dd]u\s+(?:bekommst|erhältst)))${DE_GAP}\s+von\s+(?:mir|uns)(?![\p{L}])`, 'u'), verbs: ['bekommen', 'erhalten', 'bekommst', 'erhältst'], inverted: false },
  { re: newFastRegExp(String.raw`(?<![\p{L}])(?<head>(?:[Bb]ekommen\s+Sie|[Ee]rhalten\s+Sie|[Bb]ekommst\s+du|[Ee]rhältst\s+du))${DE_GAP}\s+von\s+(?:mir|uns)(?![\p{L}])`, 'u'), verbs: ['bekommen', 'erhalten', 'bekommst', 'erhältst'], inverted: true },
  // "Morgen früh haben Sie meine Antwort", "bis 15 Uhr hast du eine Antwort von mir" (not "… bekommen/gelesen").
  { re: newFastRegExp(String.raw`(?<![\p{L}])(?<head>(?:Sie\s+haben|[Dd]u\s+hast))${DE_GAP}\s+(?:(?:meine|unsere)\s+(?:Antwort|Rückmeldung|Lösung|Entscheidung|Einschätzung)|(?:eine|die)\s+(?:Antwort|Rückmeldung|Lösung|Entscheidung|Einschätzung)\s+von\s+(?:mir|uns))(?![\p{L}])(?![^.!?,;]*(?<![\p{L}])(?:bekommen|erhalten|gelesen|gesehen|verpasst|übersehen|geöffnet)(?![\p{L}]))`, 'u'), verbs: ['haben', 'hast'], inverted: false },
  { re: newFastRegExp(String.raw`(?<![\p{L}])(?<head>(?:[Hh]aben\s+Sie|[Hh]ast\s+du))${DE_GAP}\s+(?:(?:meine|unsere)\s+(?:Antwort|Rückmeldung|Lösung|Entscheidung|Einschätzung)|(?:eine|die)\s+(?:Antwort|Rückmeldung|Lösung|Entscheidung|Einschätzung)\s+von\s+(?:mir|uns))(?![\p{L}])(?![^.!?,;]*(?<![\p{L}])(?:bekommen|erhalten|gelesen|gesehen|verpasst|übersehen|geöffnet)(?![\p{L}]))`, 'u'), verbs: ['haben', 'hast'], inverted: true },
  // Round 4: "Heute Abend habe ich die Antwort für Sie", "bis Freitag haben wir eine Lösung für dich" (present tense: only with a time).
  { re: newFastRegExp(String.raw`(?<![\p{L}])(?<head>(?:ich\s+habe|ich\s+hab|wir\s+haben))${DE_GAP}\s+(?:die|eine|meine|unsere|eine\s+erste)\s+(?:Antwort|Rückmeldung|Lösung|Info|Infos|Information|Entscheidung|Einschätzung|Bestätigung)\s+für\s+(?:Sie|dich|euch)(?![\p{L}])`, 'iu'), verbs: ['habe', 'hab', 'haben'], inverted: false, present: true, ambiguous: true },
  { re: newFastRegExp(String.raw`(?<![\p{L}])(?<head>(?:habe\s+ich|hab\s+ich|haben\s+wir))${DE_GAP}\s+(?:die|eine|meine|unsere|eine\s+erste)\s+(?:Antwort|Rückmeldung|Lösung|Info|Infos|Information|Entscheidung|Einschätzung|Bestätigung)\s+für\s+(?:Sie|dich|euch)(?![\p{L}])`, 'iu'), verbs: ['habe', 'hab', 'haben'], inverted: true, present: true, ambiguous: true },
  // Round 4: "Spätestens Donnerstag haben Sie von mir die Bescheinigung", "bis Freitag hast du die Unterlagen von uns" (any document; not "… bekommen/gehört", the past).
  { re: newFastRegExp(String.raw`(?<![\p{L}])(?<head>(?:Sie\s+haben|[Dd]u\s+hast))${DE_GAP}\s+von\s+(?:mir|uns)(?![\p{L}])(?![^.!?,;]*(?<![\p{L}])(?:bekommen|erhalten|gelesen|gesehen|gehört|verpasst|übersehen|geöffnet|nichts|geschickt|gesendet|verlangt|gefordert)(?![\p{L}]))`, 'u'), verbs: ['haben', 'hast'], inverted: false },
  { re: newFastRegExp(String.raw`(?<![\p{L}])(?<head>(?:[Hh]aben\s+Sie|[Hh]ast\s+du))${DE_GAP}\s+von\s+(?:mir|uns)(?![\p{L}])(?![^.!?,;]*(?<![\p{L}])(?:bekommen|erhalten|gelesen|gesehen|gehört|verpasst|übersehen|geöffnet|nichts|geschickt|gesendet|verlangt|gefordert)(?![\p{L}]))`, 'u'), verbs: ['haben', 'hast'], inverted: true },
];
/** Something the system does by itself is no promise of the agent's ("bekommen Sie automatisch per Mail"). */
const DE_AUTOMATIC = fastRegExp(/(?<![\p{L}])(?:automatisch|automatische[nmrs]?|systemseitig|vom\s+System)(?![\p{L}])/iu);
/** Verb form → the cores that need it. */
const DE_CORES_BY_VERB = new Map<string, number[]>();
DE_CORES.forEach(({ verbs }, index) => {
  for (const verb of verbs) DE_CORES_BY_VERB.set(verb, [...(DE_CORES_BY_VERB.get(verb) ?? []), index]);
});
/** "Ich melde mich an/ab" is registering, not getting back. */
const DE_MELDE_AN = fastRegExp(/(?<![\p{L}])meld(?:e|en)?\s+(?:mich|uns)(?:\s+[^\s,.;:!?]+){0,4}?\s+(?:an|ab)[\s.!?]*$/iu);

/**
 * Cores found per clause: a reply's promises are looked for twice per check (once to underline
 * them, once with the real time for the follow-up list) and the clause's verb is the costly part.
 */
const cores = new Map<string, Core | undefined>();
const CORES_LIMIT = 5_000;

/** `fronted`: the clause follows a comma inside the sentence ("In zwei Tagen, wenn …, melde ich mich"), so a verb at its start is verb-second, not a question. */
function findCore(clause: string, language: Language, fronted = false): Core | undefined {
  const key = `${language}${fronted ? '+' : '-'}${clause}`;
  if (cores.has(key)) return cores.get(key);
  const core = findCoreOnce(clause, language, fronted);
  if (cores.size >= CORES_LIMIT) cores.clear();
  cores.set(key, core);
  return core;
}

function findCoreOnce(clause: string, language: Language, fronted: boolean): Core | undefined {
  if (language === 'en') {
    for (const re of EN_CORES) {
      const m = re.exec(clause);
      if (m) return { start: m.index, end: m.index + m[0].length, headEnd: m.index + m[0].length, language, inverted: false };
    }
    return undefined;
  }
  if (DE_MELDE_AN.test(clause)) return undefined;
  // Only the cores whose verb forms the clause holds.
  const wanted = new Uint8Array(DE_CORES.length);
  let anyWanted = false;
  for (const word of clause.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const cores = DE_CORES_BY_VERB.get(word);
    if (!cores) continue;
    for (const index of cores) wanted[index] = 1;
    anyWanted = true;
  }
  if (!anyWanted) return undefined;
  let best: Core | undefined;
  for (let index = 0; index < DE_CORES.length; index += 1) {
    if (!wanted[index]) continue;
    const { re, inverted, present, ambiguous, coordinated } = DE_CORES[index]!;
    const m = re.exec(clause);
    if (!m) continue;
    // "Die Sendungsnummer bekommen Sie automatisch per Mail": the system sends it, not the agent.
    if (DE_AUTOMATIC.test(m[0])) continue;
    // An inverted verb at the very start of the clause is a question or an imperative ("Rufe ich Sie an?").
    if (inverted && !fronted && clause.slice(0, m.index).trim() === '') continue;
    const core: Core = { start: m.index, end: m.index + m[0].length, headEnd: m.index + (m.groups?.head?.length ?? m[0].length), language, inverted };
    if (present) core.presentTense = ambiguous ? 'ambiguous' : 'future';
    if (coordinated) core.coordinated = true;
    if (!best || core.start < best.start) best = core;
  }
  return best;
}

// ---------------------------------------------------------------- time expressions

type Due =
  | { kind: 'exact'; date: Date }
  | { kind: 'day'; date: Date; priority: number }
  | { kind: 'time'; hours: number; minutes: number; priority?: number; endOfDay?: boolean };

interface TimeHit {
  start: number;
  end: number;
  due: Due;
}

const midnight = (d: Date): Date => new Date(d.getFullYear(), d.getMonth(), d.getDate());
const addDays = (d: Date, n: number): Date => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
function addWorkingDays(d: Date, n: number): Date {
  let day = midnight(d);
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (day.getDay() !== 0 && day.getDay() !== 6) left -= 1;
  }
  return day;
}
/** The coming weekday `wd` (0 = Sunday), never today. */
const comingWeekday = (now: Date, wd: number): Date => addDays(now, (wd - now.getDay() + 7) % 7 || 7);
const mondayNextWeek = (now: Date): Date => comingWeekday(now, 1);
/** Friday of the current working week; on a weekend the next one. */
const fridayThisWeek = (now: Date): Date => (now.getDay() === 0 || now.getDay() === 6 ? comingWeekday(now, 5) : addDays(now, 5 - now.getDay()));
const endOfMonth = (now: Date): Date => new Date(now.getFullYear(), now.getMonth() + 1, 0);
function nextDate(now: Date, month: number, day: number, year?: number): Date | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  if (year !== undefined) return new Date(year < 100 ? 2000 + year : year, month - 1, day);
  const date = new Date(now.getFullYear(), month - 1, day);
  return date.getTime() < midnight(now).getTime() ? new Date(now.getFullYear() + 1, month - 1, day) : date;
}

// Priorities when a clause names several days: an explicit date beats a weekday beats
// today/tomorrow beats a week or month range.
const P_DATE = 4;
const P_WEEKDAY = 3;
const P_RELATIVE = 2;
const P_RANGE = 1;

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, 'twenty-four': 24, 'twenty four': 24,
  'forty-eight': 48, 'forty eight': 48, 'seventy-two': 72, 'seventy two': 72,
  ein: 1, eine: 1, einer: 1, einem: 1, einen: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7,
  acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, fünfzehn: 15, zwanzig: 20, dreißig: 30,
  vierundzwanzig: 24, achtundvierzig: 48, zweiundsiebzig: 72,
};
const EN_NUM = String.raw`\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty[-\s]four|forty[-\s]eight|seventy[-\s]two|twenty|thirty`;
const DE_NUM = String.raw`\d{1,3}|eine[rmn]?|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|vierundzwanzig|achtundvierzig|zweiundsiebzig|zwanzig|dreißig`;
const FEW = /^(?:a\s+few|few|ein\s+paar|paar|wenigen|einigen)$/i;

function parseNumber(raw: string | undefined, unitIsPlural: boolean): number {
  if (!raw) return unitIsPlural ? 3 : 1;
  const key = raw.toLowerCase().replace(/\s+/g, ' ');
  if (/^a\s+couple(?:\s+of)?$/.test(key)) return 2;
  if (FEW.test(key)) return 3;
  if (/^\d+$/.test(key)) return Number(key);
  return NUMBERS[key] ?? 1;
}

function relative(now: Date, count: number, unit: string): Due {
  const u = unit.toLowerCase();
  if (/^(?:h|hours?|hrs?|stunden?|std)/.test(u)) return { kind: 'exact', date: new Date(now.getTime() + count * 3_600_000) };
  if (/^(?:minutes?|mins?|minuten?|min)/.test(u)) return { kind: 'exact', date: new Date(now.getTime() + count * 60_000) };
  if (/^(?:working|business|werktag|arbeitstag|geschäftstag)/.test(u)) return { kind: 'day', date: addWorkingDays(now, count), priority: P_RELATIVE };
  if (/^(?:weeks?|woche)/.test(u)) return { kind: 'day', date: addDays(now, 7 * count), priority: P_RELATIVE };
  return { kind: 'day', date: addDays(now, count), priority: P_RELATIVE };
}

function clock(hours: number, minutes: number, meridiem?: string): Due | undefined {
  let h = hours;
  const mer = meridiem?.toLowerCase().replace(/\./g, '');
  if (mer === 'pm' && h < 12) h += 12;
  if (mer === 'am' && h === 12) h = 0;
  if (h > 23 || minutes > 59) return undefined;
  // A clock time beats "morning" or "end of day" in the same clause.
  return { kind: 'time', hours: h, minutes, priority: 2 };
}

const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DE_WEEKDAYS = ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'];
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DE_MONTHS = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];
const EN_MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const DE_MONTH = String.raw`(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)`;
const enMonth = (name: string): number => EN_MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const deMonth = (name: string): number => (name.toLowerCase() === 'jänner' ? 1 : DE_MONTHS.indexOf(name.toLowerCase()) + 1);

interface TimePattern {
  re: RegExp;
  resolve: (m: RegExpExecArray, now: Date, nextWeek: boolean, evening: boolean) => Due | undefined;
}

/**
 * A bare hour ("by 9", "bis 5") read as office hours: 1-7 are afternoon, 8-12 as said; in an evening
 * clause ("at 9 tonight", "heute Abend bis 9") every hour before noon is the evening one.
 */
function bareHour(hours: number, minutes: number, evening: boolean): Due | undefined {
  if (hours < 1 || hours > 12) return clock(hours, minutes);
  return clock(evening && hours < 12 ? hours + 12 : hours < 8 ? hours + 12 : hours, minutes);
}

const at = (hours: number, minutes = 0): Due => ({ kind: 'time', hours, minutes });
const day = (date: Date, priority: number): Due => ({ kind: 'day', date, priority });

const EN_TIMES: TimePattern[] = [
  { re: /\b(?:the\s+)?day\s+after\s+tomorrow\b/giu, resolve: (_m, now) => day(addDays(now, 2), P_RELATIVE + 0.5) },
  { re: /\b(?:tomorrow|tmrw|tmr|tomorow|tommorow|tommorrow)\b/giu, resolve: (_m, now) => day(addDays(now, 1), P_RELATIVE) },
  { re: /\b(?:today|later\s+today|tonight|this\s+(?:morning|afternoon|evening))\b/giu, resolve: (_m, now) => day(midnight(now), P_RELATIVE) },
  { re: /\b(?:first\s+thing|morning)\b/giu, resolve: () => at(9) },
  { re: /\b(?:noon|midday|lunch\s?time)\b/giu, resolve: () => at(12) },
  { re: /\bafternoon\b/giu, resolve: () => at(14) },
  { re: /\b(?:evening|tonight)\b/giu, resolve: () => at(18) },
  { re: /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:day|today|business(?:\s+day)?|play)|close\s+of\s+(?:business|play)|EOD|COB|EOB)\b/giu, resolve: () => ({ ...at(17), endOfDay: true }) },
  { re: /\b(?:(?:the\s+)?(?:end|close)\s+of\s+next\s+week)\b/giu, resolve: (_m, now) => day(addDays(mondayNextWeek(now), 4), P_RANGE + 0.5) },
  { re: /\b(?:mid|middle\s+of)[-\s]+next\s+week\b/giu, resolve: (_m, now) => day(addDays(mondayNextWeek(now), 2), P_RANGE + 0.5) },
  { re: /\b(?:(?:early|beginning\s+of|start\s+of)\s+)?next\s+week\b/giu, resolve: (_m, now) => day(mondayNextWeek(now), P_RANGE) },
  { re: /\b(?:(?:the\s+)?end\s+of\s+(?:the|this)\s+week|(?:later\s+)?this\s+week|before\s+the\s+weekend)\b/giu, resolve: (_m, now) => day(fridayThisWeek(now), P_RANGE) },
  { re: /\b(?:the\s+)?end\s+of\s+(?:the|this)\s+month\b/giu, resolve: (_m, now) => day(endOfMonth(now), P_RANGE) },
  {
    re: /\b(?:(?:this|next|coming)\s+)?(?<wd>sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b(?<nw>\s+(?:of\s+)?next\s+week)?/giu,
    resolve: (m, now, nextWeek) => {
      const wd = EN_WEEKDAYS.indexOf(m.groups!.wd!.toLowerCase());
      if (m.groups!.nw || nextWeek) return day(addDays(mondayNextWeek(now), (wd + 6) % 7), P_WEEKDAY);
      return day(comingWeekday(now, wd), P_WEEKDAY);
    },
  },
  {
    re: newFastRegExp(String.raw`\b(?<mon>${EN_MONTH})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b|\b(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon2>${EN_MONTH})\b`, 'giu'),
    resolve: (m, now) => {
      const date = nextDate(now, enMonth(m.groups!.mon ?? m.groups!.mon2!), Number(m.groups!.d ?? m.groups!.d2));
      return date && day(date, P_DATE);
    },
  },
  {
    re: newFastRegExp(String.raw`\b(?:in|within|inside(?:\s+of)?|over)(?:\s+the)?(?:\s+(?:next|coming))?\s+(?:(?<num>${EN_NUM}|a\s+couple(?:\s+of)?|a\s+few|few)\s+)?(?<unit>(?:working|business)\s+days?|hours?|hrs?|minutes?|mins?|days?|weeks?)\b|\b(?:in|within)\s+(?<hnum>\d{1,3})\s*(?<hunit>h|hrs?|mins?)\b`, 'giu'),
    resolve: (m, now) => {
      const unit = m.groups!.unit ?? m.groups!.hunit!;
      return relative(now, parseNumber(m.groups!.num ?? m.groups!.hnum, /s$/i.test(unit)), unit);
    },
  },
  {
    re: /\b(?<h>\d{1,2})(?::(?<min>\d{2}))?\s*(?<mer>am|pm|a\.m\.|p\.m\.)(?![\p{L}])/giu,
    resolve: (m) => clock(Number(m.groups!.h), Number(m.groups!.min ?? 0), m.groups!.mer),
  },
  { re: /\b(?:at|by|before|around|until|till)\s+(?<h>\d{1,2}):(?<min>\d{2})\b/giu, resolve: (m, _now, _nw, evening) => (evening && Number(m.groups!.h) < 12 ? bareHour(Number(m.groups!.h), Number(m.groups!.min), true) : clock(Number(m.groups!.h), Number(m.groups!.min))) },
  // "by 9", "before 5 tomorrow", "at 9 tonight": an hour alone, only where a time word, the end or a pause follows.
  {
    re: /\b(?:at|by|before|around|until|till)\s+(?<h>\d{1,2})(?=\s*(?:[.,;!?)]|$|(?:tonight|tomorrow|today|this|on|at\s+the\s+latest|latest|and|or|then)\b))/giu,
    resolve: (m, _now, _nw, evening) => bareHour(Number(m.groups!.h), 0, evening),
  },
  // "5 o'clock" in a reply means office hours: 1-7 are afternoon.
  { re: /\b(?<h>\d{1,2})\s*o['’]?clock\b/giu, resolve: (m) => clock(Number(m.groups!.h) + (Number(m.groups!.h) < 8 ? 12 : 0), 0) },
];

const DE_WD = String.raw`(?:sonntag|montag|dienstag|mittwoch|donnerstag|freitag|samstag)`;
const DE_TIMES: TimePattern[] = [
  { re: /(?<![\p{L}])übermorgen(?![\p{L}])/giu, resolve: (_m, now) => day(addDays(now, 2), P_RELATIVE + 0.5) },
  // "morgen" is tomorrow; "heute Morgen", "guten Morgen", "am Morgen" are mornings.
  { re: /(?<![\p{L}])(?<!(?:heute|guten|am|jeden|diesen|einen|den)\s+)morgen(?![\p{L}])/giu, resolve: (_m, now) => day(addDays(now, 1), P_RELATIVE) },
  { re: /(?<![\p{L}])(?:heute|noch\s+heute|im\s+Laufe\s+des\s+(?:heutigen\s+)?Tages)(?![\p{L}])/giu, resolve: (_m, now) => day(midnight(now), P_RELATIVE) },
  { re: newFastRegExp(String.raw`(?<=(?:heute|morgen|übermorgen|${DE_WD})\s+)(?:früh|morgen)(?![\p{L}])|(?<=${DE_WD})(?:früh|morgen)(?![\p{L}])|(?<![\p{L}])vormittags?(?![\p{L}])|(?<=${DE_WD})vormittag(?![\p{L}])`, 'giu'), resolve: () => at(9) },
  { re: newFastRegExp(String.raw`(?:(?<![\p{L}])|(?<=${DE_WD}))mittags?(?![\p{L}])`, 'giu'), resolve: () => at(12) },
  { re: newFastRegExp(String.raw`(?:(?<![\p{L}])|(?<=${DE_WD}))nachmittags?(?![\p{L}])`, 'giu'), resolve: () => at(14) },
  { re: newFastRegExp(String.raw`(?:(?<![\p{L}])|(?<=${DE_WD}))abends?(?![\p{L}])`, 'giu'), resolve: () => at(18) },
  { re: /(?<![\p{L}])(?:Feierabend|Dienstschluss|Geschäftsschluss|Büroschluss|Tagesende|Ende\s+des\s+(?:heutigen\s+)?(?:Tages|Arbeitstages|Werktages))(?![\p{L}])/giu, resolve: () => ({ ...at(17), endOfDay: true }) },
  { re: /(?<![\p{L}])Ende\s+(?:der\s+)?(?:nächsten|kommenden)\s+Woche(?![\p{L}])|(?<![\p{L}])Ende\s+nächster\s+Woche(?![\p{L}])/giu, resolve: (_m, now) => day(addDays(mondayNextWeek(now), 4), P_RANGE + 0.5) },
  { re: /(?<![\p{L}])Mitte\s+(?:der\s+)?(?:nächsten|kommenden)\s+Woche(?![\p{L}])|(?<![\p{L}])Mitte\s+nächster\s+Woche(?![\p{L}])/giu, resolve: (_m, now) => day(addDays(mondayNextWeek(now), 2), P_RANGE + 0.5) },
  { re: /(?<![\p{L}])(?:(?:Anfang|Beginn)\s+(?:der\s+)?(?:nächsten|kommenden)\s+Woche|Anfang\s+nächster\s+Woche|(?:in\s+der\s+)?(?:nächsten|kommenden)\s+Woche|(?:nächste|kommende)\s+Woche)(?![\p{L}])/giu, resolve: (_m, now) => day(mondayNextWeek(now), P_RANGE) },
  { re: /(?<![\p{L}])(?:Ende\s+(?:der|dieser)\s+Woche|(?:in\s+)?dieser\s+Woche|diese\s+Woche|im\s+Laufe\s+der\s+Woche|vor\s+dem\s+Wochenende|bis\s+zum\s+Wochenende)(?![\p{L}])/giu, resolve: (_m, now) => day(fridayThisWeek(now), P_RANGE) },
  { re: /(?<![\p{L}])(?:Ende\s+(?:des|dieses)\s+Monats|Monatsende)(?![\p{L}])/giu, resolve: (_m, now) => day(endOfMonth(now), P_RANGE) },
  {
    re: newFastRegExp(String.raw`(?<![\p{L}])(?<wd>${DE_WD})(?:früh|morgen|vormittag|mittag|nachmittag|abend)?(?<nw>\s+(?:nächster|der\s+nächsten|kommender|der\s+kommenden)\s+Woche)?(?![\p{L}])`, 'giu'),
    resolve: (m, now, nextWeek) => {
      const wd = DE_WEEKDAYS.indexOf(m.groups!.wd!.toLowerCase());
      if (m.groups!.nw || nextWeek) return day(addDays(mondayNextWeek(now), (wd + 6) % 7), P_WEEKDAY);
      return day(comingWeekday(now, wd), P_WEEKDAY);
    },
  },
  {
    re: /(?<![\d.])(?<d>\d{1,2})\.\s?(?<mo>\d{1,2})\.(?:\s?(?<y>\d{4}|\d{2}(?!\d)))?(?!\d)/gu,
    resolve: (m, now) => {
      const date = nextDate(now, Number(m.groups!.mo), Number(m.groups!.d), m.groups!.y ? Number(m.groups!.y) : undefined);
      return date && day(date, P_DATE);
    },
  },
  {
    re: newFastRegExp(String.raw`(?<![\d.])(?<d>\d{1,2})\.\s*(?<mon>${DE_MONTH})(?![\p{L}])`, 'giu'),
    resolve: (m, now) => {
      const date = nextDate(now, deMonth(m.groups!.mon!), Number(m.groups!.d));
      return date && day(date, P_DATE);
    },
  },
  {
    // "in einer halben Stunde", "in einer Viertelstunde"
    re: /(?<![\p{L}])(?:in|innerhalb(?:\s+von)?|binnen)\s+(?:einer\s+)?(?<q>halben\s+Stunde|Viertelstunde|Dreiviertelstunde)(?![\p{L}])/giu,
    resolve: (m, now) => relative(now, /^halb/iu.test(m.groups!.q!) ? 30 : /^viertel/iu.test(m.groups!.q!) ? 15 : 45, 'Minuten'),
  },
  {
    re: newFastRegExp(String.raw`(?<![\p{L}])(?:in|innerhalb(?:\s+von)?|binnen)(?:\s+(?:der|den)\s+(?:nächsten|kommenden))?\s+(?:(?<num>${DE_NUM}|ein\s+paar|paar|wenigen|einigen)\s+)?(?<unit>Werktag(?:en|e)?|Arbeitstag(?:en|e)?|Geschäftstag(?:en|e)?|Stunden?|Std\.?|Minuten?|Min\.?|Tag(?:en|e)?|Wochen?)(?![\p{L}])`, 'giu'),
    resolve: (m, now) => {
      const unit = m.groups!.unit!;
      // "in der nächsten Woche" is a range (Monday), not "in one week".
      if (!m.groups!.num && /^woche/i.test(unit)) return undefined;
      const plural = /(?:en|e|n)$/i.test(unit) && !/^(?:stunde|minute|woche)$/i.test(unit);
      return relative(now, parseNumber(m.groups!.num, plural), unit);
    },
  },
  {
    re: /(?<![\p{L}\d.,:])(?<h>\d{1,2})(?:[:.](?<min>\d{2}))?\s*Uhr(?![\p{L}])/giu,
    // "9 Uhr heute Abend" is 21 Uhr; otherwise the hour as written.
    resolve: (m, _now, _nw, evening) => (evening && Number(m.groups!.h) < 12 ? bareHour(Number(m.groups!.h), Number(m.groups!.min ?? 0), true) : clock(Number(m.groups!.h), Number(m.groups!.min ?? 0))),
  },
  // "bis 9", "gegen 5 zurück": an hour alone, only where a time word, a particle, the end or a pause follows.
  {
    re: /(?<![\p{L}])(?:um|bis|gegen|vor)\s+(?<h>\d{1,2})(?=\s*(?:[.,;!?)]|$|(?:heute|morgen|übermorgen|abends?|früh|spätestens|an|zurück|durch|und|oder)(?![\p{L}])))/giu,
    resolve: (m, _now, _nw, evening) => bareHour(Number(m.groups!.h), 0, evening),
  },
];

const NEXT_WEEK = fastRegExp(/\bnext\s+week\b|(?<![\p{L}])(?:nächste[rn]?|kommende[rn]?)\s+Woche(?![\p{L}])/iu);
/** The clause is about this evening: a bare hour before noon means the evening one. */
const EVENING = fastRegExp(/\b(?:tonight|this\s+evening|evening)\b|(?<![\p{L}])(?:heute\s+Abend|abends|am\s+Abend)(?![\p{L}])/iu);

function findTimes(clause: string, now: Date, languages: Language[]): TimeHit[] {
  const hits: TimeHit[] = [];
  const nextWeek = NEXT_WEEK.test(clause);
  const evening = EVENING.test(clause);
  for (const language of languages) {
    for (const pattern of language === 'en' ? EN_TIMES : DE_TIMES) {
      pattern.re.lastIndex = 0;
      for (let m = pattern.re.exec(clause); m; m = pattern.re.exec(clause)) {
        if (m[0] === '') {
          pattern.re.lastIndex += 1;
          continue;
        }
        const due = pattern.resolve(m, now, nextWeek, evening);
        if (due) hits.push({ start: m.index, end: m.index + m[0].length, due });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Combines the day and time-of-day words of one clause into one moment. */
function resolveDue(hits: TimeHit[], now: Date): Date | undefined {
  const exact = hits.find((h) => h.due.kind === 'exact');
  if (exact && exact.due.kind === 'exact') return exact.due.date;
  let best: { date: Date; priority: number } | undefined;
  let time: { hours: number; minutes: number; priority?: number; endOfDay?: boolean } | undefined;
  for (const { due } of hits) {
    if (due.kind === 'day' && (!best || due.priority > best.priority)) best = due;
    if (due.kind === 'time' && (!time || (due.priority ?? 1) > (time.priority ?? 1))) time = due;
  }
  if (!best && !time) return undefined;
  const base = best?.date ?? midnight(now);
  const t = time ?? { hours: 17, minutes: 0 };
  let result = new Date(base.getFullYear(), base.getMonth(), base.getDate(), t.hours, t.minutes);
  if (result.getTime() <= now.getTime()) {
    // A clock time alone that is already past means tomorrow; a day that is today means "as soon as possible today".
    // "End of day" said after 17:00 still means today.
    if (!best && !t.endOfDay) result = new Date(base.getFullYear(), base.getMonth(), base.getDate() + 1, t.hours, t.minutes);
    else if (midnight(base).getTime() === midnight(now).getTime()) result = new Date(now.getTime() + 3_600_000);
  }
  return result;
}

/** ISO 8601 in the Date's local time with its offset: 2026-11-24T17:00:00+01:00. */
export function toLocalIso(date: Date): string {
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

// ---------------------------------------------------------------- vague times

const EN_VAGUE = fastRegExp(/\b(?:(?<now>shortly|in\s+a\s+(?:bit|moment|minute|sec(?:ond)?)|right\s+away|straight\s+away|right\s+now)|as\s+soon\s+as\s+(?:possible|(?:I|we)\s+can|(?:I|we)['’](?:m|re)\s+able)|asap|soon|in\s+due\s+course|at\s+the\s+earliest\s+opportunity|(?:very\s+)?(?:quickly|promptly)|later)\b/iu);
const DE_VAGUE = fastRegExp(/(?<![\p{L}])(?:(?<now>gleich|sofort|umgehend|in\s+Kürze|in\s+wenigen\s+Minuten)|so\s+(?:schnell|bald)\s+wie\s+möglich|schnellstmöglich|schnellstens|baldmöglichst|baldigst|zeitnah|demnächst|bald|später|schnell)(?![\p{L}])/iu);

// ---------------------------------------------------------------- extraction

/** What may stand before a time that continues a promise after a comma: "…, at the latest on Friday", "…, spätestens am Donnerstag". */
const START_TIME = fastRegExp(/^\s*(?:(?:and|und|or|oder|at|the|latest|on|by|before|until|till|in|within|spätestens|hopefully|probably|voraussichtlich|wahrscheinlich|hoffentlich|am|bis|zum|um|innerhalb|von)\s+){0,5}$/iu);

/**
 * Words without which no core pattern of that language can match: a cheap first look that lets
 * most sentences of a reply skip the clause splitting and the core patterns (speed: re-checked on
 * every pause in typing).
 */
const CORE_TRIGGER: Record<Language, RegExp> = {
  en: /['’]ll|(?<![\p{L}])(?:will|shall|going|gonna|let|expect|ill)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:ich|wir|wird|meldet|ruft|kontaktiert|informiert|schreibt|hören|hörst|erhalten|erhältst|bekommen|bekommst|haben|hast)(?![\p{L}])/iu,
};

function extractFromSentence(sentence: string, offset: number, now: Date, allLanguages: Language[]): CommitmentDetail[] {
  const languages = allLanguages.filter((language) => CORE_TRIGGER[language].test(sentence));
  if (!languages.length) return [];
  const quotes = quotedSpans(sentence);
  const clauses = splitClauses(sentence);
  const out: CommitmentDetail[] = [];
  clauses.forEach((clause, index) => {
    let core: Core | undefined;
    for (const language of languages) {
      const fronted = index > 0 && /,/.test(clauses[index - 1]!.boundary) && !/\?\s*$/.test(sentence);
      const found = findCore(clause.text, language, fronted);
      if (found && (!core || found.start < core.start)) core = found;
    }
    if (!core) return;
    const coreStart = clause.start + core.start;
    if (quotes.some(([s, e]) => coreStart >= s && coreStart < e)) return;

    // The clause may borrow a time from its neighbours: "Tomorrow, I'll call you" / "I'll call you, at the latest on Friday".
    let text = clause.text;
    let textStart = clause.start;
    let times = findTimes(text, now, languages);
    let previous = clauses[index - 1];
    // "Am Freitag, wenn das Teil da ist, melde ich mich": the time sits before the condition clause.
    if (previous && index >= 2 && CONDITION_START.test(previous.text) && !findTimes(previous.text, now, languages).length) previous = clauses[index - 2];
    if (previous && previous.text.trim().split(/\s+/).length <= 5 && !languages.some((l) => findCore(previous.text, l))) {
      const before = findTimes(previous.text, now, languages);
      if (before.length) {
        const shift = clause.start - previous.start;
        times = [...before, ...times.map((t) => ({ ...t, start: t.start + shift, end: t.end + shift }))];
        text = sentence.slice(previous.start, clause.start + clause.text.length);
        textStart = previous.start;
      }
    }
    // German "…, dann …": "Geben Sie mir bis heute Abend, dann schicke ich Ihnen …": the time sits in a longer clause before "dann".
    if (!times.length && previous && DE_THEN_START.test(clause.text) && previous.text.trim().split(/\s+/).length <= 12 && !languages.some((l) => findCore(previous.text, l))) {
      const before = findTimes(previous.text, now, languages);
      if (before.length) {
        times = before.map((t) => ({ ...t }));
        text = sentence.slice(previous.start, clause.start + clause.text.length);
        textStart = previous.start;
      }
    }
    const next = clauses[index + 1];
    if (next && /^\s*,\s*$/.test(clause.boundary) && next.text.trim().split(/\s+/).length <= 6 && !languages.some((l) => findCore(next.text, l))) {
      const after = findTimes(next.text, now, languages);
      if (after.length && START_TIME.test(next.text.slice(0, after[0]!.start))) {
        const shift = next.start - textStart;
        times = [...times, ...after.map((t) => ({ ...t, start: t.start + shift, end: t.end + shift }))];
        text = sentence.slice(textStart, next.start + next.text.length);
      }
    }

    const coreInText = coreStart - textStart;
    // "… heute an und geben dir morgen früh Bescheid": the second verb's own time wins over the first verb's.
    if (core.coordinated && times.some((t) => t.start >= coreInText)) times = times.filter((t) => t.start >= coreInText);
    const coreEndInText = clause.start + core.end - textStart;
    let start = coreInText;
    // German with the verb second: "Morgen rufe ich Sie an", "Dann melde ich mich" — the fronted words belong to the promise.
    if (core.inverted) start = clause.start - textStart;
    for (const t of times) start = Math.min(start, t.start);
    let end = text.replace(/(?<![\s.!?…])[\s.!?…]+$/u, '').replace(/(?<!\s)\s+(?:on|at|via|here|under|unter|auf|hier)\s*:?$/iu, '').length;
    end = Math.max(end, coreEndInText);
    const spanText = text.slice(start, end);
    const lead = spanText.length - spanText.trimStart().length;
    start += lead;

    const due = resolveDue(times, now);
    const after = sentence.slice(textStart + text.length);
    const conditional = CONDITION_START.test(after);
    if (core.presentTense) {
      // "Ich melde mich wegen Ihrer Bestellung", "Ich schreibe Ihnen, weil ...", "Anbei schicke ich Ihnen ...": the present, not a promise.
      if (DE_HEREWITH.test(text) || (!due && (DE_ABOUT.test(text) || DE_REASON_START.test(after)))) return;
      if (core.presentTense === 'ambiguous' && !due && !conditional && !/(?<![\p{L}])zu[\s.!]*$/iu.test(text)) return;
    }
    const vagueMatch = due ? null : (core.language === 'en' ? EN_VAGUE : DE_VAGUE).exec(text.slice(start, end));
    const base = offset + textStart;
    const detail: CommitmentDetail = {
      text: text.slice(start, end),
      start: base + start,
      end: base + end,
      language: core.language,
      insertAt: base + (core.language === 'de' ? clause.start + core.headEnd - textStart : end),
      conditional,
    };
    if (due) detail.due = toLocalIso(due);
    if (vagueMatch) {
      detail.vague = { start: base + start + vagueMatch.index, end: base + start + vagueMatch.index + vagueMatch[0].length, immediate: vagueMatch.groups?.now !== undefined };
    }
    out.push(detail);
  });
  return out;
}

const sentenceResults = new Map<string, CommitmentDetail[]>();
const SENTENCE_RESULTS_LIMIT = 2_000;

/** For measurements of a first check (npm run bench). */
export function clearCommitmentCache(): void {
  sentenceResults.clear();
  cores.clear();
}

function shiftDetail(detail: CommitmentDetail, by: number): CommitmentDetail {
  const shifted: CommitmentDetail = { ...detail, start: detail.start + by, end: detail.end + by, insertAt: detail.insertAt + by };
  if (detail.vague) shifted.vague = { ...detail.vague, start: detail.vague.start + by, end: detail.vague.end + by };
  return shifted;
}

/** Every follow-up promise in `text` with its span and, when one was said, its due date. */
export function extractCommitmentDetails(text: string, now: Date, lang: LanguageChoice = 'auto'): CommitmentDetail[] {
  const languages: Language[] = lang === 'auto' ? ['en', 'de'] : [lang];
  const out: CommitmentDetail[] = [];
  // Due dates depend on `now` only to the minute; unchanged sentences are not searched again.
  const minute = Math.floor(now.getTime() / 60_000);
  for (const sentence of splitSentences(text, languages[0])) {
    const key = `${minute}\u0000${languages.join()}\u0000${sentence.text}`;
    let found = sentenceResults.get(key);
    if (!found) {
      found = extractFromSentence(sentence.text, 0, now, languages);
      if (sentenceResults.size >= SENTENCE_RESULTS_LIMIT) sentenceResults.clear();
      sentenceResults.set(key, found);
    }
    for (const detail of found) out.push(shiftDetail(detail, sentence.start));
  }
  return out;
}

/**
 * The agent's promises to follow up, with due dates resolved against `now` in its local time.
 * `lang` restricts the patterns to one language; 'auto' (default) looks for both.
 */
export function extractCommitments(text: string, now: Date, lang: LanguageChoice = 'auto'): Commitment[] {
  return extractCommitmentDetails(text, now, lang).map(({ text: t, start, end, due }) => (due ? { text: t, start, end, due } : { text: t, start, end }));
}

/** `new RegExp` with fast, Unicode-aware word edges (see regex.ts). */
function newFastRegExp(source: string, flags?: string): RegExp {
  return new RegExp(engineSource(source), flags);
}
