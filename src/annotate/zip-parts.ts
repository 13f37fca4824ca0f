/**
 * Every part of a .docx, read through the loader's guarded zip reader (entry
 * count, declared and real sizes), and written back with fflate. Parts keep
 * their names, order and bytes; stored parts stay stored.
 */
import { unzipSync, zipSync, type ZipOptions, type Zippable } from 'fflate';
import { InputError } from '../loaders/decode.js';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from '../loaders/docx/limits.js';
import { ZipReader } from '../loaders/docx/zip.js';

export interface Part {
  name: string;
  bytes: Uint8Array;
  /** Stored uncompressed in the original. */
  stored: boolean;
}

/**
 * The parts in their original order. The reader has checked the central
 * directory before fflate lists it, and fflate only lists: `filter` returns
 * false, so it inflates nothing.
 */
export function readParts(bytes: Uint8Array, fileName: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): { zip: ZipReader; parts: Part[] } {
  const zip = new ZipReader(bytes, fileName, limits);
  const listed: Array<{ name: string; stored: boolean }> = [];
  const seen = new Set<string>();
  try {
    unzipSync(bytes, {
      filter(file) {
        if (!seen.has(file.name)) listed.push({ name: file.name, stored: file.compression === 0 });
        seen.add(file.name);
        return false;
      },
    });
  } catch {
    throw new InputError(`${fileName} is damaged or incomplete: open it in Word and save it again, or get a fresh copy.`);
  }
  let total = 0;
  const parts = listed.map(({ name, stored }): Part => {
    const data = zip.read(name);
    if (!data) throw new InputError(`${fileName} has a part (${name}) speclint cannot read back: open it in Word and save it again.`);
    // The reader budgets each part; lying headers could still add up across parts.
    total += data.length;
    if (total > limits.maxTotalBytes) {
      throw new InputError(`${fileName} would expand to more than ${Math.round(limits.maxTotalBytes / 1024 / 1024)} MB when opened: it may be damaged or malicious, so speclint did not annotate it.`);
    }
    return { name, bytes: data, stored };
  });
  return { zip, parts };
}

export function writeParts(parts: Part[], date: Date): Uint8Array {
  const mtime = dosDate(date);
  // No prototype: a part name is only ever a key here.
  const files: Zippable = Object.create(null) as Zippable;
  for (const part of parts) {
    const options: ZipOptions = { mtime, level: part.stored ? 0 : 6 };
    files[part.name] = [part.bytes, options];
  }
  return zipSync(files);
}

/** Zip timestamps only run from 1980 to 2099. */
function dosDate(date: Date): Date {
  const year = date.getFullYear();
  if (Number.isNaN(year) || year < 1980) return new Date(1980, 0, 1);
  if (year > 2099) return new Date(2099, 11, 31);
  return date;
}
