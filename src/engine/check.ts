// Checks an agent's reply: runs every enabled rule over the reply's sentences, each in its own
// language, and returns findings with rewrites. Pure function of its inputs.
//
// Speed: the reply is re-checked on every pause in typing. Sentences whose findings are not
// remembered go on "sheets" of up to 32 sentences of one language. One dictionary pass per sheet
// (word-index.ts) finds every word any pattern needs (prefilter.ts). A pattern none of whose
// "waking" words the sheet holds is skipped at once; the others ask the index, as a flat program,
// which sentences hold all they need, and run only there. A pattern whose words cannot be named
// runs once over the whole sheet (joined by newlines, `m` flag: ^ and $ are sentence start and
// end). Expressions are built the first time a pattern runs, so the worker starts quickly.
import { RULES } from '../rules/index';
import { clearCommitmentCache, extractCommitmentDetails } from './commitments';
import { analyzeCustomer } from './customer';
import { clearWordScores, detectRegister, languageOf, languageScore, type Score } from './language';
import { needTriggers, patternNeed } from './prefilter';
import { Dictionary, INDEX_SIZE, needProgram, WordIndex, type Need, type NeedProgram } from './word-index';
import { boundWhitespaceRuns, engineSource } from './regex';
import { capitalizeFirst, clearLineCache, insideAny, phrasePattern, quotedSpans, splitSentences, type Sentence } from './text';
import type {
  CheckOptions, CheckResult, CustomerAnalysis, EngineSettings, Finding, Language, MatchContext, Pattern, Register,
  Rule, RuleLanguage, Severity, TeamPhrase,
} from './types';
import { DEFAULT_SEVERITY } from './types';

interface CompiledPattern {
  pattern: Pattern;
  /**
   * The expressions as the engine runs them, built the first time the pattern's words turn up:
   * most patterns never meet a sentence with their words soon after the worker starts, and
   * building a thousand Unicode expressions up front made the first check after a start slow.
   */
  regexps?: { re: RegExp; unless?: RegExp; unlessNext?: RegExp };
  /** What a sentence must hold for the pattern to match there (null: none can be named, scan everything). */
  need: Need | null;
  /** The need as a flat program (case-insensitive patterns): what each sheet is asked. */
  program: NeedProgram | null;
  caseSensitive: boolean;
  /** Number of a rule pattern with a need: it runs only on sheets holding one of its waking words. */
  id?: number;
}

/** Patterns are compiled once with the flags the engine needs, not on every keystroke. */
const compiled = new WeakMap<Pattern, CompiledPattern>();
function compile(pattern: Pattern): CompiledPattern {
  let entry = compiled.get(pattern);
  if (!entry) {
    const need = patternNeed(pattern.re.source, !pattern.caseSensitive);
    entry = {
      pattern,
      need,
      program: need && !pattern.caseSensitive ? needProgram(need) : null,
      caseSensitive: !!pattern.caseSensitive,
    };
    compiled.set(pattern, entry);
  }
  return entry;
}

function regexpsOf(entry: CompiledPattern): NonNullable<CompiledPattern['regexps']> {
  const { pattern } = entry;
  return (entry.regexps ??= {
    // d: exact index of the `hit` group · m: ^/$ at sentence edges on the sheet.
    re: new RegExp(engineSource(pattern.re.source), pattern.caseSensitive ? 'dgmu' : 'dgimu'),
    unless: pattern.unless && new RegExp(boundWhitespaceRuns(pattern.unless.source), 'iu'),
    unlessNext: pattern.unlessNext && new RegExp(boundWhitespaceRuns(pattern.unlessNext.source), 'iu'),
  });
}

/** A rule language's patterns, compiled (one lookup per rule and sheet rather than per pattern). */
const compiledLists = new WeakMap<RuleLanguage, CompiledPattern[]>();
function compiledPatterns(lang: RuleLanguage): CompiledPattern[] {
  let list = compiledLists.get(lang);
  if (!list) {
    list = (lang.patterns ?? []).map(compile);
    compiledLists.set(lang, list);
  }
  return list;
}

/**
 * Every word the rules' patterns need, in one dictionary built on the first check (compiling
 * every pattern first registers its words). Team phrases come later and are looked up one by one.
 */
let dictionary: Dictionary | undefined;
/**
 * Per dictionary word: the rule patterns it can wake. Most of several hundred patterns per
 * language have none of their words in a reply; a sheet skips them without asking each one.
 */
