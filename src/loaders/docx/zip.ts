/**
 * A guarded reader for the zip container of a .docx. It reads the central
 * directory itself, checks entry counts and declared sizes before inflating
 * anything, and inflates only the parts asked for, in small chunks, counting
 * the real output: a zip bomb whose headers lie is stopped at the budget, not
 * after it has filled memory (see STACK-NOTES: fflate trusts header sizes).
 */
import { Inflate } from 'fflate';
import { InputError } from '../decode.js';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './limits.js';

export { DEFAULT_ZIP_LIMITS, type ZipLimits };

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const CHUNK = 16 * 1024;

const u16 = (b: Uint8Array, o: number): number => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

export class ZipReader {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly name: string,
    private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  ) {
    this.readDirectory();
  }

  private damaged(): InputError {
    return new InputError(
      `${this.name} is damaged or incomplete (it may not have finished downloading or copying): open it in Word and save it again, or get a fresh copy.`,
    );
  }

  private tooBig(): InputError {
    const exact = this.limits.maxEntryBytes / 1024 / 1024;
    const mb = exact >= 1 ? String(Math.round(exact)) : exact.toFixed(2);
    return new InputError(
      `${this.name} would expand to more than ${mb} MB when opened, far more than any specification: it may be damaged or malicious, so speclint did not open it.`,
    );
  }

  private readDirectory(): void {
    const b = this.bytes;
    // The end-of-central-directory record is in the last 22 + 65,535 bytes.
    let eocd = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
      if (u32(b, i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd === -1) throw this.damaged();
    const count = u16(b, eocd + 10);
    const dirSize = u32(b, eocd + 12);
    const dirOffset = u32(b, eocd + 16);
    if (count === 0xffff || dirOffset === 0xffffffff) {
      throw new InputError(`${this.name} uses a zip format (ZIP64) that Word does not write for documents of this kind: open it in Word and save it again.`);
    }
    if (count > this.limits.maxEntries) {
      throw new InputError(`${this.name} holds ${count} parts, far more than any Word document: it may be damaged or malicious, so speclint did not open it.`);
    }
    if (dirOffset + dirSize > b.length) throw this.damaged();
    let at = dirOffset;
    let declared = 0;
    for (let i = 0; i < count; i++) {
      if (at + 46 > b.length || u32(b, at) !== 0x02014b50) throw this.damaged();
      const nameLength = u16(b, at + 28);
      const entry: Entry = {
        flags: u16(b, at + 8),
        method: u16(b, at + 10),
        compressedSize: u32(b, at + 20),
        size: u32(b, at + 24),
        localOffset: u32(b, at + 42),
        name: new TextDecoder().decode(b.subarray(at + 46, at + 46 + nameLength)),
      };
      declared += entry.size;
      if (entry.size > this.limits.maxEntryBytes || declared > this.limits.maxTotalBytes) throw this.tooBig();
      this.entries.set(entry.name, entry);
      at += 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The part's bytes, inflated under the budget; undefined when absent. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    if (entry.flags & 1) {
      throw new InputError(`${this.name} is password-protected: remove the password in Word (File > Info > Protect Document), save it, and try again.`);
    }
    const b = this.bytes;
    const local = entry.localOffset;
    if (local + 30 > b.length || u32(b, local) !== 0x04034b50) throw this.damaged();
    const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    const end = start + entry.compressedSize;
    if (end > b.length) throw this.damaged();
    const data = b.subarray(start, end);
    if (entry.method === 0) {
      if (data.length > this.limits.maxEntryBytes) throw this.tooBig();
      return data;
    }
    if (entry.method !== 8) throw this.damaged();

    const chunks: Uint8Array[] = [];
    let total = 0;
    let failure: InputError | undefined;
    const inflate = new Inflate((chunk) => {
      total += chunk.length;
      if (total > this.limits.maxEntryBytes) failure ??= this.tooBig();
      else chunks.push(chunk);
    });
    try {
      for (let i = 0; i < data.length && !failure; i += CHUNK) {
        inflate.push(data.subarray(i, Math.min(i + CHUNK, data.length)), i + CHUNK >= data.length);
      }
    } catch {
      throw this.damaged();
    }
    if (failure) throw failure;
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }
}
