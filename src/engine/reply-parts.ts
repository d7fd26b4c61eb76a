// The parts of a helpdesk reply that whole-reply rules reason about: the greeting line, the body
// and the sign-off ("Best regards, / Anna", "Viele Grüße"). Both languages at once: a greeting or
// sign-off in the other language is still one.
import type { ReplyContext } from './types';

export interface ReplySentence {
  text: string;
  start: number;
}

export interface ReplyParts {
  /** Sentences between greeting and sign-off, in order. */
  body: ReplySentence[];
  /** True when sign-off lines were found after the body. */
  signedOff: boolean;
  /** True when a greeting line came before the body. */
  greeted: boolean;
  /** Words in the body. */
  words: number;
}

/** A greeting on its own: "Hi Anna,", "Hello!", "Sehr geehrte Frau Meier,", "@handle". */
const GREETING_LINE = /^(?:@\w+\s*)*(?:(?:hi|hello|hey|dear|greetings|good\s+(?:morning|afternoon|evening)|hallo|servus|moin|grüß\s+gott|grüezi|liebe[rs]?|sehr\s+geehrte[rsn]?|guten\s+(?:tag|morgen|abend))(?![\p{L}])[^.?\n]{0,60}?[,!:.]?)?$/iu;
/** The same greeting in front of the first sentence: "Hi Anna, thanks for ...". */
/** Case-insensitive words inside a case-sensitive pattern (names must start upper-case; `i` would let \p{Lu} match any letter). */
const ci = (words: string): string => words.replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
const GREETING_WORD = ci('hi|hello|hey|dear|good morning|good afternoon|good evening|hallo|servus|moin|lieber|liebe|liebes|sehr geehrte|sehr geehrter|sehr geehrtes|guten tag|guten morgen|guten abend').replace(/ /g, '\\s+');
export const GREETING_PREFIX = new RegExp(
  String.raw`^(?:@\w+\s*)*(?:(?:${GREETING_WORD})(?:\s+(?:there|all|everyone|zusammen|Damen\s+und\s+Herren))?(?:\s+(?:(?:Mr|Mrs|Ms|Dr|Herr|Frau)\.?\s+)?[\p{Lu}][\p{L}'’-]*){0,2}\s*[,!:.]\s*)?(?:@\w+\s*)*`,
  'u',
);

/** Closing formulas and pleasantries that follow the body. */
const SIGN_OFF = /^(?:(?:I|we)?\s*hope\s+(?:this|that|these|it)\s+(?:helps?|works?|clarifies)|ich\s+hoffe,?\s+(?:das|dies)\s+hilft|(?:best|kind|warm|warmest|many)\s+(?:regards|wishes)|regards|best|cheers|sincerely|yours(?:\s+(?:sincerely|truly))?|thanks(?:\s+again)?|thank\s+you(?:\s+again)?|many\s+thanks|all\s+the\s+best|take\s+care|talk\s+soon|have\s+a\s+(?:\p{L}+\s+){0,2}(?:day|weekend|evening|week)|happy\s+\p{L}+ing|enjoy(?:\s+\p{L}+){0,3}|(?:viele|beste|liebe|freundliche|herzliche|schöne|sonnige)\s+grüße|mit\s+(?:freundlichen|besten|herzlichen|lieben|vielen)\s+grüßen|(?:besten|herzlichen|freundlichen|lieben)\s+(?:gruß|grüße|dank)|gruß|grüße|lg|vg|mfg|bg|danke(?:\s+schön)?|vielen\s+dank|(?:einen\s+)?schönen\s+(?:tag|abend|feierabend|sonntag|wochenende)(?:\s+noch)?)(?![\p{L}])[^\n]{0,60}$/iu;
/** A name or team line under the sign-off: "Anna", "Anna Schmidt", "Your Acme Team", "Ihr Support-Team", "^JM", "-Steve". */
const NAME_LINE = /^(?:[-–—^~*]\s*)?(?:[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}&][\p{L}.'’-]*){0,3}|(?:[Yy]our|[Tt]he|[Ii]hr|[Dd]ein|[Ee]uer)\s+[\p{L}\s&-]{0,30}[Tt]eam)$/u;

const INLINE_SIGNATURE = /^[~^*\-–—]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?\.?$/u;

/**
 * A greeting line: short, and either nothing but greeting and name ("Hi Anna!", "Hallo Frau Meier.")
 * or ending like a salutation ("hi anna,"); "Hi, the tracking number is 7741-2290." is a sentence.
 */
function isGreeting(text: string): boolean {
  if (!GREETING_LINE.test(text) || text.split(/\s+/).length > 6) return false;
  const prefix = GREETING_PREFIX.exec(text)?.[0] ?? '';
  return prefix.trim().length === text.trim().length || !/[.]$/.test(text.trim());
}

function onOwnLine(text: string, s: ReplySentence): boolean {
  const before = text.slice(0, s.start).replace(/[ \t]+$/, '');
  const after = text.slice(s.start + s.text.length).replace(/^[ \t]+/, '');
  return (before === '' || before.endsWith('\n')) && (after === '' || after.startsWith('\n'));
}

export function replyParts(reply: Pick<ReplyContext, 'text' | 'sentences'>): ReplyParts {
  const sentences = reply.sentences;
  let from = 0;
  while (from < sentences.length && isGreeting(sentences[from]!.text)) from += 1;
  let to = sentences.length;
  let signedOff = false;
  let sawSignOff = false;
  while (to > from) {
    const s = sentences[to - 1]!;
    const short = s.text.split(/\s+/).length <= 8;
    if (short && SIGN_OFF.test(s.text)) {
      sawSignOff = true;
      signedOff = true;
      to -= 1;
      continue;
    }
    // Emoji or an inline signature at the very end ("😊", "~Heather B.", "-Steve", "^JM").
    if (!/[\p{L}\p{N}]/u.test(s.text) || INLINE_SIGNATURE.test(s.text)) {
      signedOff = signedOff || /\p{L}/u.test(s.text);
      to -= 1;
      continue;
    }
    // A name only counts on its own line at the very end, or under a sign-off.
    if (s.text.split(/\s+/).length <= 4 && NAME_LINE.test(s.text) && !/[.?!]$/.test(s.text) && onOwnLine(reply.text, s) && (to === sentences.length || sawSignOff)) {
      signedOff = true;
      to -= 1;
      continue;
    }
    break;
  }
  const body = sentences.slice(from, to);
  const words = body.reduce((n, s) => n + s.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length, 0);
  return { body, signedOff, greeted: from > 0, words };
}

/**
 * A reply that looks finished, so a half-typed draft is not nagged: at least two sentences and
 * fifteen words in the body, and either a sign-off or a last sentence that ends with punctuation.
 */
export function looksComplete(parts: ReplyParts): boolean {
  if (parts.body.length < 2 || parts.words < 15) return false;
  const last = parts.body[parts.body.length - 1]!.text;
  return parts.signedOff || /[.!?…)\]]$|\p{Extended_Pictographic}$/u.test(last);
}

/**
 * A short reply framed as a finished message: one body sentence of at least twelve words between a
 * greeting and/or a sign-off ("Hi Carlos, / I've upgraded your plan … / Cheers, Dana"), ending with
 * punctuation unless signed off.
 */
export function looksFramed(parts: ReplyParts): boolean {
  if (!(parts.signedOff || parts.greeted) || parts.body.length < 1 || parts.words < 12) return false;
  const last = parts.body[parts.body.length - 1]!.text;
  return parts.signedOff || /[.!?…)\]]$|\p{Extended_Pictographic}$/u.test(last);
}
