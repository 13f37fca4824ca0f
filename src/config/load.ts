/**
 * Finding, reading and validating config files. A config is found by walking
 * up from the starting directory; the nearest one is used (configs do not
 * cascade: use `extends` to share one).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { RuleModule } from '../core/rule.js';
import { builtinRules } from '../../rules/index.js';
import { RuleRegistry } from './registry.js';
import { ConfigError } from './errors.js';
import { availableFocuses } from './lexicons.js';
import { PRESET_NAMES, presetConfig } from './presets.js';
import { mergeRules, normaliseEntry, SEVERITIES } from './rule-settings.js';
import type { ConfigData, RuleEntry, RuleSetting } from './types.js';
import { checkKeys, problemError, readSourced, relativeName, type SourcedConfig } from './sourced.js';
import { bestProblem, configSchemaValidator, optionsValidator, type Problem } from './validate.js';

// Moved to rule-settings.ts (pure, shared with the browser checker); re-exported for existing importers.
export { mergeRules, normaliseEntry };
// Moved to sourced.ts (shared with the YAML rule loader in registry.ts, without an import cycle); re-exported for existing importers.
export { problemError, readSourced, type SourcedConfig };

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export const CONFIG_FILES = ['.speclintrc.yaml', '.speclintrc.yml', '.speclintrc.json', 'package.json'];

/** The nearest config file at or above `dir`, or undefined. */
export function findConfigFile(dir: string): string | undefined {
  for (let current = resolve(dir); ; current = dirname(current)) {
    for (const name of CONFIG_FILES) {
      const file = join(current, name);
      if (!existsSync(file)) continue;
      if (name !== 'package.json') return file;
      try {
        if (JSON.parse(readFileSync(file, 'utf8'))?.speclint !== undefined) return file;
      } catch {
        // An unreadable package.json is not ours to complain about.
      }
    }
    if (dirname(current) === current) return undefined;
  }
}

/**
 * What is wrong with the options of one rule entry, if anything: the path is counted
 * as the entry is written (the options follow the severity, from index 1). Config files
 * and --rule both check options here.
 */
export async function ruleOptionsProblem(id: string, rule: RuleModule<any>, entry: RuleEntry): Promise<Problem | undefined> {
  const options = Array.isArray(entry) ? entry.slice(1) : [];
  if (options.length === 0) return undefined;
  const schema = rule.meta.schema ?? [];
  if (schema.length === 0) return { path: [], message: 'takes no options; give only a severity.' };
  const validate = await optionsValidator(schema);
  if (validate(options)) return undefined;
  const problem = bestProblem(validate.errors ?? []);
  // Ajv's paths start at the options array; in the entry, options follow the severity.
  const [index, ...rest] = problem.path;
  return { path: typeof index === 'number' ? [index + 1, ...rest] : problem.path, message: `${problem.message} (options of ${id})` };
}

/** Checks rule ids and options in a `rules` block; `path` locates it in the file. */
async function validateRules(
  config: SourcedConfig,
  rules: Record<string, RuleEntry> | undefined,
  path: Array<string | number>,
  known: Readonly<Record<string, RuleModule<any>>>,
): Promise<void> {
  for (const [id, entry] of Object.entries(rules ?? {})) {
    const rule = known[id];
    if (!rule) {
      throw problemError(config, {
        path: [...path, id],
        message: `is not a speclint rule. Run "speclint --list-rules" to see the rules you can use.`,
      });
    }
    const problem = await ruleOptionsProblem(id, rule, entry);
    if (problem) throw problemError(config, { path: [...path, id, ...problem.path], message: problem.message });
  }
}

/** The file's shape, against schema/speclintrc.schema.json. */
async function validateShape(config: SourcedConfig): Promise<void> {
  checkKeys(config.data, [], (p) => {
    throw problemError(config, p);
  });
  const validate = await configSchemaValidator();
  if (!validate(config.data)) throw problemError(config, bestProblem(validate.errors ?? []));
}

/** Rule ids and options, once plugins and YAML rules are known. */
async function validateRuleBlocks(config: SourcedConfig, known: Readonly<Record<string, RuleModule<any>>>): Promise<void> {
  await validateRules(config, config.data.rules, ['rules'], known);
  validateFocus(config, config.data.settings, ['settings']);
  for (const [i, o] of (config.data.overrides ?? []).entries()) {
    await validateRules(config, o.rules, ['overrides', i, 'rules'], known);
    validateFocus(config, o.settings, ['overrides', i, 'settings']);
  }
}

/** settings.focus names a set of lexicons that exists (named here with the file and line, not when the lexicons load). */
function validateFocus(config: SourcedConfig, settings: Record<string, unknown> | undefined, path: Array<string | number>): void {
  const focus = settings?.focus;
  if (typeof focus !== 'string') return;
  const focuses = availableFocuses();
  if (!focuses.includes(focus)) throw problemError(config, { path: [...path, 'focus'], message: `must be one of: ${focuses.join(', ')} ("${focus}" has no lexicons).` });
}

/** A config with its `extends` chain flattened into rules and settings. */
export interface FlatConfig {
  file?: string;
  /** What the config builds on, as it names them (presets, plugin configs, files), for reports. */
  extends?: string[];
  /** The directory that globs in `overrides` and `ignores` are relative to. */
  baseDir: string;
  rules: Record<string, RuleSetting>;
  settings: Record<string, unknown>;
  overrides: Array<{ files: string[]; excludedFiles: string[]; rules: Record<string, RuleSetting>; settings: Record<string, unknown> }>;
  ignores: string[];
  reportUnusedDirectives: 0 | 1 | 2;
}

