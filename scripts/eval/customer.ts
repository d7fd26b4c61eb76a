// Measures the customer side of the engine on public data (see ../shared/eval/SOURCES.md):
//  - GermEval 2018 (German tweets, OFFENSE vs OTHER): macro-F1 of the hostility signal; the
//    threshold is chosen on the training file and reported on the test file.
//  - Stanford Politeness Corpus (Wikipedia, Stack Exchange): AUC of impolitenessScore for the
//    least polite quartile against the most polite quartile.
//  - VADER tweets: sanity check that anger rises on the most negative tweets.
// Run: node scripts/run-ts.mjs scripts/eval/customer.ts
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeCustomer, hostilityScore, impolitenessScore } from '../../src/engine/customer';

const started = Date.now();
function findRoot(): string {
  // run-ts bundles this file into node_modules/.cache; process.argv[1] is the original path.
  const candidates = [process.argv[1] ? dirname(process.argv[1]) : '', dirname(fileURLToPath(import.meta.url)), process.cwd()];
  for (let dir of candidates) {
    for (let i = 0; i < 6 && dir; i += 1) {
      if (existsSync(resolve(dir, 'package.json')) && existsSync(resolve(dir, 'src', 'engine'))) return dir;
      dir = dirname(dir);
    }
  }
  return process.cwd();
}
const repoRoot = findRoot();
const evalDir = resolve(repoRoot, '..', 'shared', 'eval');

// ------------------------------------------------------------------ GermEval 2018

interface Labelled {
  text: string;
  offense: boolean;
}

function readGermEval(file: string): Labelled[] {
  return readFileSync(resolve(evalDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const [text, coarse] = line.split('\t');
      return { text: text.replace(/\|LBR\|/g, '\n'), offense: coarse === 'OFFENSE' };
    });
}

interface Scores {
  macroF1: number;
  f1Offense: number;
  f1Other: number;
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function scoresAt(scores: number[], data: Labelled[], threshold: number): Scores {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  data.forEach((d, i) => {
    const pred = scores[i] >= threshold;
    if (pred && d.offense) tp += 1;
    else if (pred) fp += 1;
    else if (d.offense) fn += 1;
    else tn += 1;
  });
  const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1Offense = f1(precision, recall);
  const f1Other = f1(tn / Math.max(1, tn + fn), tn / Math.max(1, tn + fp));
  return { macroF1: (f1Offense + f1Other) / 2, f1Offense, f1Other, precision, recall, tp, fp, fn, tn };
}

const train = readGermEval('germeval2018.training.txt');
const test = readGermEval('germeval2018.test.txt');
const trainScores = train.map((d) => hostilityScore(d.text, 'de'));
const testScores = test.map((d) => hostilityScore(d.text, 'de'));
const candidates = [...new Set(trainScores)].filter((s) => s > 0).sort((a, b) => a - b);
let best = { threshold: candidates[0] ?? 1, macroF1: -1 };
for (const t of candidates) {
  const s = scoresAt(trainScores, train, t);
  if (s.macroF1 > best.macroF1) best = { threshold: t, macroF1: s.macroF1 };
}
const trainRes = scoresAt(trainScores, train, best.threshold);
const testRes = scoresAt(testScores, test, best.threshold);
// The customer-anger signal itself (anger >= 2) on the same data, for reference.
const angerSignal = test.map((d) => (analyzeCustomer(d.text, 'de').anger >= 2 ? 1 : 0));
const angerRes = scoresAt(angerSignal, test, 1);

const pct = (x: number) => x.toFixed(3);
console.log('\nCustomer side — GermEval 2018 (German tweets, OFFENSE vs OTHER)');
console.log(`threshold on hostilityScore chosen on TRAINING: >= ${best.threshold}`);
console.log('| split | n | offense | macro-F1 | F1 OFFENSE | F1 OTHER | precision | recall | TP | FP | FN | TN |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
const row = (name: string, data: Labelled[], r: Scores) =>
  console.log(`| ${name} | ${data.length} | ${data.filter((d) => d.offense).length} | ${pct(r.macroF1)} | ${pct(r.f1Offense)} | ${pct(r.f1Other)} | ${pct(r.precision)} | ${pct(r.recall)} | ${r.tp} | ${r.fp} | ${r.fn} | ${r.tn} |`);
row('train', train, trainRes);
row('TEST', test, testRes);
row('TEST, anger>=2 signal', test, angerRes);

// ------------------------------------------------------------------ Stanford politeness

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1);
}

