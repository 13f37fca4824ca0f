/**
 * The built-in lexicons as JSON: read and checked from rules/lexicons/*.yaml at
 * build time (src/config/lexicons.ts, exactly as the CLI reads them) and
 * compiled in the browser, which has no file system and no YAML parser.
 */
import { compileLexicon, lexiconSet, type Lexicon, type Lexicons, type LexiconSnapshot } from '../../../src/core/lexicon.js';

export type { LexiconSnapshot };

export function compileSnapshot(snapshot: LexiconSnapshot): Lexicons {
  const compiled = new Map<string, Lexicon>();
  for (const data of snapshot.lexicons) compiled.set(data.name, compileLexicon(data));
  return lexiconSet(compiled);
}
