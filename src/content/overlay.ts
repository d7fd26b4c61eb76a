// The one host element <calmreply-root> with an open shadow root that holds all in-page UI:
// the helpdesk's CSS cannot reach inside and ours cannot leak out.
import { render, type ComponentChild } from 'preact';
import { CARD_CSS } from './card';

export class Overlay {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;

  private ensure(doc: Document): HTMLElement {
    if (this.mount && this.host?.isConnected) return this.mount;
    this.host = doc.createElement('calmreply-root');
    this.host.style.cssText = 'position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647;';
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    this.mount = doc.createElement('div');
    shadow.append(style, this.mount);
    doc.documentElement.append(this.host);
    return this.mount;
  }

  show(doc: Document, content: ComponentChild): void {
    render(content, this.ensure(doc));
  }

  hide(): void {
    if (this.mount) render(null, this.mount);
  }

  /** True when `node` is inside our UI (so hovering the card does not close it). */
  contains(node: EventTarget | null): boolean {
    return !!this.host && node instanceof Node && (node === this.host || this.host.contains(node));
  }
}
