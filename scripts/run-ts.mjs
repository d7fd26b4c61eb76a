#!/usr/bin/env node
// Runs a TypeScript entry point in Node (eval, bench, CLI during development): bundles it
// with esbuild into node_modules/.cache and imports it, passing the remaining arguments on.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args...]');
  process.exit(2);
}
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'node_modules', '.cache', 'calmreply-run');
mkdirSync(outDir, { recursive: true });
// Named after the whole path, so scripts/eval/customer.ts and src/engine/customer.ts never share a file.
const outfile = join(outDir, createHash('sha1').update(resolve(entry)).digest('hex').slice(0, 10) + '-' + basename(entry).replace(/\.tsx?$/, '') + '.mjs');
await build({
  entryPoints: [resolve(entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});
process.argv = [process.argv[0], resolve(entry), ...rest];
await import(pathToFileURL(outfile).href);
