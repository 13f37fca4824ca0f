/**
 * JSON Schema validation with messages a person can act on: the file, the
 * line, the key, and what is allowed there. Ajv is imported only when there is
 * something to validate, so runs without a config never pay for it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { packageRoot } from '../package-root.js';

type AjvInstance = import('ajv').Ajv;
let ajv: AjvInstance | undefined;

async function getAjv(): Promise<AjvInstance> {
  if (!ajv) {
    const { Ajv } = await import('ajv');
    ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
  }
  return ajv;
}

const schemaValidators = new Map<string, ValidateFunction>();
type SchemaName = 'speclintrc' | 'yaml-rule' | 'lexicon';
/** A schema's file (also hashed into caches that must notice when it changes). */
export const schemaFile = (name: SchemaName): string => join(packageRoot, 'schema', `${name}.schema.json`);

/** A validator for one of the schemas shipped in schema/. */
export async function schemaValidator(name: SchemaName): Promise<ValidateFunction> {
  let validate = schemaValidators.get(name);
  if (!validate) {
    validate = (await getAjv()).compile(JSON.parse(readFileSync(schemaFile(name), 'utf8')));
    schemaValidators.set(name, validate);
  }
  return validate;
}

/**
 * The same, for readers that cannot wait (lexicons are read synchronously, and
 * rarely: only when they change). Ajv is required from node_modules; a bundle
 * that ships without it (the VS Code extension's server) gets undefined, and
 * its reader keeps its own checks.
 */
export function schemaValidatorSync(name: SchemaName): ValidateFunction | undefined {
  let validate = schemaValidators.get(name);
  if (!validate) {
    if (!ajv) {
      let Ajv: typeof import('ajv').Ajv;
      try {
        ({ Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv'));
      } catch {
        return undefined;
      }
      ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
    }
    validate = ajv.compile(JSON.parse(readFileSync(schemaFile(name), 'utf8')));
    schemaValidators.set(name, validate);
  }
  return validate;
}

export const configSchemaValidator = (): Promise<ValidateFunction> => schemaValidator('speclintrc');

const optionValidators = new WeakMap<object, ValidateFunction>();

/** Validates a rule's options array against its `meta.schema` (a list of item schemas). */
export async function optionsValidator(schema: Record<string, unknown>[]): Promise<ValidateFunction> {
  let validate = optionValidators.get(schema);
  if (!validate) {
    validate = (await getAjv()).compile({ type: 'array', items: schema, maxItems: schema.length });
    optionValidators.set(schema, validate);
  }
  return validate;
}

export interface Problem {
  /** Path of keys to the offending value, e.g. ["rules", "no-vague-equity-statement"]. */
  path: Array<string | number>;
  message: string;
}

function pathOf(error: ErrorObject): Array<string | number> {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function describeError(error: ErrorObject): Problem {
  const path = pathOf(error);
  const parent = error.parentSchema as { description?: string; properties?: Record<string, unknown> } | undefined;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(parent?.properties ?? {});
      return {
        path: [...path, key],
        message: `is not a setting here${allowed.length ? `; allowed: ${allowed.join(', ')}` : ''}.`,
      };
    }
    case 'enum':
      return { path, message: `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}.` };
    case 'anyOf':
    case 'oneOf':
      return { path, message: `must be ${parent?.description ?? 'one of the allowed forms'}.` };
    case 'required':
      return { path, message: `is missing "${(error.params as { missingProperty: string }).missingProperty}".` };
    case 'type':
      return { path, message: `must be ${/^[aeiou]/.test(String(error.params.type)) ? 'an' : 'a'} ${error.params.type}.` };
    default:
      return { path, message: `${error.message ?? 'is not allowed'}.` };
  }
}

/** The most useful problem from Ajv's errors: the deepest path, and an anyOf over its branches. */
export function bestProblem(errors: ErrorObject[]): Problem {
  let best = errors[0]!;
  for (const e of errors) {
    const depth = e.instancePath.split('/').length;
    const bestDepth = best.instancePath.split('/').length;
    if (depth > bestDepth || (depth === bestDepth && (e.keyword === 'anyOf' || e.keyword === 'additionalProperties') && best.keyword !== 'additionalProperties')) {
      best = e;
    }
  }
  return describeError(best);
}

export function displayPath(path: Array<string | number>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
