/**
 * The yaml package, loaded on first use. A run with no config file and no
 * --rule never needs it, and loading it means reading some 70 small modules.
 * In Node, `import 'yaml'` resolves to the same CommonJS build (dist/index.js)
 * that require() loads, so this is the very same module, not a second copy.
 */
import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');

let yaml: Yaml | undefined;

export function loadYaml(): Yaml {
  yaml ??= createRequire(import.meta.url)('yaml') as Yaml;
  return yaml;
}
