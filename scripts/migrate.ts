/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL or the embedded database. */
import { env } from "@/lib/env";
import { migrateDatabase, openDatabase } from "@/db/client";

const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
try {
  await migrateDatabase(database);
  console.log(`Migrated ${database.kind} database at ${database.location}`);
} finally {
  await database.close();
}
