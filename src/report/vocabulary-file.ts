/**
 * Reads rules/report/vocabulary.yaml once (Node only; the browser checker has
 * it built in). Only the HTML report and --annotate use it: the yaml package
 * is loaded when it is first read, not with this module.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadYaml } from '../config/yaml.js';
import { packageRoot } from '../package-root.js';
import { checkVocabulary, type ReportVocabulary } from './vocabulary.js';

export const VOCABULARY_FILE = join(packageRoot, 'rules', 'report', 'vocabulary.yaml');

let cached: ReportVocabulary | undefined;

export function builtinVocabulary(): ReportVocabulary {
  cached ??= checkVocabulary(loadYaml().parse(readFileSync(VOCABULARY_FILE, 'utf8')), 'rules/report/vocabulary.yaml');
  return cached;
}
