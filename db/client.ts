/**
 * The database client: embedded PGlite persisted under DATA_DIR by default, node-postgres when
 * DATABASE_URL is set. Both speak PostgreSQL and run the same drizzle-kit migrations and queries.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

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
  let client;
  if (dataDir === null) {
    client = new PGlite({ extensions });
  } else {
    const folder = path.resolve(dataDir, "pglite");
    mkdirSync(folder, { recursive: true });
    client = new PGlite(folder, { extensions });
  }
  await client.waitReady;
  const db = drizzle(client, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    location: dataDir === null ? "(in memory)" : path.resolve(dataDir, "pglite"),
    close: () => client.close(),
  };
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
