/**
 * The warm-up penalty, in a process of its own: Linter.lintFile on distinct
 * files one after the other, from the first call (config and lexicons
 * included, as a CLI run pays them) to the last, with no warm-up. Returns each
 * file's wall and CPU ms and its words; run.mjs compares the first file with
 * the hundredth.
 *
 *   node bench/lib/warmup.mjs '<json: { root, files }>'
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const job = JSON.parse(process.argv[2]);
const { Linter } = await import(pathToFileURL(join(job.root, 'dist/src/index.js')).href);
const linter = new Linter({ useConfigFiles: false });
const out = [];
for (const file of job.files) {
  const words = (readFileSync(file, 'utf8').match(/\S+/g) ?? []).length;
  const c = process.cpuUsage();
  const t = performance.now();
  const result = await linter.lintFile(file);
  const wall = performance.now() - t;
  const d = process.cpuUsage(c);
  if (result.fatalErrorCount) throw new Error(`${file}: ${result.messages[0]?.message}`);
  out.push({ wall, cpu: (d.user + d.system) / 1000, words, findings: result.messages.length });
}
process.stdout.write(`${JSON.stringify(out)}\n`);
