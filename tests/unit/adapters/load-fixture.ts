// Loads a fixture page's static HTML into the test's jsdom document (same window, so instanceof
// checks such as HTMLTextAreaElement hold). jsdom runs no fixture script and has no layout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES_DIR = join(__dirname, '..', '..', 'fixtures');

export function loadFixture(name: string, file = 'index.html'): Document {
  const html = readFileSync(join(FIXTURES_DIR, name, file), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  return document;
}

export function url(href: string): URL {
  return new URL(href);
}
