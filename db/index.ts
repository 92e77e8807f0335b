/**
 * The app's single database handle, created once per process and kept on globalThis (a module variable
 * gave two PGlite instances on one folder, which PGlite cannot share; db/pglite-lock.ts now refuses that).
 */
import { env } from "@/lib/env";
import { migrateDatabase, openDatabase, type Database, type Db } from "./client";

const globalForDb = globalThis as unknown as { finalsPortalDb?: Promise<Database> };

async function start(): Promise<Database> {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  await migrateDatabase(database);
  if (database.kind === "pglite") {
    // What an import killed half-way left behind, hidden from every reader (lib/data/import-staged.ts).
    const { discardStagedImports } = await import("@/lib/data/import-staged");
    await discardStagedImports(database.db);
  }
  return database;
}

/** The migrated database of this process (opened and migrated on first use). */
export function getDatabase(): Promise<Database> {
  globalForDb.finalsPortalDb ??= start().catch((error: unknown) => {
    globalForDb.finalsPortalDb = undefined;
    throw error;
  });
  return globalForDb.finalsPortalDb;
}

/** Shorthand for the Drizzle handle of `getDatabase()`. */
export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

/** Closes the process's database, if open (on shutdown). */
export async function closeDatabase(): Promise<void> {
  const pending = globalForDb.finalsPortalDb;
  globalForDb.finalsPortalDb = undefined;
  if (pending) await (await pending).close();
}
