/** npm run docs: brings the generated parts of every rules/<id>.md up to date. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from '../rules/index.js';
import { updateRuleDoc } from '../src/docs/rule-docs.js';
import { packageRoot } from '../src/package-root.js';

let changed = 0;
for (const [id, rule] of Object.entries(builtinRules)) {
  const file = join(packageRoot, 'rules', `${id}.md`);
  const before = readFileSync(file, 'utf8');
  const after = updateRuleDoc(id, rule, before);
  if (after !== before) {
    writeFileSync(file, after);
    changed++;
    console.log(`updated rules/${id}.md`);
  }
}
console.log(changed === 0 ? 'Rule docs are up to date.' : `${changed} rule pages updated.`);
