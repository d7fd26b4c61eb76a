// Settings never throw: a broken field falls back to its default with a warning, team phrases
// are plain text only, gate mode "block" only comes from an administrator's policy.
import { describe, expect, it } from 'vitest';
import {
  applyPolicy, contentSettings, DEFAULT_SETTINGS, defaultSettings, engineSettingsFor, normaliseOrigin,
  parseSettings, validateTeamPhrase,
} from '../../src/shared/settings';

describe('parseSettings', () => {
  it('gives the defaults for nothing at all, without warnings', () => {
    for (const raw of [undefined, null]) {
      const { settings, warnings } = parseSettings(raw);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(warnings).toEqual([]);
    }
    expect(DEFAULT_SETTINGS.gateMode).toBe('warn');
    expect(DEFAULT_SETTINGS.notesMode).toBe('hostility-blame');
    expect(DEFAULT_SETTINGS.retentionDays).toBe(30);
  });

  it('never throws on broken shapes', () => {
    for (const raw of ['{"gateMode":', 42, [], true, () => 1, { disabledRules: 'calm-down' }, { teamPhrases: {} },
      { severityOverrides: [] }, { safetyProtocol: 'text' }, { retentionDays: '30' }, { customOrigins: 'x' }]) {
      const parsed = parseSettings(raw);
      expect(parsed.settings.retentionDays).toBe(30);
      expect(parsed.warnings.length).toBeGreaterThan(0);
    }
  });

  it('keeps the good fields and replaces only the bad ones', () => {
    const { settings, warnings, invalidFields } = parseSettings({
      disabledRules: ['calm-down'], notesMode: 'sometimes', retentionDays: 0, uiLanguage: 'de', gateMode: 'off',
    });
    expect(settings.disabledRules).toEqual(['calm-down']);
    expect(settings.uiLanguage).toBe('de');
    expect(settings.gateMode).toBe('off');
    expect(settings.notesMode).toBe('hostility-blame');
    expect(settings.retentionDays).toBe(30);
    expect(invalidFields.sort()).toEqual(['notesMode', 'retentionDays']);
    expect(warnings.join('\n')).toMatch(/notesMode/);
    expect(warnings.join('\n')).toMatch(/retentionDays: must be a whole number of days from 1 to 365/);
  });

  it('drops unknown categories and severities from overrides', () => {
    const { settings, warnings } = parseSettings({ severityOverrides: { robotic: 'off', blame: 'warning', rudeness: 'error', lecturing: 'fatal' } });
    expect(settings.severityOverrides).toEqual({ robotic: 'off', blame: 'warning' });
    expect(warnings.join('\n')).toMatch(/unknown category "rudeness"/);
    expect(warnings.join('\n')).toMatch(/"fatal" is not a severity/);
  });

  it('drops bad team phrases one by one', () => {
    const { settings, warnings } = parseSettings({
      teamPhrases: [
        { phrase: 'per my last email', category: 'lecturing', suggestion: 'to recap' },
        { phrase: 'you (always|never)', category: 'blame' },
        { phrase: 'calm .* down', category: 'dismissive' },
        { phrase: 'whatever', category: 'sarcasm' },
        { phrase: '   ', category: 'blame' },
        { phrase: 'Per  my last EMAIL', category: 'lecturing' },
        'just a string',
      ],
    });
    expect(settings.teamPhrases).toEqual([{ phrase: 'per my last email', category: 'lecturing', suggestion: 'to recap' }]);
    expect(warnings).toEqual([
      'teamPhrases[1]: regex; dropped', 'teamPhrases[2]: regex; dropped', 'teamPhrases[3]: category; dropped',
      'teamPhrases[4]: empty; dropped', 'teamPhrases[5]: duplicate; dropped', 'teamPhrases[6]: not-an-object; dropped',
    ]);
  });

  it('refuses gate mode "block" from the agent but takes it from a policy', () => {
    const local = parseSettings({ gateMode: 'block' });
    expect(local.settings.gateMode).toBe('warn');
    expect(local.warnings.join()).toMatch(/administrator/);
    const { settings, locked } = applyPolicy(local.settings, { gateMode: 'block', retentionDays: 7 });
    expect(settings.gateMode).toBe('block');
    expect(settings.retentionDays).toBe(7);
    expect(locked.sort()).toEqual(['gateMode', 'retentionDays']);
  });

  it('does not lock a broken policy field', () => {
    const { settings, locked, warnings } = applyPolicy(defaultSettings(), { gateMode: 'lock-everything', notesMode: 'all' });
    expect(settings.gateMode).toBe('warn');
    expect(locked).toEqual(['notesMode']);
    expect(warnings[0]).toMatch(/^policy gateMode/);
    expect(applyPolicy(defaultSettings(), undefined).locked).toEqual([]);
    expect(applyPolicy(defaultSettings(), {}).locked).toEqual([]);
  });

  it('accepts only exact https origins', () => {
    const { settings, warnings } = parseSettings({ customOrigins: ['https://help.acme.example', 'http://help.acme.example', 'help.acme.example', 'https://help.acme.example/path'] });
    expect(settings.customOrigins).toEqual(['https://help.acme.example']);
    expect(warnings).toHaveLength(3);
  });

  it('has a bilingual safety protocol with the emergency numbers', () => {
    for (const text of Object.values(DEFAULT_SETTINGS.safetyProtocol)) {
      expect(text).toMatch(/112/);
      expect(text).toMatch(/911/);
    }
    expect(DEFAULT_SETTINGS.safetyProtocol.de).toMatch(/Teamleitung/);
    const { settings } = parseSettings({ safetyProtocol: { de: '<p>Bitte sofort 110 rufen.</p>', en: '' } });
    expect(settings.safetyProtocol.de).toBe('<p>Bitte sofort 110 rufen.</p>');
    expect(settings.safetyProtocol.en).toBe(DEFAULT_SETTINGS.safetyProtocol.en);
  });
});