let wakers: number[][] = [];
let rulePatternCount = 0;
function ruleDictionary(): Dictionary {
  if (!dictionary) {
    const all = RULES.flatMap((rule) => [...(rule.en ? compiledPatterns(rule.en) : []), ...(rule.de ? compiledPatterns(rule.de) : [])]);
    dictionary = new Dictionary();
    wakers = Array.from({ length: dictionary.size }, () => []);
    all.forEach((entry, id) => {
      if (!entry.need) return;
      entry.id = id;
      for (const key of needTriggers(entry.need)) wakers[key]!.push(id);
    });
    rulePatternCount = all.length;
  }
  return dictionary;
}

/** Up to 32 sentences of one language (one word index), joined by newlines, with where each one starts on the sheet. */
interface Sheet {
  language: Language;
  text: string;
  sentences: Sentence[];
  /** Offset of sentence i on the sheet. */
  offsets: number[];
  /** Per sentence: quoted spans, computed when first needed. */
  quotes: Array<Array<[number, number]> | undefined>;
  /** Which sentences hold which words: patterns run only where their words are. */
  words: WordIndex;
  /** Per sentence: the sentence after it in the reply (same language), for `unlessNext`. */
  next: Array<string | undefined>;
  /** Per rule pattern id: 1 when the sheet holds one of its waking words. */
  awake: Uint8Array;
}

function makeSheet(language: Language, sentences: Sentence[], next: Array<string | undefined>): Sheet {
  const texts = sentences.map((s) => s.text);
  const offsets: number[] = [];
  let length = 0;
  for (const text of texts) {
    offsets.push(length);
    length += text.length + 1;
  }
  const words = new WordIndex(texts, ruleDictionary());
  const awake = new Uint8Array(rulePatternCount);
  for (const key of words.present) for (const id of wakers[key]!) awake[id] = 1;
  return { language, text: texts.join('\n'), sentences, offsets, quotes: [], words, next, awake };
}

/** Index of the sentence starting at or before `at` in `offsets` (binary search). */
function sentenceAt(offsets: number[], at: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function quotesOf(sheet: Sheet, index: number): Array<[number, number]> {
  return (sheet.quotes[index] ??= quotedSpans(sheet.sentences[index]!.text));
}

/** A match inside one sentence; start/end are offsets in that sentence. */
interface Hit {
  sentence: number;
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
  pattern?: Pattern;
}

/** Whether `unless`/`unlessNext` silence the pattern in sentence `index` (computed once per sentence). */
function silencedIn(sheet: Sheet, index: number, unless: RegExp | undefined, unlessNext: RegExp | undefined): boolean {
  const next = sheet.next[index];
  return !!unless?.test(sheet.sentences[index]!.text) || (!!unlessNext && next !== undefined && unlessNext.test(next));
}

function hitOf(m: RegExpExecArray, index: number, offset: number, pattern: Pattern): Hit {
  const groups: Record<string, string | undefined> = { ...(m.groups ?? {}) };
  for (let i = 1; i < m.length; i += 1) groups[String(i)] = m[i];
  // The `hit` group, when the pattern has one, is what gets underlined.
  const [start, end] = m.indices?.groups?.hit ?? [m.index, m.index + m[0].length];
  return { sentence: index, start: start - offset, end: end - offset, groups, pattern };
}

/**
 * Every match of `pattern` in the sheet's sentences. When the pattern names words it needs, it
 * runs only on the sentences holding them (usually none or one); otherwise once over the
 * whole sheet, where a match may not run into the next sentence.
 */
function patternHits(sheet: Sheet, pattern: Pattern, entry: CompiledPattern = compile(pattern)): Hit[] {
  const { need, program, caseSensitive } = entry;
  const hits: Hit[] = [];
  if (need) {
    const where = program ? sheet.words.sentencesForProgram(program) : sheet.words.sentencesFor(need, caseSensitive);
    if (!where) return hits;
    const { re, unless, unlessNext } = regexpsOf(entry);
    for (let rest = where; rest; rest &= rest - 1) {
      const index = 31 - Math.clz32(rest & -rest);
      const text = sheet.sentences[index]!.text;
      let silenced: boolean | undefined;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0] === '') {
          re.lastIndex += 1;
          continue;
        }
        if (unless || unlessNext) {
          silenced ??= silencedIn(sheet, index, unless, unlessNext);
          if (silenced) break;
        }
        hits.push(hitOf(m, index, 0, pattern));
      }
    }
    return hits;
  }
  const { re, unless, unlessNext } = regexpsOf(entry);
  const silenced = new Map<number, boolean>();
  re.lastIndex = 0;
  for (let m = re.exec(sheet.text); m; m = re.exec(sheet.text)) {
    if (m[0] === '') {
      re.lastIndex += 1;
      continue;
    }
    const index = sentenceAt(sheet.offsets, m.index);
    const sentenceStart = sheet.offsets[index]!;
    const sentenceEnd = sentenceStart + sheet.sentences[index]!.text.length;
    if (m.index + m[0].length > sentenceEnd) {
      // A match may not run into the next sentence; look again from that sentence's start.
      re.lastIndex = sentenceEnd + 1;
      continue;
    }
    if (unless || unlessNext) {
      if (!silenced.has(index)) silenced.set(index, silencedIn(sheet, index, unless, unlessNext));
      if (silenced.get(index)) continue;
    }
    hits.push(hitOf(m, index, sentenceStart, pattern));
  }
  return hits;
}

