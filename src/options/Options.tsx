// The options page: rules and severities, team phrases, internal notes, the close gate,
// retention, custom helpdesk domains, the safety protocol, language, import and export.
// Every change is saved at once through the connector; fields an administrator's policy sets
// are shown read-only ("set by your administrator").
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { DEFAULT_SEVERITY, REPLY_CATEGORIES, type Language, type ReplyCategory, type Rule, type Severity, type TeamPhrase } from '../engine/types';
import { RULES } from '../rules/index';
import { sanitizeHtml } from '../shared/sanitize';
import {
  GATE_MODES, LIMITS, NOTES_MODES, normaliseOrigin, PHRASE_CATEGORIES, SEVERITIES, validateTeamPhrase,
  type PhraseError, type SettingKey, type Settings,
} from '../shared/settings';
import type { OptionsConnector } from './connector';
import { optionsText, type OptionsText } from './text';
import { exportSettings, importSettings, readFileText } from './transfer';

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; note?: string } | { kind: 'error'; message: string; problems?: string[] };

export function Options({ connector, rules = RULES }: { connector: OptionsConnector; rules?: readonly Rule[] }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [locked, setLocked] = useState<SettingKey[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    connector.load().then((answer) => {
      if (answer.ok) {
        setSettings(answer.settings);
        setLocked(answer.locked);
      } else setLoadError(answer.error);
    }, (error: unknown) => setLoadError(String(error)));
  }, [connector]);

  const language: Language = settings && settings.uiLanguage !== 'auto' ? settings.uiLanguage : connector.browserLanguage();
  const t = optionsText(language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  if (loadError) return <p class="error" role="alert">{t.saveFailed} {loadError}</p>;
  if (!settings) return <p class="muted">…</p>;

  const isLocked = (field: SettingKey) => locked.includes(field);

  /** Saves the whole settings object with `patch` applied; the view follows what was stored. */
  const save = async (next: Settings, note?: string): Promise<boolean> => {
    const previous = settings;
    setSettings(next);
    setStatus({ kind: 'saving' });
    try {
      const answer = await connector.save(next);
      if (!answer.ok) {
        setSettings(previous);
        setStatus({ kind: 'error', message: `${t.saveFailed} ${answer.error}` });
        return false;
      }
      setSettings(answer.settings);
      setLocked(answer.locked);
      setStatus({ kind: 'saved', note });
      return true;
    } catch (error) {
      setSettings(previous);
      setStatus({ kind: 'error', message: `${t.saveFailed} ${String(error)}` });
      return false;
    }
  };
  const update = (patch: Partial<Settings>) => save({ ...settings, ...patch });

  return (
    <>
      <header>
        <h1>{t.title}</h1>
        <p class="muted">{t.intro}</p>
        <StatusLine status={status} t={t} />
      </header>
      <RulesSection settings={settings} rules={rules} locked={isLocked} language={language} t={t} update={update} />
      <PhrasesSection settings={settings} locked={isLocked('teamPhrases')} t={t} update={update} />
      <Section title={t.notes} locked={isLocked('notesMode')} t={t}>
        {NOTES_MODES.map((mode) => (
          <label class="choice" key={mode}>
            <input type="radio" name="notesMode" value={mode} checked={settings.notesMode === mode} disabled={isLocked('notesMode')}
              onChange={() => void update({ notesMode: mode })} />
            {t.notesModes[mode]}
          </label>
        ))}
      </Section>
      <Section title={t.gate} intro={t.gateIntro} locked={isLocked('gateMode')} t={t}>
        <select data-calmreply="gate-mode" value={settings.gateMode} disabled={isLocked('gateMode')}
          onChange={(e) => void update({ gateMode: (e.currentTarget as HTMLSelectElement).value as Settings['gateMode'] })}>
          {GATE_MODES.filter((mode) => mode !== 'block' || settings.gateMode === 'block').map((mode) => (
            <option value={mode} key={mode}>{t.gateModes[mode]}</option>
          ))}
        </select>
      </Section>
      <RetentionSection settings={settings} locked={isLocked('retentionDays')} t={t} update={update} />
      <DomainsSection settings={settings} locked={isLocked('customOrigins')} t={t} connector={connector} save={save} setStatus={setStatus} />
      <SafetySection settings={settings} locked={isLocked('safetyProtocol')} t={t} update={update} />
      <Section title={t.uiLanguage} locked={isLocked('uiLanguage')} t={t}>
        <select data-calmreply="ui-language" value={settings.uiLanguage} disabled={isLocked('uiLanguage')}
          onChange={(e) => void update({ uiLanguage: (e.currentTarget as HTMLSelectElement).value as Settings['uiLanguage'] })}>
          {(['auto', 'en', 'de'] as const).map((l) => <option value={l} key={l}>{t.uiLanguages[l]}</option>)}
        </select>
      </Section>
      <Section title={t.backup} t={t}>
        <button type="button" data-calmreply="export" onClick={() => download(exportSettings(settings))}>{t.export}</button>
        <label class="file">
          {t.import}
          <input type="file" accept="application/json,.json" data-calmreply="import"
            onChange={async (e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (!file) return;
              let text: string;
              try {
                text = await readFileText(file);
              } catch (error) {
                setStatus({ kind: 'error', message: t.importNotJson(String(error)) });
                return;
              }
              const result = importSettings(text, settings, locked, t);
              input.value = '';
              if (!result.ok) {
                setStatus({ kind: 'error', message: result.error, problems: result.problems });
                return;
              }
              await save(result.settings, result.keptLocked ? `${t.imported} ${t.importLockedIgnored}` : t.imported);
            }} />
        </label>
      </Section>
    </>
  );
}

