/**
 * The Node API: find the config, read files, lint them. Everything that
 * touches the file system lives here or in src/cli; src/core stays pure.
 */
import { resolve } from 'node:path';
import { builtinRules } from '../rules/index.js';
import { RuleRegistry } from './config/registry.js';
import { ConfigError } from './config/errors.js';
import { loadLexicons, type LexiconSettings } from './config/lexicons.js';
import { defaultConfig, findConfigFile, loadConfigData, loadConfigFile, mergeRules, ruleOptionsProblem, type FlatConfig } from './config/load.js';
import { configForFile, configuredRules, type FileConfig } from './config/resolve.js';
import { displayPath } from './config/validate.js';
import type { ConfigData, RuleEntry, RuleSetting } from './config/types.js';
import { lintBytes, type Linted } from './core/lint-bytes.js';
import type { LintSourceOptions } from './core/lint.js';
import { fatalResult, type LintResult } from './core/messages.js';
import type { RuleModule } from './core/rule.js';
import { InputError } from './loaders/index.js';
import type { MarkdownPieceCache } from './loaders/markdown.js';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './loaders/docx/limits.js';
import { MAX_INPUT_BYTES } from './loaders/size.js';
import { readInputFile } from './loaders/read-file.js';

export interface LinterOptions {
  cwd?: string;
  /** Use this config file instead of looking for one. */
  configFile?: string;
  /** false: ignore config files and use speclint:recommended. */
  useConfigFiles?: boolean;
  /** A config given as data; config files are then not looked for. */
  config?: ConfigData;
  /** Rule settings that win over the config (the CLI's --rule). */
  rules?: Record<string, RuleEntry>;
  /** Report directives that silence nothing at this severity, whatever the config says. */
  reportUnusedDirectives?: 1 | 2;
  /** Today as YYYY-MM-DD, for directives that expire (default: the local date at each lint); for tests. */
  today?: string;
}

export { MAX_INPUT_BYTES };

export class Linter {
  readonly cwd: string;
  /** Built-in rules, and those of the config's plugins and rulesDir once it is loaded. */
  readonly registry = new RuleRegistry();
  private readonly options: LinterOptions;
  private config?: Promise<FlatConfig>;
  private readonly cliRules?: Record<string, RuleSetting>;

  constructor(options: LinterOptions = {}) {
    this.options = options;
    this.cwd = resolve(options.cwd ?? process.cwd());
    if (options.rules) {
      this.cliRules = mergeRules({}, options.rules);
    }
  }

  /** The config file in use, its `extends` flattened (loaded once). */
  baseConfig(): Promise<FlatConfig> {
    this.config ??= (async () => {
      const { configFile, useConfigFiles = true, config } = this.options;
      let flat: FlatConfig;
      if (config) flat = await loadConfigData(config, this.cwd, this.registry);
      else if (configFile) flat = await loadConfigFile(resolve(this.cwd, configFile), this.registry);
      else {
        const found = useConfigFiles ? findConfigFile(this.cwd) : undefined;
        flat = found ? await loadConfigFile(found, this.registry) : defaultConfig(builtinRules, this.cwd);
      }
      // --rule may name plugin or YAML rules, so it is checked once they are known, options as in a config file.
      for (const [id, entry] of Object.entries(this.options.rules ?? {})) {
        const rule = this.registry.rules[id];
        if (!rule) throw new ConfigError(`--rule: "${id}" is not a speclint rule. Run "speclint --list-rules" to see them.`);
        const problem = await ruleOptionsProblem(id, rule, entry);
        if (problem) throw new ConfigError(`--rule "${id}": ${problem.path.length > 0 ? `"${displayPath(problem.path)}" ` : ''}${problem.message}`);
      }
      return flat;
    })();
    return this.config;
  }

  async configFor(filePath?: string): Promise<FileConfig> {
    const config = configForFile(await this.baseConfig(), filePath === undefined ? undefined : resolve(this.cwd, filePath), this.cliRules);
    if (this.options.reportUnusedDirectives) config.reportUnusedDirectives = this.options.reportUnusedDirectives;
    return config;
  }

  /** Every rule this linter knows, once its config is loaded. */
  async rules(): Promise<Readonly<Record<string, RuleModule<any>>>> {
    await this.baseConfig();
    return this.registry.rules;
  }

  /** Lints text as if it were the file `filePath` (for --stdin and editors). */
  async lintText(text: string, filePath = '<text>'): Promise<LintResult> {
    return (await this.lintTextDetailed(text, filePath)).result;
  }

  /**
   * As lintText, with the document model too (undefined when the text could
   * not be read). An editor passes the document's `markdownPieces` cache so
   * that only the parts of a Markdown text that changed are parsed again.
   */
  async lintTextDetailed(text: string, filePath = '<text>', options: { markdownPieces?: MarkdownPieceCache } = {}): Promise<Linted> {
    const config = await this.configFor(filePath === '<text>' ? undefined : filePath);
    return lintBytes({ bytes: new TextEncoder().encode(text), filePath, load: { markdownPieces: options.markdownPieces } }, this.lintOptions(config));
  }

  /**
   * Lints the bytes of a file that is not on disk (--stdin): read as a file's bytes are, so a
   * Word document, a UTF-16 text or invalid UTF-8 is treated as it would be in a file.
   */
  async lintInput(bytes: Uint8Array, filePath = '<text>'): Promise<LintResult> {
    const config = await this.configFor(filePath === '<text>' ? undefined : filePath);
    return (await lintBytes({ bytes, filePath, load: { zipLimits: zipLimits(config.settings) } }, this.lintOptions(config))).result;
  }

  async lintFile(filePath: string, displayName = filePath): Promise<LintResult> {
    const config = await this.configFor(filePath);
    let bytes: Uint8Array;
    try {
      bytes = await readInputFile(resolve(this.cwd, filePath), displayName);
    } catch (error) {
      if (error instanceof InputError) return fatalResult(displayName, error.message);
      throw error;
    }
    const linted = await lintBytes({ bytes, filePath, displayName, load: { zipLimits: zipLimits(config.settings) } }, this.lintOptions(config));
    return linted.result;
  }

  /** A file's resolved config as the lint function takes it. */
  private lintOptions(config: FileConfig): LintSourceOptions {
    return {
      rules: configuredRules(config.rules, this.registry.rules),
      settings: config.settings,
      lexicons: loadLexicons(config.settings as LexiconSettings),
      reportUnusedDirectives: config.reportUnusedDirectives,
      ...(this.options.today !== undefined && { today: this.options.today }),
    };
  }
}

export type { Linted };

/** settings.limits → the zip reader's limits (defaults where not set). */
function zipLimits(settings: Record<string, unknown>): ZipLimits {
  const limits = (settings.limits ?? {}) as { maxUnzippedMB?: number; maxZipEntries?: number };
  return {
    ...DEFAULT_ZIP_LIMITS,
    ...(limits.maxUnzippedMB !== undefined && { maxEntryBytes: Math.round(limits.maxUnzippedMB * 1024 * 1024) }),
    ...(limits.maxZipEntries !== undefined && { maxEntries: limits.maxZipEntries }),
  };
}