function severityFor(rule: Rule, settings: EngineSettings | undefined): Severity | 'off' {
  const override = settings?.severityOverrides?.[rule.category];
  return override ?? rule.severity ?? DEFAULT_SEVERITY[rule.category];
}

function makeFinding(
  rule: Pick<Rule, 'id' | 'category' | 'guidance'>,
  severity: Severity,
  language: Language,
  text: string,
  start: number,
  end: number,
  message: string,
  explanation: string,
  suggestions: string[],
): Finding {
  return {
    ruleId: rule.id,
    category: rule.category,
    severity,
    start,
    end,
    excerpt: text.slice(start, end),
    message,
    explanation,
    suggestions: [...new Set(suggestions)].slice(0, 3),
    guidance: rule.guidance,
    language,
  };
}

function rewritesFor(lang: RuleLanguage, hit: Omit<Hit, 'sentence'>, sentence: Sentence, register: Register, language: Language): string[] {
  const ctx: MatchContext = {
    match: sentence.text.slice(hit.start, hit.end),
    groups: hit.groups,
    sentence: sentence.text,
    atSentenceStart: hit.start === 0,
    before: sentence.text.slice(0, hit.start),
    after: sentence.text.slice(hit.end),
    register,
    language,
  };
  let raw = hit.pattern?.rewrite ? hit.pattern.rewrite(ctx) : lang.rewrite(ctx);
  // A rewrite that keeps the shouted words ("WE DON'T DO REFUNDS, but …") would keep the shouting.
  // English only: German nouns keep their capital, which lower-casing would lose (the shouting rule knows them).
  if (language === 'en' && SHOUTED.test(ctx.match) && !/\p{Ll}/u.test(ctx.match)) raw = raw.map((r) => r.split(ctx.match).join(quieter(ctx.match)));
  return ctx.atSentenceStart ? raw.map(capitalizeFirst) : raw;
}

