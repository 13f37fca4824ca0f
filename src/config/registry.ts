/**
 * The rules a config can use: the built-in ones, those of its plugins
 * (`plugin-name/rule-id`) and its YAML rules (`rulesDir`), and the configs
 * plugins share (`plugin:plugin-name/config-name`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinRules } from '../../rules/index.js';
import { metaProblem } from '../core/engine.js';
import { compileYamlRule, type YamlRuleData } from '../core/yaml-rule.js';
import type { RuleModule } from '../core/rule.js';
import { ConfigError } from './errors.js';
import { checkKeys, problemError, readSourced } from './sourced.js';
import type { ConfigData } from './types.js';
import { bestProblem, schemaValidator } from './validate.js';

export interface Plugin {
  meta?: { name?: string; version?: string };
  rules?: Record<string, RuleModule<any>>;
  configs?: Record<string, ConfigData>;
}

export class RuleRegistry {
  readonly rules: Record<string, RuleModule<any>> = { ...builtinRules };
  readonly configs = new Map<string, ConfigData>();
  /** YAML rules are on at their own level unless the config says otherwise. */
  readonly yamlDefaults: Record<string, 'error' | 'warn'> = {};
  private readonly plugins = new Map<string, string>();

  /** Loads a plugin named in `from`; `at` names where, for messages. */
  async loadPlugin(name: string, baseDir: string, at: string): Promise<void> {
    const fail = (reason: string): ConfigError =>
      new ConfigError(`${at}: the plugin "${name}" could not be loaded: ${reason}`);
    const isPath = name.startsWith('.') || isAbsolute(name);
    const packageName = isPath ? undefined : pluginPackageName(name);
    const entry = isPath ? resolvePath(resolve(baseDir, name)) : resolvePackage(packageName!, baseDir);
    if (!entry) {
      throw fail(isPath ? `nothing was found at ${resolve(baseDir, name)}.` : `the package "${packageName}" is not installed. Install it with: npm install --save-dev ${packageName}`);
    }
    if (this.plugins.get(shortName(name)) === entry) return;
    let module: { default?: Plugin } & Plugin;
    try {
      module = await import(pathToFileURL(entry).href);
    } catch (error) {
      throw fail(`it failed while loading (${(error as Error).message.split('\n')[0]}).`);
    }
    const plugin: Plugin = module.default ?? module;
    if (!plugin || typeof plugin !== 'object' || (plugin.rules === undefined && plugin.configs === undefined)) {
      throw fail('it exports neither rules nor configs.');
    }
    const prefix = plugin.meta?.name ? shortName(plugin.meta.name) : shortName(name);
    for (const [id, rule] of Object.entries(plugin.rules ?? {})) {
      if (!rule || typeof rule.create !== 'function' || typeof rule.meta?.messages !== 'object') {
        throw fail(`its rule "${id}" is not a rule (it needs meta.messages and a create function).`);
      }
      const problem = metaProblem(id, rule.meta);
      if (problem) throw fail(`${problem}.`);
      this.rules[`${prefix}/${id}`] = rule;
    }
    for (const [configName, config] of Object.entries(plugin.configs ?? {})) {
      this.configs.set(`plugin:${prefix}/${configName}`, config);
    }
    this.plugins.set(prefix, entry);
  }

  /** Loads every .yaml / .yml rule in a folder; the file name is the rule id. */
  async loadRulesDir(dir: string, at: string): Promise<void> {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ConfigError(`${at}: the rules folder ${dir} does not exist.`);
    for (const file of readdirSync(dir).sort()) {
      if (!/\.ya?ml$/.test(file)) continue;
      const id = basename(file, extname(file));
      const path = join(dir, file);
      if (builtinRules[id]) throw new ConfigError(`${path}: "${id}" is the name of a built-in rule; rename the file.`);
      const sourced = readSourced(path);
      if (Object.keys(sourced.data).length === 0) throw new ConfigError(`${path}: the rule is empty; a YAML rule needs at least "extends" and "message".`);
      checkKeys(sourced.data, [], (problem) => {
        throw problemError(sourced, problem);
      });
      const validate = await schemaValidator('yaml-rule');
      if (!validate(sourced.data)) throw problemError(sourced, bestProblem(validate.errors ?? []));
      const data = sourced.data as unknown as YamlRuleData;
      if (data.patterns?.length) await refuseUnsafePatterns(data.patterns, path);
      try {
        this.rules[id] = compileYamlRule(id, data);
      } catch (error) {
        throw new ConfigError(`${path}: ${(error as Error).message}`);
      }
      this.yamlDefaults[id] = data.level ?? 'warn';
    }
  }
}

