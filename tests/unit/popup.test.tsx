// @vitest-environment jsdom
// The toolbar popup with a mock connector: mood and the safety protocol first, findings that jump
// to the editor, a checklist the agent ticks (persisted), follow-ups that become reminders with a
// label and a due date (never the reply text), the view away from a ticket, German strings.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerAnalysis, Language } from '../../src/engine/types';
import { deriveChecklist, type ChecklistItemId } from '../../src/guidance/checklist';
import { chooseTips } from '../../src/guidance/tips';
import type { FollowUpResponse, OkResponse, TabState, TicketRef, TicketStateResponse } from '../../src/shared/messages';
import { defaultSettings, type Settings } from '../../src/shared/settings';
import type { FollowUp, FollowUpEntry, TicketStateView } from '../../src/shared/ticket-state';
import type { FollowUpChanges, FollowUpLists, PopupConnector } from '../../src/popup/connector';
import {
  coveringReminders, defaultDue, followUpKind, inputValueToIso, isoToInputValue,
} from '../../src/popup/follow-up';
import { Popup } from '../../src/popup/Popup';

const TICKET: TicketRef = { helpdesk: 'zendesk', ticketId: '4711', url: 'https://acme.zendesk.com/agent/tickets/4711' };
const PROMISE = "I'll call you back tomorrow at 10 about the refund of order 99812.";
const NOW = new Date(2030, 0, 1, 12, 0, 0);

function finding(ruleId: string, category: TabState['findings'][number]['category'], start: number, excerpt: string, severity: 'error' | 'warning' = 'warning') {
  return {
    ruleId, category, severity, start, end: start + excerpt.length, excerpt,
    message: `${ruleId} message`, explanation: 'why', guidance: 'keep-temper', suggestions: [], language: 'en' as const,
  } as unknown as TabState['findings'][number];
}

function tabState(options: { customer?: CustomerAnalysis; commitments?: TabState['commitments']; language?: Language } = {}): TabState {
  const findings = [
    finding('shouting', 'hostility', 0, "WE DON'T DO REFUNDS", 'error'),
    finding('calm-down', 'dismissive', 21, 'Calm down'),
    finding('insult', 'hostility', 40, 'ridiculous'),
  ];
  const commitments = options.commitments ?? [];
  const language = options.language ?? 'en';
  return {
    ticket: TICKET,
    language: 'en',
    findings,
    customer: options.customer,
    tips: chooseTips({ customer: options.customer, findingCategories: findings.map((f) => f.category), language }),
    checklist: deriveChecklist({ findings, commitments: commitments.map((c) => ({ ...c, start: 0, end: 1 })), customer: options.customer }, language),
    commitments,
    checkedAt: 0,
  };
}

