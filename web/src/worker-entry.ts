/** The worker bundle's entry: the engine with the build's lexicon snapshot and warm-up specification. */
import snapshot from 'virtual:speclint/lexicons';
import info from 'virtual:speclint/build-info';
import vocabulary from 'virtual:speclint/vocabulary';
import warmUpText from 'virtual:speclint/warm-up';
import { startWorker, type WorkerScope } from './worker/worker.js';

startWorker(self as unknown as WorkerScope, snapshot, info.version, vocabulary, warmUpText);
