/**
 * One snapshot file: named sections, each JSON or an array of 32-bit integers, behind a table
 * of contents that names the key the file was written for. Written under a temporary name and
 * renamed, so a reader sees a whole file or none; a file that is short, foreign or for another
 * key reads as missing. Sections are read one at a time through one reused buffer, and JSON
 * sections are kept small by their writers, so reading a large snapshot leaves little garbage.
 */
// node:v8 serialize/deserialize was measured first: 2.4 s to read back the 1,000× entities against
// 1.6 s for JSON.parse, and it wants the whole file in one buffer; hence JSON and raw integers.
import { closeSync, fstatSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';

const MAGIC = 'escalation-graph snapshot\n';
/** Sections start at multiples of 8 bytes. */
const ALIGN = 8;

type SectionData = string | Int32Array;

interface TableEntry {
  name: string;
  kind: 'json' | 'ints';
  offset: number;
  length: number;
}

interface Table {
  key: string;
  /** Bytes from the start of the first section to the end of the file. */
  size: number;
  sections: TableEntry[];
}

const aligned = (offset: number) => Math.ceil(offset / ALIGN) * ALIGN;

/**
 * JSON text with every character beyond ASCII written as a `\u` escape: its bytes read back as
 * Latin-1, which copies them, where UTF-8 would decode them one by one.
 */
const asciiJson = (json: string) => json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Writes `sections` (JSON text or integers, by name) to `path` for `key`. */
export function writeSnapshotFile(path: string, key: string, sections: Map<string, SectionData>): void {
  const bodies: Buffer[] = [];
  const table: Table = { key, size: 0, sections: [] };
  for (const [name, data] of sections) {
    const bytes = typeof data === 'string' ? Buffer.from(asciiJson(data), 'latin1') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    table.size = aligned(table.size);
    table.sections.push({ name, kind: typeof data === 'string' ? 'json' : 'ints', offset: table.size, length: bytes.length });
    bodies.push(bytes);
    table.size += bytes.length;
  }
  const header = Buffer.from(`${MAGIC}${JSON.stringify(table)}\n`, 'utf8');
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, header);
    const start = aligned(header.length);
    table.sections.forEach((section, index) => writeSync(fd, bodies[index], 0, bodies[index].length, start + section.offset));
    closeSync(fd);
    renameSync(temporary, path);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Fills `target` from `fd` at `position`; false when the file ends first. */
function readFully(fd: number, target: Uint8Array, position: number): boolean {
  for (let done = 0; done < target.length; ) {
    const read = readSync(fd, target, done, target.length - done, position + done);
    if (read === 0) return false;
    done += read;
  }
  return true;
}

/** The header of the open file `fd`: its table and where its sections start; undefined when it is not a snapshot. */
function readHeader(fd: number): { table: Table; start: number } | undefined {
  let bytes = Buffer.alloc(0);
  for (let at = 0, end = -1; end < 0; ) {
    const more = Buffer.allocUnsafe(1 << 16);
    const read = readSync(fd, more, 0, more.length, at);
    if (read === 0) return undefined;
    bytes = Buffer.concat([bytes, more.subarray(0, read)]);
    at += read;
    if (bytes.length >= MAGIC.length && bytes.toString('utf8', 0, MAGIC.length) !== MAGIC) return undefined;
    end = bytes.indexOf('\n', MAGIC.length);
    if (end >= 0) {
      try {
        return { table: JSON.parse(bytes.toString('utf8', MAGIC.length, end)), start: aligned(end + 1) };
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** An open snapshot file; its sections are read when asked for. Close it when done. */
export class SnapshotFile {
  /** Reused for every JSON section. */
  private scratch = Buffer.allocUnsafe(1 << 20);

  private constructor(
    private readonly fd: number,
    private readonly start: number,
    private readonly sections: Map<string, TableEntry>,
  ) {}

  /** The file at `path` when it is a whole snapshot written for `key`; undefined otherwise. */
  static open(path: string, key: string): SnapshotFile | undefined {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return undefined;
    }
    const header = readHeader(fd);
    if (!header || header.table.key !== key || fstatSync(fd).size !== header.start + header.table.size) {
      closeSync(fd);
      return undefined;
    }
    return new SnapshotFile(fd, header.start, new Map(header.table.sections.map((section) => [section.name, section])));
  }

  /** True when the file has a section `name`. */
  has(name: string): boolean {
    return this.sections.has(name);
  }

  /** The JSON section `name`, parsed. */
  json<T>(name: string): T {
    const { offset, length } = this.section(name, 'json');
    if (length > this.scratch.length) this.scratch = Buffer.allocUnsafe(length);
    this.read(this.scratch.subarray(0, length), offset);
    return JSON.parse(this.scratch.toString('latin1', 0, length)) as T;
  }

  /** The integer section `name`. */
  ints(name: string): Int32Array {
    const { offset, length } = this.section(name, 'ints');
    const ints = new Int32Array(length / Int32Array.BYTES_PER_ELEMENT);
    this.read(new Uint8Array(ints.buffer), offset);
    return ints;
  }

  close(): void {
    closeSync(this.fd);
  }

  private read(target: Uint8Array, offset: number): void {
    if (!readFully(this.fd, target, this.start + offset)) throw new Error('snapshot ends early');
  }

  private section(name: string, kind: TableEntry['kind']): TableEntry {
    const section = this.sections.get(name);
    if (section?.kind !== kind) throw new Error(`snapshot has no ${kind} section "${name}"`);
    return section;
  }
}
