// Checks an agent's reply: runs every enabled rule sentence by sentence in the sentence's
// own language and returns findings with rewrites. Pure function of its inputs.
import { RULES } from '../rules/index';
import { extractCommitments } from './commitments';
import { detectLanguage, detectRegister } from './language';
import { capitalizeFirst, insideAny, phrasePattern, quotedSpans, splitSentences, type Sentence } from './text';
import type {
  CheckOptions, CheckResult, EngineSettings, Finding, Language, MatchContext, Pattern, Register,
  Rule, RuleLanguage, Severity, TeamPhrase,
} from './types';
import { DEFAULT_SEVERITY } from './types';

/** Patterns are compiled once with the flags the engine needs, not on every keystroke. */
const compiled = new WeakMap<Pattern, { re: RegExp; unless?: RegExp }>();
function compile(pattern: Pattern): { re: RegExp; unless?: RegExp } {
  let entry = compiled.get(pattern);
  if (!entry) {
    entry = {
      re: new RegExp(pattern.re.source, pattern.caseSensitive ? 'gu' : 'giu'),
      unless: pattern.unless && new RegExp(pattern.unless.source, 'iu'),
    };
    compiled.set(pattern, entry);
  }
  return entry;
}

interface Hit {
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
  pattern?: Pattern;
}

function patternHits(sentence: string, pattern: Pattern): Hit[] {
  const { re, unless } = compile(pattern);
  if (unless?.test(sentence)) return [];
  re.lastIndex = 0;
  const hits: Hit[] = [];
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (m[0] === '') {
      re.lastIndex += 1;
      continue;
    }
    const groups: Record<string, string | undefined> = { ...(m.groups ?? {}) };
    m.slice(1).forEach((g, i) => (groups[String(i + 1)] = g));
    let start = m.index;
    let end = m.index + m[0].length;
    const hit = m.groups?.hit;
    if (hit !== undefined) {
      // The `hit` group is what gets underlined; find it inside the whole match.
      const offset = m[0].indexOf(hit);
      start = m.index + Math.max(0, offset);
      end = start + hit.length;
    }
    hits.push({ start, end, groups, pattern });
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

function rewritesFor(lang: RuleLanguage, hit: Hit, sentence: Sentence, match: string, register: Register, language: Language): string[] {
  const ctx: MatchContext = {
    match,
    groups: hit.groups,
    sentence: sentence.text,
    atSentenceStart: hit.start === 0,
    register,
    language,
  };
  const raw = hit.pattern?.rewrite ? hit.pattern.rewrite(ctx) : lang.rewrite(ctx);
  return ctx.atSentenceStart ? raw.map(capitalizeFirst) : raw;
}

function sentenceFindings(rule: Rule, lang: RuleLanguage, severity: Severity, sentence: Sentence, text: string, language: Language, register: Register): Finding[] {
  const quotes = quotedSpans(sentence.text);
  const hits: Hit[] = [];
  for (const pattern of lang.patterns ?? []) hits.push(...patternHits(sentence.text, pattern));
  if (lang.detect) hits.push(...lang.detect(sentence.text, language).map((s) => ({ ...s, groups: {} })));
  const findings: Finding[] = [];
  let lastEnd = -1;
  for (const hit of hits.sort((a, b) => a.start - b.start)) {
    if (hit.start < lastEnd || insideAny(hit.start, hit.end, quotes)) continue;
    lastEnd = hit.end;
    const match = sentence.text.slice(hit.start, hit.end);
    const suggestions = rewritesFor(lang, hit, sentence, match, register, language);
    findings.push(makeFinding(rule, severity, language, text, sentence.start + hit.start, sentence.start + hit.end, lang.message, lang.explanation, suggestions));
  }
  return findings;
}

function teamPhraseFindings(phrases: TeamPhrase[], sentence: Sentence, text: string, language: Language): Finding[] {
  const findings: Finding[] = [];
  for (const phrase of phrases) {
    if (phrase.language && phrase.language !== language) continue;
    const re = phrasePattern(phrase.phrase);
    for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
      const start = sentence.start + m.index;
      const message = language === 'de' ? 'Von Ihrem Team markierte Formulierung' : 'Wording your team flagged';
      findings.push(makeFinding(
        { id: 'team-phrase', category: phrase.category, guidance: 'keep-temper' },
        phrase.severity ?? DEFAULT_SEVERITY[phrase.category], language, text, start, start + m[0].length,
        message, `"${phrase.phrase}"`, phrase.suggestion ? [phrase.suggestion] : [],
      ));
    }
  }
  return findings;
}

/** Language of each sentence: the reply's language unless a sentence is clearly the other one. */
function sentenceLanguage(sentence: string, replyLanguage: Language, forced: boolean): Language {
  if (forced) return replyLanguage;
  // Short fragments ("Hi Anna,") carry too little signal to switch language.
  if (sentence.split(/\s+/).length < 4) return replyLanguage;
  return detectLanguage(sentence, replyLanguage);
}

export function checkReply(text: string, options: CheckOptions = {}): CheckResult {
  const forced = options.lang !== undefined && options.lang !== 'auto';
  const language: Language = forced ? (options.lang as Language) : detectLanguage(text);
  const register = detectRegister(text, language);
  const settings = options.settings;
  const disabled = new Set(settings?.disabledRules ?? []);
  const sentences = splitSentences(text, language);
  const findings: Finding[] = [];

  for (const sentence of sentences) {
    const lang = sentenceLanguage(sentence.text, language, forced);
    for (const rule of RULES) {
      const ruleLang = rule[lang];
      const severity = severityFor(rule, settings);
      if (!ruleLang || disabled.has(rule.id) || severity === 'off') continue;
      findings.push(...sentenceFindings(rule, ruleLang, severity, sentence, text, lang, register));
    }
    if (settings?.teamPhrases?.length) findings.push(...teamPhraseFindings(settings.teamPhrases, sentence, text, lang));
  }

  for (const rule of RULES) {
    const ruleLang = rule[language];
    const severity = severityFor(rule, settings);
    if (!ruleLang?.detectReply || disabled.has(rule.id) || severity === 'off') continue;
    const spans = ruleLang.detectReply({ text, sentences, language, register, customer: undefined });
    for (const span of spans) {
      const match = text.slice(span.start, span.end);
      const sentence = sentences.find((s) => span.start >= s.start && span.start < s.start + s.text.length) ?? { text, start: 0 };
      const hit: Hit = { start: span.start - sentence.start, end: span.end - sentence.start, groups: {} };
      findings.push(makeFinding(rule, severity, language, text, span.start, span.end, ruleLang.message, ruleLang.explanation,
        rewritesFor(ruleLang, hit, sentence, match, register, language)));
    }
  }

  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  return { language, findings, commitments: extractCommitments(text, options.now ?? new Date(), options.lang ?? 'auto') };
}

/** Applies one suggestion to the text: what a click on a rewrite does in the editor. */
export function applySuggestion(text: string, finding: Pick<Finding, 'start' | 'end'>, suggestion: string): string {
  return text.slice(0, finding.start) + suggestion + text.slice(finding.end);
}

