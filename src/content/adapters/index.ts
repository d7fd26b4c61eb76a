// Every helpdesk adapter, tried in order; the first that matches the page is used.
import type { HelpdeskAdapter } from './types';
import { zendesk } from './zendesk';

export const ADAPTERS: readonly HelpdeskAdapter[] = [zendesk];

export function adapterFor(location: Location | URL): HelpdeskAdapter | null {
  return ADAPTERS.find((adapter) => adapter.matches(location)) ?? null;
}
