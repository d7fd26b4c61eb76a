// Ordering of severities, most serious first (for lists, counts and the mood chip).
import type { Severity } from './types';

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, hint: 2, info: 3 };
