/**
 * Reading a YAML or JSON file (a config, a YAML rule) with enough of its
 * source kept to name the line of a mistake, and the sentence that names it.
 * Shared by the config loader (load.ts) and the YAML rule loader
 * (registry.ts), which would otherwise import each other.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { ConfigError } from './errors.js';
import type { ConfigData } from './types.js';
import { displayPath, type Problem } from './validate.js';
import { loadYaml } from './yaml.js';

/** A config's data with enough of its source kept to point at lines. */
export interface SourcedConfig {
  file: string;
  data: ConfigData;
  /** 1-based line of a key path, when it can be found. */
  lineOf(path: Array<string | number>): number | undefined;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Refuses keys that would reach an object's prototype, anywhere in a file's data, and a YAML
 * alias inside its own anchor ("a: &a [*a]"), which makes data that never ends.
 */
export function checkKeys(value: unknown, path: Array<string | number>, fail: (p: Problem) => never, within = new Set<object>()): void {
  if (!value || typeof value !== 'object') return;
  if (within.has(value)) fail({ path, message: 'contains itself (a YAML alias inside its own anchor): write the value out.' });
  within.add(value);
  if (Array.isArray(value)) value.forEach((v, i) => checkKeys(v, [...path, i], fail, within));
  else {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) fail({ path: [...path, key], message: 'is not allowed as a key.' });
      checkKeys((value as Record<string, unknown>)[key], [...path, key], fail, within);
    }
  }
  within.delete(value);
}

/** Reads a YAML or JSON file keeping enough of its source to name lines in messages. */
export function readSourced(file: string): SourcedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read the config file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  const { LineCounter, parseDocument } = loadYaml();
  const lineCounter = new LineCounter();
  // JSON is YAML, so one parser gives line numbers for both. Aliases are capped
  // so a crafted file cannot expand without bound.
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0].line;
    throw new ConfigError(`${file}${line ? `:${line}` : ''}: this is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'} (${e.message.split('\n')[0]}).`);
  }
  const prefix: Array<string | number> = file.endsWith('package.json') ? ['speclint'] : [];
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    throw new ConfigError(`${file}: ${(error as Error).message}`);
  }
  for (const key of prefix) data = (data as Record<string, unknown> | null)?.[key as string];
  const lineOf = lineFinder(doc, lineCounter, prefix);
  // A key left with nothing under it ("rules:" and only comments) sets nothing.
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    for (const [key, value] of Object.entries(data)) if (value === null) delete (data as Record<string, unknown>)[key];
  }
  const sourced: SourcedConfig = { file, data: (data ?? {}) as ConfigData, lineOf };
  if (data === null || data === undefined) sourced.data = {};
  else if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError(`${file}: a config must be a mapping of settings (extends, rules, settings, overrides, ignores).`);
  }
  return sourced;
}

/** 1-based line of a key path in a parsed YAML document (under `prefix`), when it can be found. */
export function lineFinder(doc: Document, lineCounter: LineCounter, prefix: Array<string | number> = []): (path: Array<string | number>) => number | undefined {
  const { isMap, isScalar } = loadYaml();
  return (path) => {
    const full = [...prefix, ...path];
    // The key's own line reads best: find the pair in its parent map.
    const parent = doc.getIn(full.slice(0, -1), true);
    const last = full[full.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
      const range = (pair?.key as { range?: [number, number] } | undefined)?.range;
      if (range) return lineCounter.linePos(range[0]).line;
    }
    const node = doc.getIn(full, true) as { range?: [number, number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
}

export function problemError(config: SourcedConfig, problem: Problem): ConfigError {
  const line = config.lineOf(problem.path);
  const where = `${relativeName(config.file)}${line ? `:${line}` : ''}`;
  const key = problem.path.length > 0 ? `"${displayPath(problem.path)}" ` : '';
  return new ConfigError(`${where}: ${key}${problem.message}`);
}

/** A file's name relative to the working directory when it is inside it, else as given. */
export function relativeName(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