export function mergeSettings(base: Record<string, unknown>, extra: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!extra) return base;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const prev = out[key];
    out[key] =
      prev && value && typeof prev === 'object' && typeof value === 'object' && !Array.isArray(prev) && !Array.isArray(value)
        ? { ...(prev as object), ...(value as object) }
        : value;
  }
  return out;
}


export async function flattenConfig(config: SourcedConfig, registry: RuleRegistry, seen: string[] = []): Promise<FlatConfig> {
  await validateShape(config);
  const baseDir = dirname(config.file);
  for (const [i, name] of (config.data.plugins ?? []).entries()) {
    const line = config.lineOf(['plugins', i]);
    await registry.loadPlugin(name, baseDir, `${relativeName(config.file)}${line ? `:${line}` : ''}`);
  }
  for (const [i, dir] of asList(config.data.rulesDir).entries()) {
    const line = config.lineOf(Array.isArray(config.data.rulesDir) ? ['rulesDir', i] : ['rulesDir']);
    await registry.loadRulesDir(resolve(baseDir, dir), `${relativeName(config.file)}${line ? `:${line}` : ''}`);
  }
  const flat: FlatConfig = {
    file: config.file,
    baseDir: dirname(config.file),
    rules: {},
    settings: {},
    overrides: [],
    ignores: [],
    reportUnusedDirectives: 0,
  };
  // No `extends` key builds on the recommended preset, so that a config that
  // only turns one rule off does not silently turn every other rule off too.
  // `extends: []` starts from nothing.
  // Only the user's own config gets this default, not shared configs it extends.
  const isRoot = seen.length === 0;
  const bases = config.data.extends === undefined && isRoot ? ['speclint:recommended'] : asList(config.data.extends);
  flat.extends = [...bases];
  for (const [i, name] of bases.entries()) {
    const path: Array<string | number> = Array.isArray(config.data.extends) ? ['extends', i] : ['extends'];
    let parent: FlatConfig;
    const preset = presetConfig(name, builtinRules);
    const shared = registry.configs.get(name);
    if (preset) {
      parent = { ...flat, rules: mergeRules({}, preset.rules), settings: {}, overrides: [], ignores: [] };
    } else if (shared) {
      if (seen.includes(name)) throw problemError(config, { path, message: 'extends a config that extends this one (a loop).' });
      parent = await flattenConfig({ file: config.file, data: shared, lineOf: () => config.lineOf(path) }, registry, [...seen, name]);
    } else if (name.startsWith('plugin:')) {
      throw problemError(config, { path, message: `is not a config of any loaded plugin (load the plugin in "plugins" first; known: ${[...registry.configs.keys()].join(', ') || 'none'}).` });
    } else if (name.startsWith('speclint:')) {
      throw problemError(config, { path, message: `is not a speclint preset; use one of ${PRESET_NAMES.join(', ')}.` });
    } else if (name.startsWith('.') || isAbsolute(name)) {
      const file = resolve(dirname(config.file), name);
      if (seen.includes(file)) throw problemError(config, { path, message: 'extends a config that extends this one (a loop).' });
      if (!existsSync(file)) throw problemError(config, { path, message: `names a file that does not exist (${file}).` });
      parent = await flattenConfig(readSourced(file), registry, [...seen, config.file]);
    } else {
      throw problemError(config, {
        path,
        message: `is not a preset, a plugin config or a file path; use ${PRESET_NAMES.join(', ')}, plugin:name/config, or a path starting with ./`,
      });
    }
    flat.rules = { ...flat.rules, ...parent.rules };
    flat.settings = mergeSettings(flat.settings, parent.settings);
    flat.overrides.push(...parent.overrides);
    flat.ignores.push(...parent.ignores);
    flat.reportUnusedDirectives = parent.reportUnusedDirectives || flat.reportUnusedDirectives;
  }
  await validateRuleBlocks(config, registry.rules);
  // YAML rules are on at their own level, unless a parent config already set them.
  for (const [id, level] of Object.entries(registry.yamlDefaults)) flat.rules[id] ??= mergeRules({}, { [id]: level })[id]!;
  flat.rules = mergeRules(flat.rules, config.data.rules);
  flat.settings = mergeSettings(flat.settings, config.data.settings);
  for (const o of config.data.overrides ?? []) {
    flat.overrides.push({
      files: asList(o.files),
      excludedFiles: asList(o.excludedFiles),
      rules: mergeRules({}, o.rules),
      settings: o.settings ?? {},
    });
  }
  flat.ignores.push(...(config.data.ignores ?? []));
  const rud = config.data.reportUnusedDirectives;
  if (rud !== undefined) flat.reportUnusedDirectives = rud === true ? 1 : rud === false ? 0 : SEVERITIES[String(rud)]!;
  return flat;
}

/** A config given as data (API users, tests), validated like a file. */
export async function loadConfigData(data: ConfigData, baseDir: string, registry: RuleRegistry): Promise<FlatConfig> {
  const flat = await flattenConfig({ file: join(baseDir, '<inline config>'), data, lineOf: () => undefined }, registry);
  return { ...flat, file: undefined };
}

export async function loadConfigFile(file: string, registry: RuleRegistry): Promise<FlatConfig> {
  if (!existsSync(file)) throw new ConfigError(`The config file ${file} does not exist.`);
  return flattenConfig(readSourced(resolve(file)), registry);
}

/** The built-in recommended preset, used when there is no config file. */
export function defaultConfig(known: Readonly<Record<string, RuleModule<any>>>, baseDir: string): FlatConfig {
  return {
    baseDir,
    extends: ['speclint:recommended'],
    rules: mergeRules({}, presetConfig('speclint:recommended', known)!.rules),
    settings: {},
    overrides: [],
    ignores: [],
    reportUnusedDirectives: 0,
  };
}
