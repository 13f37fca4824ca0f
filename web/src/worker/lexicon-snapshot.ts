/**
 * The built-in lexicons as JSON: read and checked from rules/lexicons/*.yaml at
 * build time (src/config/lexicons.ts, exactly as the CLI reads them) and
 * compiled in the browser, which has no file system and no YAML parser.
 */
import { compileLexicon, lazyLexicon, lexiconSet, type Lexicon, type Lexicons, type LexiconSnapshot } from '../../../src/core/lexicon.js';

export type { LexiconSnapshot };

export function compileSnapshot(snapshot: LexiconSnapshot): Lexicons {
  const compiled = new Map<string, Lexicon>();
  // Each compiled when the rules first ask it something (as in the CLI): the build checked them all.
  for (const data of snapshot.lexicons) compiled.set(data.name, lazyLexicon(data.name, data.description ?? '', () => compileLexicon(data)));
  return lexiconSet(compiled);
}
