/**
 * The Markdown parser: remark-parse with remark-gfm (tables, strikethrough,
 * footnotes, task lists) but without GFM's autolink literals.
 *
 * Why: speclint reads the text of a link like any other text, so turning a
 * bare "www.…", "https://…" or e-mail address into a link node changes no
 * word a rule sees. Yet the autolink-literal constructs are tried at every
 * letter and digit of every paragraph, and a second pass searches every text
 * node again with regular expressions: about a third of the parse's CPU time
 * and a sixth of its allocations on the bench's specs. Without them, an
 * address stays plain text; the only difference a reader of the text could
 * see is inside an address that also holds emphasis or strikethrough marks
 * ("https://x.org/*a*"), whose marks are then read as Markdown.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/** micromark's names for the autolink-literal constructs (micromark-extension-gfm-autolink-literal). */
const AUTOLINK_LITERALS = new Set(['wwwAutolink', 'protocolAutolink', 'emailAutolink']);

interface Construct {
  name?: string;
}
type ConstructRecord = Record<string, Construct | Construct[] | undefined>;
type MicromarkExtension = Record<string, unknown>;
interface MdastExtension {
  enter?: Record<string, unknown>;
}

/** A micromark extension with the autolink-literal constructs taken out of its text constructs. */
function withoutAutolinks(extension: MicromarkExtension): MicromarkExtension {
  const text = extension.text as ConstructRecord | undefined;
  if (!text) return extension;
  const kept: ConstructRecord = {};
  for (const [code, value] of Object.entries(text)) {
    const list = (Array.isArray(value) ? value : [value]).filter((c): c is Construct => c !== undefined && !(c.name && AUTOLINK_LITERALS.has(c.name)));
    if (list.length > 0) kept[code] = Array.isArray(value) ? list : list[0];
  }
  return { ...extension, text: kept };
}

/** The plugin: run after remark-gfm, it removes what remark-gfm added for autolink literals. */
function noAutolinkLiterals(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: MicromarkExtension[]; fromMarkdownExtensions?: Array<MdastExtension | MdastExtension[]> };
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map(withoutAutolinks);
  // mdast-util-gfm-autolink-literal's extension (the one that enters literalAutolink tokens) carries the regex pass.
  const isAutolink = (e: MdastExtension): boolean => Boolean(e.enter && 'literalAutolink' in e.enter);
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map((e) => (Array.isArray(e) ? e.filter((x) => !isAutolink(x)) : e)).filter((e) => Array.isArray(e) || !isAutolink(e));
}

const processor = unified().use(remarkParse).use(remarkGfm).use(noAutolinkLiterals);

export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
