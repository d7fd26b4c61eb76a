// Shown at once when the customer's message threatens violence or self-harm: the company's
// protocol comes first, before any wording advice. The text is sanitised before rendering.
import type { UiText } from '../shared/ui-text';

export interface BannerProps {
  /** Sanitised HTML of the company's protocol (from the settings, or the default). */
  protocolHtml: string;
  title: string;
  acknowledge: string;
  onAcknowledge: () => void;
  text?: UiText;
}

export function SafetyBanner({ protocolHtml, title, acknowledge, onAcknowledge }: BannerProps) {
  return (
    <div class="banner" data-calmreply="safety-banner" role="alert">
      <h2>{title}</h2>
      <div class="protocol" dangerouslySetInnerHTML={{ __html: protocolHtml }} />
      <button type="button" onClick={onAcknowledge}>{acknowledge}</button>
    </div>
  );
}
