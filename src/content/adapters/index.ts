// Every helpdesk adapter, tried in order; the first that matches the page is used. The generic
// adapter comes last and only for the origins the agent added in the settings.
import { freshdesk } from './freshdesk';
import { genericAdapter } from './generic';
import type { HelpdeskAdapter } from './types';
import { zendesk } from './zendesk';

export const ADAPTERS: readonly HelpdeskAdapter[] = [zendesk, freshdesk];

/** The adapter for the page; `genericOrigins` are the agent's own helpdesk domains from the settings. */
export function adapterFor(location: Location | URL, genericOrigins: readonly string[] = []): HelpdeskAdapter | null {
  const known = ADAPTERS.find((adapter) => adapter.matches(location));
  if (known) return known;
  if (!genericOrigins.length) return null;
  const generic = genericAdapter(genericOrigins);
  return generic.matches(location) ? generic : null;
}
