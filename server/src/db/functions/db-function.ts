/** A function of the schema as its file in db/functions/ keeps it. */
export interface DbFunction {
  /**
   * The migration that runs this definition: a changed body needs a new migration that calls installFunctions, named
   * here (the one named before keeps installing nothing on a fresh database, where the function's earlier body is
   * the one the migrations before created).
   */
  installedBy: string;
  /** The definition's SHA-256: a body changed without naming a new migration fails functions.test.ts. */
  sha256: string;
  /** What pg_get_functiondef gives for the function: a `create or replace` statement. */
  definition: string;
}
