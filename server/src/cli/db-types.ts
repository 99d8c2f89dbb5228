import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dumpSchema, generateTypes, SCHEMA_FILE, TYPES_FILE } from '../db/codegen.js';
import { startScratchCluster } from '../db/scratch.js';

/**
 * npm run db:types: migrates a throw-away embedded database and writes from it the Kysely types (TYPES_FILE) and
 * the schema dump (SCHEMA_FILE). With --check it writes nothing and fails when either differs from the files.
 */
const check = process.argv.includes('--check');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cluster = await startScratchCluster('xinfang_schema');
let outputs: [string, string][];
try {
  const ownerUrl = cluster.url('owner');
  outputs = [
    [TYPES_FILE, await generateTypes(ownerUrl, path.join(root, TYPES_FILE))],
    [SCHEMA_FILE, dumpSchema(ownerUrl)],
  ];
} finally {
  await cluster.stop();
}
const read = (file: string) => {
  try {
    return readFileSync(path.join(root, file), 'utf8');
  } catch {
    return null;
  }
};
const stale = outputs.filter(([file, text]) => read(file) !== text).map(([file]) => file);
if (check) {
  if (stale.length) {
    console.error(`Not what the migrations give: ${stale.join(', ')}. Run npm run db:types and commit the result.`);
    process.exitCode = 1;
  } else console.log(`Current: ${TYPES_FILE}, ${SCHEMA_FILE}.`);
} else {
  for (const [file, text] of outputs) writeFileSync(path.join(root, file), text);
  console.log(stale.length ? `Written: ${stale.join(', ')}.` : 'Both files were already current.');
}
