// `npm run bench`: how long the engine takes to re-check a whole reply (it runs on every pause
// in typing), that the cost grows linearly with length, and that adversarial input cannot make
// a pattern backtrack. Prints numbers; asserts nothing (targets live in the issue notes).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReply, clearCheckCaches } from '../src/engine/check';
import { patternNeed } from '../src/engine/prefilter';
import { engineSource } from '../src/engine/regex';
import { splitSentences } from '../src/engine/text';
import { Dictionary, sentencesIn, WordIndex } from '../src/engine/word-index';
import { RULES } from '../src/rules/index';

// Realistic input: replies from our labeled dev set (clean ones and ones with findings, in file
// order), joined until the wanted length, so the mix of sentences is what agents write.
function devReplies(language: 'en' | 'de', which: 'all' | 'clean' = 'all'): string {
  const file = join(process.cwd(), 'tests', 'eval', `replies.${language}.jsonl`);
  return readFileSync(file, 'utf8').split('\n').filter(Boolean)
    .map((line) => JSON.parse(line) as { text: string; labels: string[] })
    .filter((reply) => which === 'all' || reply.labels.length === 0)
    .map((reply) => reply.text).join('\n\n');
}
// Every kind of reply, most with something to flag (harder than what agents usually write) …
const EN = devReplies('en');
const DE = devReplies('de');
// … and the clean replies only: what most replies look like.
const EN_CLEAN = devReplies('en', 'clean');
const DE_CLEAN = devReplies('de', 'clean');

function textOf(unit: string, chars: number): string {
  const text = unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
  // End on a whole word so no rule sees a cut-off fragment.
  return text.slice(0, text.lastIndexOf(' ') > 0 ? text.lastIndexOf(' ') : text.length);
}

type Mode = 'first' | 'typing';

/**
 * `first`: every check starts with empty caches (a reply pasted or opened at once).
 * `typing`: the agent added one character since the last check (what happens on every pause).
 */
function timeIt(text: string, options: Parameters<typeof checkReply>[1] = {}, mode: Mode = 'first'): { medianUs: number; p95Us: number } {
  let typed = text;
  const next = () => {
    if (mode === 'first') {
      clearCheckCaches();
      return text;
    }
    typed = typed.length > text.length + 40 ? text : typed + 'x';
    return typed;
  };
  for (let i = 0; i < 20; i += 1) checkReply(next(), options); // warm up the JIT and compile the rules
  const samples: number[] = [];
  const deadline = performance.now() + 400;
  while (samples.length < 30 || (performance.now() < deadline && samples.length < 2000)) {
    const input = next();
    const start = performance.now();
    checkReply(input, options);
    samples.push((performance.now() - start) * 1000);
  }
  samples.sort((a, b) => a - b);
  return { medianUs: samples[Math.floor(samples.length / 2)]!, p95Us: samples[Math.floor(samples.length * 0.95)]! };
}

const rows: string[][] = [['input', 'chars', 'median µs', 'p95 µs', 'µs per 1k chars']];
function row(name: string, text: string, options?: Parameters<typeof checkReply>[1], mode: Mode = 'first') {
  const t = timeIt(text, options, mode);
  rows.push([name, String(text.length), t.medianUs.toFixed(0), t.p95Us.toFixed(0), ((t.medianUs / text.length) * 1000).toFixed(0)]);
  return t;
}

