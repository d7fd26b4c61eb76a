// CalmReply's settings: the type, the defaults, and a validator that never throws.
//
// Where settings come from (see `src/background/storage.ts`):
//   1. defaults (this file),
//   2. the agent's own settings in `browser.storage.local` (options page),
//   3. an administrator's policy in `browser.storage.managed` (Chrome: `storage.managed_schema`
//      in the manifest, file `src/managed_schema.json`, pushed by enterprise policy; Firefox:
//      `policies.json` → `3rdparty.Extensions.<extension id>`). Every field the policy sets wins
//      over the agent's value and is shown as "set by your administrator" in the options page.
// Gate mode `block` can only come from a policy: an agent who could block could also unblock.
import type {
  Category, EngineSettings, Language, ReplyCategory, Severity, TeamPhrase,
} from '../engine/types';
import { REPLY_CATEGORIES } from '../engine/types';

/** Which findings an internal note (not sent to the customer) gets. */
export type NotesMode = 'off' | 'hostility-blame' | 'all';
/** What the close gate does when checklist items are open: nothing, ask, or refuse to close. */
export type GateMode = 'off' | 'warn' | 'block';
export type UiLanguageChoice = 'auto' | Language;

export interface Settings {
  /** Rule ids (from `src/rules/index.ts`) the agent turned off. */
  disabledRules: string[];
  /** Severity per reply category, or 'off' to silence a whole category. */
  severityOverrides: Partial<Record<ReplyCategory, Severity | 'off'>>;
  /** A team's own phrases: plain text (never regular expressions) matched as whole words. */
  teamPhrases: TeamPhrase[];
  notesMode: NotesMode;
  gateMode: GateMode;
  /** Per-ticket state (checklist, follow-ups, ignored findings) is deleted after this many days. */
  retentionDays: number;
  /** Extra helpdesk origins (`https://help.example.com`) the agent granted host access to. */
  customOrigins: string[];
  /** The company's safety protocol, as limited HTML (rendered through `sanitize.ts`). */
  safetyProtocol: Record<Language, string>;
  uiLanguage: UiLanguageChoice;
}

export type SettingKey = keyof Settings;

export const SETTING_KEYS: readonly SettingKey[] = [
  'disabledRules', 'severityOverrides', 'teamPhrases', 'notesMode', 'gateMode', 'retentionDays',
  'customOrigins', 'safetyProtocol', 'uiLanguage',
];

export const NOTES_MODES: readonly NotesMode[] = ['off', 'hostility-blame', 'all'];
export const GATE_MODES: readonly GateMode[] = ['off', 'warn', 'block'];
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'hint', 'info'];
/** Categories a team phrase may belong to: those that mark a span (not the whole-reply ones). */
export const PHRASE_CATEGORIES: readonly ReplyCategory[] = REPLY_CATEGORIES.filter(
  (c) => c !== 'no-acknowledgment' && c !== 'no-closing-offer' && c !== 'commitment',
);

export const LIMITS = {
  retentionDays: { min: 1, max: 365 },
  teamPhrases: 200,
  phraseLength: 80,
  suggestionLength: 200,
  disabledRules: 500,
  customOrigins: 50,
  safetyProtocolLength: 5000,
} as const;

export const DEFAULT_SAFETY_PROTOCOL: Record<Language, string> = {
  en:
    '<p><strong>If a customer threatens violence or mentions self-harm or suicide:</strong></p>'
    + '<ol><li>Stop working on the reply. Do not argue, do not joke, do not try to talk them out of it on your own.</li>'
    + '<li>Inform your team lead immediately.</li>'
    + '<li>If anyone is in immediate danger, call the emergency services: <strong>112</strong> (Europe) or <strong>911</strong> (US and Canada).</li>'
    + '<li>Document the message: ticket number, time and the exact wording, without changing it.</li></ol>',
  de:
    '<p><strong>Wenn ein Kunde mit Gewalt droht oder von Selbstverletzung oder Suizid spricht:</strong></p>'
    + '<ol><li>Unterbrechen Sie die Antwort. Nicht diskutieren, nicht scherzen, nicht allein versuchen, es auszureden.</li>'
    + '<li>Informieren Sie sofort Ihre Teamleitung.</li>'
    + '<li>Wenn jemand in unmittelbarer Gefahr ist, rufen Sie den Notruf: <strong>112</strong> (Europa) bzw. <strong>911</strong> (USA und Kanada).</li>'
    + '<li>Dokumentieren Sie die Nachricht: Ticketnummer, Uhrzeit und den genauen Wortlaut, unverändert.</li></ol>',
};

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  disabledRules: [],
  severityOverrides: {},
  teamPhrases: [],
  notesMode: 'hostility-blame',
  gateMode: 'warn',
  retentionDays: 30,
  customOrigins: [],
  safetyProtocol: DEFAULT_SAFETY_PROTOCOL,
  uiLanguage: 'auto',
} satisfies Settings);

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return structuredClone({ ...DEFAULT_SETTINGS, safetyProtocol: { ...DEFAULT_SAFETY_PROTOCOL } }) as Settings;
}

