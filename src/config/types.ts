import type { SeverityName } from '../core/rule.js';

export type SeverityValue = SeverityName | 0 | 1 | 2;
export type RuleEntry = SeverityValue | [SeverityValue, ...unknown[]];

export interface OverrideData {
  files: string | string[];
  excludedFiles?: string | string[];
  rules?: Record<string, RuleEntry>;
  settings?: Record<string, unknown>;
}

/** A config file's contents, as validated against schema/speclintrc.schema.json. */
export interface ConfigData {
  extends?: string | string[];
  plugins?: string[];
  /** Folders of YAML rules, relative to the config file. */
  rulesDir?: string | string[];
  rules?: Record<string, RuleEntry>;
  settings?: Record<string, unknown>;
  overrides?: OverrideData[];
  ignores?: string[];
  reportUnusedDirectives?: boolean | SeverityValue;
}

/** A rule's resolved setting: severity then options (not yet merged with defaults). */
export type RuleSetting = [0 | 1 | 2, ...unknown[]];
