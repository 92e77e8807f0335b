import { rmSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";

// The health route reads the process's database handle, which reads the environment once: each case
// loads the modules afresh with its own environment.
async function loadHealthRoute(env: Record<string, string>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  const { closeDatabase } = await import("@/db");
  const { GET } = await import("@/app/api/health/route");
  return { GET, closeDatabase };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("GET /api/health", () => {
  it("answers 200 with the database kind when the database answers", async () => {
    const dataDir = `/tmp/finals-health-${process.pid}-${Date.now()}`;
    const { GET, closeDatabase } = await loadHealthRoute(
      process.env.TEST_DATABASE_URL ? { DATABASE_URL: process.env.TEST_DATABASE_URL } : { DATABASE_URL: "", DATA_DIR: dataDir },
    );
    try {
      // Opening and migrating a fresh database can take longer than the check's time limit: open it first,
      // as the server's start-up does.
      await (await import("@/db")).getDatabase();
      const response = await GET();
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toMatchObject({ status: "ok", database: process.env.TEST_DATABASE_URL ? "postgres" : "pglite" });
    } finally {
      await closeDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("answers 503 with the reason when the database cannot be reached", async () => {
    // A real connection attempt to a port where nothing listens.
    const { GET, closeDatabase } = await loadHealthRoute({ DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" });
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      const body = (await response.json()) as { status: string; error: string };
      expect(body.status).toBe("unavailable");
      expect(body.error).toMatch(/ECONNREFUSED|connect/i);
    } finally {
      await closeDatabase().catch(() => undefined);
    }
  });
});
