/** A fresh install, and the demo reset. */
import { getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import * as schema from "../schema";

/** True when the database holds no runners and no Finals editions (a fresh install). */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [runner] = await db.select({ id: schema.runners.id }).from(schema.runners).limit(1);
  const [edition] = await db.select({ year: schema.finalsEditions.year }).from(schema.finalsEditions).limit(1);
  return !runner && !edition;
}

/**
 * Every table of the schema, so a reset never forgets a new one (TRUNCATE ... CASCADE handles the foreign
 * keys), but the data versions, which only ever go up (see resetDatabase).
 */
const ALL_TABLES: PgTable[] = (Object.values(schema) as unknown[]).filter(
  (value): value is PgTable => is(value, PgTable) && value !== schema.dataVersions,
);

/**
 * Deletes every row of every table and restarts the id sequences (demo reset: `npm run db:seed`). The
 * catalog version moves on instead of restarting: runner ids and versions start again from 1 and 0, and a
 * dashboard cached before the reset must not match a key after it (lib/data/dashboard.ts).
 */
export async function resetDatabase(db: Db): Promise<void> {
  const tables = sql.join(
    ALL_TABLES.map((t) => sql.identifier(getTableName(t))),
    sql`, `,
  );
  await db.execute(sql`TRUNCATE TABLE ${tables} RESTART IDENTITY CASCADE`);
  await db
    .insert(schema.dataVersions)
    .values({ scope: "catalog", version: 1 })
    .onConflictDoUpdate({ target: schema.dataVersions.scope, set: { version: sql`${schema.dataVersions.version} + 1` } });
}
