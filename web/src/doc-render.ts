/** A rule's doc tree (built from its Markdown page at build time) as DOM nodes. */
import { DOC_TAGS, type DocNode } from '../../src/docs/doc-tree.js';

const ALLOWED = new Set<string>(DOC_TAGS);

export function renderDoc(node: DocNode): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const [tag, attributes, ...children] = node;
  // The tree is the build's own, but only known elements are ever made.
  if (!ALLOWED.has(tag)) return document.createTextNode('');
  const element = document.createElement(tag);
  if (tag === 'a' && attributes?.href && /^https?:\/\//.test(attributes.href)) {
    element.setAttribute('href', attributes.href);
    element.setAttribute('rel', 'noreferrer noopener');
    element.setAttribute('target', '_blank');
  }
  for (const child of children) element.appendChild(renderDoc(child));
  return element;
}
