/**
 * Prints the schema as sorted SDL to schema/schema.graphql, or with `--check` fails when the
 * committed file differs from what the code builds (schema drift).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schema } from '../src/schema/index.js';
import { printSdl } from '../src/schema-sdl.js';

const target = fileURLToPath(new URL('../schema/schema.graphql', import.meta.url));
const printed = printSdl(schema);

if (process.argv.includes('--check')) {
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (committed !== printed) {
    console.error('schema/schema.graphql is out of date with the code: run `npm run schema:print` and commit it.');
    process.exitCode = 1;
  } else {
    console.log('schema/schema.graphql matches the code.');
  }
} else {
  writeFileSync(target, printed);
  console.log(`wrote ${target}`);
}
