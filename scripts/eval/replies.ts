// Measures the agent-reply checker.
//  1. The labeled dev set tests/eval/replies.{en,de}.jsonl: per category TP / FP / FN,
//     precision and recall at reply level (a reply "predicts" the set of categories of its findings).
//  2. Real agent replies (IBM Twitter customer care, ../shared/eval/ibm_twcc_dev.json): share of
//     replies and sentences flagged per category, with a few flagged sentences to read.
//     The second, third and fourth dev sets tests/eval/dev2/dev3/dev4.{en,de}.jsonl (the first, second
//     and third held-out sets; tuned on since) the same way.
//  3. With --holdout: the held-out set tests/eval/holdout.{en,de}.jsonl (same format and labeling
//     policy, written separately from the rules): the same table, printed after the dev tables.
//     Its misses are listed only with --verbose, so that rules are not tuned to its lines.
// Usage: node scripts/run-ts.mjs scripts/eval/replies.ts [--verbose] [--json] [--holdout] [--ibm-test]
//   --verbose   list every false positive / negative with the whole reply (default: first 20 per language)
//   --holdout   also score the held-out set (npm run eval passes it)
//   --json      print machine-readable results only
//   --ibm-test  run the real-data report on ibm_twcc_test.json instead of the dev file (final check only)
// Labeling policy: tests/eval/README.md.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkReply } from '../../src/engine/check';
import { repoRoot } from './paths';
import { splitSentences } from '../../src/engine/text';
import type { Finding, Language, ReplyCategory } from '../../src/engine/types';
import { REPLY_CATEGORIES } from '../../src/engine/types';

const args = new Set(process.argv.slice(2));
const VERBOSE = args.has('--verbose');
const JSON_OUT = args.has('--json');
const IBM_TEST = args.has('--ibm-test');
const HOLDOUT = args.has('--holdout');

const TARGET_P = 0.95;
const TARGET_R = 0.9;

/** Categories judged only on replies marked `"complete": true` (see tests/eval/README.md). */
const COMPLETE_ONLY: ReadonlySet<ReplyCategory> = new Set(['no-closing-offer']);

const root = repoRoot();

interface Example {
  id: string;
  text: string;
  labels: ReplyCategory[];
  customer?: string;
  complete?: boolean;
}

interface Miss {
  id: string;
  category: ReplyCategory;
  kind: 'FP' | 'FN';
  excerpt: string;
  text: string;
}

interface CategoryScore {
  category: ReplyCategory;
  tp: number;
  fp: number;
  fn: number;
  support: number;
  precision: number | null;
  recall: number | null;
  meetsTarget: boolean | null;
}

type LabeledSet = 'dev' | 'dev2' | 'dev3' | 'dev4' | 'holdout';
const SET_FILE: Record<LabeledSet, string> = { dev: 'replies', dev2: 'dev2', dev3: 'dev3', dev4: 'dev4', holdout: 'holdout' };
const SET_TITLE: Record<LabeledSet, string> = { dev: 'dev set', dev2: 'second dev set (the first held-out set, tuned on since)', dev3: 'third dev set (the second held-out set, tuned on since)', dev4: 'fourth dev set (the third held-out set, tuned on since)', holdout: 'held-out set' };

interface DevResult {
  set: LabeledSet;
  language: Language;
  replies: number;
  clean: number;
  scores: CategoryScore[];
  misses: Miss[];
}

let totalChecks = 0;
let totalMs = 0;
function timedCheck(text: string, lang: Language, customer?: string): Finding[] {
  const t0 = performance.now();
  const result = checkReply(text, { lang, customer });
  totalMs += performance.now() - t0;
  totalChecks += 1;
  return result.findings;
}

const isReplyCategory = (c: string): c is ReplyCategory => (REPLY_CATEGORIES as readonly string[]).includes(c);

