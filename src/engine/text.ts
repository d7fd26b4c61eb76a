// Splitting a reply into sentences and small text helpers shared by the rules.
// Uses Intl.Segmenter (no NLP library) and keeps UTF-16 offsets into the original text.
import type { Language } from './types';

export interface Sentence {
  text: string;
  /** Offset of the sentence's first character in the whole text. */
  start: number;
}

const segmenters = new Map<Language, Intl.Segmenter>();
function segmenterFor(language: Language): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** Very long runs without punctuation (a pasted log, say) are cut so every pattern sees bounded input. */
const MAX_SENTENCE = 1000;

/**
 * Sentences of `text`, trimmed, with their offsets. Line breaks always end a sentence:
 * greetings ("Hi Anna,") and sign-offs stand on their own lines in helpdesk replies.
 */
/**
 * Whether a span starts a clause: nothing or a comma, colon, semicolon or dash before it. German
 * rewrites need it for the verb's place ("ich kläre das …" there, "… kläre ich das …" after a leading word).
 */
export function startsClause(before: string): boolean {
  return /^\s*$|[,;:–—-]\s*$/u.test(before);
}

export function splitSentences(text: string, language: Language = 'en'): Sentence[] {
  const sentences: Sentence[] = [];
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    for (const part of lineSentences(line[0], language)) pushTrimmed(sentences, part.text, line.index + part.start);
  }
  return sentences;
}

/** A segment that ends in a number with a full stop: "vom 3.", "der 2.". */
const ORDINAL_END = /(?<![\d.])\d{1,2}\.\s*$/u;
/** … after an article or preposition, which makes the number an ordinal ("am 3.", "zum 15.", "der 2."). */
const ORDINAL_CONTEXT = /(?<![\p{L}])(?:am|im|vom|zum|zur|bis|ab|seit|dem|den|der|die|das|des|jeden|jedem|ihr(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|dein(?:e[mnrs]?)?|sein(?:e[mnrs]?)?|mein(?:e[mnrs]?)?|Ihr(?:e[mnrs]?)?)\s+\d{1,2}\.\s*$/u;
/** … or followed by a month ("3. Mai") or a lower-case word, which no sentence starts with. */
const MONTH_NEXT = /^(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez)\.?(?![\p{L}])/iu;
const LOWER_NEXT = /^\p{Ll}/u;

function continuesAfterNumber(segment: string, next: string): boolean {
  return ORDINAL_END.test(segment) && (ORDINAL_CONTEXT.test(segment) || MONTH_NEXT.test(next) || LOWER_NEXT.test(next));
}
/** Abbreviations the segmenter may cut after: "ca.", "bzw.", "inkl.", "Nr.", "z. B." ("z." and "B."). */
const ABBREVIATION_END = /(?<![\p{L}])(?:ca|bzw|ggf|ggfs|inkl|exkl|evtl|usw|vgl|bspw|zzgl|Nr|Tel|Str|Mio|Mrd|approx|incl|vs)\.\s*$/iu;
/** Titles before a name, written with a capital ("20 ms." still ends a sentence). */
const TITLE_END = /(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|Hr)\.\s*$/u;
const LETTER_END = /(?<![\p{L}.])(?:\p{Ll}|[A-Z]\.\s?[A-Z])\.\s*$/u;
/**
 * An initial in a name, at the start of a line or after a title or comma: "T. Weber" under a sign-off,
 * "Frau K. Brandt", "Grüße, J. Smith". Not "plan B." at the end of a sentence.
 */
const INITIAL_END = /(?:^|(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|Frau|Herr)\.?\s+|,\s*|^\p{Lu}\p{Ll}+\s+)\p{Lu}\.\s*$/u;
const NAME_NEXT = /^\p{Lu}\p{Ll}/u;

/** Where a sentence could end inside a line: a terminator followed by a space. */
const INNER_END = /[.!?…。][\s\u00a0]/;
/** Lines recur on every re-check while the agent types; their sentences are kept for the next check. */
const lineCache = new Map<string, Array<{ text: string; start: number }>>();
const LINE_CACHE_LIMIT = 2_000;

/** For measurements of a first check (npm run bench). */
export function clearLineCache(): void {
  lineCache.clear();
}

function lineSentences(line: string, language: Language): Array<{ text: string; start: number }> {
  // Most lines of a reply ("Hi Anna,", one sentence) cannot hold a break: skip the segmenter.
  if (!INNER_END.test(line)) return [{ text: line, start: 0 }];
  const key = language + line;
  const cached = lineCache.get(key);
  if (cached) return cached;
  const parts: Array<{ text: string; start: number }> = [];
  for (const chunk of chunks(line)) {
    for (const part of segmenterFor(language).segment(chunk.text)) {
      const previous = parts[parts.length - 1];
      // "am 3. Dezember", "der 2. Versuch": a German ordinal is no sentence end.
      if (previous && (continuesAfterNumber(previous.text, part.segment) || ABBREVIATION_END.test(previous.text) || TITLE_END.test(previous.text) || LETTER_END.test(previous.text) || (INITIAL_END.test(previous.text) && NAME_NEXT.test(part.segment)))) previous.text += part.segment;
      else parts.push({ text: part.segment, start: chunk.start + part.index });
    }
  }
  if (lineCache.size >= LINE_CACHE_LIMIT) lineCache.clear();
  lineCache.set(key, parts);
  return parts;
}

const CHUNK = 400;
/**
 * Intl.Segmenter slows down more than linearly on very long lines, so long lines are cut first,
 * only after sentence-ending punctuation and a space, where the segmenter would cut anyway.
 */
function chunks(line: string): Array<{ text: string; start: number }> {
  if (line.length <= CHUNK) return [{ text: line, start: 0 }];
  const out: Array<{ text: string; start: number }> = [];
  const boundary = /[.!?…]["'”’)]?\s+(?=\S)/g;
  let start = 0;
  boundary.lastIndex = CHUNK;
  for (let m = boundary.exec(line); m; m = boundary.exec(line)) {
    const cut = m.index + m[0].length;
    out.push({ text: line.slice(start, cut), start });
    start = cut;
    boundary.lastIndex = start + CHUNK;
  }
  out.push({ text: line.slice(start), start });
  return out;
}

function pushTrimmed(out: Sentence[], segment: string, offset: number): void {
  const lead = segment.length - segment.trimStart().length;
  const body = segment.trim();
  if (!body) return;
  let i = 0;
  while (i < body.length) {
    let end = Math.min(body.length, i + MAX_SENTENCE);
    if (end < body.length) {
      const space = body.lastIndexOf(' ', end);
      if (space > i) end = space;
    }
    out.push({ text: body.slice(i, end), start: offset + lead + i });
    i = end;
    while (body[i] === ' ') i += 1;
  }
}

/** Spans of `sentence` inside quotation marks: the customer's own words are not the agent's tone. */
export function quotedSpans(sentence: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = /"[^"\n]{1,300}"|“[^”\n]{1,300}”|„[^“”\n]{1,300}[“”]|«[^»\n]{1,300}»|»[^«\n]{1,300}«|(?<![\p{L}\p{N}])'[^'\n]{1,300}'(?![\p{L}\p{N}])|‘[^’\n]{1,300}’/gu;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

export function insideAny(start: number, end: number, spans: Array<[number, number]>): boolean {
  return spans.some(([s, e]) => start >= s && end <= e);
}

export function capitalizeFirst(text: string): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** Turns a plain phrase into a pattern with Unicode word boundaries; never a user regex. */
export function phrasePattern(phrase: string): RegExp {
  const escaped = phrase
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"))
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'giu');
}
