import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { DEMO_STORIES, seedDatabase } from "@/db/seed";
import { events, races, runners } from "@/db/schema";
import { getRunnerDashboard } from "./dashboard";
import { getDashboardNextSteps, listRacesLeft } from "./next-steps";
import { dashboardVersionColumn } from "./dashboard-version";

let database: TestDatabase;

/** The version the session query reads for the runner (runner "." catalog). */
async function getSessionDashboardVersion(db: TestDatabase["db"], runnerId: number): Promise<string | null> {
  const [row] = await db.select({ version: dashboardVersionColumn }).from(runners).where(eq(runners.id, runnerId));
  return row?.version ?? null;
}

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "next_steps" });
  await seedDatabase(database.db, { runners: 200, results: 800, today: "2026-11-26" });
});
afterAll(async () => {
  await database.dispose();
});

describe("listRacesLeft (R7, R8, R11)", () => {
  it("lists the Event and Major races after today in the period, one per category per event, no 20K", async () => {
    const left = await listRacesLeft(database.db, { today: "2026-06-30", until: "2026-12-31" });
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((r) => r.date > "2026-06-30" && r.date <= "2026-12-31")).toBe(true);
    expect(left.every((r) => (r.eventLevel === "event" || r.eventLevel === "major") && r.category !== ("20K" as string))).toBe(true);
    // R11: Val d'Aran's second 100M race (CDH 110K) is not its Finals qualifier.
    expect(left.map((r) => r.raceName)).toContain("VDA 163K");
    expect(left.map((r) => r.raceName)).not.toContain("CDH 110K");
    expect(left.map((r) => r.raceName)).not.toContain("Kodiak 20K");
    expect(await listRacesLeft(database.db, { today: "2026-12-31", until: "2026-12-31" })).toEqual([]);
  });
});

describe("getDashboardNextSteps", () => {
  it("gives Léa her registration and change-of-category steps, and shows a new race at once", async () => {
    const lea = DEMO_STORIES.find((s) => s.key === "podium");
    const [runner] = await database.db.select({ id: runners.id }).from(runners).where(eq(runners.externalId, lea?.externalId ?? ""));
    const dashboard = await getRunnerDashboard(database.db, { runnerId: runner?.id ?? -1, today: "2026-11-26" });
    if (!dashboard) throw new Error("no dashboard");
    const version = await getSessionDashboardVersion(database.db, runner?.id ?? -1);
    const before = await getDashboardNextSteps(database.db, dashboard, "2026-11-26", version);
    expect(before.steps.map((s) => s.kind)).toEqual(["register", "category_change", "races_left"]);
    // The demo's December event, for the categories she is not qualified in (OCC 50K, UTMB 100M), each with
    // its last edition's constant (R21).
    expect(before.steps[2]).toMatchObject({
      kind: "races_left",
      races: [
        { eventName: "Thailand by UTMB", raceName: "Inthanon 170", category: "100M", lastEditionConstant: expect.any(Number) },
        { eventName: "Thailand by UTMB", raceName: "Chiang Mai 50", category: "50K", lastEditionConstant: expect.any(Number) },
      ],
    });

    // A December race is added: the catalog version moves, the cached list is not reused.
    const [event] = await database.db.insert(events).values({ name: "Desert by UTMB", year: 2026, level: "event", country: "AE" }).returning({ id: events.id });
    await database.db.insert(races).values({ eventId: event?.id ?? -1, name: "Desert 55K", date: "2026-12-12", distanceKm: 55, elevationGainM: 1200, category: "50K" });
    const after = await getDashboardNextSteps(database.db, dashboard, "2026-11-26", await getSessionDashboardVersion(database.db, runner?.id ?? -1));
    const raceNames = after.steps[2]?.kind === "races_left" ? after.steps[2].races.map((r) => [r.raceName, r.lastEditionConstant]) : [];
    expect(raceNames).toEqual([
      ["Inthanon 170", expect.any(Number)],
      ["Chiang Mai 50", expect.any(Number)],
      ["Desert 55K", null],
    ]);
  });
});
