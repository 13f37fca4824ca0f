/** Reads rules/report/vocabulary.yaml once (Node only; the browser checker has it built in). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from '../package-root.js';
import { checkVocabulary, type ReportVocabulary } from './vocabulary.js';

export const VOCABULARY_FILE = join(packageRoot, 'rules', 'report', 'vocabulary.yaml');

let cached: ReportVocabulary | undefined;

export function builtinVocabulary(): ReportVocabulary {
  cached ??= checkVocabulary(parse(readFileSync(VOCABULARY_FILE, 'utf8')), 'rules/report/vocabulary.yaml');
  return cached;
}
