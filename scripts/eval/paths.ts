// Where the eval scripts find the repository and the shared evaluation data. run-ts bundles a
// script into node_modules/.cache, so process.argv[1] (the original path) is asked first.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function repoRoot(): string {
  const candidates = [process.argv[1] ? dirname(process.argv[1]) : '', dirname(fileURLToPath(import.meta.url)), process.cwd()];
  for (let dir of candidates) {
    for (let i = 0; i < 6 && dir; i += 1) {
      if (existsSync(resolve(dir, 'package.json')) && existsSync(resolve(dir, 'src', 'engine'))) return dir;
      dir = dirname(dir);
    }
  }
  return process.cwd();
}

/** `../shared/eval` beside the checkout. */
export function sharedEvalDir(): string {
  return resolve(repoRoot(), '..', 'shared', 'eval');
}