/** A connector that keeps ticket state like the background does. */
function mockConnector(options: { tab?: TabState | null; settings?: Partial<Settings>; lists?: FollowUpLists; browserLanguage?: Language; followUps?: FollowUp[] } = {}) {
  const ticket: TicketStateView = { key: 'zendesk:4711', ticketRef: '#4711', checklist: {}, followUps: structuredClone(options.followUps ?? []) };
  let nextId = 1;
  const view = () => structuredClone(ticket);
  const connector = {
    currentTabId: vi.fn(async () => 7),
    tabState: vi.fn(async () => (options.tab === undefined ? tabState() : options.tab)),
    ticketState: vi.fn(async () => view()),
    setChecklistOverride: vi.fn(async (_t: TicketRef, item: ChecklistItemId, value: boolean | null): Promise<TicketStateResponse> => {
      if (value === null) delete ticket.checklist[item];
      else ticket.checklist[item] = value;
      return { ok: true, state: view() };
    }),
    confirmFollowUp: vi.fn(async (t: TicketRef, label: string, due: string): Promise<FollowUpResponse> => {
      const followUp: FollowUp = { id: `f${nextId++}`, label, due, ticketUrl: t.url, ticketRef: '#4711', done: false };
      ticket.followUps.push(followUp);
      return { ok: true, followUp: structuredClone(followUp), state: view() };
    }),
    updateFollowUp: vi.fn(async (_key: string, id: string, changes: FollowUpChanges): Promise<FollowUpResponse> => {
      const followUp = ticket.followUps.find((f) => f.id === id);
      if (!followUp) return { ok: false, error: 'follow-up not found' };
      Object.assign(followUp, changes);
      return { ok: true, followUp: structuredClone(followUp), state: view() };
    }),
    deleteFollowUp: vi.fn(async (_key: string, id: string): Promise<OkResponse> => {
      ticket.followUps = ticket.followUps.filter((f) => f.id !== id);
      return { ok: true };
    }),
    listFollowUps: vi.fn(async () => options.lists ?? { overdue: [], upcoming: [] }),
    settings: vi.fn(async () => ({ ...defaultSettings(), ...options.settings })),
    browserLanguage: vi.fn(() => options.browserLanguage ?? 'en'),
    revealFinding: vi.fn(async () => true),
    openTicket: vi.fn(async () => undefined),
    openOptions: vi.fn(async () => undefined),
    closePopup: vi.fn(),
  } satisfies PopupConnector;
  return { connector, ticket };
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

const settle = () => act(async () => { for (let i = 0; i < 8; i++) await new Promise((r) => setTimeout(r, 0)); });

async function mount(connector: PopupConnector) {
  await act(async () => render(<Popup connector={connector} now={() => NOW} />, root));
  await settle();
}

const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(selector: string) => [...root.querySelectorAll<T>(selector)];

async function click(el: Element) {
  await act(async () => { (el as HTMLElement).click(); });
  await settle();
}

async function setValue(el: HTMLInputElement, value: string) {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const before = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('popup on a ticket', () => {
  it('shows the ticket, the mood with its signals, findings by category and two to four cited tips', async () => {
    const { connector } = mockConnector({ tab: tabState({ customer: { language: 'en', anger: 2, signals: ['customer-anger', 'escalation-request'], evidence: [] } }) });
    await mount(connector);
    expect($('[data-calmreply="ticket"]').textContent).toBe('#4711');
    expect($('[data-calmreply="mood"]').textContent).toContain('angry');
    expect($('[data-calmreply="mood"]').textContent).toContain('Asks for a supervisor');
    expect($('[data-calmreply="finding-count"]').textContent).toBe('3');
    expect($$('[data-calmreply="finding-group"]').map((g) => g.dataset.category)).toEqual(['hostility', 'dismissive']);
    const tips = $$('[data-calmreply="tip"]');
    expect(tips.length).toBeGreaterThanOrEqual(2);
    expect(tips.length).toBeLessThanOrEqual(4);
    for (const tip of tips) expect(tip.querySelector('.cite')?.textContent).toMatch(/“.+” — ./);
    expect($('[data-calmreply="safety-protocol"]')).toBeNull();
  });

  it('puts the company safety protocol first on a safety risk, sanitised', async () => {
    const protocol = '<p>Call <strong>security</strong> on <a href="tel:110">110</a>.</p><script>window.hacked=1</script><img src=x onerror="window.hacked=1"><a href="javascript:alert(1)">x</a>';
    const { connector } = mockConnector({
      tab: tabState({ customer: { language: 'en', anger: 3, signals: ['customer-anger', 'safety-risk'], evidence: [] } }),
      settings: { safetyProtocol: { en: protocol, de: '<p>Rufen Sie den Sicherheitsdienst.</p>' } },
    });
    await mount(connector);
    const safety = $('[data-calmreply="safety-protocol"]');
    expect(safety).not.toBeNull();
    expect(safety.querySelector('strong')?.textContent).toBe('security');
    expect(safety.querySelector('a[href="tel:110"]')).not.toBeNull();
    expect(safety.querySelector('script, img, a[href^="javascript"]')).toBeNull();
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
    // Before the mood, the findings and every tip; the safety tip leads the tips.
    expect(before(safety, $('[data-calmreply="mood"]'))).toBe(true);
    expect(before(safety, $('[data-calmreply="finding-count"]'))).toBe(true);
    expect($$('[data-calmreply="tip"]')[0]!.dataset.tip).toBe('safety-protocol');
    expect($$('[data-calmreply="checklist-item"]').map((i) => i.dataset.item)).toContain('safety-protocol');
  });

  it('clicking a finding asks the tab to reveal it and closes the popup; findings are keyboard buttons', async () => {
    const { connector } = mockConnector();
    await mount(connector);
    const buttons = $$<HTMLButtonElement>('[data-calmreply="finding"]');
    expect(buttons).toHaveLength(3);
    expect(buttons.every((b) => b.tagName === 'BUTTON' && b.type === 'button')).toBe(true);
    const calm = buttons.find((b) => b.dataset.rule === 'calm-down')!;
    await click(calm);
    expect(connector.revealFinding).toHaveBeenCalledWith(7, expect.objectContaining({ ruleId: 'calm-down', start: 21, end: 30 }));
    expect(connector.closePopup).toHaveBeenCalledTimes(1);
  });

  it('ticking and unticking checklist items persists through the connector; auto items are marked and can be reset', async () => {
    const { connector, ticket } = mockConnector();
    await mount(connector);
    const item = (id: string) => $(`[data-calmreply="checklist-item"][data-item="${id}"]`);
    const box = (id: string) => item(id).querySelector<HTMLInputElement>('input[type="checkbox"]')!;

    expect(box('notes-updated').checked).toBe(false);
    expect(box('notes-updated').disabled).toBe(false);
    await click(box('notes-updated'));
    expect(connector.setChecklistOverride).toHaveBeenLastCalledWith(TICKET, 'notes-updated', true);
    expect(ticket.checklist['notes-updated']).toBe(true);
    expect(box('notes-updated').checked).toBe(true);

    // "No unkeepable promise" is ticked automatically (no overpromise found) and says so.
    expect(box('no-unkeepable-promise').checked).toBe(true);
    expect(item('no-unkeepable-promise').querySelector('[data-calmreply="auto"]')?.textContent).toBe('auto');
    await click(box('no-unkeepable-promise'));
    expect(connector.setChecklistOverride).toHaveBeenLastCalledWith(TICKET, 'no-unkeepable-promise', false);
    expect(box('no-unkeepable-promise').checked).toBe(false);
    expect(item('no-unkeepable-promise').querySelector('[data-calmreply="auto"]')).toBeNull();

    // Back to automatic.
    await click(item('no-unkeepable-promise').querySelector('[data-calmreply="checklist-reset"]')!);
    expect(connector.setChecklistOverride).toHaveBeenLastCalledWith(TICKET, 'no-unkeepable-promise', null);
    expect(ticket.checklist['no-unkeepable-promise']).toBeUndefined();
    expect(box('no-unkeepable-promise').checked).toBe(true);
    expect(item('no-unkeepable-promise').querySelector('[data-calmreply="auto"]')).not.toBeNull();

    // Reset all.
    await click($('[data-calmreply="checklist-reset-all"]'));
    expect(ticket.checklist).toEqual({});
    expect(box('notes-updated').checked).toBe(false);
  });

  it('shows the stored ticks on reopening', async () => {
    const { connector, ticket } = mockConnector();
    ticket.checklist['offered-next-step'] = true;
    await mount(connector);
    expect($('[data-item="offered-next-step"] input').matches(':checked')).toBe(true);
    expect($('[data-item="offered-next-step"] [data-calmreply="checklist-reset"]')).not.toBeNull();
  });

  it('confirming a promised follow-up sends a short label and the due date, never the reply text', async () => {
    const due = '2030-01-02T10:00:00+01:00';
    const { connector, ticket } = mockConnector({ tab: tabState({ commitments: [{ text: PROMISE, due }] }) });
    await mount(connector);
    const item = $('[data-calmreply="follow-up"]');
    expect(item.textContent).toContain(PROMISE); // shown from memory so the agent knows which promise
    const label = item.querySelector<HTMLInputElement>('[data-calmreply="follow-up-label"]')!;
    const dueInput = item.querySelector<HTMLInputElement>('input[type="datetime-local"]')!;
    expect(label.value).toBe('Call the customer back');
    expect(dueInput.value).toBe(isoToInputValue(due));
    expect($('[data-item="follow-ups-scheduled"] input').matches(':checked')).toBe(false);

    await setValue(dueInput, '2030-01-03T09:30');
    await click(item.querySelector('[data-calmreply="follow-up-confirm"]')!);
    expect(connector.confirmFollowUp).toHaveBeenCalledTimes(1);
    const [sentTicket, sentLabel, sentDue] = connector.confirmFollowUp.mock.calls[0]!;
    expect(sentTicket).toEqual(TICKET);
    expect(sentLabel).toBe('Call the customer back');
    expect(Date.parse(sentDue)).toBe(new Date(2030, 0, 3, 9, 30).getTime());
    const sent = JSON.stringify(connector.confirmFollowUp.mock.calls);
    for (const words of ['tomorrow', 'refund', '99812', PROMISE]) expect(sent).not.toContain(words);
    expect(JSON.stringify(ticket)).not.toContain('refund');

    // The promise now has its reminder; the checklist item follows; the reminder is listed.
    expect($('[data-calmreply="follow-up-covered"]')).not.toBeNull();
    expect($('[data-calmreply="follow-up-confirm"]')).toBeNull();
    expect($('[data-item="follow-ups-scheduled"] input').matches(':checked')).toBe(true);
    expect($$('[data-calmreply="reminder"]')).toHaveLength(1);
  });

  it('lets the agent edit the label, pick a date when none was said, and fix a wrong one', async () => {
    const { connector } = mockConnector({ tab: tabState({ commitments: [{ text: 'I will keep you updated.' }] }) });
    await mount(connector);
    const item = $('[data-calmreply="follow-up"]');
    const label = item.querySelector<HTMLInputElement>('[data-calmreply="follow-up-label"]')!;
    const dueInput = item.querySelector<HTMLInputElement>('[data-calmreply="follow-up-due"]')!;
    expect(label.value).toBe('Update the customer');
    expect(dueInput.value).toBe('2030-01-02T17:00'); // next working day, end of day
    await setValue(label, '  Refund   status ');
    await setValue(dueInput, '');
    await click(item.querySelector('[data-calmreply="follow-up-confirm"]')!);
    expect(connector.confirmFollowUp).not.toHaveBeenCalled();
    expect(item.querySelector('[role="alert"]')).not.toBeNull();
    await setValue(dueInput, '2030-01-04T08:15');
    await click(item.querySelector('[data-calmreply="follow-up-confirm"]')!);
    expect(connector.confirmFollowUp).toHaveBeenCalledWith(TICKET, 'Refund status', expect.any(String));
  });

  it('confirmed reminders can be edited, marked done and deleted', async () => {
    const existing: FollowUp = { id: 'a1', label: 'Call back', due: new Date(2030, 0, 5, 10, 0).toISOString(), ticketUrl: TICKET.url, ticketRef: '#4711', done: false };
    const { connector, ticket } = mockConnector({ followUps: [existing] });
    await mount(connector);
    const row = () => $('[data-calmreply="reminder"][data-id="a1"]');
    expect(row().textContent).toContain('Call back');

    await click(row().querySelector('[data-calmreply="reminder-edit"]')!);
    await setValue(row().querySelector<HTMLInputElement>('[data-calmreply="reminder-label"]')!, 'Call back about the invoice');
    await setValue(row().querySelector<HTMLInputElement>('[data-calmreply="reminder-due"]')!, '2030-01-06T11:00');
    await click(row().querySelector('[data-calmreply="reminder-save"]')!);
    expect(connector.updateFollowUp).toHaveBeenLastCalledWith('zendesk:4711', 'a1', {
      label: 'Call back about the invoice', due: expect.any(String),
    });
    expect(Date.parse(ticket.followUps[0]!.due)).toBe(new Date(2030, 0, 6, 11, 0).getTime());
    expect(row().textContent).toContain('Call back about the invoice');

    await click(row().querySelector('[data-calmreply="reminder-done"]')!);
    expect(connector.updateFollowUp).toHaveBeenLastCalledWith('zendesk:4711', 'a1', { done: true });
    expect(row().classList.contains('done')).toBe(true);

    await click(row().querySelector('[data-calmreply="reminder-delete"]')!);
    expect(connector.deleteFollowUp).toHaveBeenCalledWith('zendesk:4711', 'a1');
    expect($('[data-calmreply="reminder"]')).toBeNull();
  });

  it('says so when a change could not be saved', async () => {
    const { connector } = mockConnector();
    connector.setChecklistOverride.mockResolvedValueOnce({ ok: false, error: 'nope' });
    await mount(connector);
    await click($('[data-item="notes-updated"] input'));
    expect($('[data-calmreply="error"]').textContent).toBe('CalmReply could not save this. Please try again.');
  });
});

describe('popup away from a ticket', () => {
  const entry = (id: string, ref: string, label: string, due: Date): FollowUpEntry => ({
    id, label, due: due.toISOString(), ticketUrl: `https://acme.zendesk.com/agent/tickets/${ref}`, ticketRef: `#${ref}`, done: false, ticketKey: `zendesk:${ref}`,
  });
  const lists: FollowUpLists = {
    overdue: [entry('o1', '12', 'Call back', new Date(2029, 11, 30, 9)), entry('o2', '13', 'Send the label', new Date(2029, 11, 31, 17))],
    upcoming: [entry('u1', '14', 'Update the customer', new Date(2030, 0, 3, 17))],
  };

  it('lists overdue follow-ups first and marked, then upcoming; each opens its ticket', async () => {
    const { connector } = mockConnector({ tab: null, lists });
    await mount(connector);
    expect(connector.listFollowUps).toHaveBeenCalled();
    expect($('[data-calmreply="finding-count"]')).toBeNull();
    const rows = $$('[data-calmreply="overdue"], [data-calmreply="upcoming"]');
    expect(rows.map((r) => `${r.dataset.calmreply}:${r.dataset.id}`)).toEqual(['overdue:o1', 'overdue:o2', 'upcoming:u1']);
    for (const row of $$('[data-calmreply="overdue"]')) expect(row.querySelector('.overdue-badge')?.textContent).toBe('Overdue');
    expect($('[data-calmreply="upcoming"] .overdue-badge')).toBeNull();

    const link = $<HTMLAnchorElement>('[data-calmreply="upcoming"] a');
    expect(link.getAttribute('href')).toBe('https://acme.zendesk.com/agent/tickets/14');
    await click(link);
    expect(connector.openTicket).toHaveBeenCalledWith('https://acme.zendesk.com/agent/tickets/14');
  });

  it('shows general tips and a link to the options page', async () => {
    const { connector } = mockConnector({ tab: null, lists });
    await mount(connector);
    expect($$('[data-calmreply="tip"]').length).toBeGreaterThanOrEqual(2);
    await click($('[data-calmreply="options-link"]'));
    expect(connector.openOptions).toHaveBeenCalledTimes(1);
  });

  it('marks a follow-up done from the list', async () => {
    const { connector } = mockConnector({ tab: null, lists });
    await mount(connector);
    await click($('[data-calmreply="overdue"][data-id="o2"] [data-calmreply="follow-up-done"]'));
    expect(connector.updateFollowUp).toHaveBeenCalledWith('zendesk:13', 'o2', { done: true });
  });

  it('says when there is nothing to follow up', async () => {
    const { connector } = mockConnector({ tab: null });
    await mount(connector);
    expect(root.textContent).toContain('No open follow-ups.');
  });
});

describe('popup language', () => {
  it('speaks German when the settings say uiLanguage de, even in an English browser', async () => {
    const { connector } = mockConnector({
      tab: tabState({ commitments: [{ text: 'Ich rufe Sie morgen an.' }], language: 'de', customer: { language: 'de', anger: 3, signals: ['customer-anger', 'safety-risk'], evidence: [] } }),
      settings: { uiLanguage: 'de' },
      browserLanguage: 'en',
    });
    await mount(connector);
    expect(root.textContent).toContain('Hinweise zu dieser Antwort');
    expect(root.textContent).toContain('Bevor Sie das Ticket schließen');
    expect($('[data-calmreply="mood"]').textContent).toContain('wütend');
    expect($('[data-calmreply="safety-protocol"] h2').textContent).toContain('Sicherheit zuerst');
    expect($<HTMLInputElement>('[data-calmreply="follow-up-label"]').value).toBe('Kunden zurückrufen');
    expect($('[data-calmreply="follow-up-confirm"]').textContent).toBe('Erinnerung setzen');
    expect($('[data-calmreply="tip"] .cite').textContent).toMatch(/^„/);
    expect(document.documentElement.lang).toBe('de');
  });

  it('follows the browser language when the setting is auto', async () => {
    const { connector } = mockConnector({ tab: null, browserLanguage: 'de' });
    await mount(connector);
    expect(root.textContent).toContain('Keine offenen Rückmeldungen.');
    expect($('[data-calmreply="options-link"]').textContent).toBe('Einstellungen');
  });

  it('English strings when the setting says en in a German browser', async () => {
    const { connector } = mockConnector({ tab: null, browserLanguage: 'de', settings: { uiLanguage: 'en' } });
    await mount(connector);
    expect($('[data-calmreply="options-link"]').textContent).toBe('Settings');
  });
});

describe('popup follow-up helpers', () => {
  it('derives a short generic label kind from the promise verb', () => {
    expect(followUpKind("I'll call you back tomorrow")).toBe('call');
    expect(followUpKind('Ich rufe Sie morgen an.')).toBe('call');
    expect(followUpKind("I'll keep you posted")).toBe('update');
    expect(followUpKind('Ich halte Sie auf dem Laufenden.')).toBe('update');
    expect(followUpKind("I'll email you the tracking number")).toBe('send');
    expect(followUpKind('Ich schicke Ihnen die Unterlagen.')).toBe('send');
    expect(followUpKind("I'll get back to you by Friday")).toBe('generic');
    expect(followUpKind('Ich melde mich bis Freitag.')).toBe('generic');
  });

  it('converts between datetime-local values and ISO dates with the local offset', () => {
    const iso = inputValueToIso('2030-03-04T05:06')!;
    expect(iso).toMatch(/^2030-03-04T05:06:00[+-]\d{2}:\d{2}$/);
    expect(Date.parse(iso)).toBe(new Date(2030, 2, 4, 5, 6).getTime());
    expect(isoToInputValue(iso)).toBe('2030-03-04T05:06');
    expect(inputValueToIso('')).toBeNull();
    expect(inputValueToIso('2030-02-31T10:00')).toBeNull();
    expect(isoToInputValue('nonsense')).toBe('');
  });

  it('defaults to the next working day at 17:00', () => {
    expect(defaultDue(new Date(2030, 0, 4, 12))).toEqual(new Date(2030, 0, 7, 17)); // Friday → Monday
    expect(defaultDue(new Date(2030, 0, 1, 12))).toEqual(new Date(2030, 0, 2, 17));
  });

  it('matches reminders to promises: set here, same due time, then any open one', () => {
    const f = (id: string, due: string, done = false): FollowUp => ({ id, label: 'x', due, ticketUrl: TICKET.url, ticketRef: '#1', done });
    const c1 = { text: 'a', due: '2030-01-02T10:00:00+00:00' };
    const c2 = { text: 'b', due: '2030-01-03T10:00:00+00:00' };
    const c3 = { text: 'c' };
    expect(coveringReminders([c1, c2, c3], [], new Map()).every((x) => x === undefined)).toBe(true);
    const byDue = coveringReminders([c1, c2, c3], [f('r1', '2030-01-03T11:00:00+01:00')], new Map());
    expect(byDue.map((x) => x?.id)).toEqual([undefined, 'r1', undefined]);
    const leftover = coveringReminders([c1, c2, c3], [f('r1', '2031-01-01T00:00:00Z'), f('r2', '2031-01-02T00:00:00Z', true)], new Map());
    expect(leftover.map((x) => x?.id)).toEqual(['r1', undefined, undefined]);
    const here = coveringReminders([c1, c2, c3], [f('r1', '2031-01-01T00:00:00Z')], new Map([['\u0000c', 'r1']]));
    expect(here.map((x) => x?.id)).toEqual([undefined, undefined, 'r1']);
  });
});
