/**
 * Broken, locked, legacy and hostile Word files: one plain sentence each,
 * exit code 2, the rest of the batch still linted, and no input written to.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { speclint } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';

const good = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'docx', 'pandoc', 'mental-health-crisis.docx'));
const ole = (size: number): Uint8Array => {
  const b = new Uint8Array(size);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return b;
};
const wordXml = (body: string, doctype = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?>${doctype}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

/** Rewrites the sizes a zip declares for one entry, in both its headers. */
function declareSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = strToU8(entry);
  for (let i = 0; i + 46 < out.length; i++) {
    const signature = view.getUint32(i, true);
    const nameAt = signature === 0x02014b50 ? i + 46 : signature === 0x04034b50 ? i + 30 : -1;
    if (nameAt < 0 || !name.every((c, k) => out[nameAt + k] === c)) continue;
    view.setUint32(signature === 0x02014b50 ? i + 24 : i + 22, size, true);
  }
  return out;
}

let seed = 42;
const random = (n: number): Uint8Array => Uint8Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);

const laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';
const files: Record<string, Uint8Array> = {
  'a-good.docx': good,
  'legacy.doc': ole(1024),
  'locked.docx': ole(4096),
  'random.docx': random(5000),
  'truncated.docx': good.subarray(0, Math.floor(good.length / 2)),
  'empty.docx': new Uint8Array(0),
  'not-word.docx': zipSync({ 'hello.txt': strToU8('not a document') }),
  'bomb-declared.docx': declareSize(zipSync({ 'word/document.xml': strToU8(wordXml('<w:p/>')) }), 'word/document.xml', 0xf0000000),
  // 70 MB of XML that compresses to a few kilobytes, with headers claiming 1,000 bytes.
  'bomb-lying.docx': declareSize(
    zipSync({ 'word/document.xml': strToU8(wordXml(`<w:p><w:r><w:t>${' '.repeat(70 * 1024 * 1024)}</w:t></w:r></w:p>`)) }, { level: 6 }),
    'word/document.xml',
    1000,
  ),
  'laughs.docx': zipSync({ 'word/document.xml': strToU8(wordXml('<w:p><w:r><w:t>&lol3;</w:t></w:r></w:p>', laughs)) }),
  'external-entity.docx': zipSync({
    'word/document.xml': strToU8(wordXml('<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>', '<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')),
  }),
  // The same markup under another prefix, as XML tools that rewrite namespaces leave it.
  'other-prefix.docx': zipSync({
    'word/document.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><ns0:body><ns0:p><ns0:r><ns0:t>The service will ensure equitable provision for all.</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>'),
  }),
  // With no prefix at all (a default namespace).
  'no-prefix.docx': zipSync({
    'word/document.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><body><p><r><t>The service will ensure equitable provision for all.</t></r></p></body></document>'),
  }),
  // Another prefix declared for the same namespace, but the markup is w: as Word writes it: readable.
  'w-with-alias.docx': zipSync({
    'word/document.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>The service will ensure equitable provision for all.</w:t></w:r></w:p></w:body></w:document>'),
  }),
  'z-good.docx': good,
};

describe('bad Word input', () => {
  const dir = tempTree(files);
  const hashes = () => Object.fromEntries(Object.keys(files).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
  const before = hashes();
  const run = speclint(['--format', 'json', '.', 'legacy.doc'], { cwd: dir });
  const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; message: string; fatal?: boolean }> }>;
  const fatal = (name: string): string => {
    const r = results.find((x) => x.filePath.endsWith(`/${name}`))!;
    expect(r.messages).toEqual([expect.objectContaining({ ruleId: null, fatal: true })]);
    return r.messages[0]!.message.replace(`${join(dir, name)} `, '');
  };

  it('lints the whole batch, exits 2, and reads the good files normally', () => {
    expect(run.code).toBe(2);
    expect(results).toHaveLength(Object.keys(files).length);
    for (const name of ['a-good.docx', 'z-good.docx', 'w-with-alias.docx']) {
      const r = results.find((x) => x.filePath.endsWith(name))!;
      expect(r.messages.some((m) => m.ruleId === 'no-vague-equity-statement')).toBe(true);
    }
  });

  it('says what to do with legacy, locked, random, truncated, empty and non-Word files, and Word markup under another prefix', () => {
    expect(fatal('legacy.doc')).toBe('is a legacy Word (.doc) file: open it in Word and save it as .docx (Word Document), then try again.');
    expect(fatal('locked.docx')).toBe(
      'is password-protected, or is an old-format Word file renamed .docx: remove the password in Word (File > Info > Protect Document) and save it, or save an old file as .docx, then try again.',
    );
    expect(fatal('random.docx')).toBe('is not a Word document (.docx): check you chose the right file, or open it in Word and save it as .docx.');
    expect(fatal('truncated.docx')).toBe('is damaged or incomplete (it may not have finished downloading or copying): open it in Word and save it again, or get a fresh copy.');
    expect(fatal('empty.docx')).toBe('is empty (0 bytes): get a fresh copy of the file.');
    expect(fatal('not-word.docx')).toBe('is a zip file but not a Word document (it has no word/document.xml): check you chose the right file.');
    expect(fatal('other-prefix.docx')).toBe('writes Word\'s markup under an unusual XML prefix ("ns0:" where Word writes "w:"), which speclint cannot read: open it in Word or LibreOffice and save it as .docx, then try again.');
    expect(fatal('no-prefix.docx')).toBe('writes Word\'s markup under an unusual XML prefix (no prefix where Word writes "w:"), which speclint cannot read: open it in Word or LibreOffice and save it as .docx, then try again.');
  });

  it('refuses zip bombs, whether the headers tell the truth or lie', () => {
    const bomb = 'would expand to more than 64 MB when opened, far more than any specification: it may be damaged or malicious, so speclint did not open it.';
    expect(fatal('bomb-declared.docx')).toBe(bomb);
    expect(fatal('bomb-lying.docx')).toBe(bomb);
  });

  it('refuses entity expansion and external entities without expanding anything', () => {
    const doctype = 'contains an XML document type declaration in word/document.xml, which Word never writes: it may be malicious, so speclint did not read it.';
    expect(fatal('laughs.docx')).toBe(doctype);
    expect(fatal('external-entity.docx')).toBe(doctype);
  });

  it('writes to no input', () => {
    expect(hashes()).toEqual(before);
  });

  it('the unzip limit can be lowered in settings', () => {
    const small = tempTree({ 'a.docx': good, '.speclintrc.yaml': 'settings:\n  limits:\n    maxUnzippedMB: 0.01\n' });
    const out = JSON.parse(speclint(['--format', 'json', 'a.docx'], { cwd: small }).stdout);
    expect(out[0].messages[0].message).toContain('would expand to more than 0.01 MB when opened');
  });
});