/** Two words in capitals or more: shouted. */
const SHOUTED = /(?<!\p{Lu})\p{Lu}{2,}[^\p{L}]+\p{Lu}{2,}/u;
/** The shouted words in lower case ("I" stays "I"). */
function quieter(shouted: string): string {
  return shouted.toLowerCase().replace(/(?<![\p{L}])i(?=['’\s]|$)/gu, 'I');
}

function ruleFindings(rule: Rule, lang: RuleLanguage, severity: Severity, sheet: Sheet, text: string, register: Register): Finding[] {
  const hits: Hit[] = [];
  const patterns = lang.patterns ?? [];
  const compiledList = compiledPatterns(lang);
  for (let i = 0; i < patterns.length; i += 1) {
    // A pattern none of whose waking words the sheet holds cannot match there.
    const { id } = compiledList[i]!;
    if (id !== undefined && !sheet.awake[id]) continue;
    hits.push(...patternHits(sheet, patterns[i]!, compiledList[i]));
  }
  if (lang.detect) {
    sheet.sentences.forEach((sentence, index) => {
      for (const span of lang.detect!(sentence.text, sheet.language)) hits.push({ sentence: index, ...span, groups: {} });
    });
  }
  hits.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  const findings: Finding[] = [];
  let last: Hit | undefined;
  for (const hit of hits) {
    // One finding per place: overlapping matches of the same rule collapse into the first.
    if (last && last.sentence === hit.sentence && hit.start < last.end) continue;
    if (insideAny(hit.start, hit.end, quotesOf(sheet, hit.sentence))) continue;
    last = hit;
    const sentence = sheet.sentences[hit.sentence]!;
    const suggestions = rewritesFor(lang, hit, sentence, register, sheet.language);
    findings.push(makeFinding(rule, severity, sheet.language, text, sentence.start + hit.start, sentence.start + hit.end, lang.message, lang.explanation, suggestions));
  }
  return findings;
}

/**
 * One Pattern object per team phrase, kept between checks: `compile` caches by Pattern object,
 * so a fresh object each check would rebuild the regex and its word prefilter every time.
 */
const phrasePatterns = new Map<string, Pattern>();
function phrasePatternFor(phrase: string): Pattern {
  let pattern = phrasePatterns.get(phrase);
  if (!pattern) {
    if (phrasePatterns.size >= 1_000) phrasePatterns.clear();
    pattern = { re: phrasePattern(phrase) };
    phrasePatterns.set(phrase, pattern);
  }
  return pattern;
}

function teamPhraseFindings(phrases: TeamPhrase[], sheet: Sheet, text: string): Finding[] {
  const findings: Finding[] = [];
  const message = sheet.language === 'de' ? 'Von Ihrem Team markierte Formulierung' : 'Wording your team flagged';
  for (const phrase of phrases) {
    if (phrase.language && phrase.language !== sheet.language) continue;
    for (const hit of patternHits(sheet, phrasePatternFor(phrase.phrase))) {
      const start = sheet.sentences[hit.sentence]!.start + hit.start;
      findings.push(makeFinding(
        { id: 'team-phrase', category: phrase.category, guidance: 'keep-temper' },
        phrase.severity ?? DEFAULT_SEVERITY[phrase.category], sheet.language, text, start, start + (hit.end - hit.start),
        message, `"${phrase.phrase}"`, phrase.suggestion ? [phrase.suggestion] : [],
      ));
    }
  }
  return findings;
}

/** Findings per sentence, with offsets relative to the sentence (see checkReply). */
const sentenceCache = new Map<string, Finding[]>();
const SENTENCE_CACHE_LIMIT = 5_000;

/** The customer's message is the same on every re-check while the agent types: analyse it once. */
let lastCustomer: { text: string; analysis: CustomerAnalysis } | null = null;
function customerAnalysis(text: string): CustomerAnalysis {
  if (lastCustomer?.text !== text) lastCustomer = { text, analysis: analyzeCustomer(text) };
  return lastCustomer.analysis;
}

/** Whether `text` holds at least `count` words (runs of non-space). A regex split here cost more than the check's patterns. */
function hasWords(text: string, count: number): boolean {
  let words = 0;
  let inWord = false;
  for (let at = 0; at < text.length; at += 1) {
    const space = text.charCodeAt(at) <= 32;
    if (!space && !inWord && (words += 1) >= count) return true;
    inWord = !space;
  }
  return false;
}

/** Forgets everything remembered between checks, so a benchmark can time a first check. */
export function clearCheckCaches(): void {
  sentenceCache.clear();
  lastCustomer = null;
  clearCommitmentCache();
  clearLineCache();
  clearWordScores();
}

/** What in the settings changes findings: part of every cache key. */
function settingsSignature(settings: EngineSettings | undefined): string {
  if (!settings) return '';
  return JSON.stringify([settings.disabledRules ?? [], settings.severityOverrides ?? {}, settings.teamPhrases ?? []]);
}

export function checkReply(text: string, options: CheckOptions = {}): CheckResult {
  const forced = options.lang !== undefined && options.lang !== 'auto';
  // Sentences are split before the language is known (the segmenter's language barely matters
  // for en/de); each sentence is scored once, and the reply's language is the sum.
  const sentences = splitSentences(text, forced ? (options.lang as Language) : 'en');
  const scores: Score[] = forced ? [] : sentences.map((s) => languageScore(s.text));
  const total = scores.reduce((sum, s) => ({ en: sum.en + s.en, de: sum.de + s.de }), { en: 0, de: 0 });
  const language: Language = forced ? (options.lang as Language) : languageOf(total);
  const register = detectRegister(text, language);
  const settings = options.settings;
  const disabled = new Set(settings?.disabledRules ?? []);
  const enabled = RULES.map((rule) => ({ rule, severity: severityFor(rule, settings) }))
    .filter((r): r is { rule: Rule; severity: Severity } => r.severity !== 'off' && !disabled.has(r.rule.id));
  const customer = options.customer ? customerAnalysis(options.customer) : undefined;

  const byLanguage: Record<Language, Sentence[]> = { en: [], de: [] };
  sentences.forEach((sentence, index) => {
    // A sentence switches language only when it is clearly the other one; short fragments
    // ("Hi Anna,") carry too little signal and keep the reply's language.
    const own = forced || !hasWords(sentence.text, 4) ? language : languageOf(scores[index]!, language);
    byLanguage[own].push(sentence);
  });

  const findings: Finding[] = [];
  const signature = settingsSignature(settings);
  for (const sheetLanguage of ['en', 'de'] as const) {
    const list = byLanguage[sheetLanguage];
    if (!list.length) continue;
    // A sentence's findings depend only on these; while the agent types, most sentences are
    // unchanged and come from the cache, so a re-check costs about one sentence.
    const keys = list.map((s, i) => [signature, sheetLanguage, register, s.text, list[i + 1]?.text ?? ''].join('\u0000'));
    // Held here, not looked up again: filling the cache may clear it halfway through a check.
    const own = keys.map((key) => sentenceCache.get(key));
    const todo = list.map((_, i) => i).filter((i) => !own[i]);
    if (todo.length) {
      const fresh: Finding[] = [];
      for (let from = 0; from < todo.length; from += INDEX_SIZE) {
        const part = todo.slice(from, from + INDEX_SIZE);
        const sheet = makeSheet(sheetLanguage, part.map((i) => list[i]!), part.map((i) => list[i + 1]?.text));
        for (const { rule, severity } of enabled) {
          const ruleLang = rule[sheetLanguage];
          if (ruleLang) fresh.push(...ruleFindings(rule, ruleLang, severity, sheet, text, register));
        }
        if (settings?.teamPhrases?.length) fresh.push(...teamPhraseFindings(settings.teamPhrases, sheet, text));
      }
      if (sentenceCache.size + todo.length > SENTENCE_CACHE_LIMIT) sentenceCache.clear();
      for (const i of todo) {
        const sentence = list[i]!;
        const end = sentence.start + sentence.text.length;
        own[i] = fresh
          .filter((f) => f.start >= sentence.start && f.start < end)
          .map((f) => ({ ...f, start: f.start - sentence.start, end: f.end - sentence.start }));
        sentenceCache.set(keys[i]!, own[i]!);
      }
    }
    list.forEach((sentence, i) => {
      for (const f of own[i]!) findings.push({ ...f, start: f.start + sentence.start, end: f.end + sentence.start, suggestions: [...f.suggestions] });
    });
  }

  // Promises are found once: whole-reply rules underline them, and they go to the follow-up list.
  const commitments = extractCommitmentDetails(text, options.now ?? new Date(), options.lang ?? 'auto');
  for (const { rule, severity } of enabled) {
    if (!rule[language]?.detectReply) continue;
    for (const span of rule[language]!.detectReply!({ text, sentences, language, register, customer, commitments })) {
      // A span in the other language (a German promise in an English reply) gets that language's message and rewrite.
      const spanLanguage = span.language && rule[span.language] ? span.language : language;
      const ruleLang = rule[spanLanguage]!;
      const sentence = sentences.find((s) => span.start >= s.start && span.start < s.start + s.text.length) ?? { text, start: 0 };
      const hit = { start: span.start - sentence.start, end: span.end - sentence.start, groups: {} };
      findings.push(makeFinding(rule, severity, spanLanguage, text, span.start, span.end, ruleLang.message, ruleLang.explanation,
        rewritesFor(ruleLang, hit, sentence, spanLanguage === language ? register : detectRegister(sentence.text, spanLanguage), spanLanguage)));
    }
  }

  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    language, findings: mergeSameWords(findings), customer,
    commitments: commitments.map(({ text: promise, start, end, due }) => (due ? { text: promise, start, end, due } : { text: promise, start, end })),
  };
}

/**
 * Several rules of one category may flag exactly the same words ("We can't do that." is a closed
 * door, an "unable to" and a flat refusal): the agent sees one finding, the first rule's, with the
 * other rules' rewrites after its own (same words, so each rewrite fits), at most three.
 */
function mergeSameWords(sorted: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const finding of sorted) {
    // Sorted by start: a finding on the same words can only be among the last ones kept.
    let same: Finding | undefined;
    for (let k = out.length - 1; k >= 0 && out[k]!.start === finding.start && !same; k -= 1) {
      if (out[k]!.end === finding.end && out[k]!.category === finding.category) same = out[k];
    }
    if (!same) {
      out.push(finding);
      continue;
    }
    for (const suggestion of finding.suggestions) {
      if (same.suggestions.length < 3 && !same.suggestions.includes(suggestion)) same.suggestions.push(suggestion);
    }
  }
  return out;
}

/** Applies one suggestion to the text: what a click on a rewrite does in the editor. */
export function applySuggestion(text: string, finding: Pick<Finding, 'start' | 'end'>, suggestion: string): string {
  return text.slice(0, finding.start) + suggestion + text.slice(finding.end);
}
