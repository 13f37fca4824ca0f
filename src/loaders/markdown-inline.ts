/**
 * The visible text of a block's inline tokens (markdown-it's), with where each
 * piece of it stands in the source: the part of reading Markdown below the
 * block. markdown.ts walks the blocks; markdown-source.ts places a block's
 * content in the source.
 */
import { parseLinkDestination, parseLinkTitle, type Token } from './markdown-parser.js';
import type { TextSpan } from '../core/model.js';

export interface InlineResult {
  text: string;
  spans: TextSpan[];
  comments: Array<{ value: string; start: number; end: number }>;
}

/** The index just past the ")" of an inline link or image whose "]" is at `close`, or past the "]" of a reference. */
function pastLinkTail(content: string, close: number): number {
  let pos = close + 1;
  if (content[pos] === '[') {
    const end = content.indexOf(']', pos + 1);
    return end === -1 ? pos : end + 1;
  }
  if (content[pos] !== '(') return pos;
  const skipBlanks = (): void => {
    while (pos < content.length && /\s/.test(content[pos]!)) pos++;
  };
  pos++;
  skipBlanks();
  const destination = parseLinkDestination(content, pos, content.length);
  if (destination.ok) pos = destination.pos;
  skipBlanks();
  const title = parseLinkTitle(content, pos, content.length);
  if (title.ok) pos = title.pos;
  skipBlanks();
  return content[pos] === ')' ? pos + 1 : pos;
}

/** The "]" that closes the bracket opened at `open`, counting nested brackets and skipping escapes. */
function closingBracket(content: string, open: number): number {
  let depth = 0;
  for (let i = open; i < content.length; i++) {
    const c = content[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Concatenates the visible text of a block's inline tokens, recording where
 * each piece came from: `at` gives the source offset of each character of the
 * inline content the tokens were read from. A cursor walks that content, so
 * each text is found where it stands, after the markup before it.
 */
export function inlineText(tokens: readonly Token[], content: string, at: Int32Array, source: string): InlineResult {
  const out: InlineResult = { text: '', spans: [], comments: [] };
  let cursor = 0;
  /** Appends `value`, read from the content [from, to) when found there (from >= 0), and moves the cursor past it. */
  const append = (value: string, from: number, to: number): void => {
    // markdown-it leaves empty text tokens around markup: nothing to place.
    if (value === '') return;
    if (from >= 0) {
      const sourceStart = at[from]!;
      const sourceEnd = to > from ? at[to - 1]! + 1 : sourceStart;
      out.spans.push({ textStart: out.text.length, length: value.length, sourceStart, sourceEnd, verbatim: source.slice(sourceStart, sourceEnd) === value });
      cursor = to;
    }
    out.text += value;
  };
  const lineEnding = (): string => {
    const nl = content.indexOf('\n', cursor);
    if (nl === -1) return '\n';
    cursor = nl + 1;
    // The text keeps the source's own line ending, as it stands between the lines.
    const end = at[nl]!;
    return source.startsWith('\r\n', end) ? '\r\n' : source[end] === '\r' ? '\r' : '\n';
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.type) {
      case 'text': {
        const from = content.indexOf(token.content, cursor);
        append(token.content, from, from + token.content.length);
        break;
      }
      case 'text_special': {
        // An escape ("\*") or an entity ("&amp;"): the character it stands for, placed on what was written.
        const from = content.indexOf(token.markup, cursor);
        append(token.content, from, from + token.markup.length);
        break;
      }
      case 'code_inline': {
        const open = content.indexOf(token.markup, cursor);
        const close = open >= 0 ? content.indexOf(token.markup, open + token.markup.length) : -1;
        append(token.content, close >= 0 ? open : -1, close + token.markup.length);
        break;
      }
      case 'softbreak':
        out.text += lineEnding();
        break;
      case 'hardbreak':
        lineEnding();
        out.text += '\n';
        break;
      case 'html_inline': {
        const from = content.indexOf(token.content, cursor);
        const start = from >= 0 ? at[from]! : at[cursor]!;
        const end = from >= 0 ? at[from + token.content.length - 1]! + 1 : start;
        if (from >= 0) cursor = from + token.content.length;
        out.comments.push({ value: token.content, start, end });
        break;
      }
      case 'link_open':
        if (token.markup === 'autolink') {
          // <https://…>: the address is the text, between the brackets.
          const open = content.indexOf('<', cursor);
          if (open >= 0) cursor = open + 1;
        }
        break;
      case 'link_close':
        if (token.markup === 'autolink') {
          const close = content.indexOf('>', cursor);
          if (close >= 0) cursor = close + 1;
        } else {
          const close = content.indexOf(']', cursor);
          if (close >= 0) cursor = pastLinkTail(content, close);
        }
        break;
      case 'image': {
        // An image's alt text is not part of the text: step over the whole ![alt](src).
        const open = content.indexOf('![', cursor);
        const close = open >= 0 ? closingBracket(content, open + 1) : -1;
        if (close >= 0) cursor = pastLinkTail(content, close);
        break;
      }
      case 'footnote_ref': {
        const close = content.indexOf(']', cursor);
        if (close >= 0) cursor = close + 1;
        break;
      }
      default:
        // Emphasis, strong, strikethrough and link markers: no text of their own.
        break;
    }
  }
  return out;
}

/** A paragraph whose only visible content is one strong run ("**Outcomes**"): it may be a heading in disguise. */
export function isBoldOnly(tokens: readonly Token[]): boolean {
  let units = 0;
  let strong = false;
  let depth = 0;
  for (const token of tokens) {
    if (depth === 0) {
      const blank = (token.type === 'text' && token.content.trim() === '') || token.type === 'softbreak' || token.type === 'html_inline';
      if (!blank && token.nesting >= 0) {
        units++;
        strong = token.type === 'strong_open';
      }
    }
    depth += token.nesting;
  }
  return units === 1 && strong;
}

/**
 * A GFM task list item ("- [x] Confirm the EIA") is read as its text alone, as
 * GitHub shows it: the box is not words, and "[ ]" is not a placeholder.
 */
export function dropTaskMarker(inline: Token): void {
  const first = inline.children?.[0];
  const marker = first?.type === 'text' ? /^\[[ xX]\][ \t]+(?=\S)/.exec(first.content) : null;
  if (marker) first!.content = first!.content.slice(marker[0].length);
}