// ── team phrases ───────────────────────────────────────────────────────────

/** Why a team phrase was refused; the options page turns these codes into EN/DE messages. */
export type PhraseError =
  | 'not-an-object' | 'empty' | 'too-long' | 'regex' | 'no-letter' | 'category' | 'severity'
  | 'suggestion' | 'language' | 'duplicate' | 'too-many';

/** Characters that only make sense in a regular expression. Team phrases are plain text. */
const REGEX_SYNTAX = /[\\^$*+?()[\]{}|]|\.[*+?]/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One team phrase, checked and normalised, or the reason it is refused. */
export function validateTeamPhrase(raw: unknown): { phrase: TeamPhrase } | { error: PhraseError } {
  if (!isRecord(raw)) return { error: 'not-an-object' };
  if (typeof raw.phrase !== 'string' || raw.phrase.trim() === '') return { error: 'empty' };
  const phrase = raw.phrase.trim().replace(/\s+/g, ' ');
  if (phrase.length > LIMITS.phraseLength) return { error: 'too-long' };
  if (REGEX_SYNTAX.test(phrase)) return { error: 'regex' };
  if (!/\p{L}/u.test(phrase)) return { error: 'no-letter' };
  if (typeof raw.category !== 'string' || !PHRASE_CATEGORIES.includes(raw.category as ReplyCategory)) return { error: 'category' };
  const result: TeamPhrase = { phrase, category: raw.category as ReplyCategory };
  if (raw.severity !== undefined) {
    if (typeof raw.severity !== 'string' || !SEVERITIES.includes(raw.severity as Severity)) return { error: 'severity' };
    result.severity = raw.severity as Severity;
  }
  if (raw.suggestion !== undefined && raw.suggestion !== '') {
    if (typeof raw.suggestion !== 'string' || raw.suggestion.length > LIMITS.suggestionLength || /[\n\r]/.test(raw.suggestion)) {
      return { error: 'suggestion' };
    }
    result.suggestion = raw.suggestion.trim();
  }
  if (raw.language !== undefined) {
    if (raw.language !== 'en' && raw.language !== 'de') return { error: 'language' };
    result.language = raw.language;
  }
  return { phrase: result };
}

const phraseKey = (p: TeamPhrase) => `${p.language ?? '*'}\u0000${p.phrase.toLowerCase()}`;

// ── origins ────────────────────────────────────────────────────────────────

/**
 * A custom helpdesk origin from what the agent typed ("help.acme.example",
 * "https://help.acme.example/agent"), or null. Only https, no credentials, no wildcards,
 * no IP-less oddities; Zendesk/Freshdesk are already covered and refused here.
 */
export function normaliseOrigin(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed || trimmed.length > 253 + 8 || /[*\s]/.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  const host = url.hostname;
  if (!host.includes('.') || /(^|\.)(zendesk|freshdesk)\.com$/.test(host)) return null;
  return url.origin;
}

// ── the whole settings object ─────────────────────────────────────────────

export interface ParseOptions {
  /** Values for fields absent from `raw` (no warning). Defaults to DEFAULT_SETTINGS. */
  base?: Settings;
  /** Only an administrator's policy may set gate mode `block`. */
  allowBlock?: boolean;
}

export interface ParsedSettings {
  settings: Settings;
  /** Human-readable (English) notes on what was wrong and what was used instead. */
  warnings: string[];
  /** Fields that were present but unusable (they got the base value). */
  invalidFields: SettingKey[];
  /** Known fields that were present in `raw`. */
  presentFields: SettingKey[];
}

/**
 * Validates settings field by field. A bad field falls back to its base value with a warning;
 * bad entries inside a list are dropped with a warning. Never throws.
 */
