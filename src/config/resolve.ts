/** The config that applies to one file: overrides matched, defaults merged. */
import { relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { mergeRules, mergeSettings, type FlatConfig } from './load.js';
import type { RuleSetting } from './types.js';

export interface FileConfig {
  rules: Record<string, RuleSetting>;
  settings: Record<string, unknown>;
  reportUnusedDirectives: 0 | 1 | 2;
}

const matchers = new Map<string, (path: string) => boolean>();

function matches(patterns: string[], path: string): boolean {
  return patterns.some((pattern) => {
    let test = matchers.get(pattern);
    if (!test) {
      // A pattern without a slash matches the file name at any depth, as in .gitignore.
      test = picomatch(pattern, { dot: true, basename: !pattern.includes('/') });
      matchers.set(pattern, test);
    }
    return test(path);
  });
}

/** Path relative to the config's directory, with forward slashes. */
function relativeTo(baseDir: string, filePath: string): string {
  return relative(baseDir, filePath).split(sep).join('/');
}

export function isIgnored(config: FlatConfig, filePath: string): boolean {
  if (config.ignores.length === 0) return false;
  const rel = relativeTo(config.baseDir, filePath);
  return !rel.startsWith('../') && matches(config.ignores, rel);
}

export function configForFile(
  config: FlatConfig,
  filePath: string | undefined,
  cliRules?: Record<string, RuleSetting>,
): FileConfig {
  let rules = config.rules;
  let settings = config.settings;
  if (filePath !== undefined) {
    const rel = relativeTo(config.baseDir, filePath);
    for (const o of config.overrides) {
      if (matches(o.files, rel) && !matches(o.excludedFiles, rel)) {
        rules = mergeRules(rules, o.rules);
        settings = mergeSettings(settings, o.settings);
      }
    }
  }
  if (cliRules) rules = mergeRules(rules, cliRules);
  return { rules, settings, reportUnusedDirectives: config.reportUnusedDirectives };
}

// Moved to rule-settings.ts (pure, shared with the browser checker); re-exported for existing importers.
export { configuredRules } from './rule-settings.js';
