// How the popup reaches the background worker. A small interface so the Preact views can be
// tested with a mock connector, without a browser.
import browser from 'webextension-polyfill';
import type { GetTabStateRequest, GetTabStateResponse, TabState } from '../shared/messages';

export interface PopupConnector {
  /** The tab the popup is about: `?tab=ID` when opened as a page, else the active tab. */
  currentTabId(): Promise<number | null>;
  tabState(tabId: number): Promise<TabState | null>;
}

export const browserConnector: PopupConnector = {
  async currentTabId() {
    const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
    if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  },
  async tabState(tabId) {
    const request: GetTabStateRequest = { type: 'page:get-tab-state', tabId };
    const response = (await browser.runtime.sendMessage(request)) as GetTabStateResponse | undefined;
    return response?.ok ? response.state : null;
  },
};