export function parseSettings(raw: unknown, options: ParseOptions = {}): ParsedSettings {
  const base = options.base ?? defaultSettings();
  const settings: Settings = structuredClone(base);
  const warnings: string[] = [];
  const invalidFields: SettingKey[] = [];
  const presentFields: SettingKey[] = [];
  if (raw === undefined || raw === null) return { settings, warnings, invalidFields, presentFields };
  if (!isRecord(raw)) {
    warnings.push('settings are not an object; using defaults');
    return { settings, warnings, invalidFields: [...SETTING_KEYS], presentFields };
  }
  const bad = (field: SettingKey, why: string) => {
    warnings.push(`${field}: ${why}; using ${field === 'safetyProtocol' ? 'the default text' : JSON.stringify(base[field])}`);
    invalidFields.push(field);
  };
  const has = (field: SettingKey) => {
    if (raw[field] === undefined) return false;
    presentFields.push(field);
    return true;
  };

  if (has('disabledRules')) {
    const value = raw.disabledRules;
    if (!Array.isArray(value) || value.length > LIMITS.disabledRules) bad('disabledRules', 'not a list of rule ids');
    else {
      const ids = value.filter((v): v is string => typeof v === 'string' && /^[a-z0-9][a-z0-9-]{0,63}$/.test(v));
      if (ids.length !== value.length) warnings.push('disabledRules: dropped entries that are not rule ids');
      settings.disabledRules = [...new Set(ids)];
    }
  }

  if (has('severityOverrides')) {
    const value = raw.severityOverrides;
    if (!isRecord(value)) bad('severityOverrides', 'not an object');
    else {
      const overrides: Settings['severityOverrides'] = {};
      for (const [category, severity] of Object.entries(value)) {
        if (!REPLY_CATEGORIES.includes(category as ReplyCategory)) {
          warnings.push(`severityOverrides: unknown category "${category}" ignored`);
        } else if (severity !== 'off' && !SEVERITIES.includes(severity as Severity)) {
          warnings.push(`severityOverrides: "${String(severity)}" is not a severity for ${category}; ignored`);
        } else {
          overrides[category as ReplyCategory] = severity as Severity | 'off';
        }
      }
      settings.severityOverrides = overrides;
    }
  }

  if (has('teamPhrases')) {
    const value = raw.teamPhrases;
    if (!Array.isArray(value)) bad('teamPhrases', 'not a list');
    else {
      const phrases: TeamPhrase[] = [];
      const seen = new Set<string>();
      value.forEach((entry, index) => {
        const checked = validateTeamPhrase(entry);
        if ('error' in checked) {
          warnings.push(`teamPhrases[${index}]: ${checked.error}; dropped`);
        } else if (seen.has(phraseKey(checked.phrase))) {
          warnings.push(`teamPhrases[${index}]: duplicate; dropped`);
        } else if (phrases.length >= LIMITS.teamPhrases) {
          warnings.push(`teamPhrases[${index}]: more than ${LIMITS.teamPhrases} phrases; dropped`);
        } else {
          seen.add(phraseKey(checked.phrase));
          phrases.push(checked.phrase);
        }
      });
      settings.teamPhrases = phrases;
    }
  }

  if (has('notesMode')) {
    if (NOTES_MODES.includes(raw.notesMode as NotesMode)) settings.notesMode = raw.notesMode as NotesMode;
    else bad('notesMode', `must be one of ${NOTES_MODES.join(', ')}`);
  }

  if (has('gateMode')) {
    const value = raw.gateMode as GateMode;
    if (!GATE_MODES.includes(value)) bad('gateMode', `must be one of ${GATE_MODES.join(', ')}`);
    else if (value === 'block' && !options.allowBlock) {
      warnings.push('gateMode: "block" can only be set by an administrator policy; using "warn"');
      invalidFields.push('gateMode');
      settings.gateMode = 'warn';
    } else settings.gateMode = value;
  }

  if (has('retentionDays')) {
    const value = raw.retentionDays;
    const { min, max } = LIMITS.retentionDays;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      bad('retentionDays', `must be a whole number of days from ${min} to ${max}`);
    } else settings.retentionDays = value;
  }

  if (has('customOrigins')) {
    const value = raw.customOrigins;
    if (!Array.isArray(value)) bad('customOrigins', 'not a list');
    else {
      const origins: string[] = [];
      for (const entry of value) {
        const origin = typeof entry === 'string' ? normaliseOrigin(entry) : null;
        // Stored origins must already be exact origins, not something we had to guess.
        if (!origin || origin !== entry) warnings.push(`customOrigins: "${String(entry)}" is not an https origin; dropped`);
        else if (!origins.includes(origin) && origins.length < LIMITS.customOrigins) origins.push(origin);
      }
      settings.customOrigins = origins;
    }
  }

  if (has('safetyProtocol')) {
    const value = raw.safetyProtocol;
    if (!isRecord(value)) bad('safetyProtocol', 'not an object with "en" and "de" texts');
    else {
      for (const language of ['en', 'de'] as const) {
        const text = value[language];
        if (text === undefined) continue;
        if (typeof text !== 'string' || text.trim() === '' || text.length > LIMITS.safetyProtocolLength) {
          warnings.push(`safetyProtocol.${language}: must be a non-empty text up to ${LIMITS.safetyProtocolLength} characters; using the default text`);
          if (!invalidFields.includes('safetyProtocol')) invalidFields.push('safetyProtocol');
        } else settings.safetyProtocol[language] = text;
      }
    }
  }

  if (has('uiLanguage')) {
    const value = raw.uiLanguage;
    if (value === 'auto' || value === 'en' || value === 'de') settings.uiLanguage = value;
    else bad('uiLanguage', 'must be auto, en or de');
  }

  for (const key of Object.keys(raw)) {
    if (!SETTING_KEYS.includes(key as SettingKey) && key !== 'calmreplySettings') warnings.push(`unknown setting "${key}" ignored`);
  }
  return { settings, warnings, invalidFields, presentFields };
}

