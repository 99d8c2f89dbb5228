import { AsyncLocalStorage } from 'node:async_hooks';
import { Kysely, PostgresDialect, type Transaction, type TransactionBuilder } from 'kysely';
import pg from 'pg';
import type { DB } from './types.js';

// int8 (counts, sequences) fit in a JS number for any realistic volume; strings would leak into every caller.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
// int8[] (OID 1016) the same way: pg leaves it strings; the int4[] (1007) parser reads numbers. Arrays are not in `builtins`.
type TypeId = Parameters<typeof pg.types.getTypeParser>[0];
pg.types.setTypeParser(1016 as TypeId, pg.types.getTypeParser(1007 as TypeId));
// A date is a calendar day, not an instant: keep it as YYYY-MM-DD rather than a midnight in some zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

/** The Kysely handle used by repositories. */
export type Database = Kysely<DB>;
/** A transaction; repositories accept either. */
export type Executor = Kysely<DB> | Transaction<DB>;

/**
 * Work done first in every transaction begun in the current async context, so that it commits or rolls back with
 * the transaction: a request sent under an Idempotency-Key marks there that its write happened (http/idempotency.ts).
 */
export const transactionStart = new AsyncLocalStorage<(trx: Transaction<DB>) => Promise<void>>();

function withStart(builder: TransactionBuilder<DB>): TransactionBuilder<DB> {
  // The builder keeps its settings in private fields: each method calls the original and wraps what it returns.
  const hooked = Object.create(builder) as TransactionBuilder<DB>;
  hooked.execute = (callback) =>
    builder.execute(async (trx) => {
      await transactionStart.getStore()?.(trx);
      return callback(trx);
    });
  hooked.setAccessMode = (mode) => withStart(builder.setAccessMode(mode));
  hooked.setIsolationLevel = (level) => withStart(builder.setIsolationLevel(level));
  return hooked;
}

class StartHookedKysely extends Kysely<DB> {
  override transaction(): TransactionBuilder<DB> {
    return withStart(super.transaction());
  }
}

/** Opens a pooled connection to the given PostgreSQL URL. */
export function createDatabase(url: string, max = 10): Database {
  // Connections stay open for ten idle minutes (pg's default is ten seconds): a new PostgreSQL backend pays for its
  // first touch of every cached page it reads (docs/PERFORMANCE.md § Measurements behind code choices). Idle connections do not keep a finished
  // script alive.
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 10 * 60_000, allowExitOnIdle: true });
  // An idle connection the server drops (restart, shutdown) is replaced on next use; unhandled, it would crash.
  pool.on('error', () => undefined);
  return new StartHookedKysely({ dialect: new PostgresDialect({ pool }) });
}
