/**
 * HTML built so that escaping cannot be forgotten: the `html` tag escapes
 * every interpolated string or number, and only `Markup` (what `html` itself
 * returns, or `trusted` for the report's own constant CSS) goes in unescaped.
 * Specifications and file names are untrusted text.
 */
export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Part = Markup | string | number | false | null | undefined | readonly Part[];

// Control characters other than tab and line breaks are not allowed in HTML;
// strip them rather than let a browser substitute them.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export const escapeHtml = (text: string): string =>
  text
    .replace(CONTROL, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

function render(part: Part): string {
  if (part === false || part === null || part === undefined) return '';
  if (part instanceof Markup) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): Markup {
  let out = strings[0]!;
  for (let i = 0; i < parts.length; i++) out += render(parts[i]!) + strings[i + 1]!;
  return new Markup(out);
}

/** For the report's own constants only (its stylesheet), never for document text. */
export const trusted = (value: string): Markup => new Markup(value);

/** A file path that may break after each slash rather than anywhere in a name. */
export const pathMarkup = (path: string): Markup =>
  new Markup(path.split('/').map(escapeHtml).join('/<wbr>'));
