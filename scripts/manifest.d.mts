export function manifestFor(manifest: Record<string, unknown>, browser: 'chrome' | 'firefox'): Record<string, any>;
