/**
 * Rule documentation as a small element tree: the rules' Markdown pages are
 * converted at build time (the page has no Markdown parser and a static host
 * has no rules/*.md), and the page turns the tree into DOM nodes itself, so no
 * HTML string is ever parsed. Only the elements listed here can appear.
 */
import type { Token } from '../loaders/markdown-parser.js';

/** Text, or [tag, attributes, ...children]. */
export type DocNode = string | [DocTag, Record<string, string> | null, ...DocNode[]];

export const DOC_TAGS = [
  'div', 'h3', 'h4', 'h5', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'del', 'code', 'pre', 'blockquote',
  'a', 'br', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
] as const;
export type DocTag = (typeof DOC_TAGS)[number];

const HEADINGS: DocTag[] = ['h3', 'h3', 'h4', 'h5', 'h5', 'h5'];

/** Block and inline tokens that open an element, and the element. */
const OPENS: Record<string, DocTag> = {
  paragraph_open: 'p',
  bullet_list_open: 'ul',
  ordered_list_open: 'ol',
  list_item_open: 'li',
  blockquote_open: 'blockquote',
  table_open: 'table',
  thead_open: 'thead',
  tbody_open: 'tbody',
  tr_open: 'tr',
  th_open: 'th',
  td_open: 'td',
  em_open: 'em',
  strong_open: 'strong',
  s_open: 'del',
};

type Element = [DocTag, Record<string, string> | null, ...DocNode[]];

/**
 * A Markdown page, as markdown-it's tokens (markdown-parser.ts), as a doc
 * tree: one walk with a stack of open elements. Raw HTML and images are left
 * out; a tight list item's paragraph is just its text (markdown-it hides it).
 */
export function docTree(tokens: readonly Token[]): DocNode {
  const root: Element = ['div', null];
  const open: Element[] = [root];
  const add = (node: DocNode): void => {
    if (node === '') return;
    const parent = open.at(-1)!;
    // Text read in pieces (escapes, line breaks) is one string, as it reads.
    if (typeof node === 'string' && typeof parent.at(-1) === 'string' && parent.length > 2) parent[parent.length - 1] += node;
    else parent.push(node);
  };
  const walk = (list: readonly Token[]): void => {
    for (const token of list) {
      if (token.hidden) continue;
      const href = String(token.attrGet('href') ?? '');
      // Web links stay links; links into the repository have nowhere to go from the page.
      const tag = token.type === 'heading_open' ? (HEADINGS[Number(token.tag.slice(1)) - 1] ?? 'h5') : token.type === 'link_open' ? (/^https?:\/\//.test(href) ? 'a' : 'em') : OPENS[token.type];
      if (tag) {
        const element: Element = [tag, tag === 'a' ? { href } : null];
        add(element);
        open.push(element);
        continue;
      }
      if (token.nesting === -1) {
        open.pop();
        continue;
      }
      switch (token.type) {
        case 'inline':
          walk(token.children ?? []);
          break;
        case 'text':
        case 'text_special':
          add(token.content);
          break;
        case 'softbreak':
          add('\n');
          break;
        case 'hardbreak':
          add(['br', null]);
          break;
        case 'code_inline':
          add(['code', null, token.content]);
          break;
        case 'fence':
        case 'code_block':
          add(['pre', null, ['code', null, token.content.replace(/\n$/, '')]]);
          break;
        case 'hr':
          add(['hr', null]);
          break;
        default:
          break;
      }
    }
  };
  walk(tokens);
  return root;
}
