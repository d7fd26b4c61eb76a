// @vitest-environment jsdom
// The gate before Solved/Closed: stops the click while required items are open, "Close anyway"
// performs the original action exactly once, "Go back" returns to the reply, and it fails open.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installCloseGate, type GateMode } from '../../src/content/close-gate';
import { Overlay } from '../../src/content/overlay';
import type { ChecklistItemState } from '../../src/guidance/checklist';

const openItem: ChecklistItemState = { id: 'follow-ups-scheduled', guidance: 'follow-through', text: 'Every promised follow-up has a reminder', auto: false, done: false };

let solved: ReturnType<typeof vi.fn>;
let button: HTMLButtonElement;
let mode: GateMode;
let items: () => ChecklistItemState[];
let onBack: ReturnType<typeof vi.fn>;
let overlay: Overlay;

function gate(): ShadowRoot {
  return document.querySelector('calmreply-root')!.shadowRoot!;
}

beforeEach(() => {
  document.body.innerHTML = '<button data-test-id="submit_button-menu-solved">Submit as Solved</button><div id="other">x</div>';
  button = document.querySelector('button')!;
  solved = vi.fn();
  // The helpdesk's own handler, registered on the element itself.
  button.addEventListener('click', () => solved());
  mode = 'warn';
  items = () => [openItem];
  onBack = vi.fn();
  overlay = new Overlay();
});

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  document.querySelector('calmreply-root')?.remove();
});

function install() {
  uninstall = installCloseGate({
    overlay,
    language: 'en',
    closeControls: () => [...document.querySelectorAll<HTMLElement>('[data-test-id="submit_button-menu-solved"]')],
    isCloseShortcut: (e) => e.ctrlKey && e.altKey && e.code === 'KeyS',
    openItems: () => items(),
    mode: () => mode,
    onBack: () => onBack(),
  });
}

describe('close gate', () => {
  it('stops "Submit as Solved" while required items are open and lists them', () => {
    install();
    button.click();
    expect(solved).not.toHaveBeenCalled();
    const dialog = gate().querySelector('[data-calmreply="close-gate"]');
    expect(dialog?.textContent).toContain('Every promised follow-up has a reminder');
    expect(gate().activeElement?.getAttribute('data-calmreply')).toBe('gate-back');
  });

  it('"Close anyway" performs the original action exactly once', () => {
    install();
    button.click();
    gate().querySelector<HTMLButtonElement>('[data-calmreply="gate-close-anyway"]')!.click();
    expect(solved).toHaveBeenCalledTimes(1);
    expect(gate().querySelector('[data-calmreply="close-gate"]')).toBeNull();
  });

  it('"Go back" and Escape return to the reply without closing', () => {
    install();
    button.click();
    gate().querySelector<HTMLButtonElement>('[data-calmreply="gate-back"]')!.click();
    expect(onBack).toHaveBeenCalledTimes(1);
    button.click();
    gate().querySelector('[data-calmreply="close-gate"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onBack).toHaveBeenCalledTimes(2);
    expect(solved).not.toHaveBeenCalled();
  });

  it('keeps focus inside the dialog on Tab', () => {
    install();
    button.click();
    const dialog = gate().querySelector('[data-calmreply="close-gate"]')!;
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(gate().activeElement?.getAttribute('data-calmreply')).toBe('gate-close-anyway');
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(gate().activeElement?.getAttribute('data-calmreply')).toBe('gate-back');
  });

  it('offers no "Close anyway" in block mode', () => {
    mode = 'block';
    install();
    button.click();
    expect(gate().querySelector('[data-calmreply="gate-close-anyway"]')).toBeNull();
    expect(solved).not.toHaveBeenCalled();
  });

  it('lets the action through when nothing is open, when off, and when the extension fails', () => {
    install();
    items = () => [];
    button.click();
    mode = 'off';
    items = () => [openItem];
    button.click();
    mode = 'warn';
    items = () => {
      throw new Error('storage gone');
    };
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    button.click();
    expect(solved).toHaveBeenCalledTimes(3);
  });

  it('stops the Ctrl+Alt+S shortcut the same way and replays it once on "Close anyway"', () => {
    install();
    const shortcuts = vi.fn();
    document.addEventListener('keydown', (e) => e.code === 'KeyS' && shortcuts());
    document.body.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyS', key: 's', ctrlKey: true, altKey: true, bubbles: true, cancelable: true }));
    expect(shortcuts).not.toHaveBeenCalled();
    gate().querySelector<HTMLButtonElement>('[data-calmreply="gate-close-anyway"]')!.click();
    expect(shortcuts).toHaveBeenCalledTimes(1);
  });

  it('stops gating once uninstalled (extension reloaded)', () => {
    install();
    uninstall!();
    button.click();
    expect(solved).toHaveBeenCalledTimes(1);
  });

  it('ignores clicks elsewhere', () => {
    install();
    document.getElementById('other')!.click();
    expect(document.querySelector('calmreply-root')).toBeNull();
  });
});
