import { checkDatabaseHealth } from "@/lib/data/health";

// Always evaluated at request time: the answer is about the database now, and `next build` must not open it.
export const dynamic = "force-dynamic";

/** 200 when the database answers a query, 503 (with the reason) when it does not. */
export async function GET() {
  const health = await checkDatabaseHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
