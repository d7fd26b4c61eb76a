// How the options page reaches the background worker and the permissions API. An interface so
// the Preact view can be tested with a mock connector, without a browser.
import browser from 'webextension-polyfill';
import type { Language } from '../engine/types';
import type { GetSettingsRequest, SetSettingsRequest, SettingsResponse } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { uiLanguage } from '../shared/ui-text';

export interface OptionsConnector {
  load(): Promise<SettingsResponse>;
  save(settings: Settings): Promise<SettingsResponse>;
  /** Must be the first async step of a click handler: browsers only ask from a user gesture. */
  requestOrigin(origin: string): Promise<boolean>;
  removeOrigin(origin: string): Promise<boolean>;
  /** Which of these origins currently have their host permission. */
  grantedOrigins(origins: readonly string[]): Promise<string[]>;
  browserLanguage(): Language;
}

const pattern = (origin: string) => `${origin}/*`;
const noAnswer: SettingsResponse = { ok: false, error: 'CalmReply did not answer. Reload the extension and try again.' };

export const browserConnector: OptionsConnector = {
  async load() {
    const request: GetSettingsRequest = { type: 'page:get-settings' };
    return ((await browser.runtime.sendMessage(request)) as SettingsResponse | undefined) ?? noAnswer;
  },
  async save(settings) {
    const request: SetSettingsRequest = { type: 'page:set-settings', settings };
    return ((await browser.runtime.sendMessage(request)) as SettingsResponse | undefined) ?? noAnswer;
  },
  requestOrigin(origin) {
    return browser.permissions.request({ origins: [pattern(origin)] });
  },
  removeOrigin(origin) {
    return browser.permissions.remove({ origins: [pattern(origin)] });
  },
  async grantedOrigins(origins) {
    const granted: string[] = [];
    for (const origin of origins) if (await browser.permissions.contains({ origins: [pattern(origin)] })) granted.push(origin);
    return granted;
  },
  browserLanguage() {
    return uiLanguage(browser.i18n.getUILanguage());
  },
};
