// Reads helpdesk macro exports: Zendesk macros ({"macros":[{id,title,actions:[{field,value}]}]})
// and Freshdesk canned responses ([{id,title,content|content_html}]), into plain reply texts.
import { htmlToText } from '../engine/html-text';

export interface Macro {
  id: string;
  title: string;
  text: string;
}

export class MacroFormatError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function zendeskMacros(list: unknown[]): Macro[] {
  return list.map((macro, index) => {
    if (!isRecord(macro)) throw new MacroFormatError(`macros[${index}] is not an object`);
    const actions = Array.isArray(macro.actions) ? macro.actions : [];
    const texts = actions.filter(isRecord).flatMap((action) => {
      if (typeof action.value !== 'string' && !Array.isArray(action.value)) return [];
      const value = Array.isArray(action.value) ? action.value.filter((v): v is string => typeof v === 'string').join('\n') : action.value;
      if (action.field === 'comment_value_html') return [htmlToText(value)];
      if (action.field === 'comment_value') return [value];
      return [];
    });
    return { id: String(macro.id ?? index), title: String(macro.title ?? `macro ${index + 1}`), text: texts.join('\n\n') };
  });
}

function freshdeskResponses(list: unknown[]): Macro[] {
  return list.map((response, index) => {
    if (!isRecord(response)) throw new MacroFormatError(`item [${index}] is not an object`);
    const html = typeof response.content_html === 'string' ? response.content_html : undefined;
    const plain = typeof response.content === 'string' ? response.content : undefined;
    if (html === undefined && plain === undefined) throw new MacroFormatError(`item [${index}] has neither "content" nor "content_html"`);
    return { id: String(response.id ?? index), title: String(response.title ?? `response ${index + 1}`), text: html !== undefined ? htmlToText(html) : plain! };
  });
}

export function readMacros(json: unknown): { format: 'zendesk' | 'freshdesk'; macros: Macro[] } {
  if (isRecord(json) && Array.isArray(json.macros)) return { format: 'zendesk', macros: zendeskMacros(json.macros) };
  if (isRecord(json) && Array.isArray(json.canned_responses)) return { format: 'freshdesk', macros: freshdeskResponses(json.canned_responses) };
  if (Array.isArray(json)) return { format: 'freshdesk', macros: freshdeskResponses(json) };
  throw new MacroFormatError('unknown export format: expected a Zendesk macros export ({"macros": [...]}) or a Freshdesk canned-responses export (an array of {"id", "title", "content" or "content_html"})');
}