function loadDev(language: Language, set: LabeledSet = 'dev'): Example[] {
  const file = join(root, 'tests', 'eval', `${SET_FILE[set]}.${language}.jsonl`);
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Example[] = [];
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let obj: Example;
    try {
      obj = JSON.parse(line) as Example;
    } catch (err) {
      throw new Error(`${file}:${i + 1}: bad JSON (${(err as Error).message})`);
    }
    if (typeof obj.id !== 'string' || typeof obj.text !== 'string' || !Array.isArray(obj.labels)) {
      throw new Error(`${file}:${i + 1}: needs id, text, labels`);
    }
    for (const l of obj.labels) if (!isReplyCategory(l)) throw new Error(`${file}:${i + 1}: unknown label ${l}`);
    if (obj.labels.includes('no-closing-offer') && !obj.complete) throw new Error(`${file}:${i + 1}: no-closing-offer is only labeled on "complete" replies`);
    if (obj.labels.includes('no-acknowledgment') && !obj.customer) throw new Error(`${file}:${i + 1}: no-acknowledgment needs the customer's message`);
    if (seen.has(obj.id)) throw new Error(`${file}:${i + 1}: duplicate id ${obj.id}`);
    seen.add(obj.id);
    out.push(obj);
  });
  return out;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
const clip = (s: string, n = 90) => (s.length > n ? s.slice(0, n - 1) + '…' : s).replace(/\s*\n\s*/g, ' ⏎ ');

function evalDev(language: Language, set: LabeledSet = 'dev'): DevResult {
  const examples = loadDev(language, set);
  const counts = new Map<ReplyCategory, { tp: number; fp: number; fn: number; support: number }>();
  for (const c of REPLY_CATEGORIES) counts.set(c, { tp: 0, fp: 0, fn: 0, support: 0 });
  const misses: Miss[] = [];
  for (const ex of examples) {
    const findings = timedCheck(ex.text, language, ex.customer);
    const predicted = new Map<ReplyCategory, Finding>();
    for (const f of findings) {
      if (isReplyCategory(f.category) && !predicted.has(f.category)) predicted.set(f.category, f);
    }
    const gold = new Set(ex.labels);
    for (const c of REPLY_CATEGORIES) {
      if (COMPLETE_ONLY.has(c) && !ex.complete) continue;
      const n = counts.get(c)!;
      const p = predicted.get(c);
      if (gold.has(c)) n.support += 1;
      if (gold.has(c) && p) n.tp += 1;
      else if (p) {
        n.fp += 1;
        misses.push({ id: ex.id, category: c, kind: 'FP', excerpt: p.excerpt, text: ex.text });
      } else if (gold.has(c)) {
        n.fn += 1;
        misses.push({ id: ex.id, category: c, kind: 'FN', excerpt: ex.text, text: ex.text });
      }
    }
  }
  const scores: CategoryScore[] = REPLY_CATEGORIES.map((category) => {
    const { tp, fp, fn, support } = counts.get(category)!;
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const meetsTarget = support === 0 && fp === 0 ? null : (precision ?? 1) >= TARGET_P && (recall ?? 1) >= TARGET_R;
    return { category, tp, fp, fn, support, precision, recall, meetsTarget };
  });
  return { set, language, replies: examples.length, clean: examples.filter((e) => e.labels.length === 0).length, scores, misses };
}

// ---------- real agent replies (IBM Twitter customer care) ----------

interface Turn {
  client?: string;
  agent?: string;
  client1?: string;
  message: string;
  tweet_ID?: string;
}
interface Conversation {
  agentURL?: { url_utterance?: string; tweet_ID?: string };
  dialogContent: Turn[];
  dialogHeader: { company: string };
}

interface RealResult {
  file: string;
  replies: number;
  sentences: number;
  perCategory: Array<{ category: ReplyCategory; replies: number; replyShare: number; sentences: number; sentenceShare: number; sample: string[] }>;
}

/** Leading @handles are Twitter addressing, not something an agent types in a helpdesk reply. */
const stripHandles = (s: string) => s.replace(/^(?:\s*@\w+)+\s*/, '').trim();

