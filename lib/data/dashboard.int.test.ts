import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { DEMO_STORIES, seedDatabase, type StoryKey } from "@/db/seed";
import { races, results, runners } from "@/db/schema";
import { getDashboardForViewer, getPublicRunner, getRunnerDashboard } from "./dashboard";
import { recomputeQualifications } from "./recompute";

const TODAY = "2026-11-26";
let database: TestDatabase;

async function storyRunnerId(key: StoryKey): Promise<number> {
  const story = DEMO_STORIES.find((s) => s.key === key);
  if (!story) throw new Error(`no story ${key}`);
  const [row] = await database.db.select({ id: runners.id }).from(runners).where(eq(runners.externalId, story.externalId));
  if (!row) throw new Error(`story runner ${key} not seeded`);
  return row.id;
}

async function dashboardOf(key: StoryKey) {
  const dashboard = await getRunnerDashboard(database.db, { runnerId: await storyRunnerId(key), today: TODAY });
  if (!dashboard) throw new Error("no dashboard");
  return dashboard;
}

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "dashboard" });
  await seedDatabase(database.db, { runners: 200, results: 800, today: TODAY });
});
afterAll(async () => {
  await database.dispose();
});

describe("getRunnerDashboard: status for the next Finals (R13)", () => {
  it("shows the edition after today's season with its configured period", async () => {
    const d = await dashboardOf("podium");
    expect(d.edition.year).toBe(2027);
    expect(d.edition.qualificationStart).toBe("2026-01-01");
    expect(d.edition.qualificationEnd).toBe("2026-12-31");
  });

  it("podium story: qualified for CCC by a podium place, with the race named", async () => {
    const d = await dashboardOf("podium");
    expect(d.status.CCC.status).toBe("qualified");
    expect(d.status.CCC.reasons).toEqual([expect.objectContaining({ kind: "podium", place: 2, podiumPlaces: 3, level: "event" })]);
    expect(d.status.OCC.status).toBe("not_qualified");
    expect(d.status.UTMB.status).toBe("not_qualified");
  });

  it("score story: qualified for CCC by score, with the threshold", async () => {
    const d = await dashboardOf("score");
    expect(d.status.CCC.status).toBe("qualified");
    expect(d.status.CCC.reasons).toContainEqual(expect.objectContaining({ kind: "score", score: 862, threshold: 850 }));
    expect(d.status.CCC.reasons.some((r) => r.kind === "podium")).toBe(false);
  });

  it("below story: not qualified for OCC, closest score 6 points short and best place 5th of 3", async () => {
    const d = await dashboardOf("below");
    expect(d.status.OCC.status).toBe("not_qualified");
    expect(d.status.OCC.closest?.bestScore).toMatchObject({ score: 724, threshold: 730, gap: 6 });
    expect(d.status.OCC.closest?.bestPlace).toMatchObject({ place: 5, podiumPlaces: 3 });
  });

  it("age-group story: qualified for UTMB by an age-group place at a Major (R12)", async () => {
    const d = await dashboardOf("age_group");
    expect(d.status.UTMB.status).toBe("qualified");
    expect(d.status.UTMB.reasons).toContainEqual(expect.objectContaining({ kind: "age_group", ageGroup: "45-49", placeInAgeGroup: 2 }));
  });

  it("not-qualified story: a 20K win qualifies for nothing (R7)", async () => {
    const d = await dashboardOf("not_qualified");
    for (const race of ["OCC", "CCC", "UTMB"] as const) expect(d.status[race].status).toBe("not_qualified");
    expect(d.results.some((r) => r.category === "20K" && r.placeBySex === 1)).toBe(true);
  });

  it("exact story: a score exactly at the threshold qualifies (R10)", async () => {
    const d = await dashboardOf("exact");
    expect(d.status.UTMB.status).toBe("qualified");
    expect(d.status.UTMB.reasons).toContainEqual(expect.objectContaining({ kind: "score", score: 680, threshold: 680 }));
  });
});

