import { basename, dirname, join } from "node:path";
import { renameSync, rmSync, writeFileSync } from "node:fs";
// dist/src/cli/write.js
/** Writes a file so that readers never see it half-written: a temp file, then rename. */
function writeFileAtomic(target, data) {
	const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
	try {
		writeFileSync(temp, data);
		renameSync(temp, target);
	} catch (error) {
		rmSync(temp, { force: true });
		throw error;
	}
}
export { writeFileAtomic as t };
