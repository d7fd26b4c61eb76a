// Each rule file exports its examples next to the rule (`export const examples`), outside the
// Rule object so the extension's bundles leave them out. Tests find them here, by rule id.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RuleExampleSet } from '../../../src/engine/types';

export const RULES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../src/rules');

/** The rule files' names without `.ts` (every rule's id is its file name). */
export const RULE_FILES = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));

const examplesById = new Map<string, RuleExampleSet>();
for (const id of RULE_FILES) {
  const module = (await import(join(RULES_DIR, `${id}.ts`))) as { examples?: RuleExampleSet };
  if (module.examples) examplesById.set(id, module.examples);
}

/** The examples of the rule `id`; a rule file without them is an error (every rule must have them). */
export function examplesOf(id: string): RuleExampleSet {
  const examples = examplesById.get(id);
  if (!examples) throw new Error(`src/rules/${id}.ts exports no examples`);
  return examples;
}
