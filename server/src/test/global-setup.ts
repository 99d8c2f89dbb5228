import type { TestProject } from 'vitest/node';
import { startScratchCluster, type ScratchCluster } from '../db/scratch.js';
import { TEMPLATE_DB } from './constants.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The superuser, on the database "postgres": creates and drops the test databases, plays the attacker. */
    pgAdminUrl: string;
    /** The owner role, on the database "postgres". */
    pgOwnerUrl: string;
    /** The app role the server runs as, on the database "postgres". */
    pgAppUrl: string;
  }
}

let cluster: ScratchCluster | undefined;

/**
 * One real PostgreSQL per test run, with the owner and app roles the server uses, and a template migrated by the
 * owner and granted to the app role, that each test file clones: every test runs as the server's own role.
 */
export async function setup(project: TestProject): Promise<void> {
  cluster = await startScratchCluster(TEMPLATE_DB);
  project.provide('pgAdminUrl', cluster.url('admin', 'postgres'));
  project.provide('pgOwnerUrl', cluster.url('owner', 'postgres'));
  project.provide('pgAppUrl', cluster.url('app', 'postgres'));
}

export async function teardown(): Promise<void> {
  await cluster?.stop();
}
