// The one host element <calmreply-root> with an open shadow root that holds all in-page UI
// (hover card, status chip, safety banner, close gate), each in its own slot: the helpdesk's
// CSS cannot reach inside and ours cannot leak out.
import { render, type ComponentChild } from 'preact';
import { CARD_CSS } from './card';
import { PAGE_UI_CSS } from './page-ui-css';

export type OverlaySlot = 'card' | 'chip' | 'banner' | 'gate';
const SLOTS: readonly OverlaySlot[] = ['chip', 'banner', 'card', 'gate'];

export class Overlay {
  private host: HTMLElement | null = null;
  private slots = new Map<OverlaySlot, HTMLElement>();

  private ensure(doc: Document, slot: OverlaySlot): HTMLElement {
    if (!this.host?.isConnected) {
      this.host = doc.createElement('calmreply-root');
      this.host.style.cssText = 'position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647;';
      const shadow = this.host.attachShadow({ mode: 'open' });
      const style = doc.createElement('style');
      style.textContent = CARD_CSS + PAGE_UI_CSS;
      shadow.append(style);
      this.slots.clear();
      for (const name of SLOTS) {
        const mount = doc.createElement('div');
        mount.dataset.slot = name;
        shadow.append(mount);
        this.slots.set(name, mount);
      }
      doc.documentElement.append(this.host);
    }
    return this.slots.get(slot)!;
  }

  show(doc: Document, slot: OverlaySlot, content: ComponentChild): void {
    render(content, this.ensure(doc, slot));
  }

  hide(slot: OverlaySlot): void {
    const mount = this.slots.get(slot);
    if (mount) render(null, mount);
  }

  /** Takes our host element out of the page. */
  remove(): void {
    this.host?.remove();
    this.host = null;
    this.slots.clear();
  }

  /** True when `node` is inside our UI (so hovering the card does not close it). */
  contains(node: EventTarget | null): boolean {
    return !!this.host && node instanceof Node && (node === this.host || this.host.contains(node));
  }
}
