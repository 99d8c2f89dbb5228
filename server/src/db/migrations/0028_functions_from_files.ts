import type { Kysely } from 'kysely';
import { installFunctions } from '../functions/index.js';

/**
 * Every function and trigger function from its file in db/functions/, from now on the one place their bodies are
 * kept (the same bodies the migrations before left: nothing changes here). A function changes by editing its file,
 * naming there a new migration that calls installFunctions like this one; the migrations that ran stay as they are.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await installFunctions(db, '0028_functions_from_files');
}

/** The definitions are those the migrations before left: nothing to undo. */
export async function down(): Promise<void> {}
