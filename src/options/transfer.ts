// Import and export of settings as JSON files. Import is all-or-nothing: a file with any broken
// field is refused with the list of problems, and the current settings stay as they were.
import { parseSettings, type SettingKey, type Settings } from '../shared/settings';
import type { OptionsText } from './text';

export const EXPORT_MARKER = 'calmreplySettings';

export function exportSettings(settings: Settings): string {
  return JSON.stringify({ [EXPORT_MARKER]: 1, ...settings }, null, 2) + '\n';
}

export type ImportResult =
  | { ok: true; settings: Settings; keptLocked: boolean }
  | { ok: false; error: string; problems: string[] };

export function importSettings(text: string, current: Settings, locked: readonly SettingKey[], t: OptionsText): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: t.importNotJson(error instanceof Error ? error.message : String(error)), problems: [] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: t.importNotObject, problems: [] };
  const parsed = parseSettings(raw, { base: current });
  if (parsed.presentFields.length === 0) return { ok: false, error: t.importNoSettings, problems: [] };
  // Unknown keys (a newer version's settings) are fine to skip; everything else is a problem.
  const problems = parsed.warnings.filter((w) => !w.startsWith('unknown setting'));
  if (problems.length) return { ok: false, error: t.importProblems, problems };
  const settings = parsed.settings;
  const keptLocked = locked.some((field) => parsed.presentFields.includes(field));
  for (const field of locked) (settings as unknown as Record<string, unknown>)[field] = current[field];
  return { ok: true, settings, keptLocked };
}

/** A chosen file's text (FileReader where `Blob.text` is missing, e.g. older engines and jsdom). */
export function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsText(file);
  });
}
