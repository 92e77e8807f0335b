/**
 * The database client: embedded PGlite persisted under DATA_DIR by default, node-postgres when
 * DATABASE_URL is set. Both speak PostgreSQL and run the same drizzle-kit migrations and queries.
 */
import { chmodSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { lockEmbeddedDatabase } from "./pglite-lock";
import * as schema from "./schema";

export { DatabaseLockedError } from "./pglite-lock";

export type Schema = typeof schema;
/** A Drizzle database over either driver; the data layer takes it as its first argument. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** The transaction handle passed to `db.transaction` callbacks. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  /** Where it lives, for messages: the data folder or the URL without its password. */
  location: string;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

export interface DatabaseOptions {
  /** postgres:// URL; when absent the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** Folder for PGlite; `null` keeps the database in memory (tests). */
  dataDir?: string | null;
  /** Pool size for node-postgres. */
  poolSize?: number;
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparsable DATABASE_URL)";
  }
}

/** Opens a database (no migrations). Callers own the returned handle and must close it. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const { Pool } = await import("pg");
    const { drizzle } = await import("drizzle-orm/node-postgres");
    const pool = new Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // An idle client can lose its connection (server restart, admin termination); without a listener
    // node-postgres rethrows that as an uncaught exception and takes the process down.
    pool.on("error", (error) => console.error(`PostgreSQL: an idle connection failed: ${error.message}`));
    const db = drizzle(pool, { schema }) as unknown as Db;
    return { db, kind: "postgres", location: redactUrl(options.databaseUrl), close: () => pool.end() };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
  const { drizzle } = await import("drizzle-orm/pglite");
  const dataDir = options.dataDir === undefined ? ".data" : options.dataDir;
  // The extensions the migrations create (0003: unaccent) must be loaded into PGlite; PostgreSQL has them.
  const extensions = { unaccent };
  if (dataDir === null) {
    const client = new PGlite({ extensions });
    await client.waitReady;
    yieldBeforeEachStatement(client);
    return { db: drizzle(client, { schema }) as unknown as Db, kind: "pglite", location: "(in memory)", close: () => client.close() };
  }
  const folder = path.resolve(dataDir, "pglite");
  makePrivateFolder(path.resolve(dataDir));
  makePrivateFolder(folder);
  const unlock = lockEmbeddedDatabase(dataDir);
  let client;
  // The database holds password hashes and medical reasons: files 0600, folders 0700, whatever the umask.
  const previousUmask = process.umask(0o077);
  try {
    client = new PGlite(folder, { extensions });
    await client.waitReady;
  } catch (error) {
    unlock();
    throw error;
  } finally {
    process.umask(previousUmask);
  }
  // Files made by an older version (0644/0666) are closed too; later ones are inside a 0700 folder.
  restrictTree(folder);
  yieldBeforeEachStatement(client);
  const opened = client;
  const db = drizzle(opened, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    location: folder,
    close: async () => {
      try {
        await opened.close();
      } finally {
        unlock();
      }
    },
  };
}

/**
 * PGlite runs each statement synchronously on this thread and resolves it without a trip through the event
 * loop, so a chain of statements (an import's batches) would starve every request that arrived meanwhile.
 * Each statement and transaction first lets the event loop turn: queued requests then take their turn on
 * the single connection between two batches (issue 14).
 */
function yieldBeforeEachStatement(client: { query: unknown; exec: unknown; transaction: unknown }): void {
  const target = client as unknown as Record<"query" | "exec" | "transaction", (...args: unknown[]) => Promise<unknown>>;
  for (const name of ["query", "exec", "transaction"] as const) {
    const run = target[name].bind(client);
    target[name] = async (...args: unknown[]) => {
      await nextTurn();
      return run(...args);
    };
  }
}

/** Whether `db` is the embedded PGlite (one connection, no concurrent sessions) rather than PostgreSQL. */
export function isEmbeddedDatabase(db: Db): boolean {
  const client = (db as unknown as { $client?: object }).$client;
  return client !== undefined && "waitReady" in client;
}

function makePrivateFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  chmodSync(folder, 0o700);
}

/** chmod 0700 on folders and 0600 on files under `folder`. */
function restrictTree(folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      chmodSync(full, 0o700);
      restrictTree(full);
    } else if (entry.isFile()) {
      chmodSync(full, 0o600);
    }
  }
}

/** Applies the committed migrations; safe to run on every start (already-applied ones are skipped). */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === "postgres") {
    const { migrate } = await import("drizzle-orm/node-postgres/migrator");
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- both migrators take their own driver's db type
    await migrate(database.db as any, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
    await migrate(database.db as any, { migrationsFolder: MIGRATIONS_FOLDER });
  }
}

/** One line for a database error: Drizzle wraps driver errors ("Failed query: ..."), the cause says why. */
export function describeDatabaseError(error: unknown): string {
  const first = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
  return `${first}${cause}`;
}
