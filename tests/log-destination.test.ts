/**
 * The request log's destination (src/log-destination.ts) gathers lines and writes them together:
 * every line must reach the file, in order, soon after it is logged, when asked (`flush`), and
 * when the process exits.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { BatchedDestination } from '../src/log-destination.js';

const folder = mkdtempSync(join(tmpdir(), 'log-destination-'));
let files = 0;

/** A destination writing to a new file, and a reader of that file. */
function destination() {
  const path = join(folder, `log-${files++}.ndjson`);
  const fd = openSync(path, 'w');
  return { destination: new BatchedDestination(fd), read: () => readFileSync(path, 'utf8'), close: () => closeSync(fd) };
}

const flushed = (target: BatchedDestination) => new Promise<void>((resolve) => target.flush(resolve));

describe('the batched log destination', () => {
  it('writes every line, in order, once flushed', async () => {
    const { destination: target, read, close } = destination();
    const lines = Array.from({ length: 20_000 }, (_, i) => `{"n":${i}}\n`);
    for (const line of lines) target.write(line);
    await flushed(target);
    expect(read()).toBe(lines.join(''));
    close();
  });

  it('writes a line without being asked, within a fraction of a second', async () => {
    const { destination: target, read, close } = destination();
    target.write('{"alone":true}\n');
    expect(read()).toBe('');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(read()).toBe('{"alone":true}\n');
    close();
  });

  it('serves as pino’s stream, whose `flush` waits for the write', async () => {
    const { destination: target, read, close } = destination();
    const logger = pino({ level: 'info' }, target);
    for (let i = 0; i < 100; i++) logger.info({ i }, 'request completed');
    await new Promise<void>((resolve) => logger.flush(() => resolve()));
    const written = read().trim().split('\n').map((line) => JSON.parse(line));
    expect(written.map((line) => line.i)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(written[0].msg).toBe('request completed');
    close();
  });

  it('writes what is still gathered when the process exits', () => {
    const path = join(folder, 'at-exit.ndjson');
    const module = fileURLToPath(new URL('../src/log-destination.ts', import.meta.url));
    const script = `import { openSync } from 'node:fs'; import { BatchedDestination } from ${JSON.stringify(module)};
      const target = new BatchedDestination(openSync(${JSON.stringify(path)}, 'w'));
      target.write('{"last":1}\\n'); target.write('{"last":2}\\n'); process.exit(0);`;
    execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: 'ignore' });
    expect(readFileSync(path, 'utf8')).toBe('{"last":1}\n{"last":2}\n');
  });
});
