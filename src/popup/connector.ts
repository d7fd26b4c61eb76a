// How the popup reaches the background worker, the ticket's tab and the browser. A small
// interface so the Preact views can be tested with a mock connector, without a browser.
import { openTicket } from '../shared/open-ticket';
import browser from 'webextension-polyfill';
import type { ChecklistItemId } from '../guidance/checklist';
import type { Language } from '../engine/types';
import type {
  ConfirmFollowUpRequest, DeleteFollowUpRequest, FollowUpResponse, GetSettingsRequest, GetTabStateRequest,
  GetTabStateResponse, GetTicketStateRequest, ListFollowUpsRequest, ListFollowUpsResponse, OkResponse,
  RevealFindingRequest, SetChecklistOverrideRequest, SettingsResponse, TabState, TicketRef, TicketStateResponse,
  UpdateFollowUpRequest,
} from '../shared/messages';
import type { Settings } from '../shared/settings';
import type { FollowUpEntry, TicketStateView } from '../shared/ticket-state';
import { uiLanguage } from '../shared/ui-text';

export interface FollowUpLists {
  overdue: FollowUpEntry[];
  upcoming: FollowUpEntry[];
}

export type FollowUpChanges = UpdateFollowUpRequest['changes'];

export interface PopupConnector {
  /** The tab the popup is about: `?tab=ID` when opened as a page, else the active tab. */
  currentTabId(): Promise<number | null>;
  /** Findings, mood, tips, checklist and commitments of the tab's last check; null when none. */
  tabState(tabId: number): Promise<TabState | null>;
  /** The stored state of a ticket (the agent's checklist ticks, confirmed follow-ups). */
  ticketState(ticket: TicketRef): Promise<TicketStateView | null>;
  /** Tick (true), untick (false) or hand back to the engine's auto tick (null). */
  setChecklistOverride(ticket: TicketRef, item: ChecklistItemId, value: boolean | null): Promise<TicketStateResponse>;
  /** A reminder with the agent's short label and a due date (ISO 8601). Never the reply text. */
  confirmFollowUp(ticket: TicketRef, label: string, due: string): Promise<FollowUpResponse>;
  updateFollowUp(ticketKey: string, id: string, changes: FollowUpChanges): Promise<FollowUpResponse>;
  deleteFollowUp(ticketKey: string, id: string): Promise<OkResponse>;
  /** Open follow-ups of all tickets: overdue and upcoming, soonest first. */
  listFollowUps(): Promise<FollowUpLists | null>;
  /** The effective settings (UI language, safety protocol), or null when the background did not answer. */
  settings(): Promise<Settings | null>;
  browserLanguage(): Language;
  /** Ask the ticket's tab to scroll its editor to a finding and open the finding's card. */
  revealFinding(tabId: number, finding: { ruleId: string; start: number; end: number }): Promise<boolean>;
  /** Focus a tab that shows this ticket, or open one. */
  openTicket(url: string): Promise<void>;
  openOptions(): Promise<void>;
  closePopup(): void;
}

const noAnswer = { ok: false as const, error: 'CalmReply did not answer. Reload the extension and try again.' };

async function send<T>(request: object): Promise<T | undefined> {
  try {
    return (await browser.runtime.sendMessage(request)) as T | undefined;
  } catch (error) {
    console.warn('[CalmReply] popup message failed', error);
    return undefined;
  }
}

export const browserConnector: PopupConnector = {
  async currentTabId() {
    const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
    if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  },
  async tabState(tabId) {
    const response = await send<GetTabStateResponse>({ type: 'page:get-tab-state', tabId } satisfies GetTabStateRequest);
    return response?.ok ? response.state : null;
  },
  async ticketState(ticket) {
    const response = await send<TicketStateResponse>({ type: 'page:get-ticket-state', ticket } satisfies GetTicketStateRequest);
    return response?.ok ? response.state : null;
  },
  async setChecklistOverride(ticket, item, value) {
    const request: SetChecklistOverrideRequest = { type: 'page:set-checklist-override', ticket, item, value };
    return (await send<TicketStateResponse>(request)) ?? noAnswer;
  },
  async confirmFollowUp(ticket, label, due) {
    const request: ConfirmFollowUpRequest = { type: 'page:confirm-follow-up', ticket, label, due };
    return (await send<FollowUpResponse>(request)) ?? noAnswer;
  },
  async updateFollowUp(ticketKey, id, changes) {
    const request: UpdateFollowUpRequest = { type: 'page:update-follow-up', ticketKey, id, changes };
    return (await send<FollowUpResponse>(request)) ?? noAnswer;
  },
  async deleteFollowUp(ticketKey, id) {
    const request: DeleteFollowUpRequest = { type: 'page:delete-follow-up', ticketKey, id };
    return (await send<OkResponse>(request)) ?? noAnswer;
  },
  async listFollowUps() {
    const response = await send<ListFollowUpsResponse>({ type: 'page:list-follow-ups' } satisfies ListFollowUpsRequest);
    return response?.ok ? { overdue: response.overdue, upcoming: response.upcoming } : null;
  },
  async settings() {
    const response = await send<SettingsResponse>({ type: 'page:get-settings' } satisfies GetSettingsRequest);
    return response?.ok ? response.settings : null;
  },
  browserLanguage() {
    return uiLanguage(browser.i18n.getUILanguage());
  },
  async revealFinding(tabId, { ruleId, start, end }) {
    const request: RevealFindingRequest = { type: 'page:reveal-finding', ruleId, start, end };
    try {
      // When the popup runs as a page (`?tab=`), bring the ticket's tab to the front first.
      await browser.tabs.update(tabId, { active: true });
      const answer = (await browser.tabs.sendMessage(tabId, request)) as { ok?: boolean } | undefined;
      return answer?.ok === true;
    } catch (error) {
      console.warn('[CalmReply] could not reveal the finding', error);
      return false;
    }
  },
  openTicket,
  async openOptions() {
    await browser.runtime.openOptionsPage();
  },
  closePopup() {
    window.close();
  },
};
