import "server-only";
import { sql } from "drizzle-orm";
import { getDatabase } from "@/db";
import { describeDatabaseError } from "@/db/client";

export type DatabaseHealth =
  | { status: "ok"; database: "pglite" | "postgres"; latencyMs: number }
  | { status: "unavailable"; error: string };

/** Runs `select 1` with a time limit; never throws. */
export async function checkDatabaseHealth(timeoutMs = 3000): Promise<DatabaseHealth> {
  const started = performance.now();
  try {
    const probe = (async () => {
      const database = await getDatabase();
      await database.db.execute(sql`select 1`);
      return database.kind;
    })();
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref(),
    );
    const kind = await Promise.race([probe, timeout]);
    return { status: "ok", database: kind, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: "unavailable", error: describeDatabaseError(error) };
  }
}