const en2k = row('English replies (dev set)', textOf(EN, 2000));
const en2kClean = row('English clean replies (dev set)', textOf(EN_CLEAN, 2000));
row('German clean replies (dev set)', textOf(DE_CLEAN, 2000));
const en2kTyping = row('English, typing (one more character)', textOf(EN, 2000), {}, 'typing');
row('German, typing (one more character)', textOf(DE, 2000), {}, 'typing');
row('English replies (dev set)', textOf(EN, 500));
const en20k = row('English replies (dev set)', textOf(EN, 20000));
row('German replies (dev set)', textOf(DE, 2000));
row('German replies, --lang de', textOf(DE, 2000), { lang: 'de' });
row('English replies + angry customer', textOf(EN, 2000), { customer: 'This is the THIRD time I write!!! I want a refund NOW or I cancel.' });
// Adversarial: long runs that make naive patterns backtrack.
row('adversarial: 5k letters, no spaces', 'a'.repeat(5000));
row('adversarial: 5k spaces', ' '.repeat(5000));
row('adversarial: "calm " x 1000', 'calm '.repeat(1000));
row('adversarial: "no need to " x 500', 'no need to '.repeat(500));
row('adversarial: CAPS words x 1000', 'WE DONT '.repeat(1000));
row('adversarial: "!!!" x 2000', '!'.repeat(6000));

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
console.log(`\n2,000-char reply, first check: ${(en2k.medianUs / 1000).toFixed(3)} ms median (clean replies: ${(en2kClean.medianUs / 1000).toFixed(3)} ms); re-check while typing: ${(en2kTyping.medianUs / 1000).toFixed(3)} ms (target: well under 1 ms)`);
console.log(`linearity: 20,000 vs 2,000 chars = ${(en20k.medianUs / en2k.medianUs).toFixed(1)}× the time for 10× the text`);

// The costliest patterns on the 2,000-character replies, each run the way checkReply runs it (only
// on the sentences that hold its words): where to look first when a check gets slower.
function slowestPatterns(language: 'en' | 'de', text: string): string[] {
  const sentences = splitSentences(text, language).map((s) => s.text).slice(0, 32);
  const index = new WordIndex(sentences, new Dictionary());
  const costs: Array<[number, string]> = [];
  for (const rule of RULES) {
    for (const pattern of rule[language]?.patterns ?? []) {
      const re = new RegExp(engineSource(pattern.re.source), pattern.caseSensitive ? 'dgmu' : 'dgimu');
      const need = patternNeed(pattern.re.source, !pattern.caseSensitive);
      const where = need ? [...sentencesIn(index.sentencesFor(need, !!pattern.caseSensitive))] : sentences.map((_, i) => i);
      const run = () => {
        for (const i of where) {
          re.lastIndex = 0;
          while (re.exec(sentences[i]!)) { /* every match, as the engine does */ }
        }
      };
      for (let i = 0; i < 5; i += 1) run();
      const start = performance.now();
      for (let i = 0; i < 50; i += 1) run();
      costs.push([((performance.now() - start) / 50) * 1000, `${rule.id}: ${pattern.re.source.slice(0, 70)}…`]);
    }
  }
  return costs.sort((a, b) => b[0] - a[0]).slice(0, 5).map(([us, what]) => `  ${us.toFixed(1).padStart(6)} µs  ${what}`);
}
for (const [language, unit] of [['en', EN], ['de', DE]] as const) {
  console.log(`\nslowest ${language} patterns (2,000 chars, sentences holding their words only):`);
  for (const line of slowestPatterns(language, textOf(unit, 2000))) console.log(line);
}

// Start-up: the service worker is stopped after 30 s without events, and the next check pays for
// loading the rules and building what they need. Measured in fresh processes.
{
  const runs = Array.from({ length: 5 }, () => JSON.parse(execFileSync(process.execPath, [join(process.cwd(), 'scripts', 'run-ts.mjs'), join(process.cwd(), 'scripts', 'bench-startup.ts')], { encoding: 'utf8' }).trim().split('\n').pop()!) as { loadMs: number; firstEnglishMs: number; firstGermanMs: number });
  const median = (key: keyof (typeof runs)[number]) => runs.map((r) => r[key]).sort((a, b) => a - b)[2]!.toFixed(0);
  console.log(`\nstart-up (fresh process, median of 5): loading the engine ${median('loadMs')} ms, first English check ${median('firstEnglishMs')} ms, first German check after it ${median('firstGermanMs')} ms`);
}
