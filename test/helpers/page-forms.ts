// The POST forms a page carries: where each posts to and the fields it sends, read from the HTML
// as a browser would, so tests derive field names from the real pages rather than restating them.
import { unescapeHtml } from './html.ts';

export interface PageForm {
  action: string;
  /** Field names in page order, without duplicates (radios repeat their name); _csrf included. */
  fields: string[];
  /** Values the page itself puts in each field (prefilled text, radio and checkbox values). */
  values: Record<string, string[]>;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag);
  return match ? unescapeHtml(match[1]!) : undefined;
}

export function postForms(html: string): PageForm[] {
  const forms: PageForm[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const open = match[1]!;
    if ((attribute(open, 'method') ?? 'get').toLowerCase() !== 'post') continue;
    const fields: string[] = [];
    const values: Record<string, string[]> = {};
    const add = (name: string, value: string | undefined) => {
      const known = (values[name] ??= []);
      if (value && !known.includes(value)) known.push(value);
    };
    for (const control of match[2]!.matchAll(/<(?:input|textarea|button)\b[^>]*>|<select\b[^>]*>([\s\S]*?)<\/select>/gi)) {
      const tag = /^<[^>]*>/.exec(control[0])![0];
      const name = attribute(tag, 'name');
      if (name === undefined) continue;
      if (!fields.includes(name)) fields.push(name);
      if (control[1] === undefined) add(name, attribute(tag, 'value'));
      else for (const option of control[1].matchAll(/<option\b[^>]*>/gi)) add(name, attribute(option[0], 'value'));
    }
    forms.push({ action: attribute(open, 'action') ?? '', fields, values });
  }
  return forms;
}

/** Does a concrete path match a route pattern such as /users/:id/password? */
export function matchesRoute(pattern: string, path: string): boolean {
  const source = pattern
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`).test(path.split('?')[0]!);
}
