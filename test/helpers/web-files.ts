/** Inputs for the browser checker tests: a 50-page Word document, hostile files, and the CLI's view of them. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { speclint } from './cli.js';
import { variant } from './docx.js';

export interface CliMessage {
  ruleId: string | null;
  severity: number;
  message: string;
  line: number;
  column: number;
  quote?: string;
  fatal?: boolean;
}

export interface CliResult {
  filePath: string;
  messages: CliMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
}

/** The CLI's --format json for files, by base name; fatal messages name the file by its base name, as the page does. */
export function cliResults(files: string[], extra: string[] = ['--no-config']): Map<string, CliResult> {
  const run = speclint([...extra, '--format', 'json', ...files]);
  if (run.code === 2 && !run.stdout) throw new Error(`speclint failed: ${run.stderr}`);
  const results = JSON.parse(run.stdout) as CliResult[];
  return new Map(
    results.map((r) => {
      const name = basename(r.filePath);
      const messages = r.messages.map((m) => (m.fatal ? { ...m, message: m.message.split(r.filePath).join(name) } : m));
      return [name, { ...r, filePath: name, messages }];
    }),
  );
}

const words = (xml: string): number =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].reduce((n, m) => n + m[1]!.split(/\s+/).filter(Boolean).length, 0);

/**
 * A long Word document made from a real one: its body repeated until it has
 * `targetWords` words (25,000 is about 50 pages of A4 at 11 pt).
 */
export function bigDocx(source: string, targetWords = 25_000): { bytes: Uint8Array; words: number; paragraphs: number } {
  const parts = unzipSync(readFileSync(source));
  const xml = strFromU8(parts['word/document.xml']!);
  const open = xml.indexOf('>', xml.indexOf('<w:body')) + 1;
  const sectPr = xml.lastIndexOf('<w:sectPr');
  const body = xml.slice(open, sectPr);
  const copies = Math.ceil(targetWords / words(body));
  const big = xml.slice(0, open) + body.repeat(copies) + xml.slice(sectPr);
  parts['word/document.xml'] = strToU8(big);
  return { bytes: zipSync(parts), words: words(big), paragraphs: (big.match(/<w:p[ >]/g) ?? []).length };
}

/** Broken and hostile inputs, each with the name it is given. */
export function hostileFiles(good: string): Record<string, Uint8Array> {
  const real = readFileSync(good);
  const ole = new Uint8Array(4096);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return {
    'truncated.docx': real.subarray(0, Math.floor(real.length / 3)),
    'protected.docx': ole,
    'legacy.doc': ole,
    'not-word.docx': strToU8('This is plain text with a .docx name.'),
    'empty.docx': new Uint8Array(0),
    'entities.docx': variant(good, { 'word/document.xml': (x) => x.replace('?>', '?><!DOCTYPE lol [<!ENTITY lol "lol">]>') }),
    'report.pdf.md': strToU8('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n'),
    'latin1.md': new Uint8Array([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]),
    // Unpacks to more than the 64 MB limit from a few hundred kilobytes.
    'bomb.docx': variant(good, { 'word/document.xml': (x) => x.replace('<w:body>', `<w:body>${' '.repeat(70 * 1024 * 1024)}`) }),
  };
}
