/**
 * A linear pre-scan that refuses absurdly nested Markdown before parsing:
 * micromark recurses on block quotes (20,000 levels overflow the stack) and
 * slows quadratically on lists indented thousands of columns deep. No
 * specification nests anywhere near these limits.
 */
import { InputError } from './decode.js';

export const MAX_QUOTE_DEPTH = 64;
export const MAX_INDENT_COLUMNS = 256;

export function checkNesting(text: string, name: string): void {
  let lineStart = 0;
  while (lineStart <= text.length) {
    let quotes = 0;
    let indent = 0;
    let i = lineStart;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 62 /* > */) quotes++;
      else if (c === 32) indent++;
      else if (c === 9) indent += 4;
      else break;
    }
    if (quotes > MAX_QUOTE_DEPTH) {
      throw new InputError(`${name} nests block quotes more than ${MAX_QUOTE_DEPTH} levels deep, which no specification does: check you chose the right file.`);
    }
    if (indent > MAX_INDENT_COLUMNS) {
      throw new InputError(`${name} indents text more than ${MAX_INDENT_COLUMNS} columns (lists nested far too deep for a specification): check you chose the right file.`);
    }
    const next = text.indexOf('\n', i);
    if (next === -1) break;
    lineStart = next + 1;
  }
}
