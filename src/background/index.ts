// Background worker: the only place the engine runs in the extension. Answers checks from
// content scripts and state requests from the popup, after checking who is asking.
import browser, { type Runtime } from 'webextension-polyfill';
import { checkReply } from '../engine/check';
import { SEVERITY_ORDER } from '../engine/severity';
import { deriveChecklist } from '../guidance/checklist';
import { chooseTips } from '../guidance/tips';
import {
  parseContentMessage, parsePageMessage, type CheckReplyResponse, type GetTabStateResponse, type TabState,
} from '../shared/messages';
import { uiLanguage } from '../shared/ui-text';
import { isTrustedContentSender, isTrustedPageSender } from './trust';

/** Per-tab state for the popup, in memory only: it holds finding excerpts, which are reply text. */
const tabStates = new Map<number, TabState>();

function handleContent(raw: unknown, sender: Runtime.MessageSender): CheckReplyResponse | undefined {
  const message = parseContentMessage(raw);
  if (!message) return undefined;
  if ('invalid' in message) return { ok: false, error: message.invalid };
  const result = checkReply(message.text, { lang: message.lang, customer: message.customer });
  const language = uiLanguage(browser.i18n.getUILanguage());
  const findings = [...result.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  tabStates.set(sender.tab!.id!, {
    ticket: message.ticket,
    language: result.language,
    findings,
    customer: result.customer,
    tips: chooseTips({ customer: result.customer, findingCategories: findings.map((f) => f.category), language }),
    checklist: deriveChecklist(result, language),
    checkedAt: Date.now(),
  });
  return { ok: true, result };
}

function handlePage(raw: unknown): GetTabStateResponse | undefined {
  const message = parsePageMessage(raw);
  if (!message) return undefined;
  return { ok: true, state: tabStates.get(message.tabId) ?? null };
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  try {
    const id = browser.runtime.id;
    if (isTrustedPageSender(sender, id, browser.runtime.getURL(''))) {
      const answer = handlePage(raw);
      return answer ? Promise.resolve(answer) : undefined;
    }
    if (isTrustedContentSender(sender, id)) {
      const answer = handleContent(raw, sender);
      return answer ? Promise.resolve(answer) : undefined;
    }
  } catch (error) {
    console.warn('[CalmReply] message failed', error);
    return Promise.resolve({ ok: false, error: 'CalmReply could not check this reply.' });
  }
  // Unknown sender or message: drop it without an answer.
  return undefined;
});

browser.tabs.onRemoved.addListener((tabId) => tabStates.delete(tabId));
