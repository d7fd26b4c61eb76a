// Deterministic split of the Stanford Politeness Corpus into a TUNING half and a REPORTING half.
// Features of impolitenessScore may only be chosen by reading tuning-half requests; the
// evaluation reports AUC on the reporting half (and the tuning half for comparison).
// The split is a hash of the corpus row id (FNV-1a, 32 bit), so it never changes between runs
// and does not depend on the text or the label.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type Half = 'tuning' | 'reporting';

export interface PolitenessRequest {
  id: string;
  text: string;
  score: number;
  half: Half;
}

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Which half a request belongs to: decided by the hash of its id alone. */
export function halfOf(id: string): Half {
  return fnv1a(`politeness:${id}`) % 2 === 0 ? 'tuning' : 'reporting';
}

export function parseCsv(text: string): string[][] {
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

export function readPoliteness(evalDir: string, file: string): PolitenessRequest[] {
  const rows = parseCsv(readFileSync(resolve(evalDir, file), 'utf8'));
  const header = rows[0];
  const iId = header.indexOf('Id');
  const iText = header.indexOf('Request');
  const iScore = header.indexOf('Normalized Score');
  return rows
    .slice(1)
    .map((r) => ({ id: r[iId], text: r[iText], score: Number(r[iScore]), half: halfOf(r[iId]) }))
    .filter((d) => d.text && Number.isFinite(d.score));
}

/** Least polite quartile (positives) and most polite quartile (negatives), thresholds from `data` itself. */
export function quartiles<T extends { score: number }>(data: T[]): { impolite: T[]; polite: T[] } {
  const sorted = data.map((d) => d.score).sort((a, b) => a - b);
  const q1 = sorted[Math.floor(sorted.length * 0.25)];
  const q3 = sorted[Math.floor(sorted.length * 0.75)];
  return { impolite: data.filter((d) => d.score <= q1), polite: data.filter((d) => d.score >= q3) };
}

/** AUC = probability that a random impolite request scores higher than a random polite one. */
export function auc(positives: number[], negatives: number[]): number {
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
