/**
 * Build time only (run in Node by scripts/build-web.mjs): the data the
 * browser checker needs but cannot read itself. The lexicons come through
 * src/config/lexicons.ts, so they are read and checked exactly as the CLI
 * reads them; the rule docs are parsed with the same remark as Markdown specs.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from '../rules/index.js';
import { builtinLexiconData, loadLexicons } from '../src/config/lexicons.js';
import type { LexiconSnapshot } from '../src/core/lexicon.js';
import { packageRoot } from '../src/package-root.js';
import { docTree, type DocNode } from '../src/docs/doc-tree.js';
import { parseMarkdown } from '../src/loaders/markdown-parser.js';

/** The lexicons the CLI uses with no settings (focus: ethnicity). */
export function lexiconSnapshot(focus = 'ethnicity'): LexiconSnapshot {
  // Compiling them all first throws the CLI's own error for any bad entry.
  loadLexicons({ focus });
  return { focus, lexicons: [...builtinLexiconData(focus).values()].map(({ data }) => data) };
}

/** Each built-in rule's page (rules/<id>.md) as a doc tree, without its title (the page shows its own). */
export function ruleDocTrees(): Record<string, DocNode> {
  const out: Record<string, DocNode> = {};
  for (const id of Object.keys(builtinRules)) {
    const file = join(packageRoot, 'rules', `${id}.md`);
    if (!existsSync(file)) continue;
    const tokens = parseMarkdown(readFileSync(file, 'utf8'));
    // The title: heading_open, its inline text, heading_close.
    if (tokens[0]?.type === 'heading_open' && tokens[0].tag === 'h1') tokens.splice(0, 3);
    out[id] = docTree(tokens);
  }
  return out;
}

export function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

export { PAGE_POLICY } from '../src/cli/page-policy.js';

/** The reports' vocabulary (model wording by service area, headings for whole-document comments), read as the CLI reads it. */
export { builtinVocabulary as vocabulary } from '../src/report/vocabulary-file.js';