function download(json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'calmreply-settings.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function StatusLine({ status, t }: { status: Status; t: OptionsText }) {
  if (status.kind === 'idle') return null;
  if (status.kind === 'saving') return <p class="status muted" role="status">{t.saving}</p>;
  if (status.kind === 'saved') return <p class="status ok" role="status" data-calmreply="status">{status.note ?? t.saved}</p>;
  return (
    <div class="status error" role="alert" data-calmreply="error">
      <p>{status.message}</p>
      {status.problems?.length ? <ul>{status.problems.map((p) => <li key={p}>{p}</li>)}</ul> : null}
    </div>
  );
}

function Section({ title, intro, locked, t, children }: { title: string; intro?: string; locked?: boolean; t: OptionsText; children: ComponentChildren }) {
  return (
    <section>
      <h2>{title} {locked && <span class="locked" data-calmreply="locked">{t.locked}</span>}</h2>
      {intro && <p class="muted">{intro}</p>}
      {children}
    </section>
  );
}

interface SectionProps {
  settings: Settings;
  locked: boolean;
  t: OptionsText;
  update: (patch: Partial<Settings>) => Promise<boolean>;
}

function RulesSection({ settings, rules, locked, language, t, update }: Omit<SectionProps, 'locked'> & { rules: readonly Rule[]; locked: (f: SettingKey) => boolean; language: Language }) {
  const rulesLocked = locked('disabledRules');
  const severityLocked = locked('severityOverrides');
  const byCategory = useMemo(() => {
    const map = new Map<ReplyCategory, Rule[]>();
    for (const rule of rules) map.set(rule.category, [...(map.get(rule.category) ?? []), rule]);
    return map;
  }, [rules]);
  return (
    <Section title={t.rules} intro={t.rulesIntro} locked={rulesLocked || severityLocked} t={t}>
      {REPLY_CATEGORIES.map((category) => {
        const override = settings.severityOverrides[category];
        const categoryRules = byCategory.get(category) ?? [];
        return (
          <fieldset class="category" key={category} data-category={category}>
            <legend>{t.categories[category]}</legend>
            <label>
              {t.severity}{' '}
              <select value={override ?? ''} disabled={severityLocked} data-calmreply={`severity-${category}`}
                onChange={(e) => {
                  const value = (e.currentTarget as HTMLSelectElement).value;
                  const next = { ...settings.severityOverrides };
                  if (value === '') delete next[category];
                  else next[category] = value as Severity | 'off';
                  void update({ severityOverrides: next });
                }}>
                <option value="">{t.severityDefault(DEFAULT_SEVERITY[category])}</option>
                {[...SEVERITIES, 'off' as const].map((s) => <option value={s} key={s}>{t.severities[s]}</option>)}
              </select>
            </label>
            {categoryRules.map((rule) => {
              const on = !settings.disabledRules.includes(rule.id);
              return (
                <label class="rule" key={rule.id}>
                  <input type="checkbox" checked={on} disabled={rulesLocked} data-rule={rule.id}
                    onChange={() => void update({
                      disabledRules: on ? [...settings.disabledRules, rule.id] : settings.disabledRules.filter((id) => id !== rule.id),
                    })} />
                  <code>{rule.id}</code> <span>{rule[language]?.message ?? rule.description}</span>
                </label>
              );
            })}
          </fieldset>
        );
      })}
    </Section>
  );
}

