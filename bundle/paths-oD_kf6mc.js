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
/**
* A file's name for a reader: relative to the working folder when inside it,
* else the file name with its parent folder ("drafts/crisis.docx"), since a
* long absolute path says more about the machine than about the file.
*/
function displayPath(cwd, filePath) {
	const inside = filePath.startsWith("<") ? filePath : pathInside(cwd, filePath);
	if (inside !== void 0) return inside;
	return filePath.split(/[\\/]+/).filter(Boolean).slice(-2).join("/");
}
export { pathInside as n, relativePath as r, displayPath as t };
