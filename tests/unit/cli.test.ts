// The `calmreply` CLI contract (DESIGN.md): check in text/json/jsonl, lint-macros for Zendesk and
// Freshdesk exports, clear errors with exit code 2, per-line errors in jsonl.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

const dir = mkdtempSync(join(tmpdir(), 'calmreply-cli-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, (l) => out.push(l), (l) => err.push(l));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('calmreply check', () => {
  it('prints findings with position, message, rule and rewrite', () => {
    const { code, out } = run('check', file('reply.txt', "Hi Anna,\nWE DON'T DO REFUNDS. Calm down."));
    expect(code).toBe(0);
    expect(out).toMatch(/reply\.txt:2:1 +error +All caps reads as shouting +\(shouting · keep-temper\)/);
    expect(out).toMatch(/→ We don't do refunds/);
    expect(out).toMatch(/calm-down/);
    expect(out).toMatch(/language en$/);
  });

  it('prints the DESIGN.md JSON shape with --format json', () => {
    const { out } = run('check', '--format', 'json', '--lang', 'de', file('de.txt', 'Beruhigen Sie sich bitte.'));
    const result = JSON.parse(out);
    expect(result.language).toBe('de');
    expect(result.findings[0]).toMatchObject({ ruleId: 'calm-down', category: 'dismissive', start: 0, end: 24 });
    expect(Array.isArray(result.commitments)).toBe(true);
  });

  it('answers every jsonl line, with an error object for bad lines and a customer analysis for customers', () => {
    const input = [
      JSON.stringify({ id: 'a1', text: 'Calm down.', role: 'agent' }),
      '{not json',
      JSON.stringify({ id: 'a2', text: 42 }),
      JSON.stringify({ id: 'c1', text: 'This is the THIRD time I write. I want to speak to your manager!', role: 'customer' }),
      '',
      JSON.stringify({ id: 'a3', text: 'Das geht nicht.', lang: 'de', customer: 'Wo bleibt meine Bestellung?!' }),
    ].join('\n');
    const { code, out } = run('check', '--format', 'jsonl', file('in.jsonl', input));
    expect(code).toBe(0);
    const lines = out.split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ id: 'a1', language: 'en' });
    expect(lines[0].findings[0].ruleId).toBe('calm-down');
    expect(lines[1]).toMatchObject({ id: null });
    expect(lines[1].error).toMatch(/line 2: invalid JSON/);
    expect(lines[2]).toEqual({ id: 'a2', error: 'line 3: "text" must be a string' });
    expect(lines[3].id).toBe('c1');
    expect(lines[3].customer.signals).toContain('escalation-request');
    expect(lines[3].findings.map((f: { category: string }) => f.category)).toContain('escalation-request');
    expect(lines[4]).toMatchObject({ id: 'a3', language: 'de' });
    expect(lines[4].customer).toBeDefined();
  });

  it('explains unreadable files and bad options with exit code 2', () => {
    expect(run('check', join(dir, 'missing.txt'))).toMatchObject({ code: 2, err: expect.stringMatching(/cannot read .*missing\.txt: no such file/) });
    expect(run('check', '--lang', 'fr')).toMatchObject({ code: 2, err: expect.stringMatching(/--lang must be en, de or auto, not "fr"/) });
    expect(run('check', '--now', 'someday')).toMatchObject({ code: 2, err: expect.stringMatching(/--now must be an ISO date-time/) });
    expect(run('frobnicate')).toMatchObject({ code: 2, err: expect.stringMatching(/unknown command "frobnicate"/) });
  });
});

describe('calmreply lint-macros', () => {
  const zendesk = {
    macros: [
      { id: 1, title: 'Refund polite', actions: [{ field: 'comment_value', value: "I'm sorry the parcel was late. I have refunded the shipping fee. Is there anything else I can do for you?" }] },
      { id: 2, title: 'Refund angry', actions: [{ field: 'comment_value_html', value: '<p>WE DON&#39;T DO REFUNDS.</p><p>Calm down.</p>' }, { field: 'status', value: 'solved' }] },
      { id: 3, title: 'Status', actions: [{ field: 'comment_value', value: 'That is not possible.' }] },
    ],
  };

  it('reports the worst macro first and exits 1 when an error-severity finding exists', () => {
    const { code, out } = run('lint-macros', file('macros.json', JSON.stringify(zendesk)));
    expect(code).toBe(1);
    const titles = out.split('\n').filter((l) => /\(#\d+\):/.test(l)).map((l) => l.replace(/ \(#.*$/, ''));
    expect(titles).toEqual(['Refund angry', 'Status', 'Refund polite']);
    expect(out).toMatch(/3 zendesk macros checked, 2 with findings, 1 error$/);
  });

  it('reads Freshdesk canned responses, HTML or plain, and exits 0 without errors', () => {
    const freshdesk = [
      { id: 10, title: 'Nein', content_html: '<div>Das geht nicht.</div>' },
      { id: 11, title: 'Danke', content: 'Vielen Dank für Ihre Geduld, das Paket ist unterwegs.' },
    ];
    const { code, out } = run('lint-macros', '--format', 'json', file('canned.json', JSON.stringify(freshdesk)));
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.format).toBe('freshdesk');
    expect(report.macros[0]).toMatchObject({ id: '10', title: 'Nein' });
    expect(report.macros[0].findings[0].ruleId).toBe('flat-refusal');
  });

  it('points at the line and column of invalid JSON and names unknown formats', () => {
    expect(run('lint-macros', file('broken.json', '{\n  "macros": [\n    {"id": 1,,}\n  ]\n}')).err).toMatch(/broken\.json:3:14: invalid JSON \(Expected double-quoted property name\)/);
    expect(run('lint-macros', file('other.json', '{"tickets": []}')).err).toMatch(/unknown export format/);
    expect(run('lint-macros')).toMatchObject({ code: 2, err: expect.stringMatching(/needs the export FILE/) });
  });
});
