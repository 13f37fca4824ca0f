/** Where speclint's own files (rules/, schema/) are, from source or from dist/. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'rules', 'lexicons'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('speclint could not find its own files (rules/lexicons); reinstall it.');
    dir = parent;
  }
}

export const packageRoot = findRoot();
