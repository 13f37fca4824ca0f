/**
 * Rule documentation as a small element tree: the rules' Markdown pages are
 * converted at build time (the page has no Markdown parser and a static host
 * has no rules/*.md), and the page turns the tree into DOM nodes itself, so no
 * HTML string is ever parsed. Only the elements listed here can appear.
 */
import type { Nodes, Parents } from 'mdast';

/** Text, or [tag, attributes, ...children]. */
export type DocNode = string | [DocTag, Record<string, string> | null, ...DocNode[]];

export const DOC_TAGS = [
  'div', 'h3', 'h4', 'h5', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'del', 'code', 'pre', 'blockquote',
  'a', 'br', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
] as const;
export type DocTag = (typeof DOC_TAGS)[number];

const HEADINGS: DocTag[] = ['h3', 'h3', 'h4', 'h5', 'h5', 'h5'];

function children(node: Parents): DocNode[] {
  return node.children.flatMap((child) => {
    const converted = toDocNode(child);
    return converted === undefined ? [] : [converted];
  });
}

/** One mdast node as a doc node; raw HTML and anything unknown are left out. */
export function toDocNode(node: Nodes): DocNode | undefined {
  switch (node.type) {
    case 'root':
      return ['div', null, ...children(node)];
    case 'heading':
      return [HEADINGS[node.depth - 1] ?? 'h5', null, ...children(node)];
    case 'paragraph':
      return ['p', null, ...children(node)];
    case 'text':
      return node.value;
    case 'emphasis':
      return ['em', null, ...children(node)];
    case 'strong':
      return ['strong', null, ...children(node)];
    case 'delete':
      return ['del', null, ...children(node)];
    case 'inlineCode':
      return ['code', null, node.value];
    case 'code':
      return ['pre', null, ['code', null, node.value]];
    case 'break':
      return ['br', null];
    case 'thematicBreak':
      return ['hr', null];
    case 'blockquote':
      return ['blockquote', null, ...children(node)];
    case 'list':
      return [node.ordered ? 'ol' : 'ul', null, ...children(node)];
    case 'listItem': {
      // A tight list item's paragraph is just its text.
      const items = children(node);
      const flat = !node.spread && node.children.length === 1 && node.children[0]!.type === 'paragraph';
      return flat && Array.isArray(items[0]) ? ['li', null, ...(items[0].slice(2) as DocNode[])] : ['li', null, ...items];
    }
    case 'link':
      // Web links stay links; links into the repository have nowhere to go from the page.
      return /^https?:\/\//.test(node.url) ? ['a', { href: node.url }, ...children(node)] : ['em', null, ...children(node)];
    case 'table': {
      const [head, ...rows] = node.children.map((row, r) => ['tr', null, ...row.children.map((cell) => [r === 0 ? 'th' : 'td', null, ...children(cell)] as DocNode)] as DocNode);
      return ['table', null, ['thead', null, head!], ['tbody', null, ...rows]];
    }
    default:
      return undefined;
  }
}
