// @vitest-environment jsdom
// The options page with a mock connector: changes are saved, broken imports are refused with a
// clear message and leave the settings alone, policy-set fields are read-only, phrases validated.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OptionsConnector } from '../../src/options/connector';
import { Options } from '../../src/options/Options';
import { optionsText } from '../../src/options/text';
import { exportSettings, importSettings } from '../../src/options/transfer';
import type { SettingsResponse } from '../../src/shared/messages';
import { sanitizeHtml } from '../../src/shared/sanitize';
import { applyPolicy, defaultSettings, parseSettings, type SettingKey, type Settings } from '../../src/shared/settings';

function mockConnector(initial: Settings = defaultSettings(), policy?: Partial<Settings>, granted: string[] = []) {
  let stored = structuredClone(initial);
  const answer = (): SettingsResponse => {
    const { settings, locked } = applyPolicy(stored, policy);
    return { ok: true, settings: structuredClone(settings), locked, warnings: [] };
  };
  const connector = {
    load: vi.fn(async () => answer()),
    save: vi.fn(async (settings: Settings): Promise<SettingsResponse> => {
      const parsed = parseSettings(settings);
      if (parsed.invalidFields.length) return { ok: false, error: parsed.warnings.join('; ') };
      stored = parsed.settings;
      return answer();
    }),
    requestOrigin: vi.fn(async (origin: string) => { granted.push(origin); return true; }),
    removeOrigin: vi.fn(async () => true),
    grantedOrigins: vi.fn(async (origins: readonly string[]) => origins.filter((o) => granted.includes(o))),
    browserLanguage: vi.fn(() => 'en' as const),
  } satisfies OptionsConnector;
  return { connector, stored: () => stored };
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const settle = () => act(async () => { for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0)); });

async function mount(connector: OptionsConnector) {
  await act(async () => render(<Options connector={connector} />, root));
  await settle();
}

const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;

function setValue(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string, events: string[] = ['input', 'change']) {
  el.value = value;
  for (const type of events) el.dispatchEvent(new Event(type, { bubbles: true }));
}

