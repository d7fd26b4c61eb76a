// The toolbar popup.
// On a helpdesk ticket: the customer's mood (the company's safety protocol first on a safety
// risk), the reply's findings by category (each one jumps to the editor), tips for the situation,
// the follow-up checklist the agent can tick, and the follow-ups the reply promises, each of
// which becomes a reminder with the agent's own short label. Anywhere else: overdue and upcoming
// follow-ups across tickets, general tips and the way to the settings.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { guidanceById } from '../guidance/catalogue';
import type { ChecklistItemState } from '../guidance/checklist';
import { chooseTips, type Tip } from '../guidance/tips';
import type { Category, Language } from '../engine/types';
import type { TabState } from '../shared/messages';
import { sanitizeHtml } from '../shared/sanitize';
import { DEFAULT_SAFETY_PROTOCOL, type Settings } from '../shared/settings';
import type { FollowUp, FollowUpEntry, TicketStateView } from '../shared/ticket-state';
import { uiText, type UiText } from '../shared/ui-text';
import type { FollowUpLists, PopupConnector } from './connector';
import {
  commitmentKey, coveringReminders, defaultDue, followUpKind, inputValueToIso, isoToInputValue, toInputValue,
} from './follow-up';

/** How often the popup asks again while open (the agent may keep typing). */
export const REFRESH_MS = 1500;

type Finding = TabState['findings'][number];

interface Loaded {
  tabId: number | null;
  tab: TabState | null;
  ticket: TicketStateView | null;
  lists: FollowUpLists | null;
}