function agentReplies(conversations: Conversation[]): Array<{ text: string; customer?: string }> {
  const out: Array<{ text: string; customer?: string }> = [];
  for (const conv of conversations) {
    const company = conv.dialogHeader.company;
    let lastCustomer: string | undefined;
    for (const turn of conv.dialogContent) {
      const who = turn.agent ?? turn.client;
      if (who === company) {
        const text = stripHandles(turn.message);
        if (text) out.push({ text, customer: lastCustomer });
      } else if (turn.client !== undefined) {
        lastCustomer = stripHandles(turn.message);
      }
    }
    const final = conv.agentURL?.url_utterance;
    if (final && stripHandles(final)) out.push({ text: stripHandles(final), customer: lastCustomer });
  }
  return out;
}

function evalReal(): RealResult | { file: string; missing: true } {
  const name = IBM_TEST ? 'ibm_twcc_test.json' : 'ibm_twcc_dev.json';
  const file = resolve(root, '..', 'shared', 'eval', name);
  if (!existsSync(file)) return { file, missing: true };
  const replies = agentReplies(JSON.parse(readFileSync(file, 'utf8')) as Conversation[]);
  let sentenceTotal = 0;
  const acc = new Map<ReplyCategory, { replies: number; sentences: number; sample: string[] }>();
  for (const c of REPLY_CATEGORIES) acc.set(c, { replies: 0, sentences: 0, sample: [] });
  for (const reply of replies) {
    const sentences = splitSentences(reply.text, 'en');
    sentenceTotal += sentences.length;
    const findings = timedCheck(reply.text, 'en', reply.customer);
    // category → sentence index → first finding in it
    const byCategory = new Map<ReplyCategory, Map<number, Finding>>();
    for (const f of findings) {
      if (!isReplyCategory(f.category)) continue;
      let idx = sentences.findIndex((s) => f.start >= s.start && f.start < s.start + s.text.length);
      if (idx < 0) idx = 0;
      if (!byCategory.has(f.category)) byCategory.set(f.category, new Map());
      const m = byCategory.get(f.category)!;
      if (!m.has(idx)) m.set(idx, f);
    }
    for (const [category, idxs] of byCategory) {
      const a = acc.get(category)!;
      a.replies += 1;
      a.sentences += idxs.size;
      for (const [i, f] of idxs) {
        if (a.sample.length >= 5) break;
        const s = sentences[i];
        // Mark the underlined span with [[ ]] inside its sentence.
        if (s && f.start >= s.start && f.end <= s.start + s.text.length) {
          const a0 = f.start - s.start;
          const a1 = f.end - s.start;
          a.sample.push(`${s.text.slice(0, a0)}[[${s.text.slice(a0, a1)}]]${s.text.slice(a1)}`);
        } else a.sample.push(`[[${f.excerpt}]]`);
      }
    }
  }
  return {
    file,
    replies: replies.length,
    sentences: sentenceTotal,
    perCategory: REPLY_CATEGORIES.map((category) => {
      const a = acc.get(category)!;
      return {
        category,
        replies: a.replies,
        replyShare: replies.length ? a.replies / replies.length : 0,
        sentences: a.sentences,
        sentenceShare: sentenceTotal ? a.sentences / sentenceTotal : 0,
        sample: a.sample,
      };
    }),
  };
}

// ---------- output ----------

const fmt = (x: number | null) => (x === null ? '   —' : x.toFixed(2).padStart(4));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

