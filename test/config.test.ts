import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter } from '../src/linter.js';
import { tempTree } from './helpers/tmp.js';

const VAGUE = '# Spec\n\n## 3. Scope\n\nThe service will ensure equitable provision for all.\n';

/** The config error for these files, with the temp folder's path replaced by <root>. */
async function configError(files: Record<string, string>): Promise<string> {
  const root = tempTree(files);
  try {
    await new Linter({ cwd: root }).configFor('spec.md');
  } catch (error) {
    return (error as Error).message.split(root).join('<root>');
  }
  throw new Error('expected a config error');
}

describe('config discovery', () => {
  it('finds .speclintrc.yaml by walking up from the current folder', async () => {
    const root = tempTree({ '.speclintrc.yaml': 'rules:\n  no-vague-equity-statement: warn\n', 'specs/a/spec.md': VAGUE });
    const linter = new Linter({ cwd: join(root, 'specs', 'a') });
    const result = await linter.lintFile('spec.md');
    expect(result.messages.find((m) => m.ruleId === 'no-vague-equity-statement')?.severity).toBe(1);
  });

  it('reads the "speclint" key of package.json, and ignores a package.json without one', async () => {
    const root = tempTree({
      'package.json': JSON.stringify({ name: 'x', speclint: { rules: { 'require-engagement-plan': 'off' } } }),
      'sub/package.json': JSON.stringify({ name: 'y' }),
    });
    const config = await new Linter({ cwd: join(root, 'sub') }).configFor('spec.md');
    expect(config.rules['require-engagement-plan']).toEqual([0]);
  });

  it('uses the recommended preset when there is no config, and with --no-config', async () => {
    const root = tempTree({ '.speclintrc.yaml': 'rules:\n  require-engagement-plan: off\n' });
    expect((await new Linter({ cwd: root, useConfigFiles: false }).configFor('spec.md')).rules['require-engagement-plan']).toEqual([2]);
  });

  it('applies presets, overrides by glob and --rule in that order; a bare severity keeps earlier options', async () => {
    const root = tempTree({
      '.speclintrc.yml': [
        'extends: speclint:strict',
        'rules:',
        '  require-engagement-plan: warn',
        'overrides:',
        '  - files: ["mental-health/**"]',
        '    rules: { no-vague-equity-statement: off }',
      ].join('\n'),
    });
    const linter = new Linter({ cwd: root, rules: { 'require-ethnicity-outcome-indicators': 'warn' } });
    const general = await linter.configFor('general/spec.md');
    expect(general.rules).toMatchObject({
      'no-vague-equity-statement': [2, { requireAll: true }],
      'require-ethnicity-outcome-indicators': [1, { requireTargets: true }],
      'require-engagement-plan': [1, { requireNamedGroups: true }],
    });
    // strict turns every rule to error
    expect(Object.entries(general.rules).filter(([id]) => !['require-ethnicity-outcome-indicators', 'require-engagement-plan'].includes(id)).every(([, [sev]]) => sev === 2)).toBe(true);
    const mental = await linter.configFor('mental-health/crisis.md');
    expect(mental.rules['no-vague-equity-statement']).toEqual([0, { requireAll: true }]);
  });

  it('extends another config file by relative path', async () => {
    const root = tempTree({
      'shared/base.yaml': 'rules:\n  require-engagement-plan: off\n',
      'team/.speclintrc.yaml': 'extends: [speclint:recommended, ../shared/base.yaml]\n',
    });
    const config = await new Linter({ cwd: join(root, 'team') }).configFor('x.md');
    expect(config.rules['require-engagement-plan']).toEqual([0]);
    expect(config.rules['no-vague-equity-statement']).toEqual([2]);
  });

  it('extends project lexicons through settings', async () => {
    const root = tempTree({
      '.speclintrc.yaml': 'extends: []\nrules: { no-vague-equity-statement: error }\nsettings:\n  lexicons:\n    groups: { add: [Chagossian] }\n    mechanisms: { add: [welcome pack] }\n',
    });
    const linter = new Linter({ cwd: root });
    const text = '# S\n\n## 3. Scope\n\nThe service will be culturally appropriate for Chagossian families, with a welcome pack.\n';
    expect((await linter.lintText(text, join(root, 'a.md'))).messages).toEqual([]);
    const without = new Linter({ config: { extends: [], rules: { 'no-vague-equity-statement': 'error' } } });
    expect((await without.lintText(text)).messages).toHaveLength(1);
  });
});

