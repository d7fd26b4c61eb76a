// Part of `npm run bench`: looks for regular expressions whose run time grows faster than the text
// (backtracking on long runs of spaces, digits, letters or repeated words). The whole reply and
// the customer's message are re-read on every pause in typing, and an agent may paste anything:
// one such expression made 5,000 spaces take 200 ms.
//
// Every regular-expression literal under src/ (rules' patterns, the engine's own constants, the
// whole-reply recognisers) is run on adversarial texts of two lengths built from the words it
// looks for; an expression whose time grows more than 8× for 4× the text is listed with the
// input that shows it. Expressions built at run time from strings (new RegExp(`…${x}`)) are not
// seen here; the rules' patterns are also run as the engine compiles them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { boundWhitespaceRuns, engineSource } from '../src/engine/regex';
import { checkReply, clearCheckCaches } from '../src/engine/check';
import { extractCommitments } from '../src/engine/commitments';
import { analyzeCustomer } from '../src/engine/customer';
import { RULES } from '../src/rules/index';
import { repoRoot } from './eval/paths';

interface Candidate {
  where: string;
  re: RegExp;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** Every regular-expression literal in the source files, with file and line. */
function literalsIn(root: string): Candidate[] {
  const found: Candidate[] = [];
  for (const file of filesUnder(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      // A rule's pattern and its guards (`re:`, `unless:`, `unlessNext:`) run as the engine compiles them: rulePatterns.
      const property = node.parent && ts.isPropertyAssignment(node.parent) ? node.parent.name.getText(source) : '';
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && !['re', 'unless', 'unlessNext'].includes(property)) {
        const literal = node.getText(source);
        const cut = literal.lastIndexOf('/');
        try {
          const flags = literal.slice(cut + 1).replace(/[gy]/g, '');
          const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
          found.push({ where: `${relative(root, file)}:${line}`, re: new RegExp(literal.slice(1, cut), flags) });
        } catch {
          // A literal this Node cannot compile would fail the unit tests long before this.
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** The rules' patterns exactly as checkReply compiles them (engineSource; multi-line sheet), and their `unless` guards. */
function rulePatterns(): Candidate[] {
  return RULES.flatMap((rule) =>
    (['en', 'de'] as const).flatMap((language) =>
      (rule[language]?.patterns ?? []).flatMap((pattern, i) => {
        const where = `${rule.id} (${language}) pattern ${i + 1}`;
        const out: Candidate[] = [{ where, re: new RegExp(engineSource(pattern.re.source), pattern.caseSensitive ? 'dmu' : 'dimu') }];
        if (pattern.unless) out.push({ where: `${where}, unless`, re: new RegExp(boundWhitespaceRuns(pattern.unless.source), 'iu') });
        if (pattern.unlessNext) out.push({ where: `${where}, unlessNext`, re: new RegExp(boundWhitespaceRuns(pattern.unlessNext.source), 'iu') });
        return out;
      }),
    ),
  );
}

/** Literal words an expression looks for, to put around and between the runs so its guards get tried. */
function wordsOf(re: RegExp): string[] {
  const words = re.source.replace(/\\[pPu]\{[^}]*\}|\\./g, ' ').match(/[\p{L}]{2,}/gu) ?? [];
  return [...new Set(words)].slice(0, 8);
}

const RUNS = [' ', 'a', '1', '\n', '\t', ', ', 'ab ', 'x1 ', '-', '.', '!', 'A', 'AB '];

/** Fastest of `repeats` runs, in ms. */
function timeOf(re: RegExp, text: string, repeats = 1): number {
  let best = Infinity;
  for (let i = 0; i < repeats; i += 1) {
    const start = performance.now();
    re.test(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function inputs(words: string[], n: number): Array<[string, string]> {
  const joined = words.join(' ');
  const out: Array<[string, string]> = [];
  for (const run of RUNS) {
    const filler = run.repeat(Math.ceil(n / run.length)).slice(0, n);
    out.push([`${JSON.stringify(run)} × ${n}`, `${joined} ${filler} ${joined}`]);
  }
  for (const word of words.slice(0, 4)) out.push([`"${word} " repeated`, `${word} `.repeat(Math.ceil(n / (word.length + 1)))]);
  if (words.length > 1) out.push(['its words repeated', `${joined} `.repeat(Math.ceil(n / (joined.length + 1)))]);
  return out;
}

export interface SlowPattern {
  where: string;
  input: string;
  shortMs: number;
  longMs: number;
}

/**
 * Expressions whose time grows more than 8× for 4× the text. Short texts (250 and 1,000
 * characters) on purpose: an expression that backtracks cubically takes half a minute on 4,000
 * characters, and 4× the text already tells linear (4×) from quadratic (16×) and cubic (64×).
 */
export function superLinearPatterns(): { checked: number; slow: SlowPattern[] } {
  const candidates = [...rulePatterns(), ...literalsIn(repoRoot())];
  const slow: SlowPattern[] = [];
  for (const { where, re } of candidates) {
    const words = wordsOf(re);
    const short = inputs(words, 250);
    const long = inputs(words, 1000);
    for (let i = 0; i < short.length; i += 1) {
      const longMs = timeOf(re, long[i]![1]);
      // Below a tenth of a millisecond on 1,000 characters nothing a user would notice can hide.
      if (longMs < 0.1) continue;
      // Timed again with repeats, so one garbage collection does not pass for backtracking.
      const again = Math.min(longMs, timeOf(re, long[i]![1], 3));
      if (again < 0.1) continue;
      const shortMs = timeOf(re, short[i]![1], 3);
      if (again > 8 * Math.max(shortMs, 0.005)) {
        slow.push({ where, input: long[i]![0], shortMs, longMs: again });
        break;
      }
    }
  }
  return { checked: candidates.length, slow };
}

/**
 * Expressions built at run time from strings are not literals, so the whole engine is run too:
 * the reply check, the customer analysis and the follow-up extraction on runs of 2,000 and
 * 8,000 characters set in a sentence with words many rules look for.
 */
const ENGINE_RUNS = [' ', '1', 'a', 'A', '-', '!', '?', '.', '\n', 'doch ', 'not that you ', 'weil Sie ', 'sorry ', '1 mal ', 'seit 1', 'I will call ', 'ich melde mich ', 'SIE ', ', '];
export function superLinearEngine(): SlowPattern[] {
  const now = new Date('2026-11-24T09:00:00Z');
  const parts: Array<[string, (text: string) => unknown]> = [
    ['checkReply', (text) => { clearCheckCaches(); return checkReply(text, {}); }],
    ['analyzeCustomer', (text) => analyzeCustomer(text)],
    ['extractCommitments', (text) => extractCommitments(text, now)],
  ];
  const slow: SlowPattern[] = [];
  for (const run of ENGINE_RUNS) {
    const textOf = (n: number) => `Hallo, weil Sie nicht ${run.repeat(Math.ceil(n / run.length)).slice(0, n)} and you never read. Das ist nicht möglich.`;
    for (const [name, fn] of parts) {
      const time = (text: string) => {
        let best = Infinity;
        for (let i = 0; i < 3; i += 1) {
          const start = performance.now();
          fn(text);
          best = Math.min(best, performance.now() - start);
        }
        return best;
      };
      time(textOf(2000)); // compile what this input needs first
      const shortMs = time(textOf(2000));
      const longMs = time(textOf(8000));
      if (longMs > 1 && longMs > 8 * Math.max(shortMs, 0.05)) slow.push({ where: name, input: `${JSON.stringify(run)} × 8000`, shortMs, longMs });
    }
  }
  return slow;
}

if (process.argv.includes('--print')) {
  const started = performance.now();
  const { checked, slow } = superLinearPatterns();
  console.log(`\nlinear time: ${checked} regular expressions run on adversarial texts of 250 and 1,000 characters (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (slow.length === 0) console.log('  none grows faster than the text');
  for (const s of slow) console.log(`  ✗ ${s.where}: ${s.input}: ${s.shortMs.toFixed(2)} ms → ${s.longMs.toFixed(2)} ms`);
  const engineSlow = superLinearEngine();
  console.log(`whole engine (check, customer, follow-ups) on ${ENGINE_RUNS.length} runs of 2,000 and 8,000 characters: ${engineSlow.length === 0 ? 'none grows faster than the text' : ''}`);
  for (const s of engineSlow) console.log(`  ✗ ${s.where}: ${s.input}: ${s.shortMs.toFixed(2)} ms (2,000) → ${s.longMs.toFixed(2)} ms`);
}
