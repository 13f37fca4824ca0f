/**
 * The language server applies the workspace's bulk suppressions
 * (speclint-suppressions.json at the workspace root) as the command line does,
 * and reads them again when the file changes. Runs the built server.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, uriOf } from './helpers/lsp.js';
import { tempTree } from './helpers/tmp.js';

const VAGUE = 'The service will be accessible to all.';
const NEW_VAGUE = 'The service will be fair to everyone regardless of background.';
const SPEC = `# Podiatry\n\n## Service description\n\nClinics run weekly. ${VAGUE}\n`;
const CONFIG = 'extends: []\nrules:\n  no-vague-equity-statement: error\n  require-engagement-plan: error\n';
const suppressions = (vague: number): string =>
  `${JSON.stringify({ 'specs/spec.md': { 'no-vague-equity-statement': { count: vague } } }, null, 2)}\n`;

describe('speclint-lsp: bulk suppressions', () => {
  let folder: string;
  let client: LspClient;
  const uri = (): string => uriOf(join(folder, 'specs', 'spec.md'));
  const codes = (d: Array<{ code?: string | number }>): unknown[] => d.map((x) => x.code).sort();

  beforeAll(async () => {
    folder = tempTree({ '.speclintrc.yaml': CONFIG, 'speclint-suppressions.json': suppressions(1), 'specs/spec.md': SPEC });
    client = LspClient.start();
    await client.initialize(folder, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true } });
  });
  afterAll(async () => {
    await client?.stop();
  });

  it('hides the recorded findings and shows the rest', async () => {
    await client.open(uri(), SPEC, 1);
    const published = await client.diagnosticsForVersion(uri(), 1);
    expect(codes(published.diagnostics)).toEqual(['require-engagement-plan']);
  });

  it('shows every finding of the rule once there are more than recorded, as the command line does', async () => {
    await client.replaceAll(uri(), 2, `${SPEC}\n${NEW_VAGUE}\n`);
    const published = await client.diagnosticsForVersion(uri(), 2);
    expect(codes(published.diagnostics)).toEqual(['no-vague-equity-statement', 'no-vague-equity-statement', 'require-engagement-plan']);
  });

  it('reads the file again when it changes', async () => {
    const since = client.published.length;
    writeFileSync(join(folder, 'speclint-suppressions.json'), suppressions(2));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(folder, 'speclint-suppressions.json')), type: 2 }] });
    const published = await client.diagnosticsFor(uri(), (p) => !p.diagnostics.some((d) => d.code === 'no-vague-equity-statement'), since);
    expect(codes(published.diagnostics)).toEqual(['require-engagement-plan']);
  });
});
