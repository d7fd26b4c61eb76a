// The vocabulary of the engine: languages, categories, findings and the rule format.
// Pure types, shared by the engine, the rules, the extension and the CLI.
import type { CommitmentDetail } from './commitments';
import type { GuidanceId } from '../guidance/catalogue';

export type Language = 'en' | 'de';
export type LanguageChoice = Language | 'auto';

export type Severity = 'error' | 'warning' | 'hint' | 'info';

/** Categories of the agent's reply (DESIGN.md). */
export type ReplyCategory =
  | 'hostility'
  | 'blame'
  | 'dismissive'
  | 'lecturing'
  | 'negative-phrasing'
  | 'passing-on'
  | 'overpromise'
  | 'insincere-apology'
  | 'robotic'
  | 'no-acknowledgment'
  | 'no-closing-offer'
  | 'commitment';

/** Categories found in the customer's message. */
export type CustomerCategory = 'customer-anger' | 'escalation-request' | 'safety-risk';

export type Category = ReplyCategory | CustomerCategory;

export const REPLY_CATEGORIES: readonly ReplyCategory[] = [
  'hostility', 'blame', 'dismissive', 'lecturing', 'negative-phrasing', 'passing-on',
  'overpromise', 'insincere-apology', 'robotic', 'no-acknowledgment', 'no-closing-offer', 'commitment',
];

export const DEFAULT_SEVERITY: Record<ReplyCategory, Severity> = {
  hostility: 'error',
  blame: 'error',
  dismissive: 'warning',
  lecturing: 'warning',
  'negative-phrasing': 'warning',
  'passing-on': 'warning',
  overpromise: 'warning',
  'insincere-apology': 'warning',
  robotic: 'hint',
  'no-acknowledgment': 'hint',
  'no-closing-offer': 'hint',
  commitment: 'info',
};

/** One problem in the checked text; start/end are UTF-16 offsets into that text. */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  excerpt: string;
  message: string;
  explanation: string;
  /** Replacement texts for [start, end), best first. */
  suggestions: string[];
  guidance: GuidanceId;
  language: Language;
}

/** "Sie" vs "du" in German; English replies are always 'neutral'. */
export type Register = 'formal' | 'informal' | 'neutral';

/** What a rule's rewrite function knows about the place it is rewriting. */
export interface MatchContext {
  /** The matched text (the span that will be replaced). */
  match: string;
  /** Named or numbered capture groups of the pattern, if any. */
  groups: Record<string, string | undefined>;
  /** The whole sentence the match stands in. */
  sentence: string;
  /** True if the match starts the sentence (the rewrite should then start upper-case). */
  atSentenceStart: boolean;
  /** The sentence's text before and after the match (where the rewrite has to fit in). */
  before: string;
  after: string;
  register: Register;
  language: Language;
}

/**
 * One way a rule recognises a problem. `re` is compiled once with the flags `giu`
 * (or `gu` when caseSensitive); the whole match is the span, unless the pattern has a
 * named group `hit`, in which case only that group is underlined.
 * `unless` is tested against the sentence that holds the match: a hit there silences it
 * (negations, questions, quoting the customer ...). `unlessNext` is tested against the
 * sentence after it (same language): a refusal whose alternative follows in the next
 * sentence ("We don't ship there. But I can ...").
 */
export interface Pattern {
  re: RegExp;
  unless?: RegExp;
  unlessNext?: RegExp;
  caseSensitive?: boolean;
  /** Rewrites for this pattern; falls back to the language's `rewrite`. */
  rewrite?: (ctx: MatchContext) => string[];
}

/** A custom detector for what patterns cannot say (e.g. ALL CAPS). Returns spans in `sentence`. */
export type Detector = (sentence: string, language: Language) => Array<{ start: number; end: number }>;

/** What a whole-reply rule sees (no-acknowledgment, no-closing-offer). */
export interface ReplyContext {
  text: string;
  sentences: Array<{ text: string; start: number }>;
  language: Language;
  register: Register;
  customer?: CustomerAnalysis;
  /** Every promise to follow up in the reply (found once per check, also for the follow-up list). */
  commitments: CommitmentDetail[];
}

/** A whole-reply detector: returns spans in the whole reply text, each in the reply's language unless it says otherwise. */
export type ReplyDetector = (reply: ReplyContext) => Array<{ start: number; end: number; language?: Language }>;

export interface RuleLanguage {
  patterns?: Pattern[];
  detect?: Detector;
  detectReply?: ReplyDetector;
  message: string;
  explanation: string;
  rewrite: (ctx: MatchContext) => string[];
}

/** An example the rule must flag: [[double brackets]] mark the exact span; `rewrite` is the
 *  whole text after applying the first suggestion. */
export interface InvalidExample {
  text: string;
  rewrite: string;
}

export interface RuleExamples {
  valid: string[];
  invalid: InvalidExample[];
  /** The customer's message every example of this language answers (whole-reply rules that depend on the customer's mood). */
  customer?: string;
}

export interface Rule {
  id: string;
  category: ReplyCategory;
  severity?: Severity;
  guidance: GuidanceId;
  description: string;
  en?: RuleLanguage;
  de?: RuleLanguage;
}

/**
 * A rule's examples, exported next to it as `examples` (tests only): kept out of the Rule object so
 * the extension's bundles, which import only the rules, leave them out.
 */
export interface RuleExampleSet {
  en: RuleExamples;
  de: RuleExamples;
}

/** A promise to follow up, with its due date when one could be resolved. */
export interface Commitment {
  text: string;
  start: number;
  end: number;
  /** ISO 8601 date-time in the agent's local time zone, or absent when no date was said. */
  due?: string;
}

export interface CustomerAnalysis {
  language: Language;
  /** 0 calm · 1 annoyed · 2 angry · 3 furious */
  anger: 0 | 1 | 2 | 3;
  signals: CustomerCategory[];
  /** Short evidence snippets, for the tips and the mood chip (never stored). */
  evidence: Array<{ category: CustomerCategory; excerpt: string }>;
}

/** A phrase a team lead adds in the settings; matched as a plain phrase with word boundaries. */
export interface TeamPhrase {
  phrase: string;
  category: ReplyCategory;
  severity?: Severity;
  suggestion?: string;
  language?: Language;
}

export interface EngineSettings {
  disabledRules?: string[];
  severityOverrides?: Partial<Record<Category, Severity | 'off'>>;
  teamPhrases?: TeamPhrase[];
}

export interface CheckOptions {
  lang?: LanguageChoice;
  customer?: string;
  settings?: EngineSettings;
  now?: Date;
}

export interface CheckResult {
  language: Language;
  findings: Finding[];
  customer?: CustomerAnalysis;
  commitments: Commitment[];
}
