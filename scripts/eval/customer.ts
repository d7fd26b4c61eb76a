// Measures the customer side of the engine on public data (see ../shared/eval/SOURCES.md):
//  - GermEval 2018 (German tweets, OFFENSE vs OTHER): macro-F1 of the hostility signal; the
//    threshold is chosen on the training file and reported on the test file.
//  - Stanford Politeness Corpus (Wikipedia, Stack Exchange): AUC of impolitenessScore for the
//    least polite quartile against the most polite quartile, on the REPORTING half of each corpus
//    (split by a hash of the request id, see politeness-split.ts); the tuning half is printed too.
//  - VADER tweets: sanity check that anger rises on the most negative tweets.
// Run: node scripts/run-ts.mjs scripts/eval/customer.ts
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeCustomer, hostilityScore, impolitenessScore } from '../../src/engine/customer';
import { sharedEvalDir } from './paths';
import { auc, quartiles, readPoliteness } from './politeness-split';

const started = Date.now();
const evalDir = sharedEvalDir();

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

// Each corpus is split by a hash of the request id into a tuning half (the only texts read while
// choosing features) and a reporting half (only scored). The headline figure is the reporting half.
console.log('\nCustomer side — Stanford Politeness Corpus: impolitenessScore, bottom vs top quartile (AUC)');
console.log('quartiles are computed within each half; features were chosen and weights fitted (fit-politeness.ts) on the TUNING half only');
console.log('| corpus | half | requests | least polite (Q1) | most polite (Q4) | AUC |');
console.log('|---|---|---|---|---|---|');
for (const [name, file] of [['Wikipedia', 'stanford_politeness_wikipedia.annotated.csv'], ['Stack Exchange', 'stanford_politeness_stack-exchange.annotated.csv']]) {
  const data = readPoliteness(evalDir, file);
  for (const half of ['reporting', 'tuning'] as const) {
    const part = data.filter((d) => d.half === half);
    const { impolite, polite } = quartiles(part);
    const a = auc(impolite.map((d) => impolitenessScore(d.text)), polite.map((d) => impolitenessScore(d.text)));
    console.log(`| ${name} | ${half === 'reporting' ? 'REPORTING' : 'tuning'} | ${part.length} | ${impolite.length} | ${polite.length} | ${pct(a)} |`);
  }
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
