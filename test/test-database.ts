/**
 * A fresh, migrated database for one integration test file. In-memory PGlite by default; when
 * TEST_DATABASE_URL is set (scripts/with-postgres.sh sets it), a new PostgreSQL database created on
 * that server for this file only and dropped by `dispose()`. Tests read TEST_DATABASE_URL directly:
 * it is test tooling, not app configuration (lib/env.js).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrateDatabase, openDatabase, type Database } from "@/db/client";

export type TestDatabase = Database & {
  /** Closes the connection and, on PostgreSQL, drops the database. Safe to call twice. */
  dispose(): Promise<void>;
};

export interface TestDatabaseOptions {
  /** Prefix of the PostgreSQL database name (letters, digits, underscore); default "test". */
  prefix?: string;
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]", ""]);

/** Opens a migrated, empty database for one test file; call `dispose()` in `afterAll`. */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL?.trim();
  if (!serverUrl) {
    const database = await openDatabase({ dataDir: null });
    await migrateDatabase(database);
    return withDispose(database, () => database.close());
  }

  const prefix = options.prefix ?? "test";
  if (!/^[a-z][a-z0-9_]{0,30}$/.test(prefix)) throw new Error(`Invalid test database prefix "${prefix}"`);
  const url = new URL(serverUrl);
  // Tests create and drop databases: never against a remote server by accident.
  if (!LOCAL_HOSTS.has(url.hostname) && !url.searchParams.has("host")) {
    throw new Error(`TEST_DATABASE_URL must point at a local server (got host "${url.hostname}")`);
  }
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await admin(serverUrl, `CREATE DATABASE "${name}"`);
  url.pathname = `/${name}`;
  let database: Database;
  try {
    database = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
    await migrateDatabase(database);
  } catch (error) {
    await admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
    throw error;
  }
  return withDispose(database, async () => {
    await database.close().catch(() => undefined);
    await admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

/** Runs one statement on the server's maintenance database (CREATE/DROP DATABASE cannot run in a pool transaction). */
async function admin(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function withDispose(database: Database, dispose: () => Promise<void>): TestDatabase {
  let disposed: Promise<void> | null = null;
  return {
    ...database,
    dispose: () => (disposed ??= dispose()),
  };
}
