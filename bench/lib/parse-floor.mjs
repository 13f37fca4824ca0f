/**
 * The whole-process parse floor: a process that reads each file named on the
 * command line and parses it with unified + remark-parse + remark-gfm, as
 * speclint does before it builds its model, and nothing more. The packages are
 * the checkout's own (--root's node_modules).
 *
 *   node bench/lib/parse-floor.mjs <root> <file.md>...
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, ...files] = process.argv.slice(2);
const require = createRequire(join(root, 'package.json'));
const load = async (name) => import(pathToFileURL(require.resolve(name)).href);
const { unified } = await load('unified');
const { default: remarkParse } = await load('remark-parse');
const { default: remarkGfm } = await load('remark-gfm');
const parser = unified().use(remarkParse).use(remarkGfm);
let nodes = 0;
for (const file of files) nodes += parser.parse(readFileSync(file, 'utf8')).children.length;
process.stdout.write(`${nodes}\n`);