/** AUC = probability that a random impolite request scores higher than a random polite one. */
function auc(positives: number[], negatives: number[]): number {
  const all = [...positives.map((s) => ({ s, p: 1 })), ...negatives.map((s) => ({ s, p: 0 }))].sort((a, b) => a.s - b.s);
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j].s === all[i].s) j += 1;
    const avgRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k += 1) if (all[k].p) rankSum += avgRank;
    i = j;
  }
  const np = positives.length;
  const nn = negatives.length;
  return (rankSum - (np * (np + 1)) / 2) / (np * nn);
}

console.log('\nCustomer side — Stanford Politeness Corpus: impolitenessScore, bottom vs top quartile');
console.log('| corpus | requests | least polite (Q1) | most polite (Q4) | AUC |');
console.log('|---|---|---|---|---|');
for (const [name, file] of [['Wikipedia', 'stanford_politeness_wikipedia.annotated.csv'], ['Stack Exchange', 'stanford_politeness_stack-exchange.annotated.csv']]) {
  const rows = parseCsv(readFileSync(resolve(evalDir, file), 'utf8'));
  const header = rows[0];
  const iText = header.indexOf('Request');
  const iScore = header.indexOf('Normalized Score');
  const data = rows.slice(1).map((r) => ({ text: r[iText], score: Number(r[iScore]) })).filter((d) => d.text && Number.isFinite(d.score));
  const sorted = data.map((d) => d.score).sort((a, b) => a - b);
  const q1 = sorted[Math.floor(sorted.length * 0.25)];
  const q3 = sorted[Math.floor(sorted.length * 0.75)];
  const impolite = data.filter((d) => d.score <= q1).map((d) => impolitenessScore(d.text));
  const polite = data.filter((d) => d.score >= q3).map((d) => impolitenessScore(d.text));
  console.log(`| ${name} | ${data.length} | ${impolite.length} | ${polite.length} | ${pct(auc(impolite, polite))} |`);
}

// ------------------------------------------------------------------ VADER tweets (sanity check)

const vader = readFileSync(resolve(evalDir, 'vader_tweets_GroundTruth.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => {
    const [, rating, ...rest] = l.split('\t');
    return { rating: Number(rating), text: rest.join('\t') };
  })
  .filter((d) => Number.isFinite(d.rating));
const buckets: Array<[string, (r: number) => boolean]> = [
  ['very negative (<= -2)', (r) => r <= -2],
  ['negative (-2..-0.5)', (r) => r > -2 && r <= -0.5],
  ['neutral (-0.5..0.5)', (r) => r > -0.5 && r < 0.5],
  ['positive (>= 0.5)', (r) => r >= 0.5],
];
console.log('\nCustomer side — VADER tweets (English): anger level by human sentiment (sanity check)');
console.log('| human rating | tweets | mean anger | anger >= 2 |');
console.log('|---|---|---|---|');
for (const [name, test2] of buckets) {
  const items = vader.filter((d) => test2(d.rating));
  const angers: number[] = items.map((d) => analyzeCustomer(d.text, 'en').anger);
  const mean = angers.reduce((a, b) => a + b, 0) / Math.max(1, angers.length);
  const high = angers.filter((a) => a >= 2).length;
  console.log(`| ${name} | ${items.length} | ${mean.toFixed(2)} | ${high} (${((100 * high) / Math.max(1, items.length)).toFixed(1)}%) |`);
}
console.log(`\n(customer eval took ${((Date.now() - started) / 1000).toFixed(1)} s)`);