function printDev(r: DevResult): void {
  console.log(`\n== ${SET_TITLE[r.set]} (${r.language}): ${r.replies} replies, ${r.clean} clean ==`);
  console.log('category            support   TP   FP   FN   prec  recall  target');
  for (const s of r.scores) {
    const mark = s.support === 0 && s.fp === 0 ? '' : s.meetsTarget ? 'ok' : '✗';
    console.log(
      `${s.category.padEnd(19)} ${String(s.support).padStart(7)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}   ${fmt(s.precision)}  ${fmt(s.recall)}   ${mark}`,
    );
  }
  const tot = r.scores.reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
  console.log(`${'micro'.padEnd(19)} ${''.padStart(7)} ${String(tot.tp).padStart(4)} ${String(tot.fp).padStart(4)} ${String(tot.fn).padStart(4)}   ${fmt(ratio(tot.tp, tot.tp + tot.fp))}  ${fmt(ratio(tot.tp, tot.tp + tot.fn))}`);
  console.log(`targets: P ≥ ${TARGET_P}, R ≥ ${TARGET_R} (✗ = missed; no-closing-offer judged on "complete" replies only)`);
  if (r.set === 'holdout' && !VERBOSE) {
    const n = r.misses.length;
    if (n) console.log(`(${n} misses on the held-out set not listed, so that rules are not tuned to it; --verbose lists them)`);
    return;
  }
  const fps = r.misses.filter((m) => m.kind === 'FP');
  const fns = r.misses.filter((m) => m.kind === 'FN');
  const limit = VERBOSE ? Infinity : 20;
  for (const [title, list] of [['false positives', fps], ['false negatives', fns]] as const) {
    if (!list.length) continue;
    console.log(`\n${title} (${list.length})${list.length > limit ? `, first ${limit} (--verbose for all)` : ''}:`);
    for (const m of list.slice(0, limit)) {
      console.log(`  ${m.id.padEnd(8)} ${m.category.padEnd(18)} ${VERBOSE && m.kind === 'FP' ? `[${m.excerpt}] in: ${clip(m.text, 200)}` : clip(m.excerpt, VERBOSE ? 300 : 90)}`);
    }
  }
}

function printReal(r: RealResult | { file: string; missing: true }): void {
  if ('missing' in r) {
    console.log(`\n== real agent replies: ${r.file} not found, skipped ==`);
    return;
  }
  console.log(`\n== real agent replies (${r.file.split(/[\\/]/).pop()}): ${r.replies} replies, ${r.sentences} sentences ==`);
  console.log('category            replies   share  sentences   share');
  for (const c of r.perCategory) {
    console.log(`${c.category.padEnd(19)} ${String(c.replies).padStart(7)}  ${pct(c.replyShare)}  ${String(c.sentences).padStart(9)}  ${pct(c.sentenceShare)}`);
  }
  for (const c of r.perCategory) {
    if (!c.sample.length) continue;
    console.log(`\n  ${c.category} — sample of flagged sentences:`);
    for (const s of c.sample) {
      const at = s.indexOf('[[');
      const from = s.length > 160 && at > 60 ? at - 60 : 0;
      console.log(`    · ${from ? '…' : ''}${clip(s.slice(from), 160)}`);
    }
  }
}

const t0 = performance.now();
const dev = (['dev', 'dev2', 'dev3', 'dev4'] as const).flatMap((set) => (['en', 'de'] as const).map((l) => evalDev(l, set)));
const holdout = HOLDOUT && existsSync(join(root, 'tests', 'eval', `${SET_FILE.holdout}.en.jsonl`))
  ? (['en', 'de'] as const).map((l) => evalDev(l, 'holdout'))
  : undefined;
const real = evalReal();
const wall = performance.now() - t0;
const timing = { totalMs: wall, checks: totalChecks, checkMs: totalMs, meanMsPerReply: totalChecks ? totalMs / totalChecks : 0 };

if (JSON_OUT) {
  console.log(JSON.stringify({ targets: { precision: TARGET_P, recall: TARGET_R }, dev, ...(holdout ? { holdout } : {}), real, timing }, null, 2));
} else {
  dev.forEach(printDev);
  holdout?.forEach(printDev);
  printReal(real);
  console.log(`\nrun time ${(wall / 1000).toFixed(2)} s; ${totalChecks} replies checked, mean ${timing.meanMsPerReply.toFixed(3)} ms per reply`);
}
