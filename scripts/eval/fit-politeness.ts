// Fits the weights of the politeness strategies (src/engine/politeness.ts) on the TUNING half of the
// Stanford Politeness Corpus (Danescu-Niculescu-Mizil et al. 2013; Wikipedia and Stack Exchange
// requests, CC BY 4.0), never on the reporting half that scripts/eval/customer.ts reports on.
//
// Model: L2-regularised logistic regression (Newton's method, standardised features, unpenalised
// intercept), least polite quartile (1) against most polite quartile (0) of each corpus's tuning
// half, both corpora together (one score for all text). The strength of the regularisation and the share
// of Stack Exchange in the training weight are chosen by 5-fold cross-validation inside the tuning half
// (folds by a hash of the request id): the pair with the best out-of-fold Stack Exchange AUC among
// those that keep Wikipedia at 0.85 or more. Deterministic: the same data and features always give the same weights.
//
// Run: node scripts/run-ts.mjs scripts/eval/fit-politeness.ts           (prints cross-validation)
//      node scripts/run-ts.mjs scripts/eval/fit-politeness.ts --write   (also rewrites src/engine/politeness-weights.ts)
//      ONLY='gratitude,greeting,...' node scripts/run-ts.mjs scripts/eval/fit-politeness.ts   (a subset of the strategies)
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { impolitenessScore, politenessFeatureValues } from '../../src/engine/politeness';
import { repoRoot, sharedEvalDir } from './paths';
import { auc, fnv1a, quartiles, readPoliteness, type PolitenessRequest } from './politeness-split';

const root = repoRoot();
const evalDir = sharedEvalDir();
const CORPORA = [
  ['Wikipedia', 'stanford_politeness_wikipedia.annotated.csv'],
  ['Stack Exchange', 'stanford_politeness_stack-exchange.annotated.csv'],
] as const;
const FOLDS = 5;
const L2 = [10, 30, 100, 300, 1000];
/** Share of the training weight that goes to Stack Exchange (the rest to Wikipedia); chosen by cross-validation too. */
const SE_SHARES = [0.5, 0.7, 0.9];

interface Example {
  id: string;
  corpus: string;
  text: string;
  /** 1 = least polite quartile, 0 = most polite quartile. */
  y: 0 | 1;
  x: number[];
  /** Share of its corpus in the training weight, divided among the corpus's examples. */
  w: number;
  fold: number;
}

const examples: Example[] = [];
let names: string[] = [];
for (const [corpus, file] of CORPORA) {
  // Only the tuning half is ever read here.
  const tuning = readPoliteness(evalDir, file).filter((d) => d.half === 'tuning');
  const { impolite, polite } = quartiles(tuning);
  for (const [list, y] of [[impolite, 1], [polite, 0]] as const) {
    for (const d of list) {
      const values = politenessFeatureValues(d.text);
      // ONLY=name,name,...: an experiment with a subset of the strategies (the others are held at 0),
      // e.g. only the paper's own strategies and lexicon.
      if (process.env.ONLY) for (const v of values) if (!process.env.ONLY.split(',').includes(v[0])) v[1] = 0;
      names = values.map(([name]) => name);
      // A high bit of the hash: the lowest bit only repeats the tuning/reporting split.
      // (Stack Exchange ids repeat across its sites, hence the corpus in the key.)
      const fold = (fnv1a(`fold:${corpus}:${d.id}`) >>> 12) % FOLDS;
      examples.push({ id: d.id, corpus, text: d.text, y, x: values.map(([, v]) => v), w: 1 / (impolite.length + polite.length), fold });
    }
  }
}
/** Sample weights for a given Stack Exchange share (they sum to 2000). */
const weightsFor = (share: number) => examples.map((e) => e.w * 2000 * (e.corpus === 'Stack Exchange' ? share : 1 - share));
const dim = names.length;

/** Solves A x = b (A symmetric positive definite) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c += 1) {
    let p = c;
    for (let r = c + 1; r < n; r += 1) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r += 1) {
      const f = m[r]![c]! / m[c]![c]!;
      if (f) for (let k = c; k <= n; k += 1) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r -= 1) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k += 1) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

interface Model {
  /** Weights on the raw feature values, and the intercept. */
  weights: number[];
  bias: number;
}

function fit(data: Example[], l2: number, share: number): Model {
  const shareWeights = weightsFor(share);
  const sw = new Map(examples.map((e, i) => [e, shareWeights[i]!]));
  const wOf = (e: Example) => sw.get(e)!;
  // Standardise with the training data's weighted mean and spread; constant features get no weight.
  const totalW = data.reduce((s, e) => s + wOf(e), 0);
  const mean = new Array<number>(dim).fill(0);
  const sd = new Array<number>(dim).fill(0);
  for (const e of data) for (let j = 0; j < dim; j += 1) mean[j]! += (wOf(e) * e.x[j]!) / totalW;
  for (const e of data) for (let j = 0; j < dim; j += 1) sd[j]! += (wOf(e) * (e.x[j]! - mean[j]!) ** 2) / totalW;
  for (let j = 0; j < dim; j += 1) sd[j] = Math.sqrt(sd[j]!);
  const live = [...Array(dim).keys()].filter((j) => sd[j]! > 1e-9);
  const z = data.map((e) => [...live.map((j) => (e.x[j]! - mean[j]!) / sd[j]!), 1]);
  const k = live.length + 1;
  const beta = new Array<number>(k).fill(0);
  // The penalty is per unit of sample weight (the weights sum to 2000), so L2 is comparable across data sizes.
  const lambda = (l2 * totalW) / 1000;
  for (let iter = 0; iter < 30; iter += 1) {
    const grad = beta.map((b, j) => (j < k - 1 ? lambda * b : 0));
    const hess = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j && i < k - 1 ? lambda : 0)));
    data.forEach((e, n) => {
      const zi = z[n]!;
      let s = 0;
      for (let j = 0; j < k; j += 1) s += beta[j]! * zi[j]!;
      const p = 1 / (1 + Math.exp(-s));
      const g = wOf(e) * (p - e.y);
      const h = wOf(e) * p * (1 - p);
      for (let i = 0; i < k; i += 1) {
        if (!zi[i]) continue;
        grad[i]! += g * zi[i]!;
        const row = hess[i]!;
        for (let j = 0; j < k; j += 1) if (zi[j]) row[j]! += h * zi[i]! * zi[j]!;
      }
    });
    const step = solve(hess, grad);
    let change = 0;
    for (let j = 0; j < k; j += 1) {
      beta[j]! -= step[j]!;
      change = Math.max(change, Math.abs(step[j]!));
    }
    if (change < 1e-8) break;
  }
  const weights = new Array<number>(dim).fill(0);
  let bias = beta[k - 1]!;
  live.forEach((j, i) => {
    weights[j] = beta[i]! / sd[j]!;
    bias -= (beta[i]! * mean[j]!) / sd[j]!;
  });
  return { weights, bias };
}

