#!/usr/bin/env node
// The `calmreply` command. Runs the built CLI (dist/cli/calmreply.mjs); in a fresh checkout
// it builds it first, which needs the dev dependencies (npm install).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'cli', 'calmreply.mjs');
if (!existsSync(built)) {
  const { build } = await import('esbuild').catch(() => {
    console.error('calmreply: the CLI is not built yet; run `npm install && npm run build` in ' + root);
    process.exit(2);
  });
  await build({ entryPoints: [join(root, 'src/cli/main.ts')], outfile: built, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error' });
}
const { main } = await import(pathToFileURL(built).href);
process.exitCode = main(process.argv.slice(2));