function PhrasesSection({ settings, locked, t, update }: SectionProps) {
  const [draft, setDraft] = useState({ phrase: '', category: 'hostility', severity: '', suggestion: '', language: '' });
  const [error, setError] = useState<PhraseError | null>(null);
  const add = async () => {
    const checked = validateTeamPhrase({
      phrase: draft.phrase,
      category: draft.category,
      severity: draft.severity || undefined,
      suggestion: draft.suggestion || undefined,
      language: draft.language || undefined,
    });
    if ('error' in checked) return setError(checked.error);
    const same = (p: TeamPhrase) => p.phrase.toLowerCase() === checked.phrase.phrase.toLowerCase() && p.language === checked.phrase.language;
    if (settings.teamPhrases.some(same)) return setError('duplicate');
    if (settings.teamPhrases.length >= LIMITS.teamPhrases) return setError('too-many');
    setError(null);
    if (await update({ teamPhrases: [...settings.teamPhrases, checked.phrase] })) setDraft({ ...draft, phrase: '', suggestion: '' });
  };
  const field = (name: keyof typeof draft) => (e: Event) => setDraft({ ...draft, [name]: (e.currentTarget as HTMLInputElement).value });
  return (
    <Section title={t.phrases} intro={t.phrasesIntro} locked={locked} t={t}>
      {settings.teamPhrases.length === 0 ? <p class="muted">{t.noPhrases}</p> : (
        <table class="phrases">
          <thead><tr><th>{t.phrase}</th><th>{t.category}</th><th>{t.severity}</th><th>{t.suggestion}</th><th>{t.language}</th><th /></tr></thead>
          <tbody>
            {settings.teamPhrases.map((p, index) => (
              <tr key={`${p.phrase}-${p.language ?? ''}`} data-calmreply="phrase">
                <td>{p.phrase}</td>
                <td>{t.categories[p.category]}</td>
                <td>{p.severity ? t.severities[p.severity] : t.severityDefault(DEFAULT_SEVERITY[p.category])}</td>
                <td>{p.suggestion ?? ''}</td>
                <td>{p.language ? t.uiLanguages[p.language] : t.bothLanguages}</td>
                <td>
                  <button type="button" disabled={locked}
                    onClick={() => void update({ teamPhrases: settings.teamPhrases.filter((_, i) => i !== index) })}>{t.remove}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!locked && (
        <form class="add-phrase" onSubmit={(e) => { e.preventDefault(); void add(); }}>
          <input aria-label={t.phrase} placeholder={t.phrase} value={draft.phrase} onInput={field('phrase')} data-calmreply="phrase-input"
            maxLength={LIMITS.phraseLength + 20} aria-invalid={error !== null} />
          <select aria-label={t.category} value={draft.category} onChange={field('category')}>
            {PHRASE_CATEGORIES.map((c) => <option value={c} key={c}>{t.categories[c]}</option>)}
          </select>
          <select aria-label={t.severity} value={draft.severity} onChange={field('severity')}>
            <option value="">{t.severityDefault(DEFAULT_SEVERITY[draft.category as ReplyCategory])}</option>
            {SEVERITIES.map((s) => <option value={s} key={s}>{t.severities[s]}</option>)}
          </select>
          <input aria-label={t.suggestion} placeholder={t.suggestion} value={draft.suggestion} onInput={field('suggestion')} />
          <select aria-label={t.language} value={draft.language} onChange={field('language')}>
            <option value="">{t.bothLanguages}</option>
            <option value="en">English</option>
            <option value="de">Deutsch</option>
          </select>
          <button type="submit" data-calmreply="phrase-add">{t.add}</button>
          {error && <p class="error" role="alert" data-calmreply="phrase-error">{t.phraseErrors[error]}</p>}
        </form>
      )}
    </Section>
  );
}

function RetentionSection({ settings, locked, t, update }: SectionProps) {
  const [value, setValue] = useState(String(settings.retentionDays));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setValue(String(settings.retentionDays)), [settings.retentionDays]);
  return (
    <Section title={t.retention} intro={t.retentionIntro} locked={locked} t={t}>
      <label>
        <input type="number" min={LIMITS.retentionDays.min} max={LIMITS.retentionDays.max} step={1} value={value} disabled={locked}
          data-calmreply="retention" aria-invalid={invalid}
          onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)}
          onChange={() => {
            const days = Number(value);
            const ok = /^\d+$/.test(value.trim()) && days >= LIMITS.retentionDays.min && days <= LIMITS.retentionDays.max;
            setInvalid(!ok);
            if (ok && days !== settings.retentionDays) void update({ retentionDays: days });
          }} />
        {' '}{t.days}
      </label>
      {invalid && <p class="error" role="alert">{t.retentionError}</p>}
    </Section>
  );
}

function DomainsSection({ settings, locked, t, connector, save, setStatus }: Omit<SectionProps, 'update'> & {
  connector: OptionsConnector; save: (next: Settings) => Promise<boolean>; setStatus: (s: Status) => void;
}) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [granted, setGranted] = useState<string[] | null>(null);
  useEffect(() => {
    connector.grantedOrigins(settings.customOrigins).then(setGranted, () => setGranted(null));
  }, [connector, settings.customOrigins]);

  const grant = async (origin: string, addToList: boolean) => {
    let ok = false;
    try {
      ok = await connector.requestOrigin(origin); // first await: still inside the click's user gesture
    } catch (e) {
      setStatus({ kind: 'error', message: `${t.saveFailed} ${String(e)}` });
      return;
    }
    if (!ok) return setError(t.domainRefused);
    setError(null);
    if (addToList && !settings.customOrigins.includes(origin)) {
      if (await save({ ...settings, customOrigins: [...settings.customOrigins, origin] })) setInput('');
    } else setGranted(await connector.grantedOrigins(settings.customOrigins));
  };

  return (
    <Section title={t.domains} intro={t.domainsIntro} locked={locked} t={t}>
      {settings.customOrigins.length === 0 ? <p class="muted">{t.noDomains}</p> : (
        <ul class="domains">
          {settings.customOrigins.map((origin) => (
            <li key={origin} data-calmreply="domain">
              <code>{origin}</code>
              {granted && !granted.includes(origin) && (
                <>
                  {' '}<span class="warning">{t.domainNotGranted}</span>{' '}
                  <button type="button" onClick={() => void grant(origin, false)}>{t.grant}</button>
                </>
              )}
              {' '}
              <button type="button" disabled={locked} onClick={async () => {
                try {
                  await connector.removeOrigin(origin);
                } catch {
                  // Already gone, or never granted: remove it from the list all the same.
                }
                await save({ ...settings, customOrigins: settings.customOrigins.filter((o) => o !== origin) });
              }}>{t.remove}</button>
            </li>
          ))}
        </ul>
      )}
      {!locked && (
        <form class="add-domain" onSubmit={(e) => {
          e.preventDefault();
          const origin = normaliseOrigin(input);
          if (!origin) return setError(t.domainInvalid);
          void grant(origin, true);
        }}>
          <input aria-label={t.domains} placeholder={t.domainPlaceholder} value={input} data-calmreply="domain-input"
            onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit" data-calmreply="domain-add">{t.addDomain}</button>
          {error && <p class="error" role="alert" data-calmreply="domain-error">{error}</p>}
        </form>
      )}
    </Section>
  );
}

function SafetySection({ settings, locked, t, update }: SectionProps) {
  return (
    <Section title={t.safety} intro={t.safetyIntro} locked={locked} t={t}>
      {(['en', 'de'] as const).map((lang) => (
        <div class="safety" key={lang}>
          <label>
            {t.uiLanguages[lang]}
            <textarea rows={6} disabled={locked} maxLength={LIMITS.safetyProtocolLength} data-calmreply={`safety-${lang}`}
              value={settings.safetyProtocol[lang]}
              onChange={(e) => {
                const text = (e.currentTarget as HTMLTextAreaElement).value;
                if (text.trim() && text !== settings.safetyProtocol[lang]) void update({ safetyProtocol: { ...settings.safetyProtocol, [lang]: text } });
              }} />
          </label>
          <div class="preview" aria-label={t.preview} data-calmreply={`safety-preview-${lang}`}
            dangerouslySetInnerHTML={{ __html: sanitizeHtml(settings.safetyProtocol[lang]) }} />
        </div>
      ))}
    </Section>
  );
}
