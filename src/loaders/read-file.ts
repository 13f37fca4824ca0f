/**
 * Reading an input from disk or a stream, never more than the size limit.
 *
 * `stat` cannot be trusted for the limit: a device (a link to /dev/zero
 * committed in a pull request), a pipe or a file still being written reports a
 * size that says nothing about what a read returns. So only ordinary files are
 * opened for reading, and the read itself stops one byte past the limit.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { InputError } from './decode.js';
import { MAX_INPUT_BYTES, tooLargeReason } from './size.js';

const CHUNK_BYTES = 1024 * 1024;

/**
 * The bytes of the file at `path`, or an InputError with one plain sentence:
 * missing, unreadable, a folder, not an ordinary file (after following links),
 * or larger than `maxBytes`. `name` is how the messages name it.
 */
export async function readInputFile(path: string, name: string, maxBytes = MAX_INPUT_BYTES): Promise<Uint8Array> {
  let handle;
  try {
    // Non-blocking, so that opening a named pipe with no writer returns at once
    // (it is refused below) instead of waiting for ever. No effect on files.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new InputError(unreadableReason(name, error as NodeJS.ErrnoException));
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new InputError(`${name} is a folder, not a file.`);
    if (!stat.isFile()) throw new InputError(notAFileReason(name));
    // The size is a hint for the first buffer only; the loop below is what bounds the read.
    let buffer = new Uint8Array(Math.min(Math.max(stat.size, 0), maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw new InputError(tooLargeReason(name));
        const grown = new Uint8Array(Math.min(buffer.length * 2 + CHUNK_BYTES, maxBytes + 1));
        grown.set(buffer);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw new InputError(tooLargeReason(name));
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(unreadableReason(name, error as NodeJS.ErrnoException));
  } finally {
    await handle.close();
  }
}

/**
 * All of a stream (standard input), or undefined once it passes `maxBytes`:
 * reading stops there, so an endless stream costs no more than the limit.
 */
export async function readLimited(stream: AsyncIterable<Uint8Array | string>, maxBytes = MAX_INPUT_BYTES): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    length += bytes.length;
    // Leaving the loop ends the stream (its iterator's return), so nothing more is read.
    if (length > maxBytes) return undefined;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, length);
}

export const notAFileReason = (name: string): string =>
  `${name} is not an ordinary file (it is a device, a pipe or a socket, or a link to one), so speclint did not read it: remove it or name a .md or .docx file.`;

export function unreadableReason(name: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return `${name} does not exist: check the path.`;
    case 'EACCES':
    case 'EPERM':
      return `${name} cannot be opened: you do not have permission to read it.`;
    case 'EISDIR':
      return `${name} is a folder, not a file.`;
    case 'ELOOP':
      return `${name} is a link that leads round in a circle: remove it or point it at a file.`;
    case 'ENXIO':
    case 'ENODEV':
      return notAFileReason(name);
    default:
      return `${name} cannot be read (${error.code ?? error.message}).`;
  }
}
