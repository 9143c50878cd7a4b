/**
 * One snapshot file: named sections, each JSON or an array of 32-bit integers, behind a table
 * of contents that names the key the file was written for. Written under a temporary name and
 * renamed, so a reader sees a whole file or none; a file that is short, foreign or for another
 * key reads as missing.
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';

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

/** A snapshot file read whole; its sections are decoded when asked for. */
export class SnapshotFile {
  private constructor(
    private readonly bytes: Buffer,
    private readonly start: number,
    private readonly sections: Map<string, TableEntry>,
  ) {}

  /** The file at `path` when it is a whole snapshot written for `key`; undefined otherwise. */
  static read(path: string, key: string): SnapshotFile | undefined {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return undefined;
    }
    if (bytes.toString('utf8', 0, MAGIC.length) !== MAGIC) return undefined;
    const end = bytes.indexOf('\n', MAGIC.length);
    if (end < 0) return undefined;
    let table: Table;
    try {
      table = JSON.parse(bytes.toString('utf8', MAGIC.length, end));
    } catch {
      return undefined;
    }
    const start = aligned(end + 1);
    if (table.key !== key || bytes.length !== start + table.size) return undefined;
    return new SnapshotFile(bytes, start, new Map(table.sections.map((section) => [section.name, section])));
  }

  /** True when the file has a section `name`. */
  has(name: string): boolean {
    return this.sections.has(name);
  }

  /** The JSON section `name`, parsed. */
  json<T>(name: string): T {
    const { offset, length } = this.section(name, 'json');
    return JSON.parse(this.bytes.toString('latin1', this.start + offset, this.start + offset + length)) as T;
  }

  /** The integer section `name`, copied out of the file. */
  ints(name: string): Int32Array {
    const { offset, length } = this.section(name, 'ints');
    const ints = new Int32Array(length / Int32Array.BYTES_PER_ELEMENT);
    new Uint8Array(ints.buffer).set(this.bytes.subarray(this.start + offset, this.start + offset + length));
    return ints;
  }

  private section(name: string, kind: TableEntry['kind']): TableEntry {
    const section = this.sections.get(name);
    if (section?.kind !== kind) throw new Error(`snapshot has no ${kind} section "${name}"`);
    return section;
  }
}
