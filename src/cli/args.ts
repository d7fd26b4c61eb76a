// Command-line argument parsing for `calmreply`: small on purpose, with clear messages.
import type { LanguageChoice } from '../engine/types';

export class UsageError extends Error {}

export interface CliOptions {
  command: 'check' | 'lint-macros' | 'help' | 'version';
  lang: LanguageChoice;
  format: 'text' | 'json' | 'jsonl';
  now?: Date;
  file?: string;
}

export const USAGE = `Usage:
  calmreply check [--lang en|de|auto] [--format text|json|jsonl] [--now ISO] [FILE|-]
  calmreply lint-macros [--lang en|de|auto] [--format text|json] FILE
  calmreply --help | --version

check        Checks one agent reply (text/json) or one JSON object per line (jsonl:
             {"id","text","role":"agent"|"customer","lang"?,"customer"?}). Reads stdin without FILE or with -.
lint-macros  Checks every reply text of a Zendesk macros export or a Freshdesk canned-responses
             export, worst macro first. Exit code 1 when any error-severity finding exists.
--now ISO    Reference time for follow-up due dates (default: now).`;

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { command: 'help', lang: 'auto', format: 'text' };
  const rest = [...argv];
  const first = rest.shift();
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return options;
  if (first === '--version' || first === '-v') return { ...options, command: 'version' };
  if (first !== 'check' && first !== 'lint-macros') throw new UsageError(`unknown command "${first}"`);
  options.command = first;
  while (rest.length) {
    const arg = rest.shift()!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? rest.shift();
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--lang': {
        const lang = value();
        if (lang !== 'en' && lang !== 'de' && lang !== 'auto') throw new UsageError(`--lang must be en, de or auto, not "${lang}"`);
        options.lang = lang;
        break;
      }
      case '--format': {
        const format = value();
        const allowed = options.command === 'check' ? ['text', 'json', 'jsonl'] : ['text', 'json'];
        if (!allowed.includes(format)) throw new UsageError(`--format must be ${allowed.join(', ')}, not "${format}"`);
        options.format = format as CliOptions['format'];
        break;
      }
      case '--now': {
        const raw = value();
        const now = new Date(raw);
        if (Number.isNaN(now.getTime())) throw new UsageError(`--now must be an ISO date-time such as 2026-11-25T10:00:00+01:00, not "${raw}"`);
        options.now = now;
        break;
      }
      case '--help':
      case '-h':
        return { ...options, command: 'help' };
      default:
        if (flag.startsWith('--')) throw new UsageError(`unknown option ${flag}`);
        if (options.file !== undefined) throw new UsageError(`only one FILE may be given (got "${options.file}" and "${flag}")`);
        options.file = flag;
    }
  }
  if (options.command === 'lint-macros' && (options.file === undefined || options.file === '-')) {
    throw new UsageError('lint-macros needs the export FILE');
  }
  return options;
}
