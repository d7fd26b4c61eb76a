// The toolbar popup: for the ticket in the active tab, the customer's mood, the reply's
// findings by category, tips for the situation and the follow-up checklist.
import { useEffect, useState } from 'preact/hooks';
import { guidanceById } from '../guidance/catalogue';
import type { Category, Finding } from '../engine/types';
import type { TabState } from '../shared/messages';
import type { UiText } from '../shared/ui-text';
import type { PopupConnector } from './connector';

export function Popup({ connector, text }: { connector: PopupConnector; text: UiText }) {
  const [state, setState] = useState<TabState | null | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      const tabId = await connector.currentTabId();
      const next = tabId === null ? null : await connector.tabState(tabId);
      if (!cancelled) setState(next);
    };
    void load();
    // The agent keeps typing while the popup is open: refresh now and then.
    const timer = setInterval(() => void load(), 1500);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [connector]);

  if (state === undefined) return <p class="muted">…</p>;
  if (state === null) {
    return (
      <>
        <Header />
        <p class="empty" data-calmreply="no-ticket">{text.noTicket}</p>
      </>
    );
  }
  const visible = state.findings.filter((f) => f.severity !== 'info');
  return (
    <>
      <Header ticket={state.ticket.ticketId} />
      {state.customer && <Mood anger={state.customer.anger} signals={state.customer.signals} text={text} />}
      <section>
        <h2>
          {text.findings} <span class={`count ${visible.length ? 'bad' : 'good'}`} data-calmreply="finding-count">{visible.length}</span>
        </h2>
        {visible.length === 0 ? <p class="muted">{text.noFindings}</p> : <FindingGroups findings={visible} text={text} />}
      </section>
      <section>
        <h2>{text.tips}</h2>
        {state.tips.map((tip) => (
          <article class="tip" data-calmreply="tip" key={tip.id}>
            <h3>{tip.title}</h3>
            <p>{tip.text}</p>
            <Citation id={tip.guidance} language={state.language} />
          </article>
        ))}
      </section>
      <section>
        <h2>{text.checklist}</h2>
        <ul class="checklist">
          {state.checklist.map((item) => (
            <li data-calmreply="checklist-item" key={item.id}>
              <label>
                <input type="checkbox" checked={item.done} disabled />
                {item.text}
              </label>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function Header({ ticket }: { ticket?: string | null }) {
  return (
    <header>
      <img src="icons/icon-32.png" width={20} height={20} alt="" />
      <span class="brand">CalmReply</span>
      {ticket && <span class="ticket">#{ticket}</span>}
    </header>
  );
}

function Mood({ anger, signals, text }: { anger: number; signals: Category[]; text: UiText }) {
  return (
    <section class={`mood mood-${anger}`} data-calmreply="mood">
      <span class="label">{text.mood}:</span> <strong>{text.moods[anger]}</strong>
      {signals.filter((s) => s !== 'customer-anger').map((s) => (
        <span class="signal" key={s}>{text.categories[s]}</span>
      ))}
    </section>
  );
}

function FindingGroups({ findings, text }: { findings: Finding[]; text: UiText }) {
  const groups = new Map<Category, Finding[]>();
  for (const finding of findings) groups.set(finding.category, [...(groups.get(finding.category) ?? []), finding]);
  return (
    <ul class="findings">
      {[...groups].map(([category, list]) => (
        <li key={category} class={`finding ${list[0]!.severity}`} data-calmreply="finding-group">
          <strong>{text.categories[category]}</strong> <span class="n">{list.length}</span>
          <ul>
            {list.map((f) => (
              <li key={`${f.start}-${f.ruleId}`}>
                <q>{f.excerpt}</q> — {f.message}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function Citation({ id, language }: { id: string; language: 'en' | 'de' }) {
  const guidance = guidanceById(id);
  if (!guidance) return null;
  return language === 'de'
    ? <p class="cite">„{guidance.title.de}“ — {guidance.quote}</p>
    : <p class="cite">“{guidance.title.en}” — {guidance.quoteEn}</p>;
}
