/**
 * The whole-process parse floor: a process that reads each file named on the
 * command line and parses it with unified + remark-parse + remark-gfm, as
 * speclint does before it builds its model, and nothing more. The packages are
 * the checkout's own (--root's node_modules).
 *
 * With --speclint-parser, the checkout's own parser instead
 * (dist/src/loaders/markdown-parser.js: GFM without autolink literals).
 *
 *   node bench/lib/parse-floor.mjs [--speclint-parser] <root> <file.md>...
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const own = args[0] === '--speclint-parser';
const [root, ...files] = own ? args.slice(1) : args;
let parse;
if (own) {
  parse = (await import(pathToFileURL(join(root, 'dist/src/loaders/markdown-parser.js')).href)).parseMarkdown;
} else {
  const require = createRequire(join(root, 'package.json'));
  const load = async (name) => import(pathToFileURL(require.resolve(name)).href);
  const { unified } = await load('unified');
  const { default: remarkParse } = await load('remark-parse');
  const { default: remarkGfm } = await load('remark-gfm');
  const parser = unified().use(remarkParse).use(remarkGfm);
  parse = (text) => parser.parse(text);
}
let nodes = 0;
for (const file of files) nodes += parse(readFileSync(file, 'utf8')).children.length;
process.stdout.write(`${nodes}\n`);