/**
 * The agent's settings with the administrator's policy on top. Fields the policy sets are
 * `locked`; a broken policy field is ignored (with a warning) rather than unlocking anything else.
 */
export function applyPolicy(local: Settings, policy: unknown): { settings: Settings; locked: SettingKey[]; warnings: string[] } {
  if (policy === undefined || policy === null || (isRecord(policy) && Object.keys(policy).length === 0)) {
    return { settings: local, locked: [], warnings: [] };
  }
  const parsed = parseSettings(policy, { base: local, allowBlock: true });
  const locked = parsed.presentFields.filter((f) => !parsed.invalidFields.includes(f));
  return { settings: parsed.settings, locked, warnings: parsed.warnings.map((w) => `policy ${w}`) };
}

/** The part of the settings a content script needs (nothing about other tickets or storage). */
export interface ContentSettings {
  disabledRules: string[];
  teamPhrases: TeamPhrase[];
  notesMode: NotesMode;
  gateMode: GateMode;
  safetyProtocol: Record<Language, string>;
  customOrigins: string[];
  uiLanguage: UiLanguageChoice;
}

export function contentSettings(settings: Settings): ContentSettings {
  const { disabledRules, teamPhrases, notesMode, gateMode, safetyProtocol, customOrigins, uiLanguage } = settings;
  return structuredClone({ disabledRules, teamPhrases, notesMode, gateMode, safetyProtocol, customOrigins, uiLanguage });
}

/** Categories checked on internal notes in `hostility-blame` mode. */
export const NOTE_CATEGORIES: readonly ReplyCategory[] = ['hostility', 'blame'];

/**
 * What the engine gets for one check. For an internal note, `notesMode` decides: `all` checks
 * as usual, `hostility-blame` silences every other category, `off` returns null (do not check).
 */
export function engineSettingsFor(settings: Settings, internalNote = false): EngineSettings | null {
  const severityOverrides: Partial<Record<Category, Severity | 'off'>> = { ...settings.severityOverrides };
  if (internalNote) {
    if (settings.notesMode === 'off') return null;
    if (settings.notesMode === 'hostility-blame') {
      for (const category of REPLY_CATEGORIES) if (!NOTE_CATEGORIES.includes(category)) severityOverrides[category] = 'off';
    }
  }
  // The engine gives team phrases their own severity, so a category turned off (by the agent or
  // by the notes mode) has to drop its phrases here.
  const phrases = settings.teamPhrases.filter((p) => severityOverrides[p.category] !== 'off');
  return { disabledRules: [...settings.disabledRules], severityOverrides, teamPhrases: phrases.map((p) => ({ ...p })) };
}
