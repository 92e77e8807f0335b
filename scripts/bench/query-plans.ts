/**
 * The explain scripts' shared part: capture the SQL a data-layer call sends through the PostgreSQL pool,
 * then print each query with its parameters and its EXPLAIN (ANALYZE, BUFFERS) plan.
 */
import type { Pool } from "pg";

export interface CapturedQuery {
  text: string;
  values: unknown[];
}

type Query = (...args: unknown[]) => Promise<unknown>;

/** Runs `call` with every query the pool receives recorded; the pool is put back as it was afterwards. */
export async function captureQueries<T>(pool: Pool, call: () => Promise<T>): Promise<{ result: T; queries: CapturedQuery[] }> {
  const queries: CapturedQuery[] = [];
  const target = pool as unknown as { query: Query };
  const original = target.query.bind(pool) as Query;
  target.query = (...args: unknown[]) => {
    const [config, params] = args;
    if (typeof config === "string") queries.push({ text: config, values: (params as unknown[] | undefined) ?? [] });
    else if (config && typeof config === "object" && "text" in config) {
      const c = config as { text: string; values?: unknown[] };
      queries.push({ text: c.text, values: c.values ?? (params as unknown[] | undefined) ?? [] });
    }
    return original(...args);
  };
  try {
    return { result: await call(), queries };
  } finally {
    target.query = original;
  }
}

/** Each query, numbered, with its parameters and its plan as PostgreSQL ran it. */
export async function printQueryPlans(pool: Pool, queries: readonly CapturedQuery[]): Promise<void> {
  for (const [i, q] of queries.entries()) {
    const plan = await pool.query<{ "QUERY PLAN": string }>(`explain (analyze, buffers) ${q.text}`, q.values);
    console.log(`-- ${i + 1}. ${q.text}\n-- params: ${JSON.stringify(q.values)}`);
    console.log(plan.rows.map((r) => r["QUERY PLAN"]).join("\n"));
    console.log("");
  }
}
