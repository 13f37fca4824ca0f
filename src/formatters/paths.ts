import { isAbsolute, relative, sep } from 'node:path';

/** A result's path inside the working folder, with forward slashes; undefined when it is outside (or a name like "<text>"). */
export function pathInside(cwd: string, filePath: string): string | undefined {
  if (filePath.startsWith('<')) return undefined;
  const rel = relative(cwd, filePath);
  return rel && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel) ? rel.split(sep).join('/') : undefined;
}

/** A result's path relative to the working folder, with forward slashes (for CI tools). */
export function relativePath(cwd: string, filePath: string): string {
  if (filePath.startsWith('<')) return filePath;
  return pathInside(cwd, filePath) ?? filePath.split(sep).join('/');
}

/**
 * A file's name for a reader: relative to the working folder when inside it,
 * else the file name with its parent folder ("drafts/crisis.docx"), since a
 * long absolute path says more about the machine than about the file.
 */
export function displayPath(cwd: string, filePath: string): string {
  const inside = filePath.startsWith('<') ? filePath : pathInside(cwd, filePath);
  if (inside !== undefined) return inside;
  return filePath.split(/[\\/]+/).filter(Boolean).slice(-2).join('/');
}
