/** No module of src/, rules/ or web/src/ imports itself through others (issue 15: one path through the house). */
import { join } from 'node:path';
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
