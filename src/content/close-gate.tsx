// The gate before Solved/Closed: when the agent submits a ticket as solved or closes it while
// required checklist items are open, a dialog lists them with "Go back to the reply" and
// "Close anyway". Fail open: if anything here breaks, the original action goes through.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { h } from 'preact';
import type { ChecklistItemState } from '../guidance/checklist';
import type { Language } from '../engine/types';
import type { Overlay } from './overlay';

export type GateMode = 'off' | 'warn' | 'block';

const WORDS: Record<Language, { title: string; intro: string; back: string; anyway: string; blocked: string }> = {
  en: {
    title: 'Before you close this ticket',
    intro: 'These follow-up items are still open:',
    back: 'Go back to the reply',
    anyway: 'Close anyway',
    blocked: 'Your administrator requires these items before a ticket is closed.',
  },
  de: {
    title: 'Bevor Sie das Ticket schließen',
    intro: 'Diese Punkte sind noch offen:',
    back: 'Zurück zur Antwort',
    anyway: 'Trotzdem schließen',
    blocked: 'Ihre Administration verlangt diese Punkte, bevor ein Ticket geschlossen wird.',
  },
};

interface DialogProps {
  items: ChecklistItemState[];
  mode: GateMode;
  language: Language;
  onBack: () => void;
  onCloseAnyway: () => void;
}

function GateDialog({ items, mode, language, onBack, onCloseAnyway }: DialogProps) {
  const words = WORDS[language];
  const dialog = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    dialog.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onBack();
      return;
    }
    if (event.key !== 'Tab') return;
    // Focus stays inside the dialog until the agent decides.
    const buttons = [...(dialog.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const root = dialog.current?.getRootNode() as ShadowRoot | undefined;
    const index = buttons.indexOf(root?.activeElement as HTMLButtonElement);
    const next = buttons[(index + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length];
    event.preventDefault();
    next?.focus();
  };
  return (
    <div class="gate-backdrop" onKeyDown={onKeyDown}>
      <div class="gate" ref={dialog} role="dialog" aria-modal="true" aria-labelledby="calmreply-gate-title" data-calmreply="close-gate">
        <h2 id="calmreply-gate-title">{words.title}</h2>
        <p>{mode === 'block' ? words.blocked : words.intro}</p>
        <ul>
          {items.map((item) => <li key={item.id} data-calmreply="gate-item">{item.text}</li>)}
        </ul>
        <div class="buttons">
          <button type="button" class="primary" data-calmreply="gate-back" onClick={onBack}>{words.back}</button>
          {mode !== 'block' && <button type="button" class="secondary" data-calmreply="gate-close-anyway" onClick={onCloseAnyway}>{words.anyway}</button>}
        </div>
      </div>
    </div>
  );
}

export interface GateOptions {
  overlay: Overlay;
  language: Language;
  /** Elements whose activation sets the ticket to Solved/Closed right now. */
  closeControls: () => HTMLElement[];
  /** True for a keyboard shortcut that closes the ticket (Zendesk: Ctrl+Alt+S). */
  isCloseShortcut?: (event: KeyboardEvent) => boolean;
  /** The open required items, known synchronously from the last check. */
  openItems: () => ChecklistItemState[];
  mode: () => GateMode;
  /** "Go back to the reply": focus the editor. */
  onBack: () => void;
}

/**
 * Installs the gate's listeners on window in the capture phase, so they run before the helpdesk's
 * own. Returns a function that removes them (an orphaned content script after an extension
 * reload must not keep gating).
 */
export function installCloseGate(options: GateOptions): () => void {
  /** The one replay of an action the agent confirmed with "Close anyway". */
  let replaying = false;

  const ask = (event: Event, replay: () => void): void => {
    if (replaying) return;
    let items: ChecklistItemState[];
    try {
      const mode = options.mode();
      if (mode === 'off') return;
      items = options.openItems();
      if (!items.length) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const close = () => options.overlay.hide('gate');
      options.overlay.show(document, 'gate', h(GateDialog, {
        items,
        mode,
        language: options.language,
        onBack: () => {
          close();
          options.onBack();
        },
        onCloseAnyway: () => {
          close();
          replaying = true;
          try {
            replay();
          } finally {
            replaying = false;
          }
        },
      }));
    } catch (error) {
      // Fail open: the helpdesk does what the agent asked.
      console.warn('[CalmReply] close gate failed; letting the action through', error);
    }
  };

  const onClick = (event: MouseEvent) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const control = options.closeControls().find((c) => c.contains(target));
    if (control) ask(event, () => control.click());
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!options.isCloseShortcut?.(event)) return;
    const target = event.target instanceof Element ? event.target : document.body;
    const init: KeyboardEventInit = { key: event.key, code: event.code, ctrlKey: event.ctrlKey, altKey: event.altKey, shiftKey: event.shiftKey, metaKey: event.metaKey, bubbles: true, cancelable: true };
    ask(event, () => target.dispatchEvent(new KeyboardEvent('keydown', init)));
  };

  window.addEventListener('click', onClick, true);
  window.addEventListener('keydown', onKeyDown, true);
  return () => {
    window.removeEventListener('click', onClick, true);
    window.removeEventListener('keydown', onKeyDown, true);
    options.overlay.hide('gate');
  };
}
