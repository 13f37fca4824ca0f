/** No module of src/, rules/ or web/src/ imports itself through others, and no rule imports a rule (issue 15: one path through the house). */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, relativeImports } from './helpers/import-graph.js';

const repo = join(import.meta.dirname, '..');

describe('import cycles', () => {
  it('there are none among the modules of src/, rules/ and web/src/', () => {
    const graph = importGraph(repo, ['src', 'rules', 'web/src']);
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get(join('src', 'linter.ts'))).toContain(join('src', 'config', 'load.ts'));
    expect(importCycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('no file in rules/ imports a rule, types included, but the registry (rules/index.ts): what rules share is in rules/lib/', () => {
    const rulesDir = join(repo, 'rules');
    const isRule = (path: string): boolean => dirname(path) === rulesDir && path.endsWith('.ts') && basename(path) !== 'index.ts';
    const rules = readdirSync(rulesDir).map((name) => join(rulesDir, name)).filter(isRule);
    expect(rules.length).toBeGreaterThan(10);
    const offenders: string[] = [];
    for (const file of [...rules, ...readdirSync(join(rulesDir, 'lib')).map((name) => join(rulesDir, 'lib', name))]) {
      const text = readFileSync(file, 'utf8');
      const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*)'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
      for (const spec of specs) {
        if (isRule(resolve(dirname(file), spec.replace(/\.js$/, '.ts')))) offenders.push(`${relative(repo, file)} imports ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the walker reads static, re-exported, side-effect and dynamic imports, and not type-only ones', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from './b.js';",
      "export { c } from '../c.js';",
      "export type { D } from './d.js';",
      "import './e.js';",
      "const f = await import('./f.js');",
      "import { readFileSync } from 'node:fs';",
      "// import { g } from './g.js';",
      'import {',
      '  h,',
      "} from './h.js';",
    ].join('\n');
    expect(relativeImports(text).sort()).toEqual(['../c.js', './a.js', './e.js', './f.js', './h.js']);
  });

  it('finds a cycle, direct or through others, and only once', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(importCycles(graph)).toEqual([['a', 'b', 'c', 'a'], ['e', 'e']]);
    expect(importCycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });
});
