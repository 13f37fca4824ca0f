import { isAscii } from 'node:buffer';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatPrecompiled, lexiconFiles, readPrecompiled } from '../src/config/lexicon-cache.js';
import { builtinLexiconData, builtinLexiconFiles, precompileFocus } from '../src/config/lexicons.js';
import { compileLexicon, lexiconFromPrecompiled, precompileLexicon, prefilteredLexicon, StartIndex, type LexiconData } from '../src/core/lexicon.js';

const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus');
const texts = readdirSync(corpus)
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(corpus, f), 'utf8'));

describe('precompiled lexicons', () => {
  it('find exactly what the lexicons compiled from their YAML find, for every built-in lexicon', () => {
    // Through JSON, as the build writes them and a run reads them.
    const built = new Map(
      (() => {
        const file = precompileFocus('ethnicity')!;
        // ASCII only (non-ASCII characters as \uXXXX), so a run reads it as Latin-1 without decoding.
        expect(isAscii(Buffer.from(file))).toBe(true);
        const dir = mkdtempSync(join(tmpdir(), 'speclint-lexicons-'));
        try {
          writeFileSync(join(dir, 'p.json'), file);
          const entries = readPrecompiled(join(dir, 'p.json'), builtinLexiconFiles('ethnicity'))!;
          // As a run asks them: only about texts with a word their terms start with (StartIndex).
          const index = new StartIndex();
          return entries.map((e) => {
            const lexicon = lexiconFromPrecompiled(e.compiled());
            return [e.name, { data: e.data(), lexicon, prefiltered: prefilteredLexicon(lexicon, index.add(e.starts)) }] as const;
          });
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      })(),
    );
    const raw = builtinLexiconData('ethnicity');
    expect([...built.keys()]).toEqual([...raw.keys()]);
    let matches = 0;
    for (const [name, { data }] of raw) {
      const fromYaml = compileLexicon(data);
      const fromBuild = built.get(name)!;
      expect(fromBuild.data).toEqual(data);
      expect(fromBuild.lexicon.description).toBe(fromYaml.description);
      for (const text of texts) {
        const found = fromYaml.find(text);
        matches += found.length;
        expect(fromBuild.lexicon.find(text), `${name}`).toEqual(found);
        expect(fromBuild.lexicon.first(text)).toEqual(fromYaml.first(text));
        expect(fromBuild.prefiltered.find(text), `${name}, prefiltered`).toEqual(found);
        expect(fromBuild.prefiltered.test(text)).toBe(found.length > 0);
        // Lines, as rules ask about sentences and blocks: most lexicons are skipped on most of them.
        for (const line of text.split('\n')) expect(fromBuild.prefiltered.find(line), `${name}: ${line}`).toEqual(fromBuild.lexicon.find(line));
      }
    }
    // The fixtures exercise the lexicons, so the comparison is not of empty lists.
    expect(matches).toBeGreaterThan(1000);
  });

  it('keep matchCase, tags, gaps (and gaps for names only), prefixes, optional parts and patterns through JSON', () => {
    const data: LexiconData = {
      name: 't',
      gap: 1,
      terms: [{ term: 'Polish', matchCase: true }, { term: 'population needs', tag: 'population-needs' }, 'interpret* (service|)', { term: 'equal access', gap: 0 }, { term: 'the plan sets out', gap: 2, gapNames: true }],
      patterns: ['\\b\\d+\\s?%', { pattern: 'XX', matchCase: true }],
    };
    const text = 'Polish and polish; population very needs; interpreting service; equal access; the Race Plan sets out; the aim of the plan sets out; 20 % and XX but xx.';
    const fromJson = lexiconFromPrecompiled(JSON.parse(JSON.stringify(precompileLexicon(data))));
    expect(fromJson.find(text)).toEqual(compileLexicon(data).find(text));
    expect(fromJson.find(text).map((m) => m.text)).toEqual(['Polish', 'population very needs', 'interpreting service', 'equal access', 'the Race Plan sets out', 'the plan sets out', '20 %', 'XX']);
  });
});

describe('the precompiled file', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const setUp = () => {
    dir = mkdtempSync(join(tmpdir(), 'speclint-lexicons-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'one.yaml'), 'name: one\nterms: [equal access]\n');
    writeFileSync(join(dir, 'a', 'two.yaml'), 'name: two\nterms: [interpreter]\n');
    const files = lexiconFiles([join(dir, 'a')], dir);
    const entries = [
      { name: 'one', index: 0, data: { name: 'one', terms: ['equal access'] } },
      { name: 'two', index: 1, data: { name: 'two', terms: ['interpreter'] } },
    ].map((e) => ({ ...e, compiled: precompileLexicon(e.data) }));
    writeFileSync(join(dir, 'p.json'), formatPrecompiled(files, entries));
    // Built a minute after the YAML was written, as a build is.
    const built = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'p.json'), built, built);
  };
  const edit = (name: string, text: string, when = new Date(Date.now() + 120_000)) => {
    writeFileSync(join(dir, 'a', name), text);
    utimesSync(join(dir, 'a', name), when, when);
  };

  it('is trusted without reading the YAML files while each has its size at build time and none changed since', () => {
    setUp();
    // A same-size edit dated before the build (as no edit after a build is) goes unseen: the files are not read.
    edit('two.yaml', 'name: two\nterms: [interpretor]\n', new Date(Date.now() - 60_000));
    const files = lexiconFiles([join(dir, 'a')], dir);
    expect(readPrecompiled(join(dir, 'p.json'), files)).toBeDefined();
    // Another size is seen whatever its date, and settled by the texts.
    edit('one.yaml', 'name: one\nterms: [equal accesses]\n', new Date(Date.now() - 60_000));
    expect(readPrecompiled(join(dir, 'p.json'), lexiconFiles([join(dir, 'a')], dir))).toBeUndefined();
    edit('one.yaml', 'name: one\nterms: [equal access]\n', new Date(Date.now() - 60_000));
    // Every file dated alike and long ago, as npm installs them.
    const npm = new Date('1985-10-26T08:15:00Z');
    for (const name of ['a/one.yaml', 'a/two.yaml', 'p.json']) utimesSync(join(dir, name), npm, npm);
    expect(readPrecompiled(join(dir, 'p.json'), lexiconFiles([join(dir, 'a')], dir))).toBeDefined();
  });

  it('is used while the YAML files are the ones it was built from, and parsed only as far as asked', () => {
    setUp();
    const entries = readPrecompiled(join(dir, 'p.json'), lexiconFiles([join(dir, 'a')], dir))!;
    expect(entries.map((e) => [e.name, e.index, e.description])).toEqual([
      ['one', 0, ''],
      ['two', 1, ''],
    ]);
    expect(entries[1]!.data()).toEqual({ name: 'two', terms: ['interpreter'] });
    expect(lexiconFromPrecompiled(entries[0]!.compiled()).find('Equal-access for all').map((m) => m.text)).toEqual(['Equal-access']);
  });

  it('is not used after a YAML file is edited, added or removed, nor when damaged', () => {
    setUp();
    const read = () => readPrecompiled(join(dir, 'p.json'), lexiconFiles([join(dir, 'a')], dir));
    edit('two.yaml', 'name: two\nterms: [interpreters]\n');
    expect(read()).toBeUndefined();
    // The same size, after the build: the texts are compared.
    edit('two.yaml', 'name: two\nterms: [interpretor]\n');
    expect(read()).toBeUndefined();
    edit('two.yaml', 'name: two\nterms: [interpreter]\n');
    expect(read()).toBeDefined();
    edit('three.yaml', 'name: three\nterms: [x]\n');
    expect(read()).toBeUndefined();
    rmSync(join(dir, 'a', 'three.yaml'));
    rmSync(join(dir, 'a', 'two.yaml'));
    expect(read()).toBeUndefined();
    edit('two.yaml', 'name: two\nterms: [interpreter]\n');
    const whole = readFileSync(join(dir, 'p.json'), 'utf8');
    writeFileSync(join(dir, 'p.json'), whole.slice(0, -5));
    expect(read()).toBeUndefined();
    writeFileSync(join(dir, 'p.json'), 'not json');
    expect(read()).toBeUndefined();
    rmSync(join(dir, 'p.json'));
    expect(read()).toBeUndefined();
  });
});
