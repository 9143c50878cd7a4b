/**
 * Writes the data files' JSON Schemas to schema/data/ (`npm run data:schema`), or with `--check`
 * fails when the committed ones differ from what the zod schemas generate.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataJsonSchemas } from '../src/data/json-schemas.js';

const targetDir = fileURLToPath(new URL('../schema/data/', import.meta.url));
const schemas = dataJsonSchemas();

if (process.argv.includes('--check')) {
  const stale = [...schemas].filter(([file, text]) => {
    const path = join(targetDir, file);
    return !existsSync(path) || readFileSync(path, 'utf8') !== text;
  });
  if (stale.length) {
    console.error(`schema/data is out of date with src/data/records.ts (${stale.map(([file]) => file).join(', ')}): run \`npm run data:schema\` and commit it.`);
    process.exitCode = 1;
  } else {
    console.log(`schema/data matches src/data/records.ts (${schemas.size} JSON Schemas).`);
  }
} else {
  mkdirSync(targetDir, { recursive: true });
  for (const [file, text] of schemas) writeFileSync(join(targetDir, file), text);
  console.log(`wrote ${[...schemas.keys()].map((file) => `schema/data/${file}`).join(', ')}`);
}
