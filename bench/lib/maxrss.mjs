/**
 * Preloaded (node --import) only when /usr/bin/time is missing: writes the
 * process's peak resident set size in KB and its user and system CPU seconds to $SPECLINT_BENCH_RSS_FILE at exit.
 */
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.SPECLINT_BENCH_RSS_FILE;
  const usage = process.resourceUsage();
  if (file) writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}`);
});
