// Writes public/schemas/services.schema.json from the zod schema (run by npm run build; the file
// is committed so editors get completion before they build). With --check, fails if it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { servicesJsonSchemaText } from '../src/directory/json-schema.ts';

const file = 'public/schemas/services.schema.json';
const text = servicesJsonSchemaText();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {}
  if (current !== text) {
    console.log(`error  ${file}  is out of date with src/directory/schema.ts: run "npm run build" (or node scripts/generate-schema.ts) and commit it`);
    process.exit(1);
  }
} else {
  writeFileSync(file, text);
  console.log(`schema: ${file} written`);
}