describe('config errors name the file, the line and the key', () => {
  it('a wrong severity', async () => {
    expect(await configError({ '.speclintrc.yaml': 'extends: speclint:recommended\nrules:\n  no-vague-equity-statement: loud\n' })).toBe(
      '<root>/.speclintrc.yaml:3: "rules.no-vague-equity-statement" must be a severity, or a list [severity, options]: off, warn or error (or 0, 1, 2).',
    );
  });

  it('an unknown key, listing the allowed ones', async () => {
    expect(await configError({ '.speclintrc.yaml': 'extends: speclint:recommended\nrule:\n  x: error\n' })).toBe(
      '<root>/.speclintrc.yaml:2: "rule" is not a setting here; allowed: $schema, extends, plugins, rulesDir, rules, settings, overrides, ignores, reportUnusedDirectives.',
    );
  });

  it('an unknown rule id', async () => {
    expect(await configError({ '.speclintrc.json': '{\n  "rules": {\n    "no-vague-statements": "error"\n  }\n}\n' })).toBe(
      '<root>/.speclintrc.json:3: "rules.no-vague-statements" is not a speclint rule. Run "speclint --list-rules" to see the rules you can use.',
    );
  });

  it('options that do not fit the rule\'s schema', async () => {
    expect(
      await configError({ '.speclintrc.yaml': 'rules:\n  require-engagement-plan:\n    - error\n    - requireNamedGroups: "yes"\n' }),
    ).toBe('<root>/.speclintrc.yaml:4: "rules.require-engagement-plan[1].requireNamedGroups" must be a boolean. (options of require-engagement-plan)');
    expect(await configError({ '.speclintrc.yaml': 'rules:\n  require-engagement-plan: [error, { named: true }]\n' })).toBe(
      '<root>/.speclintrc.yaml:2: "rules.require-engagement-plan[1].named" is not a setting here; allowed: requireNamedGroups. (options of require-engagement-plan)',
    );
  });

  it('an unknown preset, and a config that is not YAML', async () => {
    expect(await configError({ '.speclintrc.yaml': 'extends: [speclint:strictest]\n' })).toBe(
      '<root>/.speclintrc.yaml:1: "extends[0]" is not a speclint preset; use one of speclint:recommended, speclint:procurement-ready, speclint:strict, speclint:all.',
    );
    expect(await configError({ '.speclintrc.yaml': 'rules:\n  a: [error\n' })).toMatch(/^<root>\/\.speclintrc\.yaml:\d+: this is not valid YAML \(/);
  });

  it('an unknown focus or lexicon in settings', async () => {
    expect(await configError({ '.speclintrc.yaml': 'settings:\n  focus: postcode\n' })).toBe('<root>/.speclintrc.yaml:2: "settings.focus" must be one of: ethnicity ("postcode" has no lexicons).');
    expect(await configError({ '.speclintrc.yaml': 'overrides:\n  - files: ["*.md"]\n    settings:\n      focus: postcode\n' })).toMatch(/^<root>\/\.speclintrc\.yaml:4: "overrides\[0\]\.settings\.focus" must be one of/);
    const other = tempTree({ '.speclintrc.yaml': 'settings:\n  lexicons:\n    colours: [red]\n' });
    await expect(new Linter({ cwd: other }).lintText('# x\n')).rejects.toThrow(/^settings\.lexicons\.colours: there is no lexicon of that name; use one of: /);
  });

  it('refuses prototype keys and alias bombs', async () => {
    expect(await configError({ '.speclintrc.yaml': 'settings:\n  __proto__:\n    polluted: true\n' })).toBe(
      '<root>/.speclintrc.yaml:2: "settings.__proto__" is not allowed as a key.',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join('\n');
    expect(await configError({ '.speclintrc.yaml': `settings:\n  x:\n${bomb.split('\n').map((l) => `    ${l}`).join('\n')}\n` })).toMatch(/^<root>\/\.speclintrc\.yaml: .*alias/i);
    // An alias inside its own anchor makes data that never ends: named, not followed for ever.
    expect(await configError({ '.speclintrc.yaml': 'settings:\n  x: &x [*x]\n' })).toBe('<root>/.speclintrc.yaml:2: "settings.x[0]" contains itself (a YAML alias inside its own anchor): write the value out.');
  });
});