async function chooseFile(content: string) {
  const input = $<HTMLInputElement>('[data-calmreply="import"]');
  const file = new File([content], 'settings.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => { input.dispatchEvent(new Event('change', { bubbles: true })); });
  await settle();
}

describe('options page', () => {
  it('saves a rule turned off', async () => {
    const { connector, stored } = mockConnector();
    await mount(connector);
    const box = $<HTMLInputElement>('input[data-rule="calm-down"]');
    expect(box.checked).toBe(true);
    await act(async () => { box.click(); });
    await settle();
    expect(connector.save).toHaveBeenCalledTimes(1);
    expect(stored().disabledRules).toEqual(['calm-down']);
    expect($('input[data-rule="calm-down"]') as HTMLInputElement).toHaveProperty('checked', false);
    expect($('[data-calmreply="status"]').textContent).toBe('Saved.');
  });

  it('saves a severity per category', async () => {
    const { connector, stored } = mockConnector();
    await mount(connector);
    await act(async () => setValue($<HTMLSelectElement>('[data-calmreply="severity-robotic"]'), 'off', ['change']));
    await settle();
    expect(stored().severityOverrides).toEqual({ robotic: 'off' });
  });

  it('refuses a broken import file with a clear message and keeps the settings', async () => {
    const initial = { ...defaultSettings(), disabledRules: ['shouting'] };
    const { connector, stored } = mockConnector(initial);
    await mount(connector);
    await chooseFile('{"gateMode": "off", ');
    expect($('[data-calmreply="error"]').textContent).toMatch(/not valid JSON.*Nothing was changed/);
    expect(connector.save).not.toHaveBeenCalled();
    await chooseFile(JSON.stringify({ retentionDays: 'forever', teamPhrases: [{ phrase: '(you|u) suck', category: 'blame' }] }));
    const error = $('[data-calmreply="error"]').textContent!;
    expect(error).toMatch(/not imported because of these problems/);
    expect(error).toMatch(/retentionDays/);
    expect(error).toMatch(/teamPhrases\[0\]: regex/);
    expect(connector.save).not.toHaveBeenCalled();
    expect(stored()).toEqual(initial);
    expect($<HTMLInputElement>('input[data-rule="shouting"]').checked).toBe(false);
  });

  it('imports a good file', async () => {
    const { connector, stored } = mockConnector();
    await mount(connector);
    await chooseFile(exportSettings({ ...defaultSettings(), retentionDays: 14, notesMode: 'all' }));
    expect(stored()).toMatchObject({ retentionDays: 14, notesMode: 'all' });
    expect($('[data-calmreply="status"]').textContent).toBe('Settings imported.');
  });

  it('shows fields set by the administrator as read-only', async () => {
    const { connector } = mockConnector(defaultSettings(), { gateMode: 'block' });
    await mount(connector);
    const gate = $<HTMLSelectElement>('[data-calmreply="gate-mode"]');
    expect(gate.disabled).toBe(true);
    expect(gate.value).toBe('block');
    expect(gate.closest('section')!.textContent).toMatch(/Set by your administrator/);
    expect($<HTMLInputElement>('[data-calmreply="retention"]').disabled).toBe(false);
    // Without a policy the agent cannot even pick "block".
    render(null, root);
    await mount(mockConnector().connector);
    expect([...$<HTMLSelectElement>('[data-calmreply="gate-mode"]').options].map((o) => o.value)).toEqual(['off', 'warn']);
  });

  it('validates team phrases and explains why one is refused', async () => {
    const { connector, stored } = mockConnector();
    await mount(connector);
    await act(async () => setValue($<HTMLInputElement>('[data-calmreply="phrase-input"]'), 'calm .* down', ['input']));
    await act(async () => { $<HTMLButtonElement>('[data-calmreply="phrase-add"]').click(); });
    await settle();
    expect($('[data-calmreply="phrase-error"]').textContent).toMatch(/plain words only/);
    expect(connector.save).not.toHaveBeenCalled();
    await act(async () => setValue($<HTMLInputElement>('[data-calmreply="phrase-input"]'), 'per my last email', ['input']));
    await act(async () => { $<HTMLButtonElement>('[data-calmreply="phrase-add"]').click(); });
    await settle();
    expect(stored().teamPhrases).toEqual([{ phrase: 'per my last email', category: 'hostility' }]);
    expect(root.querySelectorAll('[data-calmreply="phrase"]')).toHaveLength(1);
  });

  it('asks for host access when a domain is added, and only then saves it', async () => {
    const { connector, stored } = mockConnector();
    await mount(connector);
    await act(async () => setValue($<HTMLInputElement>('[data-calmreply="domain-input"]'), 'http://*.acme.example', ['input']));
    await act(async () => { $<HTMLButtonElement>('[data-calmreply="domain-add"]').click(); });
    expect($('[data-calmreply="domain-error"]').textContent).toMatch(/https address/);
    expect(connector.requestOrigin).not.toHaveBeenCalled();
    await act(async () => setValue($<HTMLInputElement>('[data-calmreply="domain-input"]'), 'help.acme.example/agent', ['input']));
    await act(async () => { $<HTMLButtonElement>('[data-calmreply="domain-add"]').click(); });
    await settle();
    expect(connector.requestOrigin).toHaveBeenCalledWith('https://help.acme.example');
    expect(stored().customOrigins).toEqual(['https://help.acme.example']);
    await act(async () => { ($('[data-calmreply="domain"] button') as HTMLButtonElement).click(); });
    await settle();
    expect(connector.removeOrigin).toHaveBeenCalledWith('https://help.acme.example');
    expect(stored().customOrigins).toEqual([]);
  });

  it('does not save a domain the agent refused access to', async () => {
    const { connector, stored } = mockConnector();
    connector.requestOrigin.mockResolvedValueOnce(false);
    await mount(connector);
    await act(async () => setValue($<HTMLInputElement>('[data-calmreply="domain-input"]'), 'help.acme.example', ['input']));
    await act(async () => { $<HTMLButtonElement>('[data-calmreply="domain-add"]').click(); });
    await settle();
    expect(stored().customOrigins).toEqual([]);
    expect($('[data-calmreply="domain-error"]').textContent).toMatch(/not granted/);
  });

  it('follows the chosen interface language', async () => {
    const { connector } = mockConnector({ ...defaultSettings(), uiLanguage: 'de' });
    await mount(connector);
    expect(root.querySelector('h1')!.textContent).toBe('CalmReply-Einstellungen');
    expect(root.textContent).toMatch(/Sicherheitsprotokoll/);
  });

  it('renders the safety protocol preview through the sanitiser', async () => {
    const evil = '<p onclick="x()">Call <a href="javascript:alert(1)">here</a><script>alert(1)</script><img src=x onerror=alert(1)></p>';
    const { connector } = mockConnector({ ...defaultSettings(), safetyProtocol: { en: evil, de: 'x' } });
    await mount(connector);
    const preview = $('[data-calmreply="safety-preview-en"]');
    expect(preview.innerHTML).toBe('<p>Call <a>here</a></p>');
  });
});

describe('sanitizer', () => {
  it('keeps the allowed tags and safe links only', () => {
    expect(sanitizeHtml('<ol><li><strong>Stop</strong></li><li><em>Call</em> <a href="tel:112">112</a></li></ol><br>'))
      .toBe('<ol><li><strong>Stop</strong></li><li><em>Call</em> <a href="tel:112" target="_blank" rel="noopener noreferrer">112</a></li></ol><br>');
    expect(sanitizeHtml('<a href="https://intranet.example/safety" style="color:red">Protocol</a>'))
      .toBe('<a href="https://intranet.example/safety" target="_blank" rel="noopener noreferrer">Protocol</a>');
    expect(sanitizeHtml('<a href="http://plain.example">x</a><a href="data:text/html,hi">y</a>')).toBe('<a>x</a><a>y</a>');
    expect(sanitizeHtml('<h1>Big</h1><iframe src="https://x"></iframe><div>text</div>')).toBe('Bigtext');
  });
});

describe('import rules', () => {
  const t = optionsText('en');
  const locked: SettingKey[] = ['gateMode'];
  it('explains each kind of broken file', () => {
    const current = defaultSettings();
    expect(importSettings('[1,2]', current, [], t)).toMatchObject({ ok: false, error: t.importNotObject });
    expect(importSettings('{"hello": 1}', current, [], t)).toMatchObject({ ok: false, error: t.importNoSettings });
    expect(importSettings('{"gateMode": "block"}', current, [], t)).toMatchObject({ ok: false, problems: [expect.stringMatching(/administrator/)] });
  });
  it('keeps locked fields and skips unknown keys from newer versions', () => {
    const result = importSettings('{"gateMode": "off", "retentionDays": 5, "futureThing": true}', { ...defaultSettings(), gateMode: 'warn' }, locked, t);
    expect(result).toMatchObject({ ok: true, keptLocked: true, settings: { gateMode: 'warn', retentionDays: 5 } });
  });
});
