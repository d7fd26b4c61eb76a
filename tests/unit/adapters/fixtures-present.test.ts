// Every adapter has a fixture page (the refined-github model): walking src/content/adapters/,
// each adapter file needs tests/fixtures/<name>/index.html and a place in adapters/index.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from './load-fixture';

const ADAPTERS_DIR = join(__dirname, '..', '..', '..', 'src', 'content', 'adapters');
const NOT_ADAPTERS = new Set(['index.ts', 'types.ts']);

const adapterFiles = readdirSync(ADAPTERS_DIR).filter((f) => f.endsWith('.ts') && !NOT_ADAPTERS.has(f));

describe('adapters and their fixtures', () => {
  it('finds the adapters', () => expect(adapterFiles).toEqual(expect.arrayContaining(['freshdesk.ts', 'generic.ts', 'zendesk.ts'])));

  for (const file of adapterFiles) {
    const name = file.replace(/\.ts$/, '');
    it(`${name} has a fixture page`, () => {
      const page = join(FIXTURES_DIR, name, 'index.html');
      expect(existsSync(page), `adapter ${file} has no fixture: add tests/fixtures/${name}/index.html`).toBe(true);
    });

    it(`${name} is registered in adapters/index.ts`, () => {
      expect(readFileSync(join(ADAPTERS_DIR, 'index.ts'), 'utf8')).toContain(`from './${name}'`);
    });
  }
});
