/** Plugins and YAML rules, end to end through the CLI, and what happens when they are broken. */
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { speclint } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';

const examplePlugin = join(import.meta.dirname, '..', 'examples', 'plugin');
const DETENTION_SPEC = '# Crisis care\n\n## 1. Population needs\n\nDetentions under the Mental Health Act have risen by 11% over three years.\n';
type Message = { ruleId: string | null; message: string; quote?: string; suggestions?: Array<{ desc: string; fix?: { text: string } }> };
const messages = (stdout: string): Message[] => JSON.parse(stdout)[0].messages;

describe('plugins', () => {
  it('loads a plugin by path, with its rules prefixed and its configs to extend', () => {
    const dir = tempTree({
      'spec.md': DETENTION_SPEC,
      '.speclintrc.yaml': `plugins: [${JSON.stringify(examplePlugin)}]\nextends: [plugin:nhs-mental-health/recommended]\n`,
    });
    const run = speclint(['--format', 'json', 'spec.md'], { cwd: dir });
    expect(messages(run.stdout).map((m) => m.ruleId)).toEqual(['nhs-mental-health/require-detention-monitoring']);
    expect(speclint(['--list-rules'], { cwd: dir }).stdout).toMatch(/^nhs-mental-health\/require-detention-monitoring\s+warn\s+/m);
  });

  it('loads an installed plugin by its short name', () => {
    const dir = tempTree({
      'spec.md': DETENTION_SPEC,
      '.speclintrc.yaml': 'plugins: [nhs-mental-health]\nrules:\n  nhs-mental-health/require-detention-monitoring: error\n',
    });
    mkdirSync(join(dir, 'node_modules'));
    cpSync(examplePlugin, join(dir, 'node_modules', 'speclint-plugin-nhs-mental-health'), { recursive: true });
    const run = speclint(['--format', 'json', 'spec.md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(messages(run.stdout).filter((m) => m.ruleId?.startsWith('nhs-mental-health/'))).toHaveLength(1);
  });

  it('a plugin that is not installed, or fails to load, exits 2 with one sentence naming it', () => {
    const missing = tempTree({ 'spec.md': DETENTION_SPEC, '.speclintrc.yaml': 'extends: speclint:recommended\nplugins: [nope]\n' });
    expect(speclint(['spec.md'], { cwd: missing })).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'speclint: .speclintrc.yaml:2: the plugin "nope" could not be loaded: the package "speclint-plugin-nope" is not installed. Install it with: npm install --save-dev speclint-plugin-nope\n',
    });
    const broken = tempTree({ 'spec.md': DETENTION_SPEC, '.speclintrc.yaml': 'plugins: [./broken.js]\n', 'broken.js': 'throw new Error("boom");\n' });
    expect(speclint(['spec.md'], { cwd: broken })).toMatchObject({
      code: 2,
      stderr: 'speclint: .speclintrc.yaml:1: the plugin "./broken.js" could not be loaded: it failed while loading (boom).\n',
    });
    const empty = tempTree({ 'spec.md': DETENTION_SPEC, '.speclintrc.yaml': 'plugins: [./empty.js]\n', 'empty.js': 'export default {};\n' });
    expect(speclint(['spec.md'], { cwd: empty }).stderr).toBe('speclint: .speclintrc.yaml:1: the plugin "./empty.js" could not be loaded: it exports neither rules nor configs.\n');
  });

  it('extending a config of a plugin that is not loaded says so', () => {
    const dir = tempTree({ 'spec.md': DETENTION_SPEC, '.speclintrc.yaml': 'extends: [plugin:other/recommended]\n' });
    expect(speclint(['spec.md'], { cwd: dir }).stderr).toBe(
      'speclint: .speclintrc.yaml:1: "extends[0]" is not a config of any loaded plugin (load the plugin in "plugins" first; known: none).\n',
    );
  });
});

describe('YAML rules', () => {
  const rules = {
    'rules/interpreter-professional.yaml': [
      'extends: conditional',
      "message: '\"{{match}}\": say the interpreters will be professional, not family or friends.'",
      'level: error',
      'first: interpret(er|ers|ing)',
      'second: (professional|qualified|registered|accredited)',
    ].join('\n'),
    'rules/say-minority-ethnic.yaml': ['extends: substitution', "message: 'Write \"{{replacement}}\" rather than \"{{match}}\".'", 'swap:', '  BME: minority ethnic', '  BAME: minority ethnic'].join('\n'),
    'rules/no-hard-to-reach.yaml': ['extends: existence', "message: '\"{{match}}\" blames people; say which groups services have not reached.'", 'scope: [sentence, heading]', 'tokens: [hard to reach, hard-to-reach]'].join('\n'),
  };

  it('existence, substitution and conditional rules work from rulesDir', () => {
    const dir = tempTree({
      ...rules,
      '.speclintrc.yaml': 'extends: []\nrulesDir: rules\n',
      'spec.md': '# Spec\n\n## Reaching hard to reach groups\n\nInterpreters will be available on request. Professional interpreters will be booked for BME patients.\n',
    });
    const run = speclint(['--format', 'json', 'spec.md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(messages(run.stdout).map((m) => [m.ruleId, m.message, m.quote])).toEqual([
      ['no-hard-to-reach', '"hard to reach" blames people; say which groups services have not reached.', 'Reaching hard to reach groups'],
      ['interpreter-professional', '"Interpreters": say the interpreters will be professional, not family or friends.', 'Interpreters will be available on request.'],
      ['say-minority-ethnic', 'Write "minority ethnic" rather than "BME".', 'Professional interpreters will be booked for BME patients.'],
    ]);
    expect(messages(run.stdout)[2]!.suggestions).toEqual([{ desc: 'Replace "BME" with "minority ethnic"', fix: { range: expect.any(Array), text: 'minority ethnic' } }]);
  });

  it('a mistake in a YAML rule names the file, the line and the fix', () => {
    const dir = tempTree({ '.speclintrc.yaml': 'rulesDir: rules\n', 'spec.md': '# x\n', 'rules/typo.yaml': 'message: hi\nextends: existance\ntokens: [x]\n' });
    expect(speclint(['spec.md'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: 'speclint: rules/typo.yaml:2: "extends" must be one of "existence", "substitution", "conditional".\n',
    });
    const missing = tempTree({ '.speclintrc.yaml': 'rulesDir: rules\n', 'spec.md': '# x\n', 'rules/empty.yaml': 'extends: conditional\nmessage: hi\nfirst: x\n' });
    expect(speclint(['spec.md'], { cwd: missing }).stderr).toBe('speclint: rules/empty.yaml:1: is missing "second".\n');
    const brackets = tempTree({ '.speclintrc.yaml': 'rulesDir: rules\n', 'spec.md': '# x\n', 'rules/b.yaml': 'extends: existence\nmessage: hi\ntokens: ["(a|b"]\n' });
    expect(speclint(['spec.md'], { cwd: brackets }).stderr).toMatch(/^speclint: \S+rules\/b\.yaml: terms\[0\]: unbalanced brackets in "\(a\|b"\n$/);
    const clash = tempTree({ '.speclintrc.yaml': 'rulesDir: rules\n', 'spec.md': '# x\n', 'rules/no-vague-equity-statement.yaml': 'extends: existence\nmessage: hi\ntokens: [x]\n' });
    expect(speclint(['spec.md'], { cwd: clash }).stderr).toMatch(/"no-vague-equity-statement" is the name of a built-in rule; rename the file\.\n$/);
  });
});
