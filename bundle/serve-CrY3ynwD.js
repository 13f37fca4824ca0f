import { m as packageRoot } from "./formats-CReMsX8I.js";
import { extname, join, resolve, sep } from "node:path";
import { createReadStream, existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
const HEADER_POLICY = `${[
	"default-src 'self'",
	"script-src 'self'",
	"style-src 'self'",
	"img-src 'self'",
	"font-src 'none'",
	"worker-src blob:",
	"connect-src 'none'",
	"object-src 'none'",
	"media-src 'none'",
	"frame-src 'none'",
	"manifest-src 'none'",
	"base-uri 'none'",
	"form-action 'none'"
].join("; ")}; frame-ancestors 'none'`;
const HOST = "127.0.0.1";
/** Where `npm run build:web` writes the checker. */
const defaultWebRoot = () => join(packageRoot, "dist", "web");
const MIME_TYPES = {
	".html": "text/html; charset=utf-8",
	".js": "text/javascript; charset=utf-8",
	".mjs": "text/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
	".json": "application/json; charset=utf-8",
	".svg": "image/svg+xml",
	".png": "image/png",
	".ico": "image/x-icon",
	".txt": "text/plain; charset=utf-8",
	".map": "application/json; charset=utf-8"
};
const SECURITY_HEADERS = {
	"Content-Security-Policy": HEADER_POLICY,
	"X-Content-Type-Options": "nosniff",
	"Referrer-Policy": "no-referrer",
	"X-Frame-Options": "DENY",
	"Cross-Origin-Opener-Policy": "same-origin",
	"Cross-Origin-Resource-Policy": "same-origin",
	"Cache-Control": "no-cache"
};
/** Only requests addressed to this machine by a loopback name. */
function isLocalHost(header, port) {
	if (!header) return false;
	return [
		`127.0.0.1:${port}`,
		`localhost:${port}`,
		`[::1]:${port}`
	].includes(header.toLowerCase());
}
/** The file a URL path names inside root, or undefined (outside it, hidden, or malformed). */
function fileFor(root, urlPath) {
	let path;
	try {
		path = decodeURIComponent(new URL(urlPath, "http://localhost").pathname);
	} catch {
		return;
	}
	if (path.includes("\0") || path.split("/").some((part) => part.startsWith("."))) return void 0;
	if (path.endsWith("/")) path += "index.html";
	const file = resolve(root, `.${path}`);
	return file.startsWith(root + sep) ? file : void 0;
}
function send(response, status, text, extra = {}) {
	response.writeHead(status, {
		...SECURITY_HEADERS,
		"Content-Type": "text/plain; charset=utf-8",
		...extra
	});
	response.end(text);
}
async function serve(options = {}) {
	const root = resolve(options.root ?? defaultWebRoot());
	const log = options.log ?? (() => {});
	const wanted = options.port ?? 7341;
	if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) throw new Error(`--port must be a whole number from 0 to 65535 (got ${wanted}).`);
	if (!existsSync(join(root, "index.html"))) throw new Error(`The browser checker has not been built (${join(root, "index.html")} is missing): run "npm run build:web" first.`);
	let port = 0;
	const handle = async (request, response) => {
		if (!isLocalHost(request.headers.host, port)) return send(response, 403, "Only this computer can use the checker.");
		if (request.method !== "GET" && request.method !== "HEAD") return send(response, 405, "Method not allowed.", { Allow: "GET, HEAD" });
		const file = fileFor(root, request.url ?? "/");
		const info = file ? await stat(file).catch(() => void 0) : void 0;
		const type = file && MIME_TYPES[extname(file).toLowerCase()];
		if (!file || !info?.isFile() || !type) return send(response, 404, "Not found.");
		response.writeHead(200, {
			...SECURITY_HEADERS,
			"Content-Type": type,
			"Content-Length": String(info.size)
		});
		if (request.method === "HEAD") return void response.end();
		createReadStream(file).on("error", () => response.destroy()).pipe(response);
	};
	const server = createServer((request, response) => {
		handle(request, response).catch(() => {
			if (!response.headersSent) send(response, 500, "The checker could not send that file.");
			else response.destroy();
		});
	});
	await new Promise((done, fail) => {
		server.once("error", (error) => {
			fail(error.code === "EADDRINUSE" ? /* @__PURE__ */ new Error(`Port ${wanted} is already in use: choose another with --port <n>.`) : error.code === "EACCES" ? /* @__PURE__ */ new Error(`Port ${wanted} cannot be used without extra permissions: choose a port above 1023 with --port <n>.`) : error);
		});
		server.listen(wanted, HOST, () => done());
	});
	port = server.address().port;
	const url = `http://${HOST}:${port}/`;
	log(`The speclint checker is at ${url} (on this computer only; documents you check are not sent anywhere). Press Ctrl+C to stop.`);
	return {
		url,
		close: () => new Promise((done, fail) => {
			server.close((error) => error ? fail(error) : done());
			server.closeAllConnections();
		})
	};
}
export { serve };