const scoreOf = (m: Model, x: number[]) => x.reduce((s, v, j) => s + v * m.weights[j]!, m.bias);

function aucOf(data: Example[], score: (e: Example) => number): number {
  return auc(data.filter((e) => e.y === 1).map(score), data.filter((e) => e.y === 0).map(score));
}

// Cross-validation: every tuning request is scored by weights fitted without its fold.
const perCorpus = (score: (e: Example) => number) => CORPORA.map(([c]) => aucOf(examples.filter((e) => e.corpus === c), score));
const [hwWiki, hwSe] = perCorpus((e) => impolitenessScore(e.text));
console.log(`${examples.length} tuning-half requests (quartiles), ${dim} features`);
console.log(`weights now in politeness-weights.ts, on the tuning half: Wikipedia ${hwWiki!.toFixed(3)}, Stack Exchange ${hwSe!.toFixed(3)}`);
console.log('| Stack Exchange share | L2 | out-of-fold AUC Wikipedia | out-of-fold AUC Stack Exchange | in-sample SE |');
console.log('|---|---|---|---|---|');
let best = { share: SE_SHARES[0]!, l2: L2[0]!, se: -1, wiki: 0 };
for (const share of SE_SHARES) {
  for (const l2 of L2) {
    const outOfFold = new Map<Example, number>();
    for (let f = 0; f < FOLDS; f += 1) {
      const m = fit(examples.filter((e) => e.fold !== f), l2, share);
      for (const e of examples) if (e.fold === f) outOfFold.set(e, scoreOf(m, e.x));
    }
    const [wiki, se] = perCorpus((e) => outOfFold.get(e)!);
    const all = fit(examples, l2, share);
    const [, seIn] = perCorpus((e) => scoreOf(all, e.x));
    console.log(`| ${share} | ${l2} | ${wiki!.toFixed(3)} | ${se!.toFixed(3)} | ${seIn!.toFixed(3)} |`);
    // Wikipedia must stay at 0.85 or more; among those, the best Stack Exchange figure (the one that is missed).
    if (wiki! >= 0.85 && se! > best.se + 1e-9) best = { share, l2, se: se!, wiki: wiki! };
  }
}
console.log(`chosen: Stack Exchange share ${best.share}, L2 ${best.l2} (out-of-fold AUC Stack Exchange ${best.se.toFixed(3)}, Wikipedia ${best.wiki.toFixed(3)})`);

const model = fit(examples, best.l2, best.share);
const round = (v: number) => Math.round(v * 1000) / 1000;
const rounded: Model = { weights: model.weights.map(round), bias: round(model.bias) };
const [rWiki, rSe] = perCorpus((e) => scoreOf(rounded, e.x));
console.log(`fitted on the whole tuning half (rounded weights), in-sample: Wikipedia ${rWiki!.toFixed(3)}, Stack Exchange ${rSe!.toFixed(3)}`);
const table = names.map((n, j) => [n, rounded.weights[j]!] as const);
for (const [n, w] of [...table].sort((a, b) => b[1] - a[1])) console.log(`${w >= 0 ? ' ' : ''}${w.toFixed(3)}  ${n}`);

if (process.argv.includes('--write')) {
  const out = resolve(root, 'src', 'engine', 'politeness-weights.ts');
  writeFileSync(
    out,
    `// GENERATED by scripts/eval/fit-politeness.ts --write; do not edit by hand, run the script again.
// Weights of the politeness strategies in politeness.ts (positive = less polite), fitted by
// L2-regularised logistic regression (L2 ${best.l2}, Stack Exchange share of the training weight ${best.share}, both
// chosen by ${FOLDS}-fold cross-validation inside the tuning half) on the TUNING half of the Stanford Politeness Corpus (Danescu-Niculescu-Mizil et al. 2013;
// Wikipedia and Stack Exchange requests, CC BY 4.0, https://github.com/sudhof/politeness): least polite
// quartile against most polite quartile of each corpus. The reporting half is never read.
// Out-of-fold AUC on the tuning half: Stack Exchange ${best.se.toFixed(3)}, Wikipedia ${best.wiki.toFixed(3)}.
// A feature's weight applies per unit of its value (1 when present; counts up to 3; see politeness.ts).
export const POLITENESS_WEIGHTS: Readonly<Record<string, number>> = {
  bias: ${rounded.bias},
${table.map(([n, w]) => `  ${JSON.stringify(n)}: ${w},`).join('\n')}
};
`,
  );
  console.log(`wrote ${out}`);
}
