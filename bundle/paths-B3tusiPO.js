import { isAbsolute, relative, sep } from "node:path";
// dist/src/formatters/paths.js
/** A result's path inside the working folder, with forward slashes; undefined when it is outside (or a name like "<text>"). */
function pathInside(cwd, filePath) {
	if (filePath.startsWith("<")) return void 0;
	const rel = relative(cwd, filePath);
	return rel && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel) ? rel.split(sep).join("/") : void 0;
}
/** A result's path relative to the working folder, with forward slashes (for CI tools). */
function relativePath(cwd, filePath) {
	if (filePath.startsWith("<")) return filePath;
	return pathInside(cwd, filePath) ?? filePath.split(sep).join("/");
}
export { relativePath as n, pathInside as t };