/** How long recheck may take to decide about one pattern before it is refused as undecided. */
const PATTERN_CHECK_TIMEOUT_MS = 10_000;

/**
 * Refuses a YAML rule's regular expression that can backtrack catastrophically
 * (ReDoS), so one careless pattern cannot hang every run on some sentence.
 * recheck (a dependency) is imported only here, when a rule has patterns;
 * should it be missing from a pruned install, the check is skipped (SECURITY.md).
 */
async function refuseUnsafePatterns(patterns: string[], file: string): Promise<void> {
  let check: typeof import('recheck').check;
  try {
    ({ check } = await import('recheck'));
  } catch {
    return;
  }
  for (const pattern of patterns) {
    // Compiled with these flags by compileLexicon; an invalid pattern is reported there.
    try {
      new RegExp(pattern, 'giu');
    } catch {
      continue;
    }
    // A quick first opinion; where it is not "safe", a second with recheck's
    // fuzzing bounded by step counts rather than its own timers, which on a
    // busy machine count a merely slow run as a successful attack.
    const first = await check(pattern, 'giu', { timeout: PATTERN_CHECK_TIMEOUT_MS });
    if (first.status === 'safe') continue;
    // The automaton checker's verdicts are exact: only the fuzzer's need a second look.
    const second =
      first.status === 'vulnerable' && first.checker === 'automaton'
        ? first
        : await check(pattern, 'giu', { attackTimeout: null, incubationTimeout: null, seedingTimeout: null, timeout: PATTERN_CHECK_TIMEOUT_MS });
    if (second.status === 'safe') continue;
    const result = second.status === 'unknown' && first.status === 'vulnerable' ? first : second;
    const why =
      result.status === 'vulnerable'
        ? `can make matching take ${result.complexity.type === 'exponential' ? 'exponential' : 'polynomial'} time on some text (catastrophic backtracking)`
        : result.error.kind === 'timeout'
          ? `could not be shown to be safe from catastrophic backtracking within ${PATTERN_CHECK_TIMEOUT_MS / 1000} seconds`
          : `could not be checked for catastrophic backtracking (${result.error.kind})`;
    throw new ConfigError(`${file}: the pattern "${pattern}" ${why}, so speclint refused it; rewrite it without nested or overlapping repetition, or use tokens instead.`);
  }
}

/** "nhs-mental-health" → "speclint-plugin-nhs-mental-health"; "@org/x" → "@org/speclint-plugin-x". */
function pluginPackageName(name: string): string {
  if (name.startsWith('@')) {
    const [scope, rest] = name.split('/');
    if (!rest) return `${scope}/speclint-plugin`;
    return rest.startsWith('speclint-plugin') ? name : `${scope}/speclint-plugin-${rest}`;
  }
  return name.startsWith('speclint-plugin-') ? name : `speclint-plugin-${name}`;
}

/** The name rule ids are prefixed with: the plugin's name without "speclint-plugin-". */
function shortName(name: string): string {
  // Trailing slashes trimmed with a loop: /\/+$/ backtracks quadratically on a long run of them.
  let end = name.length;
  while (end > 1 && name[end - 1] === '/') end--;
  const base = name.startsWith('.') || isAbsolute(name) ? basename(name.slice(0, end), extname(name)) : name;
  return base.replace(/^(@[^/]+\/)?speclint-plugin-?/, '$1').replace(/\/$/, '') || base;
}

function resolvePath(path: string): string | undefined {
  if (existsSync(path) && statSync(path).isFile()) return path;
  if (existsSync(join(path, 'package.json'))) return packageEntry(path);
  for (const index of ['index.js', 'index.mjs']) if (existsSync(join(path, index))) return join(path, index);
  return undefined;
}

/** node_modules lookup from the config's folder upwards. */
function resolvePackage(name: string, fromDir: string): string | undefined {
  for (let dir = resolve(fromDir); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return packageEntry(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}

function packageEntry(dir: string): string | undefined {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { main?: string; exports?: unknown };
  let target: unknown = pkg.exports;
  if (target && typeof target === 'object' && '.' in (target as object)) target = (target as Record<string, unknown>)['.'];
  while (target && typeof target === 'object') {
    const conditions = target as Record<string, unknown>;
    target = conditions.import ?? conditions.default ?? conditions.node ?? conditions.require;
  }
  const entry = typeof target === 'string' ? target : (pkg.main ?? 'index.js');
  const path = resolve(dir, entry);
  return existsSync(path) ? path : undefined;
}
