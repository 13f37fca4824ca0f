/**
 * `speclint serve`: the browser checker's static folder on localhost, for
 * people who have Node. Listens on 127.0.0.1 only, answers only requests
 * addressed to localhost (a web page elsewhere cannot reach it through DNS
 * rebinding), serves only GET and HEAD of files inside the folder, and sends
 * the checker's Content-Security-Policy with every response.
 */
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { packageRoot } from '../package-root.js';
import { HEADER_POLICY } from './page-policy.js';

export interface ServeOptions {
  /** 0 picks a free port; default DEFAULT_PORT. */
  port?: number;
  /** The built checker folder; default dist/web in the package. */
  root?: string;
  /** Where to say what is happening (the address, problems); silent by default. */
  log?: (line: string) => void;
}

export interface Served {
  /** The page's address, e.g. http://127.0.0.1:7341/ */
  url: string;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 7341;
const HOST = '127.0.0.1';

/** Where `npm run build:web` writes the checker. */
export const defaultWebRoot = (): string => join(packageRoot, 'dist', 'web');

/** The folders the checker is built from, in a source checkout (an installed package has only the build). */
const WEB_SOURCES = ['web', 'src', 'rules'];

/** The newest modification time of any file under `dir`, or 0. */
function newestUnder(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestUnder(path));
    else if (entry.isFile()) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * In a source checkout, a warning when the built checker is older than the sources it is built
 * from: after a pull or an edit without `npm run build:web`, the page would check with old rules
 * and disagree with the CLI, which runs the committed bundle.
 */
export function staleBuildWarning(webRoot: string, sourceRoot: string): string | undefined {
  const sources = WEB_SOURCES.map((name) => join(sourceRoot, name)).filter((dir) => existsSync(dir));
  const built = join(webRoot, 'checker.js');
  if (sources.length < WEB_SOURCES.length || !existsSync(built)) return undefined;
  const newest = Math.max(...sources.map(newestUnder));
  if (newest <= statSync(built).mtimeMs) return undefined;
  return `The browser checker in ${webRoot} was built before its sources last changed, so it may not find what the CLI finds: run "npm run build:web" to rebuild it.`;
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': HEADER_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

/** Only requests addressed to this machine by a loopback name. */
function isLocalHost(header: string | undefined, port: number): boolean {
  if (!header) return false;
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(header.toLowerCase());
}

/** The file a URL path names inside root, or undefined (outside it, hidden, or malformed). */
function fileFor(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(urlPath, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.split('/').some((part) => part.startsWith('.'))) return undefined;
  if (path.endsWith('/')) path += 'index.html';
  const file = resolve(root, `.${path}`);
  return file.startsWith(root + sep) ? file : undefined;
}

function send(response: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra });
  response.end(text);
}

export async function serve(options: ServeOptions = {}): Promise<Served> {
  const root = resolve(options.root ?? defaultWebRoot());
  const log = options.log ?? (() => {});
  const wanted = options.port ?? DEFAULT_PORT;
  if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) throw new Error(`--port must be a whole number from 0 to 65535 (got ${wanted}).`);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`The browser checker has not been built (${join(root, 'index.html')} is missing): run "npm run build:web" first.`);
  }
  if (root === resolve(defaultWebRoot())) {
    const stale = staleBuildWarning(root, packageRoot);
    if (stale) log(stale);
  }
  let port = 0;

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (!isLocalHost(request.headers.host, port)) return send(response, 403, 'Only this computer can use the checker.');
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
    const file = fileFor(root, request.url ?? '/');
    const info = file ? await stat(file).catch(() => undefined) : undefined;
    const type = file && MIME_TYPES[extname(file).toLowerCase()];
    if (!file || !info?.isFile() || !type) return send(response, 404, 'Not found.');
    response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(info.size) });
    if (request.method === 'HEAD') return void response.end();
    createReadStream(file).on('error', () => response.destroy()).pipe(response);
  };

  // Loaded here, not with the CLI: only `speclint serve` needs it (about 8 ms).
  const { createServer } = await import('node:http');
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'The checker could not send that file.');
      else response.destroy();
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      fail(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${wanted} is already in use: choose another with --port <n>.`)
          : error.code === 'EACCES'
            ? new Error(`Port ${wanted} cannot be used without extra permissions: choose a port above 1023 with --port <n>.`)
            : error,
      );
    });
    server.listen(wanted, HOST, () => done());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://${HOST}:${port}/`;
  log(`The speclint checker is at ${url} (on this computer only; documents you check are not sent anywhere). Press Ctrl+C to stop.`);

  return {
    url,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}
