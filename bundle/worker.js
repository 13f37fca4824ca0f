import { t as Linter } from "./linter-BbqhVm9K.js";
import { parentPort, workerData } from "node:worker_threads";
// dist/src/cli/worker.js
/**
* A worker thread for --concurrency: builds its own Linter with the main
* thread's options and lints the files it is sent, one at a time.
*/
const linter = new Linter(workerData);
parentPort.on("message", async (job) => {
	try {
		const result = await linter.lintFile(job.path);
		parentPort.postMessage({
			id: job.id,
			result
		});
	} catch (error) {
		parentPort.postMessage({
			id: job.id,
			error: {
				name: error.name,
				message: error.message
			}
		});
	}
});
export {};