describe('team phrase validation', () => {
  it('normalises spacing and explains refusals with codes', () => {
    expect(validateTeamPhrase({ phrase: '  as  I said ', category: 'lecturing', severity: 'hint', language: 'en' }))
      .toEqual({ phrase: { phrase: 'as I said', category: 'lecturing', severity: 'hint', language: 'en' } });
    expect(validateTeamPhrase({ phrase: 'x'.repeat(81), category: 'blame' })).toEqual({ error: 'too-long' });
    expect(validateTeamPhrase({ phrase: '!!!', category: 'hostility' })).toEqual({ error: 'no-letter' });
    expect(validateTeamPhrase({ phrase: 'nope', category: 'commitment' })).toEqual({ error: 'category' });
    expect(validateTeamPhrase({ phrase: 'nope', category: 'blame', severity: 'fatal' })).toEqual({ error: 'severity' });
    expect(validateTeamPhrase({ phrase: 'nope', category: 'blame', language: 'fr' })).toEqual({ error: 'language' });
    expect(validateTeamPhrase({ phrase: 'nope', category: 'blame', suggestion: 'a\nb' })).toEqual({ error: 'suggestion' });
    expect(validateTeamPhrase({ phrase: "don't worry, e.g. now", category: 'dismissive' })).toHaveProperty('phrase');
  });
});

describe('origins', () => {
  it('normalises what the agent types', () => {
    expect(normaliseOrigin('help.acme.example')).toBe('https://help.acme.example');
    expect(normaliseOrigin('https://help.acme.example/agent/tickets')).toBe('https://help.acme.example');
    expect(normaliseOrigin('http://help.acme.example')).toBeNull();
    expect(normaliseOrigin('*.acme.example')).toBeNull();
    expect(normaliseOrigin('acme.zendesk.com')).toBeNull();
    expect(normaliseOrigin('localhost')).toBeNull();
    expect(normaliseOrigin('https://user:pw@help.acme.example')).toBeNull();
  });
});

describe('engine settings', () => {
  const settings = {
    ...defaultSettings(),
    disabledRules: ['calm-down'],
    teamPhrases: [
      { phrase: 'per my last email', category: 'lecturing' as const },
      { phrase: 'your fault', category: 'blame' as const },
    ],
  };

  it('passes rules, overrides and phrases for a reply', () => {
    expect(engineSettingsFor(settings)).toEqual({ disabledRules: ['calm-down'], severityOverrides: {}, teamPhrases: settings.teamPhrases });
  });

  it('checks internal notes only for hostility and blame by default, or not at all', () => {
    const note = engineSettingsFor(settings, true)!;
    expect(note.severityOverrides?.lecturing).toBe('off');
    expect(note.severityOverrides?.hostility).toBeUndefined();
    expect(note.teamPhrases?.map((p) => p.phrase)).toEqual(['your fault']);
    expect(engineSettingsFor({ ...settings, notesMode: 'off' }, true)).toBeNull();
    expect(engineSettingsFor({ ...settings, notesMode: 'all' }, true)?.severityOverrides).toEqual({});
  });

  it('gives the content script only what it needs', () => {
    expect(Object.keys(contentSettings(settings)).sort()).toEqual(
      ['customOrigins', 'disabledRules', 'gateMode', 'notesMode', 'safetyProtocol', 'teamPhrases', 'uiLanguage'],
    );
  });
});