describe("getRunnerDashboard: results and index (R6, R8)", () => {
  it("lists every result newest first with km-effort and whether it is in the period", async () => {
    const id = await storyRunnerId("podium");
    const d = await dashboardOf("podium");
    const stored = await database.db.select({ id: results.id }).from(results).where(eq(results.runnerId, id));
    expect(d.results.map((r) => r.resultId).sort()).toEqual(stored.map((r) => r.id).sort());
    const dates = d.results.map((r) => r.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const r of d.results) {
      expect(r.inQualificationPeriod).toBe(r.date >= "2026-01-01" && r.date <= "2026-12-31");
      expect(r.kmEffort).toBeGreaterThan(0);
    }
  });

  it("R20: says which results come from a race whose results are not final yet", async () => {
    const d = await dashboardOf("podium");
    const podiumResult = d.results.find((r) => d.status.CCC.reasons.some((reason) => "resultId" in reason && reason.resultId === r.resultId))!;
    expect(d.results.every((r) => r.resultsFinal)).toBe(true);
    await database.db.update(races).set({ resultsFinal: false }).where(eq(races.id, podiumResult.raceId));
    try {
      const live = await dashboardOf("podium");
      expect(live.results.filter((r) => !r.resultsFinal).map((r) => r.resultId)).toEqual([podiumResult.resultId]);
    } finally {
      await database.db.update(races).set({ resultsFinal: true }).where(eq(races.id, podiumResult.raceId));
    }
  });

  it("computes the index from the runner's scored finishes and names the counted results", async () => {
    const d = await dashboardOf("score");
    const general = d.index.general;
    expect(general).not.toBeNull();
    const scoredIds = new Set(d.results.filter((r) => r.utmbScore !== null && r.status === "finisher").map((r) => r.resultId));
    for (const id of general?.countedResultIds ?? []) expect(scoredIds.has(Number(id))).toBe(true);
    const best = Math.max(...d.results.filter((r) => scoredIds.has(r.resultId)).map((r) => r.utmbScore ?? 0));
    expect(general?.value).toBeLessThanOrEqual(Math.round(best));
  });

  it("answers null for an unknown runner", async () => {
    expect(await getRunnerDashboard(database.db, { runnerId: 987654, today: TODAY })).toBeNull();
    expect(await getPublicRunner(database.db, 987654)).toBeNull();
  });

  it("recomputing twice gives the same statuses (idempotent)", async () => {
    const before = await dashboardOf("podium");
    await recomputeQualifications(database.db, "all");
    const after = await dashboardOf("podium");
    expect(after.status).toEqual(before.status);
  });
});

describe("getDashboardForViewer: authorization", () => {
  it("lets a runner read their own dashboard", async () => {
    const runnerId = await storyRunnerId("podium");
    const d = await getDashboardForViewer(database.db, { role: "runner", runnerId }, { runnerId, today: TODAY });
    expect(d?.runner.id).toBe(runnerId);
  });

  it("refuses a runner another runner's dashboard", async () => {
    const own = await storyRunnerId("podium");
    const other = await storyRunnerId("score");
    expect(await getDashboardForViewer(database.db, { role: "runner", runnerId: own }, { runnerId: other, today: TODAY })).toBeNull();
  });

  it("refuses a runner account not linked to any runner", async () => {
    const other = await storyRunnerId("score");
    expect(await getDashboardForViewer(database.db, { role: "runner", runnerId: null }, { runnerId: other, today: TODAY })).toBeNull();
  });

  it("lets the elite team and admins read any runner's dashboard", async () => {
    const other = await storyRunnerId("score");
    for (const role of ["elite", "admin"] as const) {
      const d = await getDashboardForViewer(database.db, { role, runnerId: null }, { runnerId: other, today: TODAY });
      expect(d?.runner.id).toBe(other);
    }
  });
});
