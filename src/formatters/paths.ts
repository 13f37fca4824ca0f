import { isAbsolute, relative, sep } from 'node:path';

/** A result's path relative to the working folder, with forward slashes (for CI tools). */
export function relativePath(cwd: string, filePath: string): string {
  if (filePath.startsWith('<')) return filePath;
  const rel = relative(cwd, filePath);
  return (rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : filePath).split(sep).join('/');
}
