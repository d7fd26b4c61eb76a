#!/usr/bin/env node
// Builds CalmReply for both browsers from one source: dist/chrome/ and dist/firefox/ (unpacked),
// dist/calmreply-<browser>-<version>.zip (store uploads, without source maps) and dist/cli/.
//   node build.mjs           production build (minified, external source maps)
//   node build.mjs --watch   rebuild on change, unminified
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestFor } from './scripts/manifest.mjs';
import { writeZip } from './scripts/zip.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const watch = process.argv.includes('--watch');
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const BROWSERS = ['chrome', 'firefox'];

/** Entry points of the extension, bundled once and copied into each browser's folder. */
const ENTRIES = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  'ckeditor-bridge': 'src/content/main-world/ckeditor-bridge.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
};

const bundleDir = join(root, 'dist', '.bundle');

function copyStatic(browser) {
  const out = join(root, 'dist', browser);
  mkdirSync(out, { recursive: true });
  cpSync(bundleDir, out, { recursive: true });
  cpSync(join(root, 'icons'), join(out, 'icons'), { recursive: true });
  cpSync(join(root, 'src', '_locales'), join(out, '_locales'), { recursive: true });
  cpSync(join(root, 'src', 'popup', 'popup.html'), join(out, 'popup.html'));
  cpSync(join(root, 'src', 'popup', 'popup.css'), join(out, 'popup.css'));
  cpSync(join(root, 'src', 'options', 'options.html'), join(out, 'options.html'));
  cpSync(join(root, 'src', 'options', 'options.css'), join(out, 'options.css'));
  if (browser === 'chrome') cpSync(join(root, 'src', 'managed_schema.json'), join(out, 'managed_schema.json'));
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifestFor(manifest, browser), null, 2) + '\n');
  return out;
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function packAll() {
  for (const browser of BROWSERS) {
    const out = copyStatic(browser);
    if (watch) continue;
    const files = listFiles(out)
      .filter((f) => !f.endsWith('.map'))
      .map((f) => ({ name: relative(out, f).split('\\').join('/'), data: readFileSync(f) }));
    writeZip(join(root, 'dist', `calmreply-${browser}-${manifest.version}.zip`), files);
  }
}

const extensionOptions = {
  entryPoints: ENTRIES,
  outdir: bundleDir,
  bundle: true,
  format: 'iife',
  target: ['chrome120', 'firefox140'],
  minify: !watch,
  sourcemap: watch ? 'inline' : 'linked',
  legalComments: 'none',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  define: { 'process.env.NODE_ENV': watch ? '"development"' : '"production"' },
  logLevel: 'warning',
  metafile: true,
};

const cliOptions = {
  entryPoints: { calmreply: 'src/cli/main.ts' },
  outdir: join(root, 'dist', 'cli'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
};

function report(metafile) {
  const sizes = Object.entries(metafile.outputs)
    .filter(([file]) => file.endsWith('.js'))
    .map(([file, info]) => `${relative(bundleDir, join(root, file))} ${(info.bytes / 1024).toFixed(1)} KiB`);
  console.log(`built dist/chrome and dist/firefox: ${sizes.join(', ')}`);
}

rmSync(join(root, 'dist'), { recursive: true, force: true });

if (watch) {
  const context = await esbuild.context({
    ...extensionOptions,
    plugins: [{ name: 'copy-static', setup: (build) => build.onEnd((result) => { if (!result.errors.length) { packAll(); console.log(`rebuilt ${new Date().toLocaleTimeString()}`); } }) }],
  });
  await context.watch();
  console.log('watching src/ for changes (Ctrl+C to stop); reload the extension in the browser after a rebuild');
} else {
  const result = await esbuild.build(extensionOptions);
  await esbuild.build(cliOptions);
  packAll();
  rmSync(bundleDir, { recursive: true, force: true });
  report(result.metafile);
}
