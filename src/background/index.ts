// Background worker: the only place the engine runs in the extension. Answers checks from
// content scripts and state requests from the popup, after checking who is asking.
import browser, { type Runtime } from 'webextension-polyfill';
import { checkReply } from '../engine/check';
import { SEVERITY_ORDER } from '../engine/severity';
import { deriveChecklist } from '../guidance/checklist';
import { chooseTips } from '../guidance/tips';
import {
  parseContentMessage, parsePageMessage, type CheckReplyRequest, type RecheckRequest, type CheckReplyResponse, type GetTabStateResponse, type TabState,
} from '../shared/messages';
import { uiLanguage } from '../shared/ui-text';
import { isTrustedContentSender, isTrustedPageSender } from './trust';
import { detectLanguage } from '../engine/language';
import {
  checkContext, currentSettings, handleStateContent, handleStatePage, installStateListeners, settingsSnapshot, startState, withoutIgnored,
} from './state';

/** Per-tab state for the popup, in memory only: it holds finding excerpts, which are reply text. */
const tabStates = new Map<number, TabState>();

function handleContent(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  const message = parseContentMessage(raw);
  if (!message) return handleStateContent(raw, sender);
  if ('invalid' in message) return Promise.resolve<CheckReplyResponse>({ ok: false, error: message.invalid });
  return runCheck(message, sender);
}

async function runCheck(message: CheckReplyRequest, sender: Runtime.MessageSender): Promise<CheckReplyResponse> {
  // Settings, the agent's checklist ticks and ignored findings (src/background/state.ts).
  const context = await checkContext(message.ticket, message.internalNote);
  const result = context.engine === null
    ? { language: message.lang && message.lang !== 'auto' ? message.lang : detectLanguage(message.text), findings: [], commitments: [] }
    : checkReply(message.text, { lang: message.lang, customer: message.customer, settings: context.engine });
  result.findings = await withoutIgnored(message.ticket, result.findings);
  const language = context.settings.uiLanguage === 'auto' ? uiLanguage(browser.i18n.getUILanguage()) : context.settings.uiLanguage;
  const findings = [...result.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const checklist = deriveChecklist(result, language, context.overrides, context.scheduledFollowUps);
  tabStates.set(sender.tab!.id!, {
    ticket: message.ticket,
    language: result.language,
    findings,
    customer: result.customer,
    tips: chooseTips({ customer: result.customer, findingCategories: findings.map((f) => f.category), language }),
    checklist,
    commitments: result.commitments.map(({ text, due }) => (due ? { text, due } : { text })),
    checkedAt: Date.now(),
  });
  return { ok: true, result, checklist };
}

function handlePage(raw: unknown): Promise<unknown> | undefined {
  const message = parsePageMessage(raw);
  if (!message) return handleStatePage(raw);
  return tabState(message.tabId).then((state): GetTabStateResponse => ({ ok: true, state }));
}

/** The tab's state; after a worker restart, the tab is asked to check again (at most 2 s). */
async function tabState(tabId: number): Promise<TabState | null> {
  const known = tabStates.get(tabId);
  if (known) return known;
  const recheck: RecheckRequest = { type: 'background:recheck' };
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, 2000, undefined));
  // No content script in that tab (not a helpdesk page) rejects at once: nothing to show.
  await Promise.race([browser.tabs.sendMessage(tabId, recheck).catch(() => undefined), timeout]);
  return tabStates.get(tabId) ?? null;
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  try {
    const id = browser.runtime.id;
    if (isTrustedPageSender(sender, id, browser.runtime.getURL(''))) {
      return handlePage(raw)?.catch(failed);
    }
    if (isTrustedContentSender(sender, id, settingsSnapshot()?.settings.customOrigins)) {
      return handleContent(raw, sender)?.catch(failed);
    }
    if (settingsSnapshot() === null && sender.id === id && sender.tab) {
      // Worker just woke up: a custom helpdesk domain is trusted once the settings are read.
      return currentSettings().then(({ settings }) => (isTrustedContentSender(sender, id, settings.customOrigins)
        ? handleContent(raw, sender)?.catch(failed) : undefined));
    }
  } catch (error) {
    console.warn('[CalmReply] message failed', error);
    return Promise.resolve({ ok: false, error: 'CalmReply could not check this reply.' });
  }
  // Unknown sender or message: drop it without an answer.
  return undefined;
});

browser.tabs.onRemoved.addListener((tabId) => tabStates.delete(tabId));

function failed(error: unknown) {
  console.warn('[CalmReply] message failed', error);
  return { ok: false, error: 'CalmReply could not answer this request.' };
}

// Stored state: migration, expiry, reminders, custom domains (src/background/state.ts).
installStateListeners();
void startState();
