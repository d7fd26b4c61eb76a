// `calmreply`: the same engine as the extension, on files, stdin and macro exports, for team
// leads and for measurement. Exit codes: 0 fine, 1 error-severity findings (lint-macros), 2 bad input.
import { readFileSync } from 'node:fs';
import { checkReply } from '../engine/check';
import { analyzeCustomer } from '../engine/customer';
import { SEVERITY_ORDER } from '../engine/severity';
import type { CheckResult, Finding, LanguageChoice } from '../engine/types';
import { parseArgs, USAGE, UsageError, type CliOptions } from './args';
import { customerFindings } from './customer-findings';
import { MacroFormatError, readMacros } from './macros';

const VERSION = '0.1.0';

class InputError extends Error {}

function readInput(file: string | undefined): string {
  try {
    return file === undefined || file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    throw new InputError(`cannot read ${file ?? 'stdin'}: ${why}`);
  }
}

/** JSON.parse with the line and column of the mistake in the message. */
function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = Number(/position (\d+)/.exec(message)?.[1]);
    if (Number.isFinite(position)) {
      const before = text.slice(0, position);
      const line = before.split('\n').length;
      const column = position - before.lastIndexOf('\n');
      throw new InputError(`${where}:${line}:${column}: invalid JSON (${message.replace(/ in JSON at position \d+.*$/, '')})`);
    }
    throw new InputError(`${where}: invalid JSON (${message})`);
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
}

function formatFinding(text: string, finding: Finding, where: string): string {
  const lines = [`${where}:${lineAndColumn(text, finding.start)}  ${finding.severity.padEnd(7)} ${finding.message}  (${finding.ruleId} · ${finding.guidance})`, `    "${finding.excerpt}"`];
  if (finding.suggestions[0] !== undefined) lines.push(`    → ${finding.suggestions[0]}`);
  return lines.join('\n');
}

function summary(findings: Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => SEVERITY_ORDER[a[0] as Finding['severity']] - SEVERITY_ORDER[b[0] as Finding['severity']]).map(([s, n]) => `${n} ${s}${n === 1 ? '' : 's'}`);
  return findings.length ? `${findings.length} finding${findings.length === 1 ? '' : 's'} (${parts.join(', ')})` : 'no findings';
}

function jsonlLine(line: string, lineNumber: number, options: CliOptions): object {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `line ${lineNumber}: invalid JSON (${(error as Error).message})` };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { id: null, error: `line ${lineNumber}: expected a JSON object` };
  const record = input as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : null;
  if (typeof record.text !== 'string') return { id, error: `line ${lineNumber}: "text" must be a string` };
  const role = record.role ?? 'agent';
  if (role !== 'agent' && role !== 'customer') return { id, error: `line ${lineNumber}: "role" must be "agent" or "customer"` };
  const lang = record.lang ?? options.lang;
  if (lang !== 'en' && lang !== 'de' && lang !== 'auto') return { id, error: `line ${lineNumber}: "lang" must be "en" or "de"` };
  if (record.customer !== undefined && typeof record.customer !== 'string') return { id, error: `line ${lineNumber}: "customer" must be a string` };

  if (role === 'customer') {
    const analysis = analyzeCustomer(record.text, lang as LanguageChoice);
    return { id, language: analysis.language, findings: customerFindings(record.text, analysis), customer: { anger: analysis.anger, signals: analysis.signals }, commitments: [] };
  }
  const result = checkReply(record.text, { lang: lang as LanguageChoice, customer: record.customer as string | undefined, now: options.now });
  return { id, ...jsonResult(result) };
}

function jsonResult(result: CheckResult): object {
  return {
    language: result.language,
    findings: result.findings,
    ...(result.customer ? { customer: { anger: result.customer.anger, signals: result.customer.signals } } : {}),
    commitments: result.commitments.map((c) => (c.due ? { text: c.text, due: c.due } : { text: c.text })),
  };
}

function runCheck(options: CliOptions, out: (line: string) => void): number {
  const text = readInput(options.file);
  const where = options.file && options.file !== '-' ? options.file : 'stdin';
  if (options.format === 'jsonl') {
    text.split('\n').forEach((line, index) => {
      if (!line.trim()) return;
      let answer: object;
      try {
        answer = jsonlLine(line, index + 1, options);
      } catch (error) {
        answer = { id: null, error: `line ${index + 1}: ${(error as Error).message}` };
      }
      // An id comes first so that tools can join input and output lines.
      out(JSON.stringify('id' in answer ? answer : { id: null, ...answer }));
    });
    return 0;
  }
  const result = checkReply(text, { lang: options.lang, now: options.now });
  if (options.format === 'json') {
    out(JSON.stringify(jsonResult(result), null, 2));
    return 0;
  }
  for (const finding of result.findings.filter((f) => f.category !== 'commitment')) out(formatFinding(text, finding, where));
  for (const commitment of result.commitments) out(`${where}:${lineAndColumn(text, commitment.start)}  follow-up "${commitment.text}"${commitment.due ? ` due ${commitment.due}` : ' (no date said)'}`);
  out(`${summary(result.findings.filter((f) => f.category !== 'commitment'))} · language ${result.language}`);
  return 0;
}

function runLintMacros(options: CliOptions, out: (line: string) => void): number {
  const file = options.file!;
  let exported;
  try {
    exported = readMacros(parseJson(readInput(file), file));
  } catch (error) {
    if (error instanceof MacroFormatError) throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
  const reports = exported.macros.map((macro) => {
    const findings = checkReply(macro.text, { lang: options.lang, now: options.now }).findings.filter((f) => f.severity !== 'info');
    const worst = Math.min(...findings.map((f) => SEVERITY_ORDER[f.severity]), 9);
    return { ...macro, findings, worst };
  });
  // Worst macro first: most severe finding, then most findings.
  reports.sort((a, b) => a.worst - b.worst || b.findings.length - a.findings.length);
  const errors = reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0);
  if (options.format === 'json') {
    out(JSON.stringify({ format: exported.format, macros: reports.map(({ worst: _worst, ...r }) => r), errors }, null, 2));
  } else {
    for (const report of reports) {
      out(`${report.title} (#${report.id}): ${summary(report.findings)}`);
      for (const finding of report.findings) out(formatFinding(report.text, finding, `  #${report.id}`));
    }
    out(`${reports.length} ${exported.format} macro${reports.length === 1 ? '' : 's'} checked, ${reports.filter((r) => r.findings.length).length} with findings, ${errors} error${errors === 1 ? '' : 's'}`);
  }
  return errors > 0 ? 1 : 0;
}

export function main(argv: string[], out: (line: string) => void = console.log, err: (line: string) => void = console.error): number {
  try {
    const options = parseArgs(argv);
    if (options.command === 'help') return out(USAGE), 0;
    if (options.command === 'version') return out(VERSION), 0;
    return options.command === 'check' ? runCheck(options, out) : runLintMacros(options, out);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`calmreply: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof InputError) {
      err(`calmreply: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