export function Popup({ connector, now = () => new Date() }: { connector: PopupConnector; now?: () => Date }) {
  const [settings, setSettings] = useState<Settings | null | undefined>(undefined);
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  /** Changes on their way to the background: a refresh must not undo them on screen meanwhile. */
  const pending = useRef(0);
  const tabIdRef = useRef<number | null | undefined>(undefined);

  const language: Language = settings && settings.uiLanguage !== 'auto' ? settings.uiLanguage : connector.browserLanguage();
  const text = uiText(language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const refresh = useCallback(async () => {
    if (tabIdRef.current === undefined) tabIdRef.current = await connector.currentTabId();
    const tabId = tabIdRef.current;
    const tab = tabId === null ? null : await connector.tabState(tabId);
    const [ticket, lists] = tab
      ? [await connector.ticketState(tab.ticket), null]
      : [null, await connector.listFollowUps()];
    if (pending.current > 0) return;
    setLoaded({ tabId, tab, ticket, lists });
  }, [connector]);

  useEffect(() => {
    let cancelled = false;
    void connector.settings().then((s) => !cancelled && setSettings(s)).catch(() => !cancelled && setSettings(null));
    const load = () => refresh().catch((e: unknown) => console.warn('[CalmReply] popup refresh failed', e));
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [connector, refresh]);

  /** Runs one change; on success shows the ticket state the background answered with. */
  const change = useCallback(async (run: () => Promise<{ ok: boolean; error?: string; state?: TicketStateView }>) => {
    pending.current++;
    try {
      const answer = await run();
      if (!answer.ok) {
        setError(text.popup.saveFailed);
        return false;
      }
      setError(null);
      if (answer.state) setLoaded((prev) => (prev ? { ...prev, ticket: answer.state! } : prev));
      return true;
    } catch {
      setError(text.popup.saveFailed);
      return false;
    } finally {
      pending.current--;
      void refresh().catch(() => undefined);
    }
  }, [refresh, text]);

  if (settings === undefined || loaded === undefined) return <p class="muted">{text.popup.loading}</p>;

  const { tab } = loaded;
  return (
    <div lang={language}>
      <Header ticket={tab?.ticket.ticketId ?? null} text={text} />
      {error && <p class="error" role="alert" data-calmreply="error">{error}</p>}
      {tab
        ? <TicketView connector={connector} text={text} language={language} settings={settings} tabId={loaded.tabId!} tab={tab} ticket={loaded.ticket} change={change} now={now} />
        : <Elsewhere connector={connector} text={text} language={language} lists={loaded.lists} change={change} now={now} />}
    </div>
  );
}

type Change = (run: () => Promise<{ ok: boolean; error?: string; state?: TicketStateView }>) => Promise<boolean>;

// ── on a ticket ──────────────────────────────────────────────────────────────

interface TicketViewProps {
  connector: PopupConnector;
  text: UiText;
  language: Language;
  settings: Settings | null;
  tabId: number;
  tab: TabState;
  ticket: TicketStateView | null;
  change: Change;
  now: () => Date;
}

function TicketView({ connector, text, language, settings, tabId, tab, ticket, change, now }: TicketViewProps) {
  const visible = tab.findings.filter((f) => f.severity !== 'info');
  const safety = tab.customer?.signals.includes('safety-risk') ?? false;
  const followUps = ticket?.followUps ?? [];
  const checklist = mergeChecklist(tab.checklist, ticket, tab.commitments ?? []);

  const reveal = async (finding: Finding) => {
    await connector.revealFinding(tabId, finding);
    connector.closePopup();
  };

  return (
    <>
      {safety && <SafetyProtocol html={(settings?.safetyProtocol ?? DEFAULT_SAFETY_PROTOCOL)[language]} text={text} />}
      {tab.customer && <Mood anger={tab.customer.anger} signals={tab.customer.signals} text={text} />}
      <section aria-labelledby="cr-findings">
        <h2 id="cr-findings">
          {text.findings} <span class={`count ${visible.length ? 'bad' : 'good'}`} data-calmreply="finding-count">{visible.length}</span>
        </h2>
        {visible.length === 0 ? <p class="muted">{text.noFindings}</p> : <FindingGroups findings={visible} text={text} onReveal={reveal} />}
      </section>
      <Tips tips={tab.tips} title={text.tips} language={language} />
      <Checklist
        items={checklist}
        text={text}
        onSet={(item, value) => change(() => connector.setChecklistOverride(tab.ticket, item.id, value))}
        onResetAll={async () => {
          for (const item of checklist.filter((i) => i.override !== undefined)) {
            if (!(await change(() => connector.setChecklistOverride(tab.ticket, item.id, null)))) return;
          }
        }}
      />
      <Promised connector={connector} text={text} tab={tab} followUps={followUps} change={change} now={now} />
      {ticket && followUps.length > 0 && (
        <section aria-labelledby="cr-reminders">
          <h2 id="cr-reminders">{text.popup.reminders}</h2>
          <ul class="reminders">
            {followUps.map((f) => (
              <Reminder key={f.id} followUp={f} ticketKey={ticket.key} connector={connector} text={text} language={language} change={change} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** The agent's stored ticks win over what the tab's last check said; the reminder item follows the reminders. */
function mergeChecklist(items: ChecklistItemState[], ticket: TicketStateView | null, commitments: TabState['commitments']): ChecklistItemState[] {
  if (!ticket) return items;
  const open = ticket.followUps.filter((f) => !f.done).length;
  return items.map((item) => {
    const override = ticket.checklist[item.id];
    const auto = item.id === 'follow-ups-scheduled' && commitments.length > 0 ? open >= commitments.length : item.auto;
    return { ...item, auto, override, done: override ?? auto ?? false };
  });
}

function Header({ ticket, text }: { ticket: string | null; text: UiText }) {
  return (
    <header>
      <img src="icons/icon-32.png" width={20} height={20} alt="" />
      <h1 class="brand">CalmReply</h1>
      {ticket && <span class="ticket" data-calmreply="ticket" aria-label={`${text.popup.ticket} ${ticket}`}>#{ticket}</span>}
    </header>
  );
}

function SafetyProtocol({ html, text }: { html: string; text: UiText }) {
  return (
    <section class="safety" role="alert" data-calmreply="safety-protocol">
      <h2>{text.popup.safetyTitle}</h2>
      <div class="protocol" dangerouslySetInnerHTML={{ __html: sanitizeHtml(html) }} />
    </section>
  );
}

function Mood({ anger, signals, text }: { anger: number; signals: Category[]; text: UiText }) {
  return (
    <section class={`mood mood-${anger}`} data-calmreply="mood">
      <span class="label">{text.mood}:</span> <strong>{text.moods[anger]}</strong>
      {signals.filter((s) => s !== 'customer-anger').map((s) => (
        <span class={`signal signal-${s}`} key={s} data-signal={s}>{text.categories[s]}</span>
      ))}
    </section>
  );
}

function FindingGroups({ findings, text, onReveal }: { findings: Finding[]; text: UiText; onReveal: (f: Finding) => void }) {
  const groups = new Map<Category, Finding[]>();
  for (const finding of findings) groups.set(finding.category, [...(groups.get(finding.category) ?? []), finding]);
  return (
    <ul class="findings">
      {[...groups].map(([category, list]) => (
        <li key={category} class={`finding ${list[0]!.severity}`} data-calmreply="finding-group" data-category={category}>
          <strong>{text.categories[category]}</strong> <span class="n">{list.length}</span>
          <ul>
            {list.map((f) => (
              <li key={`${f.start}-${f.ruleId}`}>
                <button
                  type="button"
                  class="reveal"
                  data-calmreply="finding"
                  data-rule={f.ruleId}
                  title={text.popup.showInEditor}
                  onClick={() => onReveal(f)}
                >
                  <q>{f.excerpt}</q> — {f.message}
                </button>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function Tips({ tips, title, language }: { tips: readonly Tip[]; title: string; language: Language }) {
  return (
    <section aria-labelledby="cr-tips">
      <h2 id="cr-tips">{title}</h2>
      {tips.map((tip) => (
        <article class="tip" data-calmreply="tip" data-tip={tip.id} key={tip.id}>
          <h3>{tip.title}</h3>
          <p>{tip.text}</p>
          <Citation id={tip.guidance} language={language} />
        </article>
      ))}
    </section>
  );
}

function Citation({ id, language }: { id: string; language: Language }) {
  const guidance = guidanceById(id);
  if (!guidance) return null;
  return language === 'de'
    ? <p class="cite">„{guidance.title.de}“ — {guidance.quote}</p>
    : <p class="cite">“{guidance.title.en}” — {guidance.quoteEn}</p>;
}

function Checklist({ items, text, onSet, onResetAll }: {
  items: ChecklistItemState[];
  text: UiText;
  onSet: (item: ChecklistItemState, value: boolean | null) => void;
  onResetAll: () => void;
}) {
  const overridden = items.some((i) => i.override !== undefined);
  return (
    <section aria-labelledby="cr-checklist">
      <h2 id="cr-checklist">{text.checklist}</h2>
      <ul class="checklist">
        {items.map((item) => {
          const automatic = item.override === undefined && item.auto !== null;
          return (
            <li data-calmreply="checklist-item" data-item={item.id} key={item.id} class={automatic ? 'is-auto' : undefined}>
              <label title={automatic ? (item.auto ? text.popup.autoOn : text.popup.autoOff) : undefined}>
                <input type="checkbox" checked={item.done} onChange={() => onSet(item, !item.done)} />
                <span>{item.text}</span>
                {automatic && <span class="auto" data-calmreply="auto">{text.popup.auto}</span>}
              </label>
              {item.override !== undefined && (
                <button
                  type="button"
                  class="link small"
                  data-calmreply="checklist-reset"
                  aria-label={`${text.popup.resetAutoFor} ${item.text}`}
                  onClick={() => onSet(item, null)}
                >
                  {text.popup.resetAuto}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {overridden && (
        <button type="button" class="link small" data-calmreply="checklist-reset-all" onClick={onResetAll}>{text.popup.resetAllAuto}</button>
      )}
    </section>
  );
}

// ── follow-ups promised in the reply ─────────────────────────────────────────

function Promised({ connector, text, tab, followUps, change, now }: {
  connector: PopupConnector;
  text: UiText;
  tab: TabState;
  followUps: FollowUp[];
  change: Change;
  now: () => Date;
}) {
  const commitments = tab.commitments ?? [];
  /** Which promise got which reminder in this popup (memory only). */
  const [confirmedHere, setConfirmedHere] = useState<ReadonlyMap<string, string>>(new Map());
  const covering = useMemo(() => coveringReminders(commitments, followUps, confirmedHere), [commitments, followUps, confirmedHere]);
  if (commitments.length === 0) return null;
  return (
    <section aria-labelledby="cr-promised">
      <h2 id="cr-promised">{text.popup.promised}</h2>
      <ul class="promised">
        {commitments.map((c, i) => (
          <PromisedItem
            key={commitmentKey(c)}
            commitment={c}
            covered={covering[i]}
            text={text}
            now={now}
            onConfirm={async (label, due) => {
              let id: string | undefined;
              const ok = await change(async () => {
                const answer = await connector.confirmFollowUp(tab.ticket, label, due);
                if (answer.ok) id = answer.followUp.id;
                return answer;
              });
              if (ok && id) setConfirmedHere((prev) => new Map(prev).set(commitmentKey(c), id!));
              return ok;
            }}
          />
        ))}
      </ul>
    </section>
  );
}

function PromisedItem({ commitment, covered, text, now, onConfirm }: {
  commitment: { text: string; due?: string };
  covered: FollowUp | undefined;
  text: UiText;
  now: () => Date;
  onConfirm: (label: string, due: string) => Promise<boolean>;
}) {
  const [label, setLabel] = useState<string>(() => text.popup.labels[followUpKind(commitment.text)]);
  const [due, setDue] = useState(() => isoToInputValue(commitment.due) || toInputValue(defaultDue(now())));
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = useMemo(() => `cr-c-${Math.random().toString(36).slice(2, 9)}`, []);

  const confirm = async (event: Event) => {
    event.preventDefault();
    const iso = inputValueToIso(due);
    if (!iso) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setBusy(true);
    await onConfirm(label.replace(/\s+/g, ' ').trim().slice(0, 120) || text.popup.labels.generic, iso);
    setBusy(false);
  };

  return (
    <li class="promise" data-calmreply="follow-up">
      <q class="said">{commitment.text}</q>
      {!commitment.due && !covered && <p class="muted small">{text.popup.noDateSaid}</p>}
      {covered ? (
        <p class="covered" data-calmreply="follow-up-covered">✓ {text.popup.reminderSet}: {covered.label}</p>
      ) : (
        <form class="reminder-form" onSubmit={confirm}>
          <label for={`${id}-label`}>{text.popup.label}</label>
          <input id={`${id}-label`} type="text" maxLength={120} value={label} data-calmreply="follow-up-label"
            onInput={(e) => setLabel((e.currentTarget as HTMLInputElement).value)} />
          <label for={`${id}-due`}>{text.popup.due}</label>
          <input id={`${id}-due`} type="datetime-local" value={due} data-calmreply="follow-up-due" aria-invalid={invalid || undefined}
            onInput={(e) => setDue((e.currentTarget as HTMLInputElement).value)} />
          {invalid && <p class="error small" role="alert">{text.popup.invalidDue}</p>}
          <button type="submit" data-calmreply="follow-up-confirm" disabled={busy}>{text.popup.setReminder}</button>
        </form>
      )}
    </li>
  );
}

// ── confirmed reminders of this ticket ───────────────────────────────────────

function Reminder({ followUp, ticketKey, connector, text, language, change }: {
  followUp: FollowUp;
  ticketKey: string;
  connector: PopupConnector;
  text: UiText;
  language: Language;
  change: Change;
}) {
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(followUp.label);
  const [due, setDue] = useState(isoToInputValue(followUp.due));
  const [invalid, setInvalid] = useState(false);
  const id = useMemo(() => `cr-r-${Math.random().toString(36).slice(2, 9)}`, []);

  const startEdit = () => {
    setLabel(followUp.label);
    setDue(isoToInputValue(followUp.due));
    setInvalid(false);
    setEditing(true);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    const iso = inputValueToIso(due);
    if (!iso) {
      setInvalid(true);
      return;
    }
    const cleaned = label.replace(/\s+/g, ' ').trim().slice(0, 120) || followUp.label;
    const changes = {
      ...(cleaned !== followUp.label ? { label: cleaned } : {}),
      ...(Date.parse(iso) !== Date.parse(followUp.due) ? { due: iso } : {}),
    };
    if (Object.keys(changes).length && !(await change(() => connector.updateFollowUp(ticketKey, followUp.id, changes)))) return;
    setEditing(false);
  };

  return (
    <li class={`reminder${followUp.done ? ' done' : ''}`} data-calmreply="reminder" data-id={followUp.id}>
      {editing ? (
        <form class="reminder-form" onSubmit={save}>
          <label for={`${id}-label`}>{text.popup.label}</label>
          <input id={`${id}-label`} type="text" maxLength={120} value={label} data-calmreply="reminder-label"
            onInput={(e) => setLabel((e.currentTarget as HTMLInputElement).value)} />
          <label for={`${id}-due`}>{text.popup.due}</label>
          <input id={`${id}-due`} type="datetime-local" value={due} data-calmreply="reminder-due" aria-invalid={invalid || undefined}
            onInput={(e) => setDue((e.currentTarget as HTMLInputElement).value)} />
          {invalid && <p class="error small" role="alert">{text.popup.invalidDue}</p>}
          <div class="actions">
            <button type="submit" data-calmreply="reminder-save">{text.popup.save}</button>
            <button type="button" class="secondary" onClick={() => setEditing(false)}>{text.popup.cancel}</button>
          </div>
        </form>
      ) : (
        <>
          <span class="what">{followUp.label}</span>
          <time dateTime={followUp.due}>{formatDue(followUp.due, language)}</time>
          <div class="actions">
            <button type="button" class="secondary" data-calmreply="reminder-edit" onClick={startEdit}>{text.popup.edit}</button>
            <button type="button" class="secondary" data-calmreply="reminder-done"
              onClick={() => change(() => connector.updateFollowUp(ticketKey, followUp.id, { done: !followUp.done }))}>
              {followUp.done ? text.popup.reopen : text.popup.done}
            </button>
            <button type="button" class="secondary" data-calmreply="reminder-delete"
              onClick={() => change(() => connector.deleteFollowUp(ticketKey, followUp.id))}>
              {text.popup.delete}
            </button>
          </div>
        </>
      )}
    </li>
  );
}

// ── anywhere else ────────────────────────────────────────────────────────────

function Elsewhere({ connector, text, language, lists, change, now }: {
  connector: PopupConnector;
  text: UiText;
  language: Language;
  lists: FollowUpLists | null;
  change: Change;
  now: () => Date;
}) {
  const tips = useMemo(() => chooseTips({ findingCategories: [], language }), [language]);
  const overdue = lists?.overdue ?? [];
  const upcoming = lists?.upcoming ?? [];
  const current = now().getTime();
  return (
    <>
      <p class="empty" data-calmreply="no-ticket">{text.noTicket}</p>
      <section aria-labelledby="cr-follow-ups">
        <h2 id="cr-follow-ups">{text.popup.yourFollowUps}</h2>
        {overdue.length + upcoming.length === 0 ? (
          <p class="muted">{text.popup.noFollowUps}</p>
        ) : (
          <ul class="follow-ups">
            {overdue.map((f) => (
              <FollowUpLink key={f.id} entry={f} kind="overdue" connector={connector} text={text} language={language} change={change} />
            ))}
            {upcoming.map((f) => (
              <FollowUpLink key={f.id} entry={f} kind={Date.parse(f.due) <= current ? 'overdue' : 'upcoming'} connector={connector} text={text} language={language} change={change} />
            ))}
          </ul>
        )}
      </section>
      <Tips tips={tips} title={text.popup.generalTips} language={language} />
      <footer>
        <a
          href="options.html"
          data-calmreply="options-link"
          onClick={(e) => {
            e.preventDefault();
            void connector.openOptions().then(() => connector.closePopup());
          }}
        >
          {text.popup.options}
        </a>
      </footer>
    </>
  );
}

function FollowUpLink({ entry, kind, connector, text, language, change }: {
  entry: FollowUpEntry;
  kind: 'overdue' | 'upcoming';
  connector: PopupConnector;
  text: UiText;
  language: Language;
  change: Change;
}) {
  return (
    <li class={`follow-up ${kind}`} data-calmreply={kind} data-id={entry.id}>
      <a
        href={entry.ticketUrl}
        onClick={(e) => {
          e.preventDefault();
          void connector.openTicket(entry.ticketUrl).then(() => connector.closePopup());
        }}
      >
        {kind === 'overdue' && <span class="badge overdue-badge">{text.popup.overdue}</span>}
        <span class="ref">{entry.ticketRef}</span> <span class="what">{entry.label}</span>
        <time dateTime={entry.due}>{formatDue(entry.due, language)}</time>
      </a>
      <button
        type="button"
        class="secondary small"
        data-calmreply="follow-up-done"
        aria-label={`${text.popup.done}: ${entry.ticketRef} ${entry.label}`}
        onClick={() => change(() => connector.updateFollowUp(entry.ticketKey, entry.id, { done: true }))}
      >
        {text.popup.done}
      </button>
    </li>
  );
}

function formatDue(iso: string, language: Language): string {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return iso;
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(time));
}
